using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>
/// Marginal CPA: what the extra acquisitions bought by raising spend from one level to another cost each, judged against
/// the unit margin. Answers "should we scale this budget?".
/// </summary>
/// <remarks>
/// <para>
/// Formulas, from a lower spend level (S1, A1) to a higher one (S2, A2): delta spend = S2 - S1, delta acquisitions =
/// A2 - A1, marginal CPA = delta spend / delta acquisitions, headroom = unit margin - marginal CPA, incremental profit =
/// unit margin x delta acquisitions - delta spend.
/// </para>
/// <para>
/// The average CPA of a campaign can be far below the margin while the last dollars buy acquisitions above it (returns
/// diminish as budgets grow); the marginal CPA shows that. Verdict, as in <see cref="CpaVersusMargin"/>: decided exactly
/// by the sign of the incremental profit (Profitable when the extra acquisitions earn more than the extra spend,
/// BreakEven when equal, Unprofitable otherwise) and <see cref="ProfitVerdict.Undefined"/> when the acquisitions did not
/// change (the marginal CPA is then <see langword="null"/>; the incremental profit is minus the extra spend). When more
/// spend brought fewer acquisitions the marginal CPA is negative and the verdict is Unprofitable (unless nothing changed
/// in money either way). No tolerance, no rounding. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// // $350/week bought 14 sales, $700/week bought 22: the extra $350 bought 8 sales at 43.75 each, above a $38 margin.
/// var usd = Currency.Usd;
/// var r = MarginalCpa.Of(new Money(350m, usd), 14m, new Money(700m, usd), 22m, new Money(38m, usd));
/// // r.MarginalCpa = 43.75 USD, r.IncrementalProfit = -46 USD (38 x 8 - 350), r.Verdict = Unprofitable
/// </code>
/// </example>
public static class MarginalCpa
{
    /// <summary>Compares the marginal CPA between two spend levels with the unit margin.</summary>
    /// <param name="lowerSpend">The lower spend level, non-negative.</param>
    /// <param name="lowerAcquisitions">Acquisitions at the lower spend level, non-negative (may be fractional).</param>
    /// <param name="higherSpend">The higher spend level, at least <paramref name="lowerSpend"/>, in its currency.</param>
    /// <param name="higherAcquisitions">Acquisitions at the higher spend level, non-negative (may be fractional, and may be lower).</param>
    /// <param name="unitMargin">The margin one acquisition earns before advertising, non-negative, in the spend's currency.</param>
    /// <returns>The marginal CPA, incremental profit and verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A spend, a count or the margin is negative, or <paramref name="higherSpend"/> is below <paramref name="lowerSpend"/>.
    /// </exception>
    /// <exception cref="CurrencyMismatchException">The spends and the margin are not all in one currency.</exception>
    /// <exception cref="OverflowException">An intermediate result overflows <see cref="decimal"/>.</exception>
    public static MarginalCpaCheck Of(
        Money lowerSpend, decimal lowerAcquisitions, Money higherSpend, decimal higherAcquisitions, Money unitMargin)
    {
        var currency = MoneyGuard.SameCurrency(lowerSpend, higherSpend);
        currency = MoneyGuard.SameCurrency(currency, unitMargin);
        MoneyGuard.NonNegative(lowerSpend);
        Guard.NonNegative(lowerAcquisitions);
        MoneyGuard.NonNegative(higherSpend);
        Guard.NonNegative(higherAcquisitions);
        MoneyGuard.NonNegative(unitMargin);
        if (higherSpend < lowerSpend)
        {
            Guard.ThrowOutOfRange(nameof(higherSpend), higherSpend, $"must be at least lowerSpend ({lowerSpend})");
        }

        var deltaSpend = higherSpend - lowerSpend;
        var deltaAcquisitions = higherAcquisitions - lowerAcquisitions;
        if (!currency.IsDefault)
        {
            deltaSpend = deltaSpend.IsDefault ? Money.Zero(currency) : deltaSpend;
            unitMargin = unitMargin.IsDefault ? Money.Zero(currency) : unitMargin;
        }

        var incrementalProfit = (unitMargin * deltaAcquisitions) - deltaSpend;
        if (deltaAcquisitions == 0m)
        {
            return new MarginalCpaCheck(deltaSpend, deltaAcquisitions, unitMargin, marginalCpa: null, incrementalProfit, ProfitVerdict.Undefined);
        }

        return new MarginalCpaCheck(
            deltaSpend, deltaAcquisitions, unitMargin, deltaSpend / deltaAcquisitions, incrementalProfit, Verdicts.FromProfit(incrementalProfit));
    }
}
