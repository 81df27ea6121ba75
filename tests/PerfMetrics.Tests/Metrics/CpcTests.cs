using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class CpcTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void Of_350Over700Clicks_Is50Cents()
    {
        // 350 / 700 = 0.50 (700 x 0.50 = 350).
        Assert.Equal(new Money(0.50m, Usd), Cpc.Of(new Money(350m, Usd), 700));
    }

    [Fact]
    public void Of_NoClicks_IsNull() => Assert.Null(Cpc.Of(new Money(350m, Usd), 0));

    [Fact]
    public void Of_NegativeCost_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("spend", () => Cpc.Of(new Money(-1m, Usd), 1));

    [Fact]
    public void Of_NegativeClicks_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("clicks", () => Cpc.Of(new Money(1m, Usd), -1));

    [Fact]
    public void Of_Delivery_UsesClicks() =>
        Assert.Equal(new Money(0.5m, Usd), Cpc.Of(new Money(350m, Usd), new Delivery(clicks: 700)));

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CpcIsNullExactlyWhenThereAreNoClicks(NonNegativeMoney cost, Count clicks) =>
        Cpc.Of(cost.Value, clicks.Value).HasValue == (clicks.Value != 0);
}
