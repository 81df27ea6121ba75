using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>
/// Marginal ROAS: the revenue the extra spend of a higher budget brought per unit spent, judged against the break-even
/// ROAS of the margin rate. Answers "should we scale this budget?" for revenue-driven campaigns.
/// </summary>
/// <remarks>
/// <para>
/// Formulas, from a lower level (spend S1, revenue R1) to a higher one (S2, R2): delta spend = S2 - S1, delta revenue =
/// R2 - R1, marginal ROAS = delta revenue / delta spend, break-even ROAS = 1 / margin rate, incremental profit =
/// delta revenue x margin rate - delta spend.
/// </para>
/// <para>
/// Verdict, as in <see cref="CpaVersusMargin"/> and <see cref="MarginalCpa"/>: decided exactly by the sign of the
/// incremental profit (for a positive delta spend this is marginal ROAS against break-even ROAS, without the rounding of
/// 1 / margin rate); <see cref="ProfitVerdict.Undefined"/> when the spend did not change (the marginal ROAS is then
/// <see langword="null"/>). No tolerance, no rounding. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// // $1,000 brought $4,000 revenue, $1,500 brought $5,000: the extra $500 brought $1,000, a marginal ROAS of 2,
/// // below the break-even ROAS of 2.5 at a 40% margin: Unprofitable (1,000 x 0.4 - 500 = -100).
/// var usd = Currency.Usd;
/// var r = MarginalRoas.Of(new Money(1_000m, usd), new Money(4_000m, usd), new Money(1_500m, usd), new Money(5_000m, usd), 0.4m);
/// </code>
/// </example>
public static class MarginalRoas
{
    /// <summary>Compares the marginal ROAS between two spend levels with the break-even ROAS of a margin rate.</summary>
    /// <param name="lowerSpend">The lower spend level, non-negative.</param>
    /// <param name="lowerRevenue">Revenue at the lower spend level, non-negative.</param>
    /// <param name="higherSpend">The higher spend level, at least <paramref name="lowerSpend"/>.</param>
    /// <param name="higherRevenue">Revenue at the higher spend level, non-negative (may be lower than <paramref name="lowerRevenue"/>).</param>
    /// <param name="marginRate">Contribution margin as a fraction of revenue, greater than 0 and at most 1.</param>
    /// <returns>The marginal ROAS, break-even ROAS, incremental profit and verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An amount is negative, <paramref name="higherSpend"/> is below <paramref name="lowerSpend"/>, or
    /// <paramref name="marginRate"/> is not in (0, 1].
    /// </exception>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <exception cref="OverflowException">An intermediate result overflows <see cref="decimal"/>.</exception>
    public static MarginalRoasCheck Of(Money lowerSpend, Money lowerRevenue, Money higherSpend, Money higherRevenue, decimal marginRate)
    {
        var currency = MoneyGuard.SameCurrency(lowerSpend, higherSpend);
        currency = MoneyGuard.SameCurrency(currency, lowerRevenue);
        currency = MoneyGuard.SameCurrency(currency, higherRevenue);
        MoneyGuard.NonNegative(lowerSpend);
        MoneyGuard.NonNegative(lowerRevenue);
        MoneyGuard.NonNegative(higherSpend);
        MoneyGuard.NonNegative(higherRevenue);
        Rates.PositiveShare(marginRate);
        if (higherSpend < lowerSpend)
        {
            Guard.ThrowOutOfRange(nameof(higherSpend), higherSpend, $"must be at least lowerSpend ({lowerSpend})");
        }

        var deltaSpend = higherSpend - lowerSpend;
        var deltaRevenue = higherRevenue - lowerRevenue;
        if (!currency.IsDefault)
        {
            deltaSpend = deltaSpend.IsDefault ? Money.Zero(currency) : deltaSpend;
            deltaRevenue = deltaRevenue.IsDefault ? Money.Zero(currency) : deltaRevenue;
        }

        var incrementalProfit = (deltaRevenue * marginRate) - deltaSpend;
        var breakEven = 1m / marginRate;
        if (deltaSpend.Amount == 0m)
        {
            return new MarginalRoasCheck(deltaSpend, deltaRevenue, marginalRoas: null, breakEven, incrementalProfit, ProfitVerdict.Undefined);
        }

        return new MarginalRoasCheck(
            deltaSpend, deltaRevenue, deltaRevenue / deltaSpend, breakEven, incrementalProfit, Verdicts.FromProfit(incrementalProfit));
    }
}
