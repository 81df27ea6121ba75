using PerfMetrics.Lifetime;

namespace PerfMetrics.Metrics;

/// <summary>
/// The one verdict rule of the library (docs/metrics.md, "Verdicts"): what a unit is worth is compared with what it
/// cost, exactly, in <see cref="decimal"/>, with no tolerance. The sign of the exact difference decides, so a verdict
/// never disagrees with the profit or headroom it is reported with, and the same inputs give the same answer in
/// <see cref="CpaVersusMargin"/>, <see cref="MarginalCpa"/>, <see cref="MarginalRoas"/>, <see cref="PaymentModelComparison"/>
/// and <see cref="CpaCeiling.Check(Money, Money)"/>: a CPA of 38.0000001 USD against 38 USD is a loss in every one of them.
/// </summary>
/// <remarks>
/// A caller who wants a tolerance (for example "equal to the cent") rounds the inputs first with
/// <see cref="Money.Round(MidpointRounding)"/>; the library never rounds before it compares.
/// </remarks>
internal static class Verdicts
{
    /// <summary>The tolerance of every verdict comparison: none.</summary>
    internal const decimal Tolerance = 0m;

    /// <summary>The sign of <c>worth - cost</c>: positive when the unit earns more than it cost, 0 at break-even.</summary>
    internal static int Compare(decimal worth, decimal cost) => worth.CompareTo(cost);

    /// <summary>
    /// The sign of <c>worthPerUnit x units - cost</c> for <c>units &gt; 0</c>, decided without the division
    /// <c>cost / units</c> (which <see cref="decimal"/> may round): the same answer as comparing the exact cost per unit
    /// with <paramref name="worthPerUnit"/>. A product beyond <see cref="decimal"/>'s range exceeds every cost.
    /// </summary>
    internal static int ComparePerUnit(decimal worthPerUnit, decimal units, decimal cost)
    {
        decimal worth;
        try
        {
            worth = worthPerUnit * units;
        }
        catch (OverflowException)
        {
            return 1; // both factors are non-negative: the product exceeds decimal.MaxValue >= cost
        }

        return Compare(worth, cost);
    }

    /// <summary>The profit verdict of an exact profit (worth - cost): its sign decides.</summary>
    internal static ProfitVerdict FromProfit(Money profit) => FromProfit(profit.Amount);

    /// <summary>The profit verdict of an exact profit (worth - cost): its sign decides.</summary>
    internal static ProfitVerdict FromProfit(decimal profit) => FromSign(decimal.Sign(profit));

    /// <summary>The profit verdict of a comparison sign (<see cref="Compare"/>).</summary>
    internal static ProfitVerdict FromSign(int sign) => sign switch
    {
        > 0 => ProfitVerdict.Profitable,
        0 => ProfitVerdict.BreakEven,
        _ => ProfitVerdict.Unprofitable,
    };

    /// <summary>The ceiling verdict of a comparison sign (<see cref="Compare"/>, ceiling against CPA).</summary>
    internal static CeilingVerdict CeilingFromSign(int sign) => sign switch
    {
        > 0 => CeilingVerdict.WithinCeiling,
        0 => CeilingVerdict.AtCeiling,
        _ => CeilingVerdict.AboveCeiling,
    };
}
