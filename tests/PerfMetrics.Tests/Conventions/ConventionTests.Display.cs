using System.Text.RegularExpressions;
using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Budget;
using PerfMetrics.Experiments;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Helpers;

namespace PerfMetrics.Tests.Conventions;

/// <summary>
/// The display rule (docs/design.md, "Display"): ToString() of a result rounds for display. Each covered result is built
/// from inputs whose exact values have 28 significant digits (a third of a unit) or from fits whose doubles have 17, and its
/// text may show at most the display precision: four digits after a decimal point (money shows two, ratios two, percents
/// one), or four significant digits for a statistic below 1 (0.0001234). Covered: PerfMetrics (Money), PerfMetrics.Metrics
/// (MarginCheck, MarginalCpaCheck, MarginalRoasCheck, PaymentModelOutcome, PaymentModelTable, VerdictRule, CampaignReportRow,
/// CampaignReport), PerfMetrics.Lifetime (CeilingCheck, CustomerRfm, the per-period values, ModelFit, ParameterEstimate and
/// every fitted model), PerfMetrics.Attribution (ChannelReport, AttributionResult, ChannelCredit, PathRow, PathTable,
/// MarkovModel, MarkovTransition, ShapleyModel, ModelComparison and the journey reports and rows),
/// PerfMetrics.Experiments (AbTestResult, HoldoutResult, RatioComparison, RatioSample, SampleSizePlan, Estimate,
/// MoneyEstimate, TbrResult, TbrDay, TbrIroas) and PerfMetrics.Budget (BudgetAllocation, ProfitPlan, ResponseCurve,
/// ResponsePoint, the fitted response curve).
/// </summary>
public partial class ConventionTests
{
    private static readonly Regex Decimals = new(@"(?<!\d)(\d+)\.(\d+)", RegexOptions.CultureInvariant);

    private static Money Third(decimal units) => new(units / 3m, Currency.Usd);

    public static TheoryData<string, string> DisplayedResults()
    {
        var usd = Currency.Usd;
        var delivery = new Delivery(impressions: 30_000, clicks: 700, acquisitions: 3, revenue: Third(1_000m));
        var models = new[] { PaymentModel.Cpc(new Money(0.5m, usd)), PaymentModel.Cpa(new Money(10m, usd)), PaymentModel.RevenueShare(0.2m) };
        var table = PaymentModelComparison.Of(delivery, Third(100m), models);
        var campaign = new CampaignDelivery("c", new Channel("search"), models[0], delivery);
        var paths = new PathTableBuilder(usd).Add([new Channel("a"), new Channel("b")], 3, Third(1_000m), 1).ToPathTable();
        var march = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        var report = ChannelReport.ForPeriod(
            AttributionEngine.Attribute(paths, AttributionModels.Linear),
            [new Spend(new Channel("a"), Third(100m), new DateInterval(new LocalDate(2026, 2, 20), new LocalDate(2026, 3, 10)))],
            march,
            VerdictRule.MarginRate(0.35m));
        return new TheoryData<string, string>
        {
            { nameof(MarginCheck), CpaVersusMargin.Of(Third(100m), 7m, Third(20m)).ToString() },
            { nameof(MarginalCpaCheck), MarginalCpa.Of(Third(100m), 3m, Third(200m), 10m, Third(20m)).ToString() },
            { nameof(MarginalRoasCheck), MarginalRoas.Of(Third(100m), Third(200m), Third(200m), Third(700m), 0.3m).ToString() },
            { nameof(PaymentModelOutcome), table[0].ToString() },
            { nameof(PaymentModelTable), table.ToString() },
            { nameof(VerdictRule), VerdictRule.MarginRate(0.3m).ToString() + " " + VerdictRule.UnitMargin(Third(100m)) },
            { nameof(CampaignReportRow), CampaignReport.Of([campaign], Third(100m), models).Rows[0].ToString() },
            { nameof(CampaignReport), CampaignReport.Of([campaign], Third(100m), models).ToString() },
            { nameof(CeilingCheck), CpaCeiling.Check(Third(100m), 7m, Third(20m))!.Value.ToString() },
            { nameof(ChannelReport), report.ToString() },
        };
    }

