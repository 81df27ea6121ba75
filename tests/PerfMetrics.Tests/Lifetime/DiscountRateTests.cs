using FsCheck.Xunit;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Generators;

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
        Assert.Equal("0% per week", none.ToString());
        Assert.Throws<ArgumentException>(() => DiscountRate.None(default));
    }

    [Fact]
    public void Equality_ComparesValueAndUnit()
    {
        Assert.Equal(new DiscountRate(0.1m, PeriodUnit.Year), new DiscountRate(0.10m, PeriodUnit.Months(12)));
        Assert.True(new DiscountRate(0.1m, PeriodUnit.Year) != new DiscountRate(0.1m, PeriodUnit.Month));
    }

    [Fact]
    public void Constructor_TenMeantAsTenPercent_IsRejectedSayingARateIsAFraction()
    {
        // Issue 15: new DiscountRate(10m, Month) was accepted and discounted by 1000% a month.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new DiscountRate(10m, PeriodUnit.Month));
        Assert.Equal("value", ex.ParamName);
        Assert.Contains("a rate is a fraction: 0.10 for 10%", ex.Message, StringComparison.Ordinal);
        Assert.Contains("was 10.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiscountRate(1.0000000001m, PeriodUnit.Month));
    }

    [Fact]
    public void Constructor_TheBoundsZeroAndOneAreAllowed()
    {
        Assert.Equal(0m, new DiscountRate(0m, PeriodUnit.Month).Value);
        Assert.Equal(1m, new DiscountRate(1m, PeriodUnit.Month).Value);
    }

    [Fact]
    public void ConvertTo_AnnualTenPercent_IsTheMonthlyRateThatCompoundsToIt()
    {
        // 1.1^(1/12) - 1 = 0.00797414042890374106603184422323... (hand-worked with 50-digit arithmetic).
        var monthly = new DiscountRate(0.1m, PeriodUnit.Year).ConvertTo(PeriodUnit.Month);

        Assert.Equal(PeriodUnit.Month, monthly.Per);
        Assert.InRange(monthly.Value, 0.0079741404289037410660318442m, 0.0079741404289037410660318443m);
    }

    [Fact]
    public void ConvertTo_HandWorkedInBothDirectionsAndAcrossUnits()
    {
        // Monthly 1% is 1.01^12 - 1 = 0.126825030131969720661201 a year: exact in decimal (24 places).
        Assert.Equal(0.126825030131969720661201m, new DiscountRate(0.01m, PeriodUnit.Month).ConvertTo(PeriodUnit.Year).Value);

        // Quarterly 3% is 1.03^4 - 1 = 0.12550881 a year, exactly.
        Assert.Equal(0.12550881m, new DiscountRate(0.03m, PeriodUnit.Quarter).ConvertTo(PeriodUnit.Year).Value);

        // Annual 10% per quarter: 1.1^(3/12) - 1 = 1.1^(1/4) - 1 = 0.02411368908444512940414496...
        Assert.InRange(new DiscountRate(0.1m, PeriodUnit.Year).ConvertTo(PeriodUnit.Quarter).Value, 0.0241136890844451294041449m, 0.0241136890844451294041450m);

        // Weekly 2% per day: 1.02^(1/7) - 1 = 0.00283295200245814556339956632...
        Assert.InRange(new DiscountRate(0.02m, PeriodUnit.Week).ConvertTo(PeriodUnit.Day).Value, 0.0028329520024581455633995m, 0.0028329520024581455633996m);

        // The same unit (however written) returns the rate itself.
        var rate = new DiscountRate(0.05m, PeriodUnit.Quarter);
        Assert.Equal(rate, rate.ConvertTo(PeriodUnit.Months(3)));
    }

    [Fact]
    public void ConvertTo_MonthsToWeeks_ThrowsNamingBothUnits()
    {
        // No fixed ratio: a month is 28 to 31 days. Decided: such conversions throw (docs/lifetime-value.md, "Units").
        var ex = Assert.Throws<ArgumentException>(() => new DiscountRate(0.01m, PeriodUnit.Month).ConvertTo(PeriodUnit.Week));
        Assert.Equal("per", ex.ParamName);
        Assert.Contains("P1W", ex.Message, StringComparison.Ordinal);
        Assert.Contains("P1M", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new DiscountRate(0.001m, PeriodUnit.Day).ConvertTo(PeriodUnit.Year));
    }

    [Fact]
    public void ConvertTo_ARateAboveOnePerPeriod_Throws()
    {
        // 50% a year over ten years would be 1.5^10 - 1 = 56.67 per period: above the plausibility bound of 1.
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new DiscountRate(0.5m, PeriodUnit.Year).ConvertTo(PeriodUnit.Years(10)));
        Assert.Equal("per", ex.ParamName);
        Assert.Contains("56.67", ex.Message, StringComparison.Ordinal);

        // 2^(1/10) - 1 = 0.0717734625362931...: a rate just below it doubles in just under ten years, just under 100% per
        // ten-year period, which is allowed.
        Assert.InRange(new DiscountRate(0.0717734625m, PeriodUnit.Year).ConvertTo(PeriodUnit.Years(10)).Value, 0.99999m, 1m);
    }

    [Fact]
    public void ConvertTo_Default_Throws() =>
        Assert.Throws<InvalidOperationException>(() => default(DiscountRate).ConvertTo(PeriodUnit.Month));

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public bool ConvertingThereAndBack_ReturnsTheRateToTwentyDigits(ConversionCase c)
    {
        var rate = new DiscountRate(c.Rate, c.From);
        var back = rate.ConvertTo(c.To).ConvertTo(c.From);
        return back.Per == rate.Per && Math.Abs(back.Value - rate.Value) <= 1e-20m;
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public bool ConvertingCompoundsCorrectly_TheGrowthOverTheLongerUnitIsTheSame(ConversionCase c)
    {
        // (1 + converted)^(l / L) = 1 + rate, checked in double against the double power (an independent route).
        var converted = new DiscountRate(c.Rate, c.From).ConvertTo(c.To);
        var ratio = Length(c.To) / Length(c.From);
        var expected = Math.Pow(1d + (double)c.Rate, ratio) - 1d;
        return Math.Abs((double)converted.Value - expected) <= 1e-12 * (1d + expected);
    }

    private static double Length(PeriodUnit unit) => unit.IsFixedLength ? unit.DaysPerPeriod : unit.MonthsPerPeriod;
}
