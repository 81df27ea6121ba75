using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

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
        Assert.Equal("2.5 years", p.ToString());
        Assert.Equal(new Periods(2.50m, PeriodUnit.Months(12)), p);
        Assert.True(p != new Periods(2.5m, PeriodUnit.Month));
    }

    [Fact]
    public void ToString_PrintsWordsAtDisplayPrecision()
    {
        // Issue 17: "16 months"; one period is singular; the count shows two decimals at most; a multiple unit counts in its base word.
        Assert.Equal("16 months", new Periods(16m, PeriodUnit.Month).ToString());
        Assert.Equal("1 week", new Periods(1m, PeriodUnit.Week).ToString());
        Assert.Equal("3.55 years", new Periods(3.5461234m, PeriodUnit.Year).ToString());
        Assert.Equal("6 weeks", new Periods(3m, PeriodUnit.Weeks(2)).ToString());
        Assert.Equal("2 quarters", new Periods(2m, PeriodUnit.Quarter).ToString());
        Assert.Equal("10 days", new Periods(10m, PeriodUnit.Day).ToString());
        Assert.Equal("0 (no unit)", default(Periods).ToString());
    }

    [Fact]
    public void FormatString_AppliesToTheCount()
    {
        // Issue 17: {p:0.00} was ignored.
        var p = new Periods(16m, PeriodUnit.Month);
        Assert.Equal("16.00 months", $"{p:0.00}");
        Assert.Equal("16.00 months", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p:0.00}"));
        Assert.Equal("16,00 months", p.ToString("0.00", new System.Globalization.CultureInfo("de-DE")));
        Span<char> buffer = stackalloc char[32];
        Assert.True(p.TryFormat(buffer, out var written, "0.0", null));
        Assert.Equal("16.0 months", buffer[..written].ToString());
        Assert.False(p.TryFormat(buffer[..3], out _, "0.0", null));
    }
    [Theory]
    [InlineData(12, "P1M", "P1W", "52.1775")] // 12 x 365.2425 / 12 / 7: the mean Gregorian year is 365.2425 days
    [InlineData(1, "P1Y", "P1D", "365.2425")]
    [InlineData(26, "P1W", "P1D", "182")] // exact within days and weeks
    [InlineData(18, "P1M", "P1Y", "1.5")] // exact within months and years
    [InlineData(2, "P1Q", "P1M", "6")]
    [InlineData(146097, "P1D", "P1M", "4800")] // the 400-year Gregorian cycle: 146,097 days in 4,800 months
    [InlineData(3, "P2W", "P1W", "6")]
    public void ConvertTo_UsesExactRatiosAndTheGregorianMeanYearBetweenFamilies(int count, string from, string to, string expected)
    {
        var fromUnit = from == "P1Q" ? PeriodUnit.Quarter : PeriodUnit.Parse(from);

        var converted = new Periods(count, fromUnit).ConvertTo(PeriodUnit.Parse(to));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), converted.Count);
        Assert.Equal(PeriodUnit.Parse(to), converted.Unit);
    }

    [Fact]
    public void ConvertTo_NoThirtyDayMonth()
    {
        // lifetimes turns 12 months into 360 days; the stated rule gives 365.2425.
        Assert.Equal(365.2425m, new Periods(12, PeriodUnit.Month).ConvertTo(PeriodUnit.Day).Count);
        Assert.Equal(30.436875m, new Periods(1, PeriodUnit.Month).ConvertTo(PeriodUnit.Day).Count);
        var p = new Periods(5, PeriodUnit.Week);
        Assert.Equal(p, p.ConvertTo(PeriodUnit.Week));
    }

    [Fact]
    public void ConvertTo_AndBack_ReturnsTheCount()
    {
        var weeks = new Periods(12, PeriodUnit.Month).ConvertTo(PeriodUnit.Week);

        Assert.Equal(12m, decimal.Round(weeks.ConvertTo(PeriodUnit.Month).Count, 20));
    }
}
