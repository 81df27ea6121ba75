using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public class CacTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void Of_AdSpendPlusOtherCosts_DividesByNewCustomers()
    {
        // (350 ad spend + 150 sales tools) / 10 new customers = 500 / 10 = 50.00.
        Assert.Equal(new Money(50m, Usd), Cac.Of(new Money(350m, Usd), new Money(150m, Usd), 10));
    }

    [Fact]
    public void Of_NoOtherCosts_IsAdSpendPerCustomer() =>
        Assert.Equal(new Money(35m, Usd), Cac.Of(new Money(350m, Usd), Money.Zero(Usd), 10));

    [Fact]
    public void Of_NoNewCustomers_IsNull() => Assert.Null(Cac.Of(new Money(350m, Usd), new Money(150m, Usd), 0));

    [Fact]
    public void Of_CurrencyMismatch_Throws() =>
        Assert.Throws<CurrencyMismatchException>(() => Cac.Of(new Money(350m, Usd), new Money(150m, Currency.Eur), 10));

    [Fact]
    public void Of_NegativeInputs_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("spend", () => Cac.Of(new Money(-1m, Usd), Money.Zero(Usd), 1));
        Assert.Throws<ArgumentOutOfRangeException>("otherAcquisitionCosts", () => Cac.Of(Money.Zero(Usd), new Money(-1m, Usd), 1));
        Assert.Throws<ArgumentOutOfRangeException>("newCustomers", () => Cac.Of(Money.Zero(Usd), Money.Zero(Usd), -1));
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CacIsNullExactlyWhenThereAreNoNewCustomers(MoneyPair costs, Count customers) =>
        Cac.Of(costs.First, costs.Second, customers.Value).HasValue == (customers.Value != 0);
}
