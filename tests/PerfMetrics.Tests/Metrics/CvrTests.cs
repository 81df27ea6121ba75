using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class CvrTests
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

    [Fact]
    public void Of_MoreConversionsThanClicks_ThrowsNamingBoth()
    {
        // Issue 15: 14 conversions of 700 clicks passed in the wrong order returned 50 before 0.2.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Cvr.Of(700, 14));
        Assert.Equal("conversions", ex.ParamName);
        Assert.StartsWith("conversions must be at most clicks (CVR is the share of clicks that converted, in [0, 1]; ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("was conversions = 700 and clicks = 14.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("conversions", () => Cvr.Of(10.5m, 10));
    }

    [Fact]
    public void Of_EveryClickConverted_IsOne() => Assert.Equal(1m, Cvr.Of(10m, 10));

    [Fact]
    public void Of_DeliveryWithViewThroughAcquisitions_ThrowsNamingBoth()
    {
        // A display campaign may report 30 acquisitions (view-through included) on 12 clicks: a valid Delivery, but not
        // a click conversion rate.
        var delivery = new Delivery(impressions: 50_000, clicks: 12, acquisitions: 30);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Cvr.Of(delivery));
        Assert.Equal("delivery.Acquisitions", ex.ParamName);
        Assert.Contains("was delivery.Acquisitions = 30 and delivery.Clicks = 12.", ex.Message, StringComparison.Ordinal);
        Assert.Null(Cvr.Of(new Delivery(acquisitions: 30))); // clicks not reported: undefined, not invalid
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CvrIsNullExactlyWhenThereAreNoClicks(FractionalCount conversions, Count clicks)
    {
        var possible = clicks.Value == 0 || conversions.Value <= clicks.Value;
        if (!possible)
        {
            return Record.Exception(() => Cvr.Of(conversions.Value, clicks.Value)) is ArgumentOutOfRangeException { ParamName: "conversions" };
        }

        return Cvr.Of(conversions.Value, clicks.Value) is var cvr
            && cvr.HasValue == (clicks.Value != 0)
            && (cvr is null || (cvr >= 0m && cvr <= 1m));
    }
}