    public static TheoryData<string, string> DisplayedValuesAndModels()
    {
        var usd = Currency.Usd;
        var third = 1m / 3m;
        var rfm = new CustomerRfm("c1", 2, new Periods(third * 91m, PeriodUnit.Week), new Periods(third * 100m, PeriodUnit.Week), Third(100m), 1, Third(50m));
        var sbg = ShiftedBetaGeometric.Fit([1000L, 631L, 468L, 382L, 326L], PeriodUnit.Month);
        var paths = new PathTableBuilder(usd)
            .Add([new Channel("a"), new Channel("b")], 3, Third(1_000m), 7)
            .Add([new Channel("b")], 2, Third(500m), 11)
            .Add([new Channel("c"), new Channel("a")], 1, Third(100m), 5)
            .ToPathTable();
        var linear = AttributionEngine.Attribute(paths, AttributionModels.Linear);
        var markov = MarkovModel.Fit(paths);
        var curve = ResponseCurve.Hill(Third(10_000m), Third(2_500m), 2d / 3d);
        var channels = new[] { new BudgetChannel(new Channel("a"), curve, Third(3_000m)), new BudgetChannel(new Channel("b"), ResponseCurve.MichaelisMenten(Third(9_000m), Third(4_000m)), Third(2_000m)) };
        var ab = AbTest.Compare(new GroupCounts(3_000, 97), new GroupCounts(3_000, 131));
        var ratios = AbTest.CompareRatios(new RatioSample([100, 121, 90, 113], [3, 7, 3, 4]), new RatioSample([101, 122, 95, 111], [3, 4, 6, 4]));
        var holdout = HoldoutTest.Analyze(new GroupCounts(90_000, 1_370), new GroupCounts(10_000, 121), Third(10_000m));
        var tbr = TimeBasedRegression.Analyze(GeoData.Sales, GeoData.Assignment, GeoData.PreTest, GeoData.Test);
        var fitted = ResponseCurve.FitHill([new(Third(1_000m), Third(2_900m)), new(Third(2_000m), Third(4_100m)), new(Third(4_000m), Third(5_300m)), new(Third(8_000m), Third(6_100m)), new(Third(16_000m), Third(6_500m))]);
        return new TheoryData<string, string>
        {
            { nameof(Money), Third(100m).ToString("N", null) + " " + new Money(0.750m, usd) },
            { nameof(RetentionRate), new RetentionRate(third, PeriodUnit.Month).ToString() },
            { nameof(DiscountRate), new DiscountRate(0.1m, PeriodUnit.Year).ConvertTo(PeriodUnit.Month).ToString() },
            { nameof(MoneyPerPeriod), new MoneyPerPeriod(Third(100m), PeriodUnit.Month).ToString() },
            { nameof(PurchaseFrequency), new PurchaseFrequency(third, PeriodUnit.Weeks(2)).ToString() },
            { nameof(Periods), new Periods(third * 49m, PeriodUnit.Month).ToString() },
            { nameof(CustomerRfm), rfm.ToString() },
            { "ModelFit<ShiftedBetaGeometric>", sbg.ToString() },
            { nameof(ParameterEstimate), string.Join("; ", sbg.Parameters) },
            { nameof(BgNbd), new BgNbd(1d / 3d, 2d / 3d, 1d / 7d, 10d / 3d, PeriodUnit.Week).ToString() },
            { nameof(ModifiedBgNbd), new ModifiedBgNbd(1d / 3d, 2d / 3d, 1d / 7d, 10d / 3d, PeriodUnit.Week).ToString() },
            { nameof(ParetoNbd), new ParetoNbd(1d / 3d, 20d / 3d, 1d / 7d, 100d / 3d, PeriodUnit.Week).ToString() },
            { nameof(BgBb), new BgBb(1d / 3d, 2d / 3d, 1d / 7d, 10d / 3d, PeriodUnit.Year).ToString() },
            { nameof(BetaDiscreteWeibull), new BetaDiscreteWeibull(1d / 3d, 2d / 3d, 1d / 7d, PeriodUnit.Year).ToString() },
            { nameof(GammaGamma), new GammaGamma(10d / 3d, 11d / 7d, 100d / 3d, usd).ToString() },
            { nameof(AttributionResult), linear.ToString() },
            { nameof(ChannelCredit), string.Join("; ", linear.Channels) },
            { nameof(PathTable), paths.ToString() + " " + string.Join("; ", paths.Rows) },
            { nameof(MarkovModel), markov.ToString() + " " + string.Join("; ", markov.Transitions) },
            { nameof(ShapleyModel), ShapleyModel.Fit(paths).ToString() },
            { nameof(ModelComparison), AttributionEngine.Compare(paths, [AttributionModels.Linear, markov]).ToString() },
            { nameof(TopPathsReport), TopPathsReport.Of(paths, 5).ToString() + string.Join("; ", TopPathsReport.Of(paths, 5).Rows) },
            { nameof(PathLengthReport), PathLengthReport.Of(paths).ToString() + string.Join("; ", PathLengthReport.Of(paths).Rows) },
            { nameof(AssistedConversionsReport), AssistedConversionsReport.Of(paths).ToString() + string.Join("; ", AssistedConversionsReport.Of(paths).Channels) },
            { nameof(AbTestResult), ab.ToString() },
            { nameof(RatioComparison), ratios.ToString() + " " + ratios.SampleA },
            { nameof(HoldoutResult), holdout.ToString() },
            { nameof(MoneyEstimate), holdout.CostPerIncrementalConversion.ToString() ?? string.Empty },
            { nameof(SampleSizePlan), PowerAnalysis.SampleSize(1d / 30d, 1d / 25d, 0.8).ToString() },
            { nameof(TbrResult), tbr.ToString() },
            { nameof(TbrDay), tbr.Days[^1].ToString() + " " + tbr.Iroas(50_000m / 3m) },
            { nameof(BudgetAllocation), BudgetAllocator.Allocate(channels, Third(15_000m)).ToString() },
            { nameof(ProfitPlan), BudgetAllocator.MaximizeProfit(channels, third).ToString() },
            { nameof(ResponseCurve), curve.ToString() + " " + new ResponsePoint(1d / 3d, 2d / 3d) },
            { "ModelFit<ResponseCurve>", fitted.ToString() },
        };
    }

