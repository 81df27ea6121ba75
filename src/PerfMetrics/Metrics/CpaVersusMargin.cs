using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>
/// CPA versus margin: does what an acquisition costs (CPA) stay below the margin one acquisition earns, and by how much?
/// </summary>
/// <remarks>
/// <para>
/// Formulas (money in the currency of the spend and the margin):
/// CPA = spend / acquisitions; profit per acquisition = headroom = unit margin - CPA;
/// headroom share = headroom / unit margin; total profit = unit margin x acquisitions - spend.
/// </para>
/// <para>
/// Verdict: <see cref="ProfitVerdict.Profitable"/> when CPA &lt; margin, <see cref="ProfitVerdict.BreakEven"/> when they
/// are equal, <see cref="ProfitVerdict.Unprofitable"/> when CPA &gt; margin, <see cref="ProfitVerdict.Undefined"/> when
/// there are no acquisitions. It is decided exactly by comparing unit margin x acquisitions with spend (the same
/// comparison multiplied by the positive acquisitions, without the rounding a <see cref="decimal"/> division can
/// introduce), so the verdict always agrees with the sign of the total profit. There is no tolerance: round the
/// inputs first if you want one. This is the one verdict rule of the library (docs/metrics.md, "Verdicts"):
/// <see cref="Lifetime.CpaCeiling.Check(Money, decimal, Money)"/> gives the matching ceiling verdict for the same inputs.
/// </para>
/// <para>
/// Undefined values are <see langword="null"/>: the CPA, profit per acquisition, headroom and headroom share when there
/// are no acquisitions, and the headroom share also when the margin is zero (a share of nothing). The total profit is
/// always defined (with no acquisitions it is minus the spend). Nothing is rounded to minor units. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var usd = Currency.Usd;
/// var r = CpaVersusMargin.Of(new Money(350m, usd), 14m, new Money(38m, usd));
/// // r.Cpa = 25 USD, r.Headroom = 13 USD, r.TotalProfit = 182 USD, r.Verdict = Profitable
/// </code>
/// </example>
public static class CpaVersusMargin
{
    /// <summary>Compares the CPA of a spend with the margin each acquisition earns.</summary>
    /// <param name="spend">What was spent to get the acquisitions, non-negative.</param>
    /// <param name="acquisitions">The acquisitions, non-negative; may be fractional (attributed conversions).</param>
    /// <param name="unitMargin">
    /// The margin one acquisition earns before advertising (contribution margin: price minus variable costs), non-negative,
    /// in the spend's currency. <c>default(Money)</c> on either side is a zero in the other side's currency.
    /// </param>
    /// <returns>The CPA, margin, profit, headroom and verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/>, <paramref name="acquisitions"/> or <paramref name="unitMargin"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="spend"/> and <paramref name="unitMargin"/> are in different currencies.</exception>
    /// <exception cref="OverflowException">unit margin x acquisitions, the CPA or the headroom share overflows <see cref="decimal"/>.</exception>
    public static MarginCheck Of(Money spend, decimal acquisitions, Money unitMargin)
    {
        var currency = MoneyGuard.SameCurrency(unitMargin, spend);
        MoneyGuard.NonNegative(spend);
        Guard.NonNegative(acquisitions);
        MoneyGuard.NonNegative(unitMargin);

        // Raw decimal arithmetic on validated inputs (one currency, or none when both are default(Money) zeros).
        var margin = unitMargin.Amount;
        var totalProfit = (margin * acquisitions) - spend.Amount;
        if (Amounts.IsZero(acquisitions))
        {
            return new MarginCheck(
                Amounts.In(spend.Amount, currency), acquisitions, Amounts.In(margin, currency), cpa: null,
                Amounts.In(totalProfit, currency), headroomShare: null, ProfitVerdict.Undefined);
        }

        var cpa = spend.Amount / acquisitions;
        decimal? headroomShare = Amounts.IsZero(margin) ? null : (margin - cpa) / margin;
        return new MarginCheck(
            Amounts.In(spend.Amount, currency), acquisitions, Amounts.In(margin, currency), Amounts.In(cpa, currency),
            Amounts.In(totalProfit, currency), headroomShare, Verdicts.FromProfit(totalProfit));
    }

    /// <summary>Compares the CPA of a delivery with the margin each of its acquisitions earns.</summary>
    /// <param name="spend">What the delivery cost, non-negative.</param>
    /// <param name="delivery">What the campaign delivered; its acquisitions are used.</param>
    /// <param name="unitMargin">The margin one acquisition earns before advertising, non-negative, in the spend's currency.</param>
    /// <returns>The CPA, margin, profit, headroom and verdict.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> or <paramref name="unitMargin"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="spend"/> and <paramref name="unitMargin"/> are in different currencies.</exception>
    /// <exception cref="OverflowException">unit margin x acquisitions overflows <see cref="decimal"/>.</exception>
    public static MarginCheck Of(Money spend, Delivery delivery, Money unitMargin) =>
        Of(spend, delivery.Acquisitions, unitMargin);
}
