using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public class PurchaseFrequencyTests
{
    [Fact]
    public void Constructor_Negative_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PurchaseFrequency(-0.5m, PeriodUnit.Month));
        Assert.Equal("purchases", ex.ParamName);
    }

    [Fact]
    public void Members_RoundTrip()
    {
        var f = new PurchaseFrequency(1.5m, PeriodUnit.Week);
        Assert.Equal(1.5m, f.Purchases);
        Assert.Equal(PeriodUnit.Week, f.Per);
        Assert.Equal("1.5 per week", f.ToString());
        Assert.True(f == new PurchaseFrequency(1.50m, PeriodUnit.Days(7)));
    }
}
