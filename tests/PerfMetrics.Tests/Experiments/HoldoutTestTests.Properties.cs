using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfMetrics.Experiments;

namespace PerfMetrics.Tests.Experiments;

public partial class HoldoutTestTests
{
    private static HoldoutResult Analyze(GroupPair g, double level = 0.95) =>
        HoldoutTest.Analyze(g.First, g.Second, new Money(1_000m, Usd), level);

    [Property(Arbitrary = [typeof(ExperimentGenerators)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void ScaledControlPlusIncremental_IsTheTestConversions(GroupPair g)
    {
        var r = Analyze(g);
        Assert.Equal(g.First.Conversions, r.ScaledControlConversions + r.IncrementalConversions.Value, 1e-9 * Math.Max(1d, g.First.Conversions));
    }

    [Property(Arbitrary = [typeof(ExperimentGenerators)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void Intervals_HoldTheirPointAndStayInRange(GroupPair g)
    {
        var r = Analyze(g);
        var d = r.RateDifference;
        Assert.InRange(d.Lower, -1d - 1e-12, d.Value + 1e-12);
        Assert.InRange(d.Upper, d.Value - 1e-12, 1d + 1e-12);
        Assert.InRange(r.IncrementalConversions.Value, r.IncrementalConversions.Lower - 1e-6, r.IncrementalConversions.Upper + 1e-6);
        if (r.Lift is { } lift)
        {
            Assert.InRange(lift.Value, lift.Lower, lift.Upper);
            Assert.True(lift.Lower > -1d);
        }

        if (r.PValue is { } p)
        {
            Assert.InRange(p, 0d, 1d);
        }
    }

    [Property(Arbitrary = [typeof(ExperimentGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void HigherLevel_NeverNarrowsTheIntervals(GroupPair g)
    {
        var narrow = Analyze(g, 0.8);
        var wide = Analyze(g, 0.99);
        Assert.True(wide.RateDifference.Lower <= narrow.RateDifference.Lower + 1e-12);
        Assert.True(wide.RateDifference.Upper >= narrow.RateDifference.Upper - 1e-12);
        Assert.Equal(narrow.PValue, wide.PValue);
    }

    [Property(MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void MoreUsersAtTheSameRates_NarrowTheIntervalAndShrinkThePValue(PositiveInt k)
    {
        // Ten times the users at the same rates: same point estimates, a narrower interval, a smaller p-value.
        var factor = 2 + (k.Get % 50);
        var small = HoldoutTest.Analyze(new GroupCounts(9_000, 135), new GroupCounts(1_000, 10), new Money(900m, Usd));
        var large = HoldoutTest.Analyze(new GroupCounts(9_000L * factor, 135L * factor), new GroupCounts(1_000L * factor, 10L * factor), new Money(900m * factor, Usd));
        Assert.Equal(small.Lift!.Value.Value, large.Lift!.Value.Value, 12);
        Assert.Equal(small.CostPerIncrementalConversion!.Value.Value, large.CostPerIncrementalConversion!.Value.Value);
        Assert.True(large.RateDifference.Upper - large.RateDifference.Lower < small.RateDifference.Upper - small.RateDifference.Lower);
        Assert.True(large.PValue < small.PValue);
    }
}
