namespace PerfMetrics.Tests;

public class DeliveryTests
{
    [Fact]
    public void Constructor_KeepsCounts()
    {
        var delivery = new Delivery(impressions: 10_000, clicks: 700, leads: 40, acquisitions: 14, revenue: new Money(1250m, Currency.Usd));
        Assert.Equal(10_000, delivery.Impressions);
        Assert.Equal(700, delivery.Clicks);
        Assert.Equal(40, delivery.Leads);
        Assert.Equal(14, delivery.Acquisitions);
        Assert.Equal(new Money(1250m, Currency.Usd), delivery.Revenue);
        Assert.Equal("impressions=10000 clicks=700 leads=40 acquisitions=14 revenue=1250.00 USD", delivery.ToString());
    }

    [Theory]
    [InlineData("impressions")]
    [InlineData("clicks")]
    [InlineData("leads")]
    [InlineData("acquisitions")]
    public void Constructor_NegativeCount_ThrowsNamingIt(string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => name switch
        {
            "impressions" => new Delivery(impressions: -1),
            "clicks" => new Delivery(clicks: -1),
            "leads" => new Delivery(leads: -1),
            _ => new Delivery(acquisitions: -1),
        });
        Assert.Equal(name, ex.ParamName);
        Assert.Contains($"{name} must be non-negative, was -1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_MoreClicksThanImpressions_ThrowsNamingBoth()
    {
        // Issue 15: every click is on a served impression, so 700 impressions cannot bring 20,000 clicks.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Delivery(impressions: 700, clicks: 20_000));
        Assert.Equal("clicks", ex.ParamName);
        Assert.StartsWith("clicks must be at most impressions (every click is on a served impression; ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("was clicks = 20000 and impressions = 700.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("clicks", () => new Delivery(impressions: 1, clicks: 2));
    }

    [Fact]
    public void Constructor_CountsThatMayLegitimatelyExceedEachOther_AreAccepted()
    {
        // Zero impressions = not reported; view-through acquisitions and phone leads may exceed clicks; acquisitions need
        // no lead and leads need no acquisition.
        Assert.Equal(700, new Delivery(clicks: 700).Clicks);
        Assert.Equal(700, new Delivery(impressions: 700, clicks: 700).Clicks);
        var display = new Delivery(impressions: 50_000, clicks: 12, leads: 40, acquisitions: 30);
        Assert.Equal((12L, 40L, 30L), (display.Clicks, display.Leads, display.Acquisitions));
        Assert.Equal(30, new Delivery(leads: 2, acquisitions: 30).Acquisitions);
    }

    [Fact]
    public void Constructor_NegativeRevenue_ThrowsNamingRevenue() =>
        Assert.Equal("revenue", Assert.Throws<ArgumentOutOfRangeException>(() => new Delivery(revenue: new Money(-0.01m, Currency.Usd))).ParamName);

    [Fact]
    public void Default_IsNothingDelivered()
    {
        Assert.Equal(new Delivery(), default);
        Assert.True(default(Delivery).Revenue.IsDefault);
    }

    [Fact]
    public void Equality_FollowsContract() =>
        ContractAssert.Equality(new Delivery(clicks: 3), new Delivery(clicks: 3), new Delivery(clicks: 4));
}
