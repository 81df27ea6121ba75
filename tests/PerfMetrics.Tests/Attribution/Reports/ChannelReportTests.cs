using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Attribution.Reports;

public partial class ChannelReportTests
{
    private static readonly Currency Usd = Currency.Usd;
    private static readonly DateInterval March = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    private static Money Usd_(decimal amount) => new(amount, Usd);

    /// <summary>
    /// Last touch over: meta 14 conversions 700.00; search 4 conversions 120.00; email 2 conversions 40.00;
    /// display only ever first in a two-touch path, so it occurs but earns nothing under last touch.
    /// Spend: meta 200 + 150 = 350.00, search 100.00, display 10.00, tv 50.00 (tv never occurs in a path).
    /// </summary>
    private static (AttributionResult Result, Spend[] Spends) Fixture()
    {
        var table = new PathTableBuilder(Usd)
            .Add([new Channel("meta")], 14, Usd_(700m), 30)
            .Add([new Channel("display"), new Channel("search")], 4, Usd_(120m), 10)
            .Add([new Channel("email")], 2, Usd_(40m), 0)
            .ToPathTable();
        Spend[] spends =
        [
            new(new Channel("meta"), Usd_(200m), March),
            new(new Channel("search"), Usd_(100m), March),
            new(new Channel("meta"), Usd_(150m), March),
            new(new Channel("display"), Usd_(10m), March),
            new(new Channel("tv"), Usd_(50m), March),
        ];
        return (AttributionEngine.Attribute(table, AttributionModels.LastTouch), spends);
    }

    [Fact]
    public void Of_WithUnitMargin_JoinsSpendAndCreditPerChannel()
    {
        var (result, spends) = Fixture();
        var report = ChannelReport.Of(result, spends, Usd_(38m));

        Assert.Equal(["display", "email", "meta", "search", "tv"], report.Rows.Select(r => r.Channel.Name));

        // display: spend 10.00, 0 conversions credited -> CPA undefined, ROAS 0 / 10 = 0, verdict Undefined.
        var display = report.Rows[0];
        Assert.Equal(Usd_(10m), display.Spend);
        Assert.Equal(0d, display.Conversions);
        Assert.Null(display.Cpa);
        Assert.Equal(0m, display.Roas);
        Assert.Equal(ProfitVerdict.Undefined, display.Verdict);

        // email: credit but no spend record -> every ratio null.
        var email = report.Rows[1];
        Assert.Null(email.Spend);
        Assert.Equal(2d, email.Conversions);
        Assert.Equal(Usd_(40m), email.Revenue);
        Assert.Null(email.Cpa);
        Assert.Null(email.Roas);
        Assert.Equal(ProfitVerdict.Undefined, email.Verdict);

        // meta: 350 / 14 = 25.00 CPA < 38 margin -> Profitable (SPEC §3 worked example); ROAS 700 / 350 = 2.
        var meta = report.Rows[2];
        Assert.Equal(Usd_(350m), meta.Spend);
        Assert.Equal(Usd_(25m), meta.Cpa);
        Assert.Equal(2m, meta.Roas);
        Assert.Equal(ProfitVerdict.Profitable, meta.Verdict);

        // search: 100 / 4 = 25.00, ROAS 120 / 100 = 1.2, Profitable.
        Assert.Equal(Usd_(25m), report.Rows[3].Cpa);
        Assert.Equal(1.2m, report.Rows[3].Roas);

        // tv: spend but never in a path -> credit unknown, ratios null.
        var tv = report.Rows[4];
        Assert.Equal(Usd_(50m), tv.Spend);
        Assert.Null(tv.Conversions);
        Assert.Null(tv.Revenue);
        Assert.Null(tv.Cpa);
        Assert.Null(tv.Roas);

        // Total: 510.00 spend, 20 conversions, 860.00 revenue; CPA 25.50 < 38, ROAS 860 / 510 = 1.686...
        Assert.Equal(Usd_(510m), report.Total.Spend);
        Assert.Equal(20d, report.Total.Conversions);
        Assert.Equal(Usd_(860m), report.Total.Revenue);
        Assert.Equal(Usd_(25.5m), report.Total.Cpa);
        Assert.Equal(ProfitVerdict.Profitable, report.Total.Verdict);
    }

    [Fact]
    public void Of_WithoutUnitMargin_HasNoVerdicts()
    {
        var (result, spends) = Fixture();
        var report = ChannelReport.Of(result, spends);
        Assert.All(report.Rows, r => Assert.Null(r.Verdict));
        Assert.Null(report.UnitMargin);
    }

