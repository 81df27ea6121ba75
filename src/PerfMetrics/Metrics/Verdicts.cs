namespace PerfMetrics.Metrics;

/// <summary>Shared verdict rule: the sign of an exact profit decides, so a verdict never disagrees with the profit it reports.</summary>
internal static class Verdicts
{
    internal static ProfitVerdict FromProfit(Money profit) => FromProfit(profit.Amount);

    internal static ProfitVerdict FromProfit(decimal profit) => decimal.Sign(profit) switch
    {
        > 0 => ProfitVerdict.Profitable,
        0 => ProfitVerdict.BreakEven,
        _ => ProfitVerdict.Unprofitable,
    };
}
