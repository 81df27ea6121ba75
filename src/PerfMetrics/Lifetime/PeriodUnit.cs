using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The length of one period that rates, horizons and lifetimes are counted in: a whole number of days, weeks, months,
/// quarters or years (for example one week, four weeks, one month, one quarter).
/// </summary>
/// <remarks>
/// <para>
/// Every per-period quantity in <see cref="PerfMetrics.Lifetime"/> (<see cref="RetentionRate"/>, <see cref="DiscountRate"/>,
/// <see cref="MoneyPerPeriod"/>, <see cref="PurchaseFrequency"/>, <see cref="Periods"/>) carries a <see cref="PeriodUnit"/>,
/// and every calculator checks that the units of its inputs are equal, throwing <see cref="ArgumentException"/> that
/// names both units when they differ. No unit is ever converted or assumed silently: a weekly retention rate cannot be
/// used as a monthly one. To change the unit of a rate on purpose, convert it explicitly and compounding-correctly with
/// <see cref="DiscountRate.ConvertTo(PeriodUnit)"/> or <see cref="RetentionRate.ConvertTo(PeriodUnit)"/>; rates convert
/// among days and weeks, or among months, quarters and years, never between the two families (a month has no fixed
/// number of days).
/// </para>
/// <para>
/// A unit is stored in one of two normalised forms: fixed-length units as a number of days (a week is 7 days, so
/// <c>Weeks(1) == Days(7)</c>) and calendar units as a number of months (a quarter is 3 months and a year 12, so
/// <c>Quarter == Months(3)</c> and <c>Year == Months(12)</c>). Days and months never compare equal, because a month
/// has no fixed length.
/// </para>
/// <para>
/// Text: <see cref="ToString()"/> prints the ISO 8601 duration of one period with a single designator (<c>P1D</c>,
/// <c>P1W</c>, <c>P10D</c>, <c>P1M</c>, <c>P3M</c>, <c>P1Y</c>); day counts divisible by 7 print as weeks and month
/// counts divisible by 12 as years. <see cref="Parse(string, IFormatProvider?)"/> reads the same forms (case-insensitive,
/// <c>D</c>, <c>W</c>, <c>M</c>, <c>Y</c>) and round-trips.
/// </para>
/// <para>
/// <c>default(PeriodUnit)</c> names no unit (<see cref="IsDefault"/>); it prints as <c>(no unit)</c>, does not parse,
/// and is rejected by every calculator, so a forgotten unit fails loudly instead of defaulting to days.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct PeriodUnit : IEquatable<PeriodUnit>, ISpanParsable<PeriodUnit>
{
    private readonly int _days;
    private readonly int _months;

    private PeriodUnit(int days, int months)
    {
        Debug.Assert((days > 0) ^ (months > 0), "Exactly one of days and months is positive.");
        _days = days;
        _months = months;
    }

    /// <summary>Gets one day.</summary>
    public static PeriodUnit Day { get; } = new(1, 0);

    /// <summary>Gets one week (7 days).</summary>
    public static PeriodUnit Week { get; } = new(7, 0);

    /// <summary>Gets one calendar month.</summary>
    public static PeriodUnit Month { get; } = new(0, 1);

    /// <summary>Gets one quarter (3 calendar months).</summary>
    public static PeriodUnit Quarter { get; } = new(0, 3);

    /// <summary>Gets one year (12 calendar months).</summary>
    public static PeriodUnit Year { get; } = new(0, 12);

    /// <summary>Gets the length in days of a fixed-length unit; 0 for calendar (month-based) units and for the default.</summary>
    public int DaysPerPeriod => _days;

    /// <summary>Gets the length in months of a calendar unit; 0 for fixed-length (day-based) units and for the default.</summary>
    public int MonthsPerPeriod => _months;

    /// <summary>Gets a value indicating whether a period has a fixed length (a whole number of days or weeks).</summary>
    public bool IsFixedLength => _days > 0;

    /// <summary>Gets a value indicating whether this is <c>default(PeriodUnit)</c>, which names no unit.</summary>
    public bool IsDefault => _days == 0 && _months == 0;

    /// <summary>Returns a unit of a whole number of days.</summary>
    /// <param name="count">Days per period, at least 1.</param>
    /// <returns>The unit; <c>Days(7) == Week</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static PeriodUnit Days(int count) => new(Guard.Positive(count), 0);

    /// <summary>Returns a unit of a whole number of weeks.</summary>
    /// <param name="count">Weeks per period, at least 1.</param>
    /// <returns>The unit, stored as <c>7 x count</c> days.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="OverflowException">The number of days does not fit an <see cref="int"/>.</exception>
    public static PeriodUnit Weeks(int count) => new(Guard.Positive(count) * 7, 0);

    /// <summary>Returns a unit of a whole number of calendar months.</summary>
    /// <param name="count">Months per period, at least 1.</param>
    /// <returns>The unit; <c>Months(3) == Quarter</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static PeriodUnit Months(int count) => new(0, Guard.Positive(count));

    /// <summary>Returns a unit of a whole number of years.</summary>
    /// <param name="count">Years per period, at least 1.</param>
    /// <returns>The unit, stored as <c>12 x count</c> months.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    /// <exception cref="OverflowException">The number of months does not fit an <see cref="int"/>.</exception>
    public static PeriodUnit Years(int count) => new(0, Guard.Positive(count) * 12);

    /// <summary>Returns the NodaTime <see cref="Period"/> of <paramref name="count"/> periods of this unit.</summary>
    /// <param name="count">The number of periods, any sign; 1 by default.</param>
    /// <returns>For example <c>Week.ToPeriod(3)</c> is <c>P21D</c> and <c>Quarter.ToPeriod(2)</c> is <c>P6M</c>.</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(PeriodUnit)</c>.</exception>
    /// <exception cref="OverflowException">The total does not fit an <see cref="int"/>.</exception>
    public Period ToPeriod(int count = 1)
    {
        ThrowIfDefault(nameof(ToPeriod));
        return IsFixedLength ? Period.FromDays(_days * count) : Period.FromMonths(_months * count);
    }

    /// <summary>Returns the exact <see cref="Duration"/> of one period of a fixed-length unit.</summary>
    /// <returns>The duration (for example 7 standard days for a week); null for calendar units and for the default,
    /// whose length depends on the calendar.</returns>
    public Duration? ToDuration() => IsFixedLength ? Duration.FromDays(_days) : null;

    /// <summary>Returns the date <paramref name="count"/> periods after (or, when negative, before) <paramref name="date"/>.</summary>
    /// <param name="date">The start date.</param>
    /// <param name="count">The number of periods, any sign.</param>
    /// <returns><c>date + ToPeriod(count)</c>; month arithmetic follows NodaTime (31 January + 1 month = 28 or 29 February).</returns>
    /// <exception cref="InvalidOperationException">This is <c>default(PeriodUnit)</c>.</exception>
    /// <exception cref="OverflowException">The number of days or months does not fit an <see cref="int"/>.</exception>
    public LocalDate AddTo(LocalDate date, int count) => date.Plus(ToPeriod(count));

    /// <summary>Returns how many whole periods fit between two dates.</summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The last date, on or after <paramref name="start"/>.</param>
    /// <returns>
    /// The largest whole <c>n</c> with <c>AddTo(start, n) &lt;= end</c>: for fixed-length units the days between divided
    /// by the days per period, rounded down; for calendar units the whole months between (as NodaTime's
    /// <see cref="Period.Between(LocalDate, LocalDate, PeriodUnits)"/> counts them) divided by the months per period,
    /// rounded down. 1 March to 31 March is 0 months; 1 March to 1 April is 1.
    /// </returns>
    /// <exception cref="InvalidOperationException">This is <c>default(PeriodUnit)</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or the dates are in different calendars.</exception>
    public int WholePeriodsBetween(LocalDate start, LocalDate end)
    {
        ThrowIfDefault(nameof(WholePeriodsBetween));
        if (end < start)
        {
            Guard.ThrowArgument(nameof(end), $"end must be on or after start ({start:uuuu-MM-dd}), was {end:uuuu-MM-dd}.");
        }

        return IsFixedLength
            ? Period.Between(start, end, PeriodUnits.Days).Days / _days
            : Period.Between(start, end, PeriodUnits.Months).Months / _months;
    }

    /// <summary>Returns the unit as ISO 8601 text, for example <c>P1W</c>, <c>P1M</c>, <c>P3M</c>, <c>P1Y</c>.</summary>
    /// <returns>The text; <c>(no unit)</c> for <c>default(PeriodUnit)</c>.</returns>
    public override string ToString()
    {
        if (IsDefault)
        {
            return "(no unit)";
        }

        if (IsFixedLength)
        {
            return _days % 7 == 0
                ? string.Create(CultureInfo.InvariantCulture, $"P{_days / 7}W")
                : string.Create(CultureInfo.InvariantCulture, $"P{_days}D");
        }

        return _months % 12 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"P{_months / 12}Y")
            : string.Create(CultureInfo.InvariantCulture, $"P{_months}M");
    }

    /// <summary>Parses the ISO 8601 text of one period with a single designator: <c>PnD</c>, <c>PnW</c>, <c>PnM</c> or <c>PnY</c>.</summary>
    /// <param name="s">The text, for example <c>P1W</c>; case-insensitive, surrounding white space ignored.</param>
    /// <param name="provider">Ignored: the format does not depend on culture.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not such a duration with a count of at least 1.</exception>
    public static PeriodUnit Parse(string s, IFormatProvider? provider = null)
    {
        Guard.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses the ISO 8601 text of one period with a single designator: <c>PnD</c>, <c>PnW</c>, <c>PnM</c> or <c>PnY</c>.</summary>
    /// <param name="s">The text, for example <c>P1W</c>; case-insensitive, surrounding white space ignored.</param>
    /// <param name="provider">Ignored: the format does not depend on culture.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not such a duration with a count of at least 1.</exception>
    public static PeriodUnit Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var unit)
            ? unit
            : throw new FormatException(
                $"s must be an ISO 8601 period unit such as P1D, P1W, P1M, P3M or P1Y, was \"{s.ToString()}\".");

    /// <summary>Tries to parse the ISO 8601 text of one period (<c>PnD</c>, <c>PnW</c>, <c>PnM</c>, <c>PnY</c>); never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The unit, or <c>default(PeriodUnit)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PeriodUnit result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse the ISO 8601 text of one period (<c>PnD</c>, <c>PnW</c>, <c>PnM</c>, <c>PnY</c>); never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The unit, or <c>default(PeriodUnit)</c> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PeriodUnit result)
    {
        result = default;
        s = s.Trim();
        if (s.Length < 3 || (s[0] != 'P' && s[0] != 'p'))
        {
            return false;
        }

        var digits = s[1..^1];
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return false;
        }

        var (perDesignator, isDays) = char.ToUpperInvariant(s[^1]) switch
        {
            'D' => (1, true),
            'W' => (7, true),
            'M' => (1, false),
            'Y' => (12, false),
            _ => (0, false),
        };
        if (perDesignator == 0 || count > int.MaxValue / perDesignator)
        {
            return false;
        }

        result = isDays ? new PeriodUnit(count * perDesignator, 0) : new PeriodUnit(0, count * perDesignator);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(PeriodUnit other) => _days == other._days && _months == other._months;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PeriodUnit other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_days, _months);

    /// <summary>Compares two units for equality.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when they are the same length (<c>Week == Days(7)</c>).</returns>
    public static bool operator ==(PeriodUnit left, PeriodUnit right) => left.Equals(right);

    /// <summary>Compares two units for inequality.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PeriodUnit left, PeriodUnit right) => !left.Equals(right);

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="unit"/> is the default; returns it otherwise.</summary>
    internal static PeriodUnit Required(PeriodUnit unit, string paramName)
    {
        if (unit.IsDefault)
        {
            Guard.ThrowArgument(
                paramName,
                $"{paramName} must name a period unit (PeriodUnit.Day, Week, Month, Quarter, Year or a multiple), was default(PeriodUnit).");
        }

        return unit;
    }

    /// <summary>
    /// Throws <see cref="ArgumentException"/> naming <paramref name="otherName"/> when <paramref name="other"/> differs
    /// from <paramref name="expected"/>; no unit is converted silently.
    /// </summary>
    internal static void RequireSame(PeriodUnit expected, string expectedName, PeriodUnit other, string otherName)
    {
        if (expected != other)
        {
            Guard.ThrowArgument(
                otherName,
                $"{otherName} is per {other} but {expectedName} is per {expected}: every rate and horizon must use the same period unit (units are never converted silently; convert a rate on purpose with its ConvertTo method).");
        }
    }

    /// <summary>
    /// Returns how many periods of this unit make one period of <paramref name="target"/>, as a reduced fraction
    /// <c>p / q</c> (a year is 12/1 months, a week 1/4 of a four-week period).
    /// </summary>
    /// <exception cref="ArgumentException">One unit is fixed-length (days, weeks) and the other a calendar unit (months,
    /// quarters, years): a month has no fixed number of days, so no ratio exists.</exception>
    internal (long P, long Q) RatioTo(PeriodUnit target, string paramName)
    {
        Debug.Assert(!IsDefault && !target.IsDefault, "Both units are defined.");
        if (IsFixedLength != target.IsFixedLength)
        {
            Guard.ThrowArgument(
                paramName,
                $"{paramName} is {target} but the rate is per {this}: a month has no fixed number of days, so rates convert only among days and weeks or among months, quarters and years.");
        }

        long p = IsFixedLength ? target._days : target._months;
        long q = IsFixedLength ? _days : _months;
        var divisor = (long)System.Numerics.BigInteger.GreatestCommonDivisor(p, q);
        return (p / divisor, q / divisor);
    }

    private void ThrowIfDefault(string operation)
    {
        if (IsDefault)
        {
            Guard.ThrowInvalidOperation($"{operation} needs a period unit, but this is default(PeriodUnit), which names none.");
        }
    }
}
