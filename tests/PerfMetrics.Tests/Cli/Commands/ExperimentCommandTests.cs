using System.Text.Json;
using PerfMetrics.Cli;

namespace PerfMetrics.Tests.Cli.Commands;

public class ExperimentCommandTests
{
    [Fact]
    public void Holdout_RetargetingExample_PrintsTheHandWorkedNumbers()
    {
        // docs/examples/holdout.cs. By hand: control rate 100 / 10,000 = 1%; without the campaign the 90,000 exposed users
        // would have bought 900; they bought 1,100, so 200 incremental, a lift of 200 / 900 = 22.2%, and $9,000 / 200 =
        // $45.00 per incremental sale, above the $38 margin: 200 x (38 - 45) = -$1,400.
        var result = CliRun.Run("experiment", "holdout", "--test", "1100/90000", "--control", "100/10000", "--spend", "9000USD", "--margin", "38USD");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  expected without the campaign:  900 conversions\n", result.Out, StringComparison.Ordinal);
        Assert.Contains("  incremental conversions:        200 [", result.Out, StringComparison.Ordinal);
        Assert.Contains("  lift:                           22.2% [", result.Out, StringComparison.Ordinal);
        Assert.Contains("  cost per incremental conversion: 45.00 USD [", result.Out, StringComparison.Ordinal);
        Assert.Contains("Unprofitable: CPA 45.00 USD vs margin 38.00 USD", result.Out, StringComparison.Ordinal);
        Assert.Contains("total profit -1,400.00 USD", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Ab_Rates_AreTheHandWorkedOnes()
    {
        // 120 / 2,400 = 5%, 150 / 2,400 = 6.25%: B - A = 1.25 points, B / A = 1.25.
        var result = CliRun.Run("experiment", "ab", "--a", "120/2400", "--b", "150/2400", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(0.0125, json.RootElement.GetProperty("difference_newcombe").GetProperty("value").GetDouble(), 12);
        Assert.Equal(1.25, json.RootElement.GetProperty("ratio").GetProperty("value").GetDouble(), 12);
        Assert.Equal(0.95, json.RootElement.GetProperty("confidence_level").GetDouble());
    }

    [Fact]
    public void SampleSize_FivePercentToSix_MatchesTheNormalApproximationOfMathNet()
    {
        // The two-proportion sample size per group (pooled variance under H0, unpooled under H1; Fleiss, Statistical
        // Methods for Rates and Proportions, eq. 4.14 without continuity correction): 8,157.7 for 5% vs 6% at alpha 0.05,
        // power 0.8. Quantiles from MathNet.Numerics, not from the library.
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.975);
        var zb = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.8);
        const double p1 = 0.05, p2 = 0.06, mean = (p1 + p2) / 2;
        var n = Math.Pow((z * Math.Sqrt(2 * mean * (1 - mean))) + (zb * Math.Sqrt((p1 * (1 - p1)) + (p2 * (1 - p2)))), 2) / Math.Pow(p2 - p1, 2);

        var result = CliRun.Run("experiment", "sample-size", "--rate", "0.05", "--target", "0.06", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var plan = json.RootElement.GetProperty("plan");
        Assert.Equal(n, plan.GetProperty("first_group").GetDouble(), 1e-6);
        Assert.Equal((long)Math.Ceiling(n), plan.GetProperty("first_group_users").GetInt64());
        Assert.Equal(8158, plan.GetProperty("first_group_users").GetInt64());
    }

    [Fact]
    public void SampleSize_Lift_IsTheTargetRateItImplies()
    {
        var byLift = CliRun.Run("experiment", "sample-size", "--rate", "0.05", "--lift", "0.2");
        var byTarget = CliRun.Run("experiment", "sample-size", "--rate", "0.05", "--target", "0.06");

        Assert.Equal(0, byLift.ExitCode);
        Assert.Equal(byTarget.Out, byLift.Out);
    }

    [Fact]
    public void Tbr_MatchedMarketsGeoTest_GivesTheReferenceImplementationsIroas()
    {
        // google/matched_markets' own tests on salesandcost.csv (docs/experiments.md): slope 0.9997001, iROAS 2.946742,
        // one-sided 90% lower bound 2.826194, cumulative effect 147337.122 for $50,000.
        var data = Path.Combine(CliGoldenTests.RepositoryRoot(), "tests", "PerfMetrics.Tests", "Data", "Experiments");
        var result = CliRun.Run(
            "experiment", "tbr", Path.Combine(data, "salesandcost.csv"), "--assignment", Path.Combine(data, "geoassignment.csv"),
            "--group-column", "geo.group", "--treatment", "2", "--control", "1", "--pre", "2015-01-05..2015-02-15", "--test", "2015-02-16..2015-03-15",
            "--confidence", "0.9", "--cost", "50000", "--fill-missing", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(0.9997001, root.GetProperty("slope").GetDouble(), 1e-7);
        Assert.Equal(147337.122, root.GetProperty("cumulative_effect").GetProperty("value").GetDouble(), 1e-3);
        Assert.Equal(2.946742, root.GetProperty("iroas").GetProperty("estimate").GetProperty("value").GetDouble(), 1e-6);
        Assert.Equal(2.826194, root.GetProperty("iroas").GetProperty("lower_bound").GetDouble(), 1e-6);
        Assert.Equal(28, root.GetProperty("days").GetArrayLength());
        Assert.Equal("2015-02-16", root.GetProperty("days")[0].GetProperty("date").GetString());
    }

    [Fact]
    public void Tbr_GroupValueOutsideTheAssignment_IsBadInputWithLineAndColumn()
    {
        var result = CliRun.WithInput("geo,group\na,treatment\nb,holdout\n", "experiment", "tbr", "missing.csv", "--assignment", "-", "--pre", "2015-01-01..2015-01-05", "--test", "2015-01-06..2015-01-07");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal("error: standard input: Line 3, column 2 (group): must be the treatment group \"treatment\" or the control group \"control\" (--treatment, --control), was \"holdout\".\n", result.Error);
    }
}
