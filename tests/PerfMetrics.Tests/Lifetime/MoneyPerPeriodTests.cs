using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public class MoneyPerPeriodTests
{
    [Fact]
    public void Constructor_Negative_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new MoneyPerPeriod(new Money(-1m, Currency.Usd), PeriodUnit.Month));
        Assert.Equal("amount", ex.ParamName);
        Assert.Contains("was -1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DefaultMoney_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new MoneyPerPeriod(default, PeriodUnit.Month));
        Assert.Equal("amount", ex.ParamName);
    }

    [Fact]
    public void Members_RoundTrip()
    {
        var m = new MoneyPerPeriod(new Money(100m, Currency.Usd), PeriodUnit.Month);
        Assert.Equal(new Money(100m, Currency.Usd), m.Amount);
        Assert.Equal(PeriodUnit.Month, m.Per);
        Assert.Equal("100.00 USD per month", m.ToString());
        Assert.Equal(new MoneyPerPeriod(new Money(100.00m, Currency.Usd), PeriodUnit.Month), m);
        Assert.True(m != new MoneyPerPeriod(new Money(100m, Currency.Eur), PeriodUnit.Month));
    }
}
