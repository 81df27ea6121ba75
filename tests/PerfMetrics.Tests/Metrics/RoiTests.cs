using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class RoiTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    [Fact]
    public void Of_Revenue1400OnCost350_IsThree()
    {
        // (1,400 - 350) / 350 = 1,050 / 350 = 3 (+300%).
        Assert.Equal(3m, Roi.Of(D(1_400m), D(350m)));
    }

    [Fact]
    public void Of_RevenueBelowCost_IsNegative()
    {
        // (280 - 350) / 350 = -70 / 350 = -0.2.
        Assert.Equal(-0.2m, Roi.Of(D(280m), D(350m)));
    }

    [Fact]
    public void FromGrossProfit_DropshippingExample_Is52Percent()
    {
        // 14 sales x $38 margin = $532 gross profit on $350 spend: (532 - 350) / 350 = 182 / 350 = 0.52.
        Assert.Equal(0.52m, Roi.FromGrossProfit(D(532m), D(350m)));
    }

    [Fact]
    public void FromGrossProfit_NegativeGrossProfit_IsAllowed()
    {
        // Goods sold below cost: (-50 - 100) / 100 = -1.5.
        Assert.Equal(-1.5m, Roi.FromGrossProfit(D(-50m), D(100m)));
    }

    [Fact]
    public void Of_ZeroCost_IsNull()
    {
        Assert.Null(Roi.Of(D(100m), D(0m)));
        Assert.Null(Roi.FromGrossProfit(D(100m), D(0m)));
    }

    [Fact]
    public void Of_InvalidInputs_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("revenue", () => Roi.Of(D(-1m), D(1m)));
        Assert.Throws<ArgumentOutOfRangeException>("spend", () => Roi.Of(D(1m), D(-1m)));
        Assert.Throws<ArgumentOutOfRangeException>("spend", () => Roi.FromGrossProfit(D(1m), D(-1m)));
        Assert.Throws<CurrencyMismatchException>(() => Roi.Of(D(1m), new Money(1m, Currency.Eur)));
        Assert.Throws<CurrencyMismatchException>(() => Roi.FromGrossProfit(D(1m), new Money(1m, Currency.Eur)));
    }

    [Fact]
    public void Of_Delivery_UsesRevenue() =>
        Assert.Equal(3m, Roi.Of(new Delivery(acquisitions: 14, revenue: D(1_400m)), D(350m)));

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool RoiIsNullExactlyWhenCostIsZero(MoneyPair revenueAndCost) =>
        Roi.Of(revenueAndCost.First, revenueAndCost.Second).HasValue == (revenueAndCost.Second.Amount != 0m);

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool RoiIsRoasMinusOne(MoneyPair revenueAndCost)
    {
        // (R - C) / C = R / C - 1: two routes through decimal division agree to its precision.
        var roi = Roi.Of(revenueAndCost.First, revenueAndCost.Second);
        var roas = Roas.Of(revenueAndCost.First, revenueAndCost.Second);
        if (roi is null || roas is null)
        {
            return roi is null && roas is null;
        }

        var tolerance = (1e-24m * Math.Max(1m, roas.Value)) + 1e-27m;
        return Math.Abs(roi.Value - (roas.Value - 1m)) <= tolerance;
    }
}