    [Fact]
    public void Of_UnprofitableAndBreakEvenChannels_GetThoseVerdicts()
    {
        // a: 300 / 12 = 25 vs margin 25 -> BreakEven; b: 100 / 2 = 50 vs 25 -> Unprofitable.
        var table = new PathTableBuilder(Usd).Add([new Channel("a")], 12, Usd_(1m), 0).Add([new Channel("b")], 2, Usd_(1m), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.Linear);
        var report = ChannelReport.Of(result, [new Spend(new Channel("a"), Usd_(300m), March), new Spend(new Channel("b"), Usd_(100m), March)], Usd_(25m));
        Assert.Equal([ProfitVerdict.BreakEven, ProfitVerdict.Unprofitable], report.Rows.Select(r => r.Verdict!.Value));
    }

    [Fact]
    public void ToString_RendersAlignedTextWithNotAvailableForNulls()
    {
        // Values as worked out in Of_WithUnitMargin_JoinsSpendAndCreditPerChannel; ROAS 860 / 510 = 1.686 -> 1.69.
        var (result, spends) = Fixture();
        Assert.Equal(
            """
            last touch, judged by CPA vs unit margin 38.00 USD
            channel       spend  conversions     revenue        CPA  ROAS  judged by                verdict
            -------  ----------  -----------  ----------  ---------  ----  -----------------------  ----------
            display   10.00 USD         0.00    0.00 USD        n/a  0.00  CPA vs margin 38.00 USD  Undefined
            email           n/a         2.00   40.00 USD        n/a   n/a  CPA vs margin 38.00 USD  Undefined
            meta     350.00 USD        14.00  700.00 USD  25.00 USD  2.00  CPA vs margin 38.00 USD  Profitable
            search   100.00 USD         4.00  120.00 USD  25.00 USD  1.20  CPA vs margin 38.00 USD  Profitable
            tv        50.00 USD          n/a         n/a        n/a   n/a  CPA vs margin 38.00 USD  Undefined
            total    510.00 USD        20.00  860.00 USD  25.50 USD  1.69  CPA vs margin 38.00 USD  Profitable

            """.ReplaceLineEndings("\n"),
            ChannelReport.Of(result, spends, Usd_(38m)).ToString());
    }

    [Fact]
    public void ToMarkdown_RendersAPipeTable()
    {
        var (result, spends) = Fixture();
        var lines = ChannelReport.Of(result, spends).ToMarkdown().Split('\n');
        Assert.Equal("| channel | spend | conversions | revenue | CPA | ROAS |", lines[0]);
        Assert.Equal("| --- | ---: | ---: | ---: | ---: | ---: |", lines[1]);
        Assert.Equal("| email | n/a | 2.00 | 40.00 USD | n/a | n/a |", lines[3]);
        Assert.Equal("| total | 510.00 USD | 20.00 | 860.00 USD | 25.50 USD | 1.69 |", lines[7]);
    }

    [Fact]
    public void Of_BadArguments_Throw()
    {
        var (result, spends) = Fixture();
        Assert.Throws<CurrencyMismatchException>(() => ChannelReport.Of(result, spends, new Money(38m, Currency.Eur)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChannelReport.Of(result, spends, Usd_(-1m)));
        Assert.Throws<CurrencyMismatchException>(() => ChannelReport.Of(result, [new Spend(new Channel("x"), new Money(1m, Currency.Eur), March)]));
        Assert.Throws<ArgumentNullException>(() => ChannelReport.Of(null!, spends));
    }

    [Fact]
    public void Equality_FollowsTheContractAndSurvivesJson()
    {
        var (result, spends) = Fixture();
        var report = ChannelReport.Of(result, spends, Usd_(38m));
        var again = ChannelReport.Of(Fixture().Result, Fixture().Spends, Usd_(38m));
        ContractAssert.Equality(report, again, ChannelReport.Of(result, spends, Usd_(39m)));
        ContractAssert.Equality(report, again, ChannelReport.Of(result, spends));
        ContractAssert.Equality(report, again, ChannelReport.Of(result, spends.Take(2), Usd_(38m)));
        var back = System.Text.Json.JsonSerializer.Deserialize<ChannelReport>(System.Text.Json.JsonSerializer.Serialize(report));
        Assert.Equal(report, back);
        Assert.True(report == back);
    }

    [Fact]
    public void Rows_LookUpByChannelAndName()
    {
        var (result, spends) = Fixture();
        var report = ChannelReport.Of(result, spends);
        var tv = Assert.NotNull(report.Rows.Get("tv"));
        Assert.Equal(Usd_(50m), tv.Spend);
        Assert.Null(tv.Conversions);
        Assert.Equal(tv, report.Rows.Get(new Channel("tv")));
        Assert.Null(report.Rows.Get("radio"));
    }
}
