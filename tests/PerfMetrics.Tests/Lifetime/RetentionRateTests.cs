using FsCheck.Xunit;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Lifetime;

public partial class RetentionRateTests
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
        Assert.Equal("80% per month", rate.ToString());
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
            Assert.Equal("80% per month", new RetentionRate(0.8m, PeriodUnit.Month).ToString());
            Assert.Equal("0.8 per month", new RetentionRate(0.8m, PeriodUnit.Month).ToString("G", null));
            Assert.Equal("0,8 per month", new RetentionRate(0.8m, PeriodUnit.Month).ToString("G", System.Globalization.CultureInfo.CurrentCulture));
            Assert.Equal("5% per year", new DiscountRate(0.05m, PeriodUnit.Year).ToString());
            Assert.Equal("2.5 weeks", new Periods(2.5m, PeriodUnit.Week).ToString());
            Assert.Equal("1.5 per month", new PurchaseFrequency(1.5m, PeriodUnit.Month).ToString());
            Assert.Equal("sBG(alpha=0.5, beta=2.25, per quarter)", new ShiftedBetaGeometric(0.5, 2.25, PeriodUnit.Quarter).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Zero_IsAllowed() => Assert.Equal(0m, new RetentionRate(0m, PeriodUnit.Day).Value);

    [Fact]
    public void Constructor_EightyMeantAsEightyPercent_SaysARateIsAFraction()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionRate(80m, PeriodUnit.Month));
        Assert.Contains("a rate is a fraction: 0.10 for 10%", ex.Message, StringComparison.Ordinal);
        Assert.Contains("was 80.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertTo_HandWorked()
    {
        // 90% kept each month: 0.9^12 = 0.282429536481 of a cohort is left after a year (exact in decimal).
        Assert.Equal(new RetentionRate(0.282429536481m, PeriodUnit.Year), new RetentionRate(0.9m, PeriodUnit.Month).ConvertTo(PeriodUnit.Year));

        // Half kept each year: 0.5^(1/12) = 0.94387431268169349664191315666... a month.
        var monthly = new RetentionRate(0.5m, PeriodUnit.Year).ConvertTo(PeriodUnit.Month);
        Assert.InRange(monthly.Value, 0.9438743126816934966419131566m, 0.9438743126816934966419131567m);

        // Days and weeks: 0.99 a day is 0.99^7 = 0.93206534790699 a week (exact: 14 places).
        Assert.Equal(0.93206534790699m, new RetentionRate(0.99m, PeriodUnit.Day).ConvertTo(PeriodUnit.Week).Value);

        // Zero stays zero; the same unit returns the rate.
        Assert.Equal(0m, new RetentionRate(0m, PeriodUnit.Week).ConvertTo(PeriodUnit.Day).Value);
        Assert.Equal(new RetentionRate(0.8m, PeriodUnit.Year), new RetentionRate(0.8m, PeriodUnit.Year).ConvertTo(PeriodUnit.Months(12)));
    }

    [Fact]
    public void ConvertTo_WeeksToMonths_ThrowsNamingBothUnits()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RetentionRate(0.9m, PeriodUnit.Week).ConvertTo(PeriodUnit.Month));
        Assert.Equal("per", ex.ParamName);
        Assert.Contains("P1M", ex.Message, StringComparison.Ordinal);
        Assert.Contains("P1W", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => default(RetentionRate).ConvertTo(PeriodUnit.Month));
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public bool ConvertingThereAndBack_ReturnsTheRateToTwentyDigits(ConversionCase c)
    {
        // Retention near 1 (1 - the generated rate), where rounding would show first.
        var rate = new RetentionRate(1m - c.Rate - 0.000001m, c.From);
        var back = rate.ConvertTo(c.To).ConvertTo(c.From);
        return back.Per == rate.Per && Math.Abs(back.Value - rate.Value) <= 1e-20m;
    }
}
