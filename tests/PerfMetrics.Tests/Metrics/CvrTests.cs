using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public class CvrTests
{
    [Fact]
    public void Of_14SalesFrom700Clicks_Is2Percent()
    {
        // 14 / 700 = 0.02 (one sale per 50 clicks).
        Assert.Equal(0.02m, Cvr.Of(14, 700));
    }

    [Fact]
    public void Of_FractionalConversions_Divides()
    {
        // 3.5 attributed conversions over 700 clicks: 3.5 / 700 = 0.005.
        Assert.Equal(0.005m, Cvr.Of(3.5m, 700));
    }

    [Fact]
    public void Of_NoClicks_IsNull()
    {
        Assert.Null(Cvr.Of(3, 0));
        Assert.Null(Cvr.Of(3.5m, 0));
    }

    [Fact]
    public void Of_NegativeConversions_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("conversions", () => Cvr.Of(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>("conversions", () => Cvr.Of(-0.5m, 10));
    }

    [Fact]
    public void Of_NegativeClicks_Throws() => Assert.Throws<ArgumentOutOfRangeException>("clicks", () => Cvr.Of(1, -10));

    [Fact]
    public void Of_Delivery_UsesAcquisitionsOverClicks() =>
        Assert.Equal(0.02m, Cvr.Of(new Delivery(clicks: 700, acquisitions: 14)));

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CvrIsNullExactlyWhenThereAreNoClicks(FractionalCount conversions, Count clicks) =>
        Cvr.Of(conversions.Value, clicks.Value).HasValue == (clicks.Value != 0);
}
