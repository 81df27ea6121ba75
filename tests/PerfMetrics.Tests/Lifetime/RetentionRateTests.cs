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
    public void ToString_UnderAGermanCulture_StaysInvariant()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("0.8 per P1M", new RetentionRate(0.8m, PeriodUnit.Month).ToString());
            Assert.Equal("0.05 per P1Y", new DiscountRate(0.05m, PeriodUnit.Year).ToString());
            Assert.Equal("2.5 x P1W", new Periods(2.5m, PeriodUnit.Week).ToString());
            Assert.Equal("1.5 per P1M", new PurchaseFrequency(1.5m, PeriodUnit.Month).ToString());
            Assert.Equal("sBG(alpha=0.5, beta=2.25, per P3M)", new ShiftedBetaGeometric(0.5, 2.25, PeriodUnit.Quarter).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Zero_IsAllowed() => Assert.Equal(0m, new RetentionRate(0m, PeriodUnit.Day).Value);
}
