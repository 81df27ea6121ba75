using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class RoasTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void Of_FourToOne_IsFourDollarsPerDollar()
    {
        // SPEC §3 / issue 3: a 4:1 ROAS is $4 of revenue per $1 spent. $4,000 / $1,000 = 4; and 4 x $1 = $4.
        var roas = Roas.Of(new Money(4_000m, Usd), new Money(1_000m, Usd));
        Assert.Equal(4m, roas);
        Assert.Equal(new Money(4m, Usd), new Money(1m, Usd) * roas!.Value);
    }

    [Fact]
    public void Of_RevenueBelowSpend_IsBelowOne()
    {
        // $350 spent, $280 revenue: 280 / 350 = 0.8.
        Assert.Equal(0.8m, Roas.Of(new Money(280m, Usd), new Money(350m, Usd)));
    }

    [Fact]
    public void Of_ZeroSpend_IsNull() => Assert.Null(Roas.Of(new Money(100m, Usd), Money.Zero(Usd)));

    [Fact]
    public void Of_ZeroRevenueAndZeroSpend_IsNull() => Assert.Null(Roas.Of(Money.Zero(Usd), Money.Zero(Usd)));

    [Fact]
    public void Of_ZeroRevenue_IsZero() => Assert.Equal(0m, Roas.Of(Money.Zero(Usd), new Money(10m, Usd)));

    [Fact]
    public void Of_DefaultRevenue_IsZeroRevenue() => Assert.Equal(0m, Roas.Of(default(Money), new Money(10m, Usd)));

    [Fact]
    public void Of_DefaultSpend_IsNull() => Assert.Null(Roas.Of(new Money(10m, Usd), default));

    [Fact]
    public void Of_CurrencyMismatch_Throws()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Roas.Of(new Money(10m, Usd), new Money(5m, Currency.Eur)));
        Assert.Equal("spend", ex.ParamName);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_CurrencyMismatchWithZeroSpend_StillThrows() =>
        Assert.Throws<CurrencyMismatchException>(() => Roas.Of(new Money(10m, Usd), Money.Zero(Currency.Eur)));

    [Fact]
    public void Of_NegativeSpend_ThrowsNamingParameterAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Roas.Of(new Money(10m, Usd), new Money(-1m, Usd)));
        Assert.Equal("spend", ex.ParamName);
        Assert.StartsWith("spend must be non-negative, was -1.00 USD.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NegativeRevenue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("revenue", () => Roas.Of(new Money(-10m, Usd), new Money(1m, Usd)));

    [Fact]
    public void Of_Delivery_UsesItsRevenue()
    {
        var delivery = new Delivery(clicks: 700, acquisitions: 14, revenue: new Money(1_400m, Usd));
        Assert.Equal(4m, Roas.Of(delivery, new Money(350m, Usd)));
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool RoasIsNullExactlyWhenSpendIsZero(MoneyPair revenueAndSpend) =>
        Roas.Of(revenueAndSpend.First, revenueAndSpend.Second).HasValue == (revenueAndSpend.Second.Amount != 0m);

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool RoasTimesSpendIsTheRevenueWheneverRoasIsDefined(MoneyPair revenueAndSpend)
    {
        var (revenue, spend) = (revenueAndSpend.First, revenueAndSpend.Second);
        if (Roas.Of(revenue, spend) is not { } roas)
        {
            return spend.Amount == 0m;
        }

        // decimal division keeps 28-29 significant digits but at most 28 decimal places, so the product is the revenue
        // to within a relative 1e-28 plus an absolute 0.5e-28 per unit of spend (a tiny ROAS loses digits).
        var back = spend * roas;
        var tolerance = (1e-24m * Math.Max(1m, revenue.Amount)) + (1e-27m * Math.Max(1m, spend.Amount));
        return Math.Abs(back.Amount - revenue.Amount) <= tolerance;
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool ScalingSpendAndRevenueByTheSameFactorLeavesRoasUnchanged(MoneyPair revenueAndSpend, Factor factor)
    {
        var (revenue, spend) = (revenueAndSpend.First, revenueAndSpend.Second);
        var scaled = Roas.Of(revenue * factor.Value, spend * factor.Value);
        var original = Roas.Of(revenue, spend);
        if (original is null || scaled is null)
        {
            return original is null && scaled is null;
        }

        return scaled.Value == original.Value;
    }
}
