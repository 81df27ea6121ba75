using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Attribution.Reports;

/// <summary>
/// Verdicts by the three rules of issue 17: unit margin, margin rate (ROAS against break-even ROAS) and an LTV-based CPA
/// ceiling; each row carries the rule it was judged by.
/// </summary>
public partial class ChannelReportTests
{
    /// <summary>
    /// The affiliate of issue 17: 20 sales of varying baskets, 2,259.10 USD of revenue, 779.00 USD paid.
    /// By hand: CPA = 779 / 20 = 38.95 USD; ROAS = 2259.10 / 779 = 2.90 exactly (779 x 2.9 = 2259.1).
    /// Search: 10 sales, 500.00 USD revenue, 100.00 USD spend: CPA 10, ROAS 5.
    /// </summary>
    private static (AttributionResult Result, Spend[] Spends) Affiliate()
    {
        var table = new PathTableBuilder(Usd)
            .Add([new Channel("affiliate")], 20, Usd_(2259.10m), 0)
            .Add([new Channel("search")], 10, Usd_(500m), 0)
            .ToPathTable();
        Spend[] spends =
        [
            new(new Channel("affiliate"), Usd_(779m), March),
            new(new Channel("search"), Usd_(100m), March),
        ];
        return (AttributionEngine.Attribute(table, AttributionModels.LastTouch), spends);
    }

    [Fact]
    public void Affiliate_ByUnitMargin_IsUnprofitable()
    {
        // Issue 17: CPA 38.95 USD against a 38 USD "unit margin": 20 x 38 = 760 < 779 paid, so Unprofitable.
        var (result, spends) = Affiliate();
        var report = ChannelReport.Of(result, spends, VerdictRule.UnitMargin(Usd_(38m)));

        var affiliate = report.Rows.Get("affiliate")!.Value;
        Assert.Equal(Usd_(38.95m), affiliate.Cpa);
        Assert.Equal(2.9m, affiliate.Roas);
        Assert.Equal(ProfitVerdict.Unprofitable, affiliate.Verdict);
        Assert.Equal(VerdictRule.UnitMargin(Usd_(38m)), affiliate.Rule);
        Assert.Null(affiliate.CeilingVerdict);
        Assert.Equal(Usd_(38m), report.UnitMargin);
    }

    [Fact]
    public void Affiliate_ByMarginRate_IsProfitable()
    {
        // Issue 17: at a 35% contribution margin break-even ROAS is 1 / 0.35 = 2.857142...; the affiliate's ROAS of 2.90
        // is above it (margin earned 2259.10 x 0.35 = 790.685 > 779 paid), so it makes money: Profitable.
        var (result, spends) = Affiliate();
        var rule = VerdictRule.MarginRate(0.35m);
        var report = ChannelReport.Of(result, spends, rule);

        var affiliate = report.Rows.Get("affiliate")!.Value;
        Assert.Equal(ProfitVerdict.Profitable, affiliate.Verdict);
        Assert.Equal(rule, affiliate.Rule);
        Assert.Equal(2.857m, decimal.Round(rule.BreakEvenRoas!.Value, 3));
        Assert.Null(report.UnitMargin);
        Assert.Equal(rule, report.Rule);
        Assert.Equal(ProfitVerdict.Profitable, report.Rows.Get("search")!.Value.Verdict); // ROAS 5 > 2.857

        // Total: 2759.10 x 0.35 = 965.685 > 879 spent.
        Assert.Equal(ProfitVerdict.Profitable, report.Total.Verdict);
    }

    [Fact]
    public void Affiliate_TextNamesTheRuleOnEveryRow()
    {
        var (result, spends) = Affiliate();
        var byRate = ChannelReport.Of(result, spends, VerdictRule.MarginRate(0.35m)).ToString();
        var byMargin = ChannelReport.Of(result, spends, VerdictRule.UnitMargin(Usd_(38m))).ToString();

        Assert.Contains("judged by ROAS vs break-even 2.86 (35% margin)", byRate, StringComparison.Ordinal);
        Assert.Contains("judged by CPA vs unit margin 38.00 USD", byMargin, StringComparison.Ordinal);
        var affiliateLine = byRate.Split('\n').Single(l => l.StartsWith("affiliate", StringComparison.Ordinal));
        Assert.Contains("ROAS vs break-even 2.86", affiliateLine, StringComparison.Ordinal);
        Assert.EndsWith("Profitable", affiliateLine, StringComparison.Ordinal);
        var marginLine = byMargin.Split('\n').Single(l => l.StartsWith("affiliate", StringComparison.Ordinal));
        Assert.Contains("CPA vs margin 38.00 USD", marginLine, StringComparison.Ordinal);
        Assert.EndsWith("Unprofitable", marginLine, StringComparison.Ordinal);
    }

