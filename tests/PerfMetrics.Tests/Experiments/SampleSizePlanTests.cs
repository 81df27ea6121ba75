using PerfMetrics.Experiments;

namespace PerfMetrics.Tests.Experiments;

public class SampleSizePlanTests
{
    private static readonly SampleSizePlan Plan = PowerAnalysis.SampleSize(0.50, 0.75, 0.90); // 77 + 77 users

    [Theory]
    [InlineData(20, 8)]    // 154 / 20 = 7.7 -> 8 days
    [InlineData(154, 1)]
    [InlineData(1_000, 1)]
    [InlineData(0.5, 308)]
    public void Days_RoundsTheRecruitingTimeUp(double perDay, int days) => Assert.Equal(days, Plan.Days(perDay));

    [Fact]
    public void HoldoutPlan_90_10_NeedsWeeksAtRealisticTraffic()
    {
        // A 90/10 holdout for a 2% -> 2.3% conversion rate at 80% power: the plan and its duration at 5,000 users a day.
        var plan = PowerAnalysis.SampleSize(0.02, 0.023, 0.8, secondGroupShare: 0.9);
        Assert.Equal(plan.TotalUsers, plan.FirstGroupUsers + plan.SecondGroupUsers);
        Assert.Equal((int)Math.Ceiling(plan.TotalUsers / 5_000d), plan.Days(5_000));
        Assert.True(plan.Days(5_000) > 14);
    }

    [Fact]
    public void Equality_ToString_Default()
    {
        ContractAssert.Equality(Plan, PowerAnalysis.SampleSize(0.50, 0.75, 0.90), PowerAnalysis.SampleSize(0.50, 0.75, 0.80));
        Assert.Equal("76.71 + 76.71 users (77 + 77 to recruit) to detect 0.5 vs 0.75 with power 0.9 at alpha 0.05", Plan.ToString());
        Assert.Equal(0, default(SampleSizePlan).TotalUsers);
        Assert.Equal(1, default(SampleSizePlan).Days(10));
    }
}
