using NodaTime;
using PerfMetrics.Attribution;
using static PerfMetrics.Tests.Helpers.AttributionExtremes;

namespace PerfMetrics.Tests.Attribution.Reports;

/// <summary>
/// Extremes (issue 8, item 2): a path of 100,000 touches, 1,000 channels, and a row of 10,000,000 conversions. Every
/// model either conserves credit (conversions to 1e-9 relative, value exactly to the cent, no negative credit) and gives
/// the answer worked out in the comments, or throws its documented exception. Nothing may recurse deeply (no stack
/// overflow), hang, or overflow silently. Shared tables: <see cref="AttributionExtremes"/>.
/// </summary>
public partial class ChannelReportTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void ChannelReport_MaxValueYenOfSpendAndRevenue_HasExactRatios()
    {
        // Last touch gives b all three conversions and the whole Max yen of value. With Max yen of spend on b: ROAS = 1,
        // CPA = Max / 3 (exact), and against a unit margin of Max / 3 the verdict is BreakEven. Totals too.
        var table = HugeValueTable(Currency.Jpy, decimal.MaxValue);
        var result = AttributionEngine.Attribute(table, AttributionModels.LastTouch);
        var day = new LocalDate(2026, 1, 1);
        var spend = new Spend(new Channel("b"), new Money(decimal.MaxValue, Currency.Jpy), new DateInterval(day, day));
        var report = ChannelReport.Of(result, [spend], new Money(decimal.MaxValue / 3m, Currency.Jpy));
        var b = report.Rows.Single(r => r.Channel == new Channel("b"));
        Assert.Equal(1m, b.Roas);
        Assert.Equal(decimal.MaxValue / 3m, b.Cpa!.Value.Amount);
        Assert.Equal(PerfMetrics.Metrics.ProfitVerdict.BreakEven, b.Verdict);
        Assert.Equal(1m, report.Total.Roas);
    }
}
