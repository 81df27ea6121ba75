using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public class RetentionRateTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("1.5")]
    [InlineData("-0.01")]
    public void Constructor_OutsideZeroToOneExclusive_ThrowsNamingTheValue(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionRate(value, PeriodUnit.Month));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("retention", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"was {text}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DefaultUnit_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RetentionRate(0.5m, default));
        Assert.Equal("per", ex.ParamName);
    }

    [Fact]
    public void Members_ExposeValueUnitAndChurn()
    {
        var rate = new RetentionRate(0.8m, PeriodUnit.Month);
        Assert.Equal(0.8m, rate.Value);
        Assert.Equal(0.2m, rate.Churn);
        Assert.Equal(PeriodUnit.Month, rate.Per);
        Assert.Equal("0.8 per P1M", rate.ToString());
        Assert.Equal(new RetentionRate(0.80m, PeriodUnit.Months(1)), rate);
        Assert.NotEqual(new RetentionRate(0.8m, PeriodUnit.Week), rate);
        Assert.True(rate != new RetentionRate(0.7m, PeriodUnit.Month));
        Assert.Equal(new RetentionRate(0.80m, PeriodUnit.Month).GetHashCode(), rate.GetHashCode());
    }

    [Fact]
    public void Zero_IsAllowed() => Assert.Equal(0m, new RetentionRate(0m, PeriodUnit.Day).Value);
}

public class DiscountRateTests
{
    [Fact]
    public void Constructor_Negative_ThrowsNamingTheValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new DiscountRate(-0.01m, PeriodUnit.Year));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("discount", ex.Message, StringComparison.Ordinal);
        Assert.Contains("was -0.01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void None_IsZeroInTheUnit()
    {
        var none = DiscountRate.None(PeriodUnit.Week);
        Assert.Equal(0m, none.Value);
        Assert.Equal(PeriodUnit.Week, none.Per);
        Assert.Equal("0 per P1W", none.ToString());
        Assert.Throws<ArgumentException>(() => DiscountRate.None(default));
    }

    [Fact]
    public void Equality_ComparesValueAndUnit()
    {
        Assert.Equal(new DiscountRate(0.1m, PeriodUnit.Year), new DiscountRate(0.10m, PeriodUnit.Months(12)));
        Assert.True(new DiscountRate(0.1m, PeriodUnit.Year) != new DiscountRate(0.1m, PeriodUnit.Month));
    }
}

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
        Assert.Equal("100.00 USD per P1M", m.ToString());
        Assert.Equal(new MoneyPerPeriod(new Money(100.00m, Currency.Usd), PeriodUnit.Month), m);
        Assert.True(m != new MoneyPerPeriod(new Money(100m, Currency.Eur), PeriodUnit.Month));
    }
}

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
        Assert.Equal("1.5 per P1W", f.ToString());
        Assert.True(f == new PurchaseFrequency(1.50m, PeriodUnit.Days(7)));
    }
}

public class PeriodsTests
{
    [Fact]
    public void Constructor_Negative_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Periods(-1m, PeriodUnit.Month));
        Assert.Equal("count", ex.ParamName);
        Assert.Throws<ArgumentException>(() => new Periods(1m, default));
    }

    [Fact]
    public void Members_RoundTrip()
    {
        var p = new Periods(2.5m, PeriodUnit.Year);
        Assert.Equal(2.5m, p.Count);
        Assert.Equal(PeriodUnit.Year, p.Unit);
        Assert.False(p.IsWhole);
        Assert.True(new Periods(12m, PeriodUnit.Month).IsWhole);
        Assert.Equal("2.5 x P1Y", p.ToString());
        Assert.Equal(new Periods(2.50m, PeriodUnit.Months(12)), p);
        Assert.True(p != new Periods(2.5m, PeriodUnit.Month));
    }
}
