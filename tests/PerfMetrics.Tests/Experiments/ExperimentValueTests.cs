using NodaTime;
using PerfMetrics.Experiments;

namespace PerfMetrics.Tests.Experiments;

public class GroupCountsTests
{
    [Fact]
    public void Rate_ToString_Equality_Default()
    {
        var g = new GroupCounts(10_000, 120);
        Assert.Equal(0.012, g.Rate);
        Assert.Equal("120 of 10000 converted (1.2%)", g.ToString());
        Assert.Null(default(GroupCounts).Rate);
        Assert.Equal("0 of 0 converted (no users)", default(GroupCounts).ToString());
        ContractAssert.Equality(g, new GroupCounts(10_000, 120), new GroupCounts(10_000, 121));
    }
}

public class EstimateTests
{
    [Fact]
    public void ToString_Formats_Equality()
    {
        var e = HoldoutTest.Analyze(new GroupCounts(100, 10), new GroupCounts(100, 5), new Money(1m, Currency.Usd)).RateDifference;
        Assert.StartsWith("0.05 [", e.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("(95%)", e.ToString("F2"), StringComparison.Ordinal);
        Assert.StartsWith("0.050 [", e.ToString("F3"), StringComparison.Ordinal);
        Assert.Equal(e.ToString(), e.ToString(null));
        Assert.False(e.ExcludesZero);
        Assert.Equal("0 [0, 0] (0%)", default(Estimate).ToString());
        var other = HoldoutTest.Analyze(new GroupCounts(100, 10), new GroupCounts(100, 6), new Money(1m, Currency.Usd)).RateDifference;
        ContractAssert.Equality(e, HoldoutTest.Analyze(new GroupCounts(100, 10), new GroupCounts(100, 5), new Money(1m, Currency.Usd)).RateDifference, other);
    }
}

public class MoneyEstimateTests
{
    [Fact]
    public void ToString_Equality_Default()
    {
        var r = HoldoutTest.Analyze(new GroupCounts(90_000, 1_350), new GroupCounts(10_000, 100), new Money(9_000m, Currency.Usd));
        var profit = r.IncrementalProfit(new Money(38m, Currency.Usd));
        Assert.StartsWith("8,100.00 USD [", profit.ToString(), StringComparison.Ordinal);
        Assert.Equal("0 [unbounded, unbounded] (0%)", default(MoneyEstimate).ToString());
        Assert.StartsWith("8100.00 USD [", $"{profit:F}", StringComparison.Ordinal);
        Assert.StartsWith("8.100,00 USD [", profit.ToString("N", new System.Globalization.CultureInfo("de-DE")), StringComparison.Ordinal);
        Span<char> buffer = stackalloc char[128];
        Assert.True(profit.TryFormat(buffer, out var written, default, null));
        Assert.Equal(profit.ToString(), buffer[..written].ToString());
        Assert.False(profit.TryFormat(buffer[..4], out _, default, null));
        ContractAssert.Equality(profit, r.IncrementalProfit(new Money(38m, Currency.Usd)), r.IncrementalProfit(new Money(39m, Currency.Usd)));
    }
}

public class GeoObservationTests
{
    [Fact]
    public void ToString_Equality()
    {
        var o = new GeoObservation("17", new LocalDate(2015, 1, 5), 7227.32m);
        Assert.Equal("geo 17 on 2015-01-05: 7227.32", o.ToString());
        ContractAssert.Equality(o, new GeoObservation("17", new LocalDate(2015, 1, 5), 7227.32m), new GeoObservation("18", new LocalDate(2015, 1, 5), 7227.32m));
    }
}

public class GeoAssignmentTests
{
    [Fact]
    public void Groups_AreSortedSetsAndCompareByValue()
    {
        var a = new GeoAssignment(["b", "a", "a"], ["c"]);
        Assert.Equal(["a", "b"], a.Treatment);
        Assert.Equal("2 treatment geos, 1 control geos", a.ToString());
        ContractAssert.Equality(a, new GeoAssignment(["a", "b"], ["c"]), new GeoAssignment(["a"], ["b", "c"]));
    }
}
