using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public class CtrTests
{
    [Fact]
    public void Of_700ClicksOn20000Impressions_Is3Point5Percent()
    {
        // 700 / 20,000 = 0.035 (20,000 x 0.035 = 700).
        Assert.Equal(0.035m, Ctr.Of(700, 20_000));
    }

    [Fact]
    public void Of_NoImpressions_IsNull() => Assert.Null(Ctr.Of(0, 0));

    [Fact]
    public void Of_MoreClicksThanImpressions_IsAboveOne() => Assert.Equal(2m, Ctr.Of(2, 1));

    [Fact]
    public void Of_NegativeClicks_ThrowsNamingParameterAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Ctr.Of(-1, 10));
        Assert.Equal("clicks", ex.ParamName);
        Assert.StartsWith("clicks must be non-negative, was -1.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NegativeImpressions_Throws() => Assert.Throws<ArgumentOutOfRangeException>("impressions", () => Ctr.Of(1, -10));

    [Fact]
    public void Of_Delivery_UsesClicksAndImpressions()
    {
        Assert.Equal(0.035m, Ctr.Of(new Delivery(impressions: 20_000, clicks: 700)));
        Assert.Null(Ctr.Of(default(Delivery)));
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CtrIsNullExactlyWhenThereAreNoImpressions(Count clicks, Count impressions) =>
        Ctr.Of(clicks.Value, impressions.Value).HasValue == (impressions.Value != 0);
}
