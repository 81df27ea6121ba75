using MathNet.Numerics.Distributions;
using PerfMetrics.Experiments;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Experiments;

public partial class HoldoutTestTests
{
    private static readonly Currency Usd = Currency.Usd;

    // Hand-worked example (docs/experiments.md): 90,000 exposed users, 1,350 converted (1.5%); 10,000 held out, 100
    // converted (1%); 9,000 USD spent. Without the campaign the exposed group would have converted at 1%: 900
    // conversions. Incremental = 1,350 - 900 = 450; lift = 1.5% / 1% - 1 = 50%; cost per incremental conversion
    // = 9,000 / 450 = 20 USD; at 50 USD per conversion the incremental ROAS is 450 x 50 / 9,000 = 2.5; at a 38 USD margin
    // the incremental profit is 450 x 38 - 9,000 = 8,100 USD.
    private static HoldoutResult Example(double level = 0.95) =>
        HoldoutTest.Analyze(new GroupCounts(90_000, 1_350), new GroupCounts(10_000, 100), new Money(9_000m, Usd), level);

    [Fact]
    public void Analyze_WorkedExample_GivesTheHandComputedPointValues()
    {
        var r = Example();
        Assert.Equal(900d, r.ScaledControlConversions);
        Assert.Equal(450d, r.IncrementalConversions.Value);
        Assert.Equal(0.005, r.RateDifference.Value, 15);
        Assert.Equal(0.5, r.Lift!.Value.Value, 12);
        Assert.Equal(new Money(20m, Usd), r.CostPerIncrementalConversion!.Value.Value);
        Assert.Equal(2.5, r.IncrementalRoas(new Money(50m, Usd))!.Value.Value, 12);
        Assert.Equal(new Money(8_100m, Usd), r.IncrementalProfit(new Money(38m, Usd)).Value);
    }

    [Fact]
    public void Analyze_WorkedExample_LiftIntervalIsTheKatzLogInterval()
    {
        // Hand-worked: ln RR = ln 1.5; se = sqrt(1/1350 - 1/90000 + 1/100 - 1/10000) = sqrt(0.0106296296) = 0.10310010;
        // z se = 1.959964 x 0.10310010 = 0.2020725; 1.5 exp(-/+ 0.2020725) = [1.225554, 1.835905], so the lift is
        // [0.225554, 0.835905].
        var lift = Example().Lift!.Value;
        Assert.Equal(0.225554, lift.Lower, 1e-6);
        Assert.Equal(0.835905, lift.Upper, 1e-6);
        Assert.Equal(0.95, lift.Level);
    }

    [Fact]
    public void Analyze_PValue_MatchesPearsonChiSquareOfTheTwoByTwoTable()
    {
        // Oracle: the pooled two-proportion z-test equals Pearson's chi-square test on the 2x2 table (chi2 = z^2, 1 df;
        // R's prop.test(correct = FALSE)). The chi-square is computed here from observed and expected cell counts and its
        // tail from MathNet.
        double[,] observed = { { 1_350, 88_650 }, { 100, 9_900 } };
        var total = 100_000d;
        double[] rows = [90_000, 10_000];
        double[] cols = [1_450, 98_550];
        var chi2 = 0d;
        for (var i = 0; i < 2; i++)
        {
            for (var j = 0; j < 2; j++)
            {
                var expected = rows[i] * cols[j] / total;
                chi2 += (observed[i, j] - expected) * (observed[i, j] - expected) / expected;
            }
        }

        var r = Example();
        Assert.Equal(chi2, r.ZScore!.Value * r.ZScore.Value, 9);
        Assert.Equal(1d - ChiSquared.CDF(1d, chi2), r.PValue!.Value, 12);
        Assert.True(r.ZScore > 0);
    }

    [Theory]
    // Newcombe (1998), Statistics in Medicine 17, 873-890, Table II, method 10 (hybrid score), 95%:
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    [InlineData(6, 7, 2, 7, 0.0582, 0.8062)]
    [InlineData(5, 56, 0, 29, -0.0381, 0.1926)]
    [InlineData(0, 10, 0, 20, -0.1611, 0.2775)]
    public void RateDifference_MatchesNewcombesPublishedIntervals(long x1, long n1, long x2, long n2, double lower, double upper)
    {
        var r = HoldoutTest.Analyze(new GroupCounts(n1, x1), new GroupCounts(n2, x2), new Money(1m, Usd));
        Assert.Equal(lower, r.RateDifference.Lower, 4);
        Assert.Equal(upper, r.RateDifference.Upper, 4);
    }

