using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Attribution.Reports;

/// <summary>
/// Spend windows (issue 17): spend is pro-rated into the attribution period with <see cref="Spend.ProRata"/>, and what
/// falls outside is reported per channel, never silently included.
/// </summary>
public partial class ChannelReportTests
{
    private static readonly DateInterval April = new(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30));

    [Fact]
    public void ForPeriod_MarchAndAprilSpend_ChargesOnlyAprilAgainstAprilConversions()
    {
        // Issue 17: meta spent 310.00 in March and 300.00 in April; April's 12 conversions. Charging both doubles the CPA:
        // (310 + 300) / 12 = 50.83 instead of 300 / 12 = 25.00.
        var table = new PathTableBuilder(Usd).Add([new Channel("meta")], 12, Usd_(900m), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.LastTouch);
        Spend[] spends =
        [
            new(new Channel("meta"), Usd_(310m), March),
            new(new Channel("meta"), Usd_(300m), April),
        ];

        var all = ChannelReport.Of(result, spends);
        Assert.Equal(Usd_(610m), all.Rows[0].Spend);
        Assert.Null(all.Rows[0].SpendOutsidePeriod);
        Assert.Null(all.Period);

        var april = ChannelReport.ForPeriod(result, spends, April, VerdictRule.UnitMargin(Usd_(38m)));
        var meta = april.Rows[0];
        Assert.Equal(Usd_(300m), meta.Spend);
        Assert.Equal(Usd_(310m), meta.SpendOutsidePeriod);
        Assert.Equal(Usd_(25m), meta.Cpa);
        Assert.Equal(ProfitVerdict.Profitable, meta.Verdict);
        Assert.Equal(Usd_(310m), april.Total.SpendOutsidePeriod);
        Assert.Equal(April, april.Period);
    }

    [Fact]
    public void ForPeriod_SpendStraddlingTheBoundary_IsProRatedByDays()
    {
        // 16 March - 15 April is 31 days, 310.00 USD: 10.00 a day. 1-15 April is 15 days inside: 150.00 charged,
        // 160.00 outside. A March-only TV flight of 500.00 does not overlap: 0 charged, 500.00 outside (reported, not an error).
        var table = new PathTableBuilder(Usd).Add([new Channel("search")], 5, Usd_(400m), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.LastTouch);
        Spend[] spends =
        [
            new(new Channel("search"), Usd_(310m), new DateInterval(new LocalDate(2026, 3, 16), new LocalDate(2026, 4, 15))),
            new(new Channel("tv"), Usd_(500m), March),
        ];

        var report = ChannelReport.ForPeriod(result, spends, April);
        var search = report.Rows.Get("search")!.Value;
        Assert.Equal(Usd_(150m), search.Spend);
        Assert.Equal(Usd_(160m), search.SpendOutsidePeriod);
        Assert.Equal(Usd_(30m), search.Cpa);

        var tv = report.Rows.Get("tv")!.Value;
        Assert.Equal(Usd_(0m), tv.Spend);
        Assert.Equal(Usd_(500m), tv.SpendOutsidePeriod);
        Assert.Equal(Usd_(660m), report.Total.SpendOutsidePeriod);
        Assert.Equal(Usd_(150m), report.Total.Spend);

        var text = report.ToString();
        Assert.Contains("2026-04-01 to 2026-04-30", text, StringComparison.Ordinal);
        Assert.Contains("outside period", text, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void ChargedPlusOutsideIsEverySpendRecordExactly(PositiveInt cents, byte startOffset, byte length, byte periodStart, byte periodLength)
    {
        // Whatever the windows, nothing is lost or counted twice: charged + outside = the amount recorded, to the last digit.
        var day = new LocalDate(2026, 1, 1);
        var spendPeriod = new DateInterval(day.PlusDays(startOffset), day.PlusDays(startOffset + (length % 90)));
        var period = new DateInterval(day.PlusDays(periodStart), day.PlusDays(periodStart + (periodLength % 60)));
        var amount = new Money(cents.Get / 100m, Usd);
        var table = new PathTableBuilder(Usd).Add([new Channel("a")], 1, Usd_(1m), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.LastTouch);

        var row = ChannelReport.ForPeriod(result, [new Spend(new Channel("a"), amount, spendPeriod)], period).Rows[0];

        Assert.Equal(amount, row.Spend!.Value + row.SpendOutsidePeriod!.Value);
        Assert.True(row.Spend!.Value.Amount >= 0m && row.SpendOutsidePeriod!.Value.Amount >= 0m);
        Assert.Equal(spendPeriod.Intersection(period) is null, row.Spend!.Value.Amount == 0m);
    }
}
