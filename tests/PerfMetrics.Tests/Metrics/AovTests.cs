using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public class AovTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void Of_1400Over14Orders_Is100()
    {
        // 1,400 / 14 = 100.00.
        Assert.Equal(new Money(100m, Usd), Aov.Of(new Money(1_400m, Usd), 14));
    }

    [Fact]
    public void Of_NoOrders_IsNull() => Assert.Null(Aov.Of(new Money(1_400m, Usd), 0));

    [Fact]
    public void Of_NegativeInputs_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("revenue", () => Aov.Of(new Money(-1m, Usd), 1));
        Assert.Throws<ArgumentOutOfRangeException>("orders", () => Aov.Of(new Money(1m, Usd), -1));
    }

    [Fact]
    public void Of_Delivery_UsesRevenueOverAcquisitions()
    {
        Assert.Equal(new Money(100m, Usd), Aov.Of(new Delivery(acquisitions: 14, revenue: new Money(1_400m, Usd))));
        Assert.Null(Aov.Of(new Delivery(clicks: 10)));
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool AovIsNullExactlyWhenThereAreNoOrders(NonNegativeMoney revenue, Count orders) =>
        Aov.Of(revenue.Value, orders.Value).HasValue == (orders.Value != 0);
}