    /// <summary>True when every decimal number in the text shows at most four decimals, or at most four significant digits below 1.</summary>
    private static string? BeyondDisplayPrecision(string text)
    {
        foreach (Match m in Decimals.Matches(text))
        {
            var fraction = m.Groups[2].Value;
            var significant = m.Groups[1].Value == "0" ? fraction.TrimStart('0') : fraction;
            if (fraction.Length > 4 && significant.Length > 4)
            {
                return m.Value;
            }
        }

        return null;
    }

    [Theory]
    [MemberData(nameof(DisplayedResults))]
    public void ResultToString_RoundsForDisplay(string type, string text)
    {
        var beyond = BeyondDisplayPrecision(text);
        Assert.True(beyond is null, $"{type}.ToString() shows {beyond} in:\n{text}");
    }

    [Theory]
    [MemberData(nameof(DisplayedValuesAndModels))]
    public void ValueAndModelToString_RoundsForDisplay(string type, string text)
    {
        var beyond = BeyondDisplayPrecision(text);
        Assert.True(beyond is null, $"{type}.ToString() shows {beyond} in:\n{text}");
    }

    [Fact]
    public void DisplayCheck_CatchesLongDecimals()
    {
        Assert.Equal("0.3333333", BeyondDisplayPrecision("m=0.3333333 USD"));
        Assert.Equal("2.42590677", BeyondDisplayPrecision("b=2.42590677"));
        Assert.Null(BeyondDisplayPrecision("r=0.0001234, 1,250.50 USD, 35.0%, 4.414, 1.234E-05"));
    }
}
