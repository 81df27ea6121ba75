using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public class PeriodUnitTests
{
    [Fact]
    public void Equality_FixedUnits_NormaliseToDays()
    {
        Assert.Equal(PeriodUnit.Week, PeriodUnit.Days(7));
        Assert.Equal(PeriodUnit.Weeks(2), PeriodUnit.Days(14));
        Assert.True(PeriodUnit.Week == PeriodUnit.Weeks(1));
        Assert.Equal(PeriodUnit.Week.GetHashCode(), PeriodUnit.Days(7).GetHashCode());
    }

    [Fact]
    public void Equality_CalendarUnits_NormaliseToMonths()
    {
        Assert.Equal(PeriodUnit.Quarter, PeriodUnit.Months(3));
        Assert.Equal(PeriodUnit.Year, PeriodUnit.Months(12));
        Assert.Equal(PeriodUnit.Years(2), PeriodUnit.Months(24));
    }

    [Fact]
    public void Equality_DaysAndMonths_NeverEqual()
    {
        Assert.NotEqual(PeriodUnit.Days(30), PeriodUnit.Month);
        Assert.True(PeriodUnit.Days(365) != PeriodUnit.Year);
        Assert.False(PeriodUnit.Week.Equals((object)PeriodUnit.Month));
    }

    [Theory]
    [InlineData("P1D")]
    [InlineData("P1W")]
    [InlineData("P10D")]
    [InlineData("P4W")]
    [InlineData("P1M")]
    [InlineData("P3M")]
    [InlineData("P1Y")]
    [InlineData("P18M")]
    public void ToString_Parse_RoundTrip(string text)
    {
        var unit = PeriodUnit.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(text, unit.ToString());
    }

    [Fact]
    public void Parse_OtherSpellings_Normalise()
    {
        Assert.Equal(PeriodUnit.Week, PeriodUnit.Parse(" p7d ", CultureInfo.InvariantCulture));
        Assert.Equal(PeriodUnit.Year, PeriodUnit.Parse("P12M", CultureInfo.InvariantCulture));
        Assert.Equal(PeriodUnit.Quarter, PeriodUnit.Parse("p3m", CultureInfo.InvariantCulture));
        Assert.Equal("P1W", PeriodUnit.Days(7).ToString());
        Assert.Equal("P1Y", PeriodUnit.Months(12).ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("1W")]
    [InlineData("P0W")]
    [InlineData("P-1D")]
    [InlineData("P1X")]
    [InlineData("P1.5M")]
    [InlineData("P1W2D")]
    [InlineData("P999999999999Y")]
    public void Parse_Invalid_ThrowsFormatExceptionWithTheText(string text)
    {
        var ex = Assert.Throws<FormatException>(() => PeriodUnit.Parse(text, CultureInfo.InvariantCulture));
        Assert.Contains($"\"{text}\"", ex.Message, StringComparison.Ordinal);
        Assert.False(PeriodUnit.TryParse(text, null, out var result));
        Assert.True(result.IsDefault);
    }

    [Fact]
    public void Default_NamesNoUnit()
    {
        var unit = default(PeriodUnit);
        Assert.True(unit.IsDefault);
        Assert.Equal("(no unit)", unit.ToString());
        Assert.Throws<InvalidOperationException>(() => unit.ToPeriod());
        Assert.Null(unit.ToDuration());
        Assert.NotEqual(PeriodUnit.Day, unit);
    }

    [Fact]
    public void Factories_NonPositiveCount_Throw()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PeriodUnit.Weeks(0));
        Assert.Equal("count", ex.ParamName);
        Assert.Contains("was 0", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodUnit.Days(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodUnit.Months(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PeriodUnit.Years(-3));
        Assert.Throws<OverflowException>(() => PeriodUnit.Years(int.MaxValue));
    }

    [Fact]
    public void ToPeriod_ReturnsTheNodaTimePeriod()
    {
        Assert.Equal(Period.FromDays(21), PeriodUnit.Week.ToPeriod(3));
        Assert.Equal(Period.FromMonths(6), PeriodUnit.Quarter.ToPeriod(2));
        Assert.Equal(Period.FromMonths(12), PeriodUnit.Year.ToPeriod());
        Assert.Equal(new LocalDate(2026, 5, 28), new LocalDate(2026, 2, 28) + PeriodUnit.Quarter.ToPeriod());
    }

    [Fact]
    public void AddTo_MovesByWholePeriods()
    {
        var start = new LocalDate(2026, 1, 31);
        Assert.Equal(new LocalDate(2026, 2, 28), PeriodUnit.Month.AddTo(start, 1));   // NodaTime truncates to the month's end
        Assert.Equal(new LocalDate(2026, 2, 14), PeriodUnit.Week.AddTo(start, 2));
        Assert.Equal(new LocalDate(2025, 10, 31), PeriodUnit.Quarter.AddTo(start, -1));
        Assert.Equal(new LocalDate(2028, 1, 31), PeriodUnit.Year.AddTo(start, 2));
    }

    [Fact]
    public void WholePeriodsBetween_CountsCompletedPeriods()
    {
        var march1 = new LocalDate(2026, 3, 1);
        Assert.Equal(0, PeriodUnit.Month.WholePeriodsBetween(march1, new LocalDate(2026, 3, 31)));
        Assert.Equal(1, PeriodUnit.Month.WholePeriodsBetween(march1, new LocalDate(2026, 4, 1)));
        Assert.Equal(3, PeriodUnit.Month.WholePeriodsBetween(march1, new LocalDate(2026, 6, 15)));
        Assert.Equal(1, PeriodUnit.Quarter.WholePeriodsBetween(march1, new LocalDate(2026, 8, 31)));
        Assert.Equal(4, PeriodUnit.Week.WholePeriodsBetween(march1, new LocalDate(2026, 4, 4)));   // 34 days
        Assert.Equal(34, PeriodUnit.Day.WholePeriodsBetween(march1, new LocalDate(2026, 4, 4)));
        Assert.Equal(0, PeriodUnit.Year.WholePeriodsBetween(march1, march1));

        // Month ends: 31 January + 1 month is 28 February, so 28 February completes the first month.
        var january31 = new LocalDate(2026, 1, 31);
        Assert.Equal(0, PeriodUnit.Month.WholePeriodsBetween(january31, new LocalDate(2026, 2, 27)));
        Assert.Equal(1, PeriodUnit.Month.WholePeriodsBetween(january31, new LocalDate(2026, 2, 28)));
        Assert.Equal(1, PeriodUnit.Month.WholePeriodsBetween(january31, new LocalDate(2026, 3, 30)));
        Assert.Equal(2, PeriodUnit.Month.WholePeriodsBetween(january31, new LocalDate(2026, 3, 31)));
    }

    [Fact]
    public void WholePeriodsBetween_EndBeforeStart_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeriodUnit.Week.WholePeriodsBetween(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 1)));
        Assert.Equal("end", ex.ParamName);
        Assert.Contains("2026-03-01", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => default(PeriodUnit).WholePeriodsBetween(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 2)));
    }

    [Property(MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool WholePeriodsBetweenIsTheLargestCountThatAddToKeepsWithinTheEnd(PositiveInt count, bool days, NonNegativeInt startOffset, NonNegativeInt span)
    {
        var n = (count.Get % 12) + 1;
        var unit = days ? PeriodUnit.Days(n) : PeriodUnit.Months(n);
        var start = new LocalDate(2000, 1, 1).PlusDays(startOffset.Get % 5000);
        var end = start.PlusDays(span.Get % 3000);
        var whole = unit.WholePeriodsBetween(start, end);
        return unit.AddTo(start, whole) <= end && unit.AddTo(start, whole + 1) > end;
    }

    [Fact]
    public void ToDuration_FixedLengthOnly()
    {
        Assert.Equal(Duration.FromDays(7), PeriodUnit.Week.ToDuration());
        Assert.True(PeriodUnit.Week.IsFixedLength);
        Assert.Null(PeriodUnit.Month.ToDuration());
        Assert.False(PeriodUnit.Month.IsFixedLength);
        Assert.Equal(7, PeriodUnit.Week.DaysPerPeriod);
        Assert.Equal(3, PeriodUnit.Quarter.MonthsPerPeriod);
    }

    [Property(MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool EveryUnitRoundTripsThroughItsText(PositiveInt count, bool days)
    {
        var n = count.Get % 100_000 + 1;
        var unit = days ? PeriodUnit.Days(n) : PeriodUnit.Months(n);
        return PeriodUnit.Parse(unit.ToString(), CultureInfo.InvariantCulture) == unit;
    }
}
