using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

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
