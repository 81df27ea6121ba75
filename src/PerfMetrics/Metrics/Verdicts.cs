namespace PerfMetrics.Metrics;

/// <summary>Shared verdict rule: the sign of an exact profit decides, so a verdict never disagrees with the profit it reports.</summary>
internal static class Verdicts
{
    internal static ProfitVerdict FromProfit(Money profit) => profit.Amount switch
    {
        > 0m => ProfitVerdict.Profitable,
        0m => ProfitVerdict.BreakEven,
        _ => ProfitVerdict.Unprofitable,
    };
}
