using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Engine;

/// <summary>Equality contracts and defaults of the attribution value types.</summary>
public class ChannelCreditTests
{
    private static void AssertEqualityContract<T>(T value, T equal, T different)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equal));
        Assert.True(value.Equals((object)equal));
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.False(value.Equals(different));
        Assert.False(value.Equals((object?)null));
    }

    private static AttributionResult Linear(decimal value) =>
        AttributionEngine.Attribute(
            new PathTableBuilder(Currency.Usd).Add([new Channel("a"), new Channel("b")], 2, new Money(value, Currency.Usd), 1).ToPathTable(),
            AttributionModels.Linear);

    [Fact]
    public void Equality_ChannelCredit_FollowsTheContract()
    {
        var a = Linear(10m).Channels[0];
        AssertEqualityContract(a, Linear(10m).Channels[0], Linear(12m).Channels[0]);
        Assert.True(a == Linear(10m).Channels[0]);
        Assert.True(a != Linear(12m).Channels[0]);
        Assert.Equal("a: 1.00 conversions (50.0%), 5.00 USD", a.ToString());
    }

    [Fact]
    public void Equality_PathRow_ComparesSequenceAndCounts()
    {
        PathRow Row(decimal value) => new PathTableBuilder(Currency.Usd).Add([new Channel("a"), new Channel("b")], 2, new Money(value, Currency.Usd), 1).ToPathTable().Rows[0];
        AssertEqualityContract(Row(1m), Row(1.00m), Row(2m));
        Assert.True(Row(1m) == Row(1m));
        Assert.True(Row(1m) != Row(2m));
    }

    [Fact]
    public void Default_Values_AreEmpty()
    {
        Assert.True(default(ChannelCredit).Channel.IsDefault);
        Assert.Null(default(ChannelCredit).Share);
        Assert.Empty(default(PathRow).Path);
        Assert.Null(default(ChannelReportRow).Spend);
        Assert.Null(default(ChannelReportRow).Verdict);
        Assert.Equal(default(ChannelReportRow), default);
    }

    [Fact]
    public void Collections_CannotBeCastBackToMutableArrays()
    {
        var table = new PathTableBuilder(Currency.Usd).Add([new Channel("a")], 1, default, 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.Linear);
        var comparison = AttributionEngine.Compare(table, [AttributionModels.Linear]);
        var report = ChannelReport.Of(result, []);
        Assert.False(table.Channels is Channel[]);
        Assert.False((object)result.Channels is ChannelCredit[]);
        Assert.False(comparison.Results is AttributionResult[]);
        Assert.False((object)report.Rows is ChannelReportRow[]);
        Assert.False((object)MarkovModel.Fit(table).RemovalEffects is ChannelRemovalEffect[]);
        Assert.False((object)ShapleyModel.Fit(table).Values is ChannelShapleyValue[]);
    }
}