    [Fact]
    public void MarginRate_RoasExactlyAtBreakEven_IsBreakEven()
    {
        // 25% margin: break-even ROAS 4. 400.00 revenue on 100.00 spend: 400 x 0.25 = 100 = spend exactly.
        var table = new PathTableBuilder(Usd).Add([new Channel("a")], 3, Usd_(400m), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.LastTouch);
        var report = ChannelReport.Of(result, [new Spend(new Channel("a"), Usd_(100m), March)], VerdictRule.MarginRate(0.25m));
        Assert.Equal(ProfitVerdict.BreakEven, report.Rows[0].Verdict);

        // One cent more spend: 100.01 > 100, Unprofitable.
        var over = ChannelReport.Of(result, [new Spend(new Channel("a"), Usd_(100.01m), March)], VerdictRule.MarginRate(0.25m));
        Assert.Equal(ProfitVerdict.Unprofitable, over.Rows[0].Verdict);
    }

    [Fact]
    public void MarginRate_ZeroSpend_RoasUndefinedSoVerdictUndefined()
    {
        var table = new PathTableBuilder(Usd).Add([new Channel("a")], 3, Usd_(400m), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.LastTouch);
        var report = ChannelReport.Of(result, [new Spend(new Channel("a"), Usd_(0m), March)], VerdictRule.MarginRate(0.25m));
        Assert.Null(report.Rows[0].Roas);
        Assert.Equal(ProfitVerdict.Undefined, report.Rows[0].Verdict);
    }

    [Fact]
    public void CpaCeiling_FromLtv_JudgesCpaAgainstTheCeiling()
    {
        // Margin LTV 120 USD at LTV:CAC 3: ceiling 40.00 USD. Affiliate CPA 38.95 < 40: WithinCeiling; search CPA 10: within.
        var (result, spends) = Affiliate();
        var ceiling = CpaCeiling.FromLtv(Usd_(120m));
        var report = ChannelReport.Of(result, spends, VerdictRule.CpaCeiling(ceiling));

        var affiliate = report.Rows.Get("affiliate")!.Value;
        Assert.Equal(CeilingVerdict.WithinCeiling, affiliate.CeilingVerdict);
        Assert.Null(affiliate.Verdict);
        Assert.Equal(VerdictRuleKind.CpaCeiling, affiliate.Rule!.Value.Kind);

        // A ceiling of exactly 38.95: AtCeiling (20 x 38.95 = 779 = spend); 38.94: AboveCeiling.
        Assert.Equal(CeilingVerdict.AtCeiling, ChannelReport.Of(result, spends, VerdictRule.CpaCeiling(Usd_(38.95m))).Rows.Get("affiliate")!.Value.CeilingVerdict);
        Assert.Equal(CeilingVerdict.AboveCeiling, ChannelReport.Of(result, spends, VerdictRule.CpaCeiling(Usd_(38.94m))).Rows.Get("affiliate")!.Value.CeilingVerdict);
        Assert.Contains("judged by CPA vs CPA ceiling 40.00 USD", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CpaCeiling_NoConversionsCredited_CeilingVerdictNull()
    {
        var (result, spends) = Fixture(); // display: spend 10, 0 conversions under last touch
        var report = ChannelReport.Of(result, spends, VerdictRule.CpaCeiling(Usd_(40m)));
        Assert.Null(report.Rows.Get("display")!.Value.CeilingVerdict);
        Assert.Contains("Undefined", report.ToString().Split('\n').Single(l => l.StartsWith("display", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void UnitMarginOverload_EqualsTheUnitMarginRule()
    {
        var (result, spends) = Fixture();
        Assert.Equal(ChannelReport.Of(result, spends, VerdictRule.UnitMargin(Usd_(38m))), ChannelReport.Of(result, spends, Usd_(38m)));
    }

    [Fact]
    public void Json_RoundTripsEveryRuleAndPeriod()
    {
        var (result, spends) = Affiliate();
        var april = new DateInterval(new LocalDate(2026, 3, 10), new LocalDate(2026, 4, 9));
        foreach (var report in new[]
        {
            ChannelReport.Of(result, spends, VerdictRule.MarginRate(0.35m)),
            ChannelReport.Of(result, spends, VerdictRule.CpaCeiling(Usd_(40m))),
            ChannelReport.ForPeriod(result, spends, april, VerdictRule.UnitMargin(Usd_(38m))),
            ChannelReport.ForPeriod(result, spends, april),
        })
        {
            var json = System.Text.Json.JsonSerializer.Serialize(report);
            Assert.Equal(report, System.Text.Json.JsonSerializer.Deserialize<ChannelReport>(json));
        }
    }
}
