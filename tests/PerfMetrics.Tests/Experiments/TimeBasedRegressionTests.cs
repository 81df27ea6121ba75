using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics;
using NodaTime;
using PerfMetrics.Experiments;

namespace PerfMetrics.Tests.Experiments;

public class TimeBasedRegressionTests
{
    private static TbrResult Reference(double level = 0.9) =>
        TimeBasedRegression.Analyze(GeoData.Sales, GeoData.Assignment, GeoData.PreTest, GeoData.Test, confidenceLevel: level);

    // google/matched_markets, tests/test_tbr.py (testResponseModelCorrect): the pre-period slope "under the R package" is
    // 0.9997001 (assertAlmostEqual, 7 places).
    [Fact]
    public void Slope_MatchesMatchedMarkets() => Assert.Equal(0.9997001, Reference().Slope, 7);

    // google/matched_markets, tests/test_tbr_iroas.py (testFixedCostIROASSummary), "summary values from R", level 0.9,
    // one tail: estimate 2.946742, precision 0.120548, lower 2.826194, incremental response 147337.122, incremental cost
    // 50000, probability 1.0 (their test asserts the first three to below 1e-5).
    [Fact]
    public void Iroas_MatchesMatchedMarkets()
    {
        var r = Reference(0.9);
        var iroas = r.Iroas(50_000m);
        Assert.Equal(2.946742, iroas.Estimate.Value, 1e-6);
        Assert.Equal(2.826194, iroas.LowerBound, 1e-6);
        Assert.Equal(0.120548, iroas.Estimate.Value - iroas.LowerBound, 1e-6);
        Assert.Equal(147337.122, r.CumulativeEffect.Value, 1e-3);
        Assert.Equal(1.0, iroas.ProbabilityPositive, 1e-6);
        Assert.Equal(50_000m, iroas.IncrementalCost);
        Assert.Equal(40, r.DegreesOfFreedom);
        Assert.Equal(28, r.Days.Length);
    }