    [Fact]
    public void CheckMargin_UsesTheLibrarysVerdictRule_AttributedProfitableIncrementalNot()
    {
        // The docs' trap: attribution credited the campaign with 400 sales for 9,000 USD (CPA 22.50 USD, below the 38 USD
        // margin: "profitable"), but the holdout shows only 200 of them were incremental: 9,000 / 200 = 45 USD > 38 USD.
        var attributed = CpaVersusMargin.Of(new Money(9_000m, Usd), 400m, new Money(38m, Usd));
        Assert.Equal(ProfitVerdict.Profitable, attributed.Verdict);

        var r = HoldoutTest.Analyze(new GroupCounts(90_000, 1_100), new GroupCounts(10_000, 100), new Money(9_000m, Usd));
        Assert.Equal(200d, r.IncrementalConversions.Value);
        var incremental = r.CheckMargin(new Money(38m, Usd))!.Value;
        Assert.Equal(CpaVersusMargin.Of(new Money(9_000m, Usd), 200m, new Money(38m, Usd)), incremental);
        Assert.Equal(ProfitVerdict.Unprofitable, incremental.Verdict);
        Assert.Equal(new Money(45m, Usd), incremental.Cpa);
        Assert.Equal(new Money(-1_400m, Usd), r.IncrementalProfit(new Money(38m, Usd)).Value);
    }

    [Fact]
    public void CheckCeiling_IsTheCeilingCheckOfTheIncrementalCpa()
    {
        var r = Example();
        var ceiling = CpaCeiling.FromLtv(new Money(75m, Usd)); // 25 USD
        var check = r.CheckCeiling(ceiling)!.Value;
        Assert.Equal(CpaCeiling.Check(new Money(9_000m, Usd), 450m, ceiling), check);
        Assert.Equal(CeilingVerdict.WithinCeiling, check.Verdict);
        Assert.Equal(new Money(5m, Usd), check.Headroom);
    }

    [Fact]
    public void NoIncrementalConversions_CostAndVerdictsAreUndefined()
    {
        // Same rate in both groups: 0 incremental conversions. Fewer in the test group: negative.
        var zero = HoldoutTest.Analyze(new GroupCounts(9_000, 90), new GroupCounts(1_000, 10), new Money(500m, Usd));
        Assert.Equal(0d, zero.IncrementalConversions.Value);
        Assert.Null(zero.CostPerIncrementalConversion);
        Assert.Equal(ProfitVerdict.Undefined, zero.CheckMargin(new Money(38m, Usd))!.Value.Verdict);
        Assert.Null(zero.CheckCeiling(new Money(38m, Usd)));

        var negative = HoldoutTest.Analyze(new GroupCounts(9_000, 80), new GroupCounts(1_000, 10), new Money(500m, Usd));
        Assert.True(negative.IncrementalConversions.Value < 0);
        Assert.Null(negative.CheckMargin(new Money(38m, Usd)));
        Assert.Null(negative.CheckCeiling(new Money(38m, Usd)));
        Assert.True(negative.IncrementalProfit(new Money(38m, Usd)).Value < new Money(-500m, Usd));
    }

    [Fact]
    public void ZeroControlConversions_LiftIsNullNotInfinite()
    {
        var r = HoldoutTest.Analyze(new GroupCounts(1_000, 12), new GroupCounts(100, 0), new Money(100m, Usd));
        Assert.Null(r.Lift);
        Assert.NotNull(r.PValue);
        Assert.Equal(12d, r.IncrementalConversions.Value);
    }

    [Fact]
    public void NobodyConverted_PValueIsNull()
    {
        var r = HoldoutTest.Analyze(new GroupCounts(1_000, 0), new GroupCounts(100, 0), new Money(100m, Usd));
        Assert.Null(r.PValue);
        Assert.Null(r.ZScore);
        Assert.Null(r.Lift);
        Assert.Null(r.CostPerIncrementalConversion);
    }

    [Fact]
    public void CostPerIncrementalConversion_UpperEndUnboundedWhenZeroIsPlausible()
    {
        // 110 vs 100 per 10,000: 10 incremental conversions, but the interval reaches below zero.
        var r = HoldoutTest.Analyze(new GroupCounts(10_000, 110), new GroupCounts(10_000, 100), new Money(1_000m, Usd));
        Assert.True(r.IncrementalConversions.Lower < 0);
        var cost = r.CostPerIncrementalConversion!.Value;
        Assert.Equal(new Money(100m, Usd), cost.Value);
        Assert.Null(cost.Upper);
        Assert.NotNull(cost.Lower);
        Assert.Contains("unbounded", cost.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_IsAReadableReport()
    {
        var text = Example().ToString();
        Assert.Contains("Holdout test, 95% intervals", text, StringComparison.Ordinal);
        Assert.Contains("incremental conversions:        450 [244.6, 625.4] (95%)", text, StringComparison.Ordinal);
        Assert.Contains("lift:                           50.0% [22.6%, 83.6%] (95%)", text, StringComparison.Ordinal);
        Assert.Contains("cost per incremental conversion: 20.00 USD [14.39 USD, 36.79 USD] (95%)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_ComparesTheInputs()
    {
        ContractAssert.Equality(Example(), Example(), Example(0.9));
        Assert.NotEqual(Example(), HoldoutTest.Analyze(new GroupCounts(90_000, 1_350), new GroupCounts(10_000, 100), new Money(9_000m, Currency.Eur)));
    }

    [Fact]
    public void Culture_DoesNotChangeTheText()
    {
        var invariant = Example().ToString();
        using (new CultureScope("de-DE"))
        {
            Assert.Equal(invariant, Example().ToString());
        }
    }
}