    [Fact]
    public void TheFileAsItIs_HasMissingDaysAndIsRejected()
    {
        Assert.Equal(9_225, GeoData.FileRows().Count);
        Assert.Equal(9_300, GeoData.Sales.Count);
        var ex = Assert.Throws<ArgumentException>(() => TimeBasedRegression.Analyze(GeoData.FileRows(), GeoData.Assignment, GeoData.PreTest, GeoData.Test));
        Assert.Contains("must cover every analysed day for every assigned geo, was missing geo", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PreTestLine_MatchesMathNetLeastSquares()
    {
        // Oracle: MathNet's least-squares line through the summed daily control and treatment sales of the pre-period.
        var control = new double[42];
        var treatment = new double[42];
        var isTreatment = GeoData.Assignment.Treatment.ToHashSet(StringComparer.Ordinal);
        foreach (var o in GeoData.Sales.Where(o => GeoData.PreTest.Contains(o.Date)))
        {
            var day = Period.DaysBetween(GeoData.PreTest.Start, o.Date);
            if (isTreatment.Contains(o.Geo))
            {
                treatment[day] += (double)o.Response;
            }
            else
            {
                control[day] += (double)o.Response;
            }
        }

        var (intercept, slope) = Fit.Line(control, treatment);
        var r = Reference();
        Assert.Equal(slope, r.Slope, 1e-10);
        Assert.Equal(intercept, r.Intercept, 1e-6);
    }

    [Fact]
    public void HandWorkedExample_CounterfactualEffectsAndInterval()
    {
        // Pre-period (5 days) control 10, 12, 11, 14, 13 and treatment 21, 25, 22, 29, 27: xbar = 12, ybar = 24.8, Sxx = 10,
        // Sxy = 21, b1 = 2.1, b0 = -0.4; residuals 0.4, 0.2, -0.7, 0, 0.1, RSS = 0.7, sigma^2 = 0.7 / 3.
        // Test days control 12, 15, treatment 27, 33: counterfactual 24.8, 31.1; effects 2.2, 1.9; cumulative 2.2, 4.1.
        // Day 2: xbar = 13.5, xbar' Sigma xbar = 0.099167, variance 4 x 0.099167 + 2 x 0.233333 = 0.863333, scale 0.929157;
        // 95% two-sided with t(0.975, 3) = 3.182446: 4.1 -/+ 2.956989.
        var r = TimeBasedRegression.Analyze(Small(), SmallAssignment, new DateInterval(Day(0), Day(4)), new DateInterval(Day(5), Day(6)));
        Assert.Equal(2.1, r.Slope, 12);
        Assert.Equal(-0.4, r.Intercept, 12);
        Assert.Equal(Math.Sqrt(0.7 / 3), r.ResidualStandardDeviation, 12);
        Assert.Equal(24.8, r.Days[0].Counterfactual, 12);
        Assert.Equal(1.9, r.Days[1].Effect, 12);
        Assert.Equal(2.2, r.Days[0].CumulativeEffect.Value, 12);
        Assert.Equal(4.1, r.CumulativeEffect.Value, 12);
        Assert.Equal(0.929157, r.Scale, 1e-6);
        Assert.Equal(4.1 - 2.956989, r.CumulativeEffect.Lower, 1e-5);
        Assert.Equal(4.1 + 2.956989, r.CumulativeEffect.Upper, 1e-5);
        Assert.Equal(4.1 / (24.8 + 31.1), r.RelativeLift!.Value, 12);
    }

    [Fact]
    public void MinimumDetectableIroas_HandWorked()
    {
        // Same pre-period; a 3-day test at the pre-period mean control (xbar = 12): xbar' Sigma xbar = sigma^2 / 5 = 0.046667,
        // variance 9 x 0.046667 + 3 x 0.233333 = 1.12, sd 1.058301; (t(0.95, 3) + t(0.8, 3)) = 2.353363 + 0.978472 = 3.331835;
        // effect 3.526087, over a cost of 10: 0.3526087.
        var mde = TimeBasedRegression.MinimumDetectableIroas(Small(), SmallAssignment, new DateInterval(Day(0), Day(4)), 3, 10m);
        Assert.Equal(0.3526087, mde, 1e-6);
    }

    [Fact]
    public void MinimumDetectableIroas_ReferenceData_ShrinksWithCostAndLength()
    {
        var four = TimeBasedRegression.MinimumDetectableIroas(GeoData.Sales, GeoData.Assignment, GeoData.PreTest, 28, 50_000m, 0.8, 0.9);
        var double_ = TimeBasedRegression.MinimumDetectableIroas(GeoData.Sales, GeoData.Assignment, GeoData.PreTest, 28, 100_000m, 0.8, 0.9);
        Assert.Equal(four / 2d, double_, 12);
        Assert.True(four < 2.946742, "the reference test detected 2.95, so the design could detect less");
    }

    [Fact]
    public void Cooldown_AddsItsDaysToTheEffectWindow()
    {
        var cooldown = new DateInterval(new LocalDate(2015, 3, 16), new LocalDate(2015, 3, 22));
        var with = TimeBasedRegression.Analyze(GeoData.Sales, GeoData.Assignment, GeoData.PreTest, GeoData.Test, cooldown, 0.9);
        Assert.Equal(35, with.Days.Length);
        Assert.Equal(Reference().Days[27], with.Days[27]);
        Assert.Equal(with.Days[^1].CumulativeEffect, with.CumulativeEffect);
        Assert.Equal(cooldown, with.Cooldown);
    }

    [Fact]
    public void ToString_Equality()
    {
        var r = Reference();
        Assert.Contains("treatment = ", r.ToString(), StringComparison.Ordinal);
        Assert.Contains("iROAS 2.947 [", r.Iroas(50_000m).ToString(), StringComparison.Ordinal);
        ContractAssert.Equality(r, Reference(), Reference(0.95));
        ContractAssert.Equality(r.Days[0], Reference().Days[0], r.Days[1]);
        ContractAssert.Equality(r.Iroas(50_000m), Reference().Iroas(50_000m), r.Iroas(40_000m));
    }

    [Property(MaxTest = 50 / TestProfile.PropertyRunDivisor)]
    public void ReorderingTheRows_ChangesNothing(int seed)
    {
        var shuffled = GeoData.Sales.OrderBy(_ => 0).ToArray();
        new Random(seed).Shuffle(shuffled);
        Assert.Equal(Reference(), TimeBasedRegression.Analyze(shuffled, GeoData.Assignment, GeoData.PreTest, GeoData.Test, confidenceLevel: 0.9));
    }

    [Property(MaxTest = 50 / TestProfile.PropertyRunDivisor)]
    public void AddingAConstantEffect_MovesTheCumulativeEffectByItsSum(PositiveInt k)
    {
        // Treatment geos' test-day response raised by c per day: the line is unchanged and Delta grows by c x days.
        var c = (decimal)(k.Get % 1_000);
        var treatment = GeoData.Assignment.Treatment[0];
        var lifted = GeoData.Sales.Select(o => o.Geo == treatment && GeoData.Test.Contains(o.Date) ? new GeoObservation(o.Geo, o.Date, o.Response + c) : o);
        var r = TimeBasedRegression.Analyze(lifted, GeoData.Assignment, GeoData.PreTest, GeoData.Test, confidenceLevel: 0.9);
        Assert.Equal(Reference().CumulativeEffect.Value + ((double)c * 28), r.CumulativeEffect.Value, 1e-6);
        Assert.Equal(Reference().Scale, r.Scale, 1e-9);
    }

    internal static LocalDate Day(int d) => new LocalDate(2026, 3, 2).PlusDays(d);

    internal static readonly GeoAssignment SmallAssignment = new(["t"], ["c"]);

    internal static GeoObservation[] Small()
    {
        decimal[] control = [10, 12, 11, 14, 13, 12, 15];
        decimal[] treatment = [21, 25, 22, 29, 27, 27, 33];
        return [.. control.Select((x, d) => new GeoObservation("c", Day(d), x)), .. treatment.Select((y, d) => new GeoObservation("t", Day(d), y))];
    }
}
