using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

// The per-period values of PerfMetrics.Lifetime live in this one file around their shared core: PerPeriod<T> holds the
// value, the unit, equality, invariant text and the default check once, and each public type adds only its validation
// and its own members (issue 15: five near copies became thin wrappers of one implementation). Each type lists its own
// members first, then the thin delegation to the core.
/// <summary>
/// The shared core of the per-period values (<see cref="RetentionRate"/>, <see cref="DiscountRate"/>,
/// <see cref="MoneyPerPeriod"/>, <see cref="PurchaseFrequency"/>, <see cref="Periods"/>): a value, the
/// <see cref="PeriodUnit"/> it is counted in, value equality, invariant text and the check that rejects a default.
/// </summary>
/// <remarks>
/// Each public type wraps one of these and adds only its own validation and members, so equality, hashing, text and the
/// default check are written once. Equality compares the value with <see cref="IEquatable{T}"/> (numerically for
/// <see cref="decimal"/>: 0.10 equals 0.1) and the unit.
/// </remarks>
/// <typeparam name="T">The value's type: <see cref="decimal"/> or <see cref="Money"/>.</typeparam>
internal readonly struct PerPeriod<T> : IEquatable<PerPeriod<T>>
    where T : struct, IEquatable<T>, IFormattable
{
    /// <summary>Initializes the core; <paramref name="value"/> has been validated by the caller.</summary>
    internal PerPeriod(T value, PeriodUnit per, string perName)
    {
        Value = value;
        Per = PeriodUnit.Required(per, perName);
    }

    /// <summary>Gets the value per period (or the count of periods).</summary>
    internal T Value { get; }

    /// <summary>Gets the unit; default only in the default of the public type.</summary>
    internal PeriodUnit Per { get; }

    /// <inheritdoc/>
    public bool Equals(PerPeriod<T> other) => Value.Equals(other.Value) && Per == other.Per;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PerPeriod<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Per);

    /// <summary>
    /// The one text rule of the per-period values (docs/design.md, "Display"): the value, then <c>per</c> and the unit in
    /// words (<c>80% per month</c>, <c>1.5 per 2 weeks</c>); <c>(no unit)</c> after the value of a default.
    /// </summary>
    /// <param name="format">The caller's format for the value (a <see cref="decimal"/> or <see cref="Money"/> format); empty for the display default.</param>
    /// <param name="provider">The culture of the digits; the invariant culture when null.</param>
    /// <param name="display">Formats the value at display precision (used when <paramref name="format"/> is empty).</param>
    internal string Format(ReadOnlySpan<char> format, IFormatProvider? provider, Func<T, IFormatProvider, string> display)
    {
        provider ??= CultureInfo.InvariantCulture;
        var number = format.IsEmpty ? display(Value, provider) : Value.ToString(format.ToString(), provider);
        if (Per.IsDefault)
        {
            return number + " (no unit)";
        }

        return number + " per " + UnitWords(Per);
    }

    /// <summary>One unit in words: <c>week</c>, <c>month</c>, <c>quarter</c>, <c>year</c>, <c>2 weeks</c>, <c>10 days</c>; <c>(no unit)</c> for the default.</summary>
    internal static string UnitWords(PeriodUnit unit)
    {
        if (unit.IsDefault)
        {
            return "(no unit)";
        }

        var (factor, singular) = BaseWord(unit);
        return factor == 1 ? singular : string.Create(CultureInfo.InvariantCulture, $"{factor} {singular}s");
    }

    /// <summary>
    /// The word a unit is counted in and how many of them one unit is: days, weeks (a day count divisible by 7), months,
    /// quarters (exactly 3 months) or years (a month count divisible by 12). <c>P2W</c> is (2, week), <c>P3M</c> (1, quarter).
    /// </summary>
    internal static (int Factor, string Singular) BaseWord(PeriodUnit unit)
    {
        if (unit.IsFixedLength)
        {
            return unit.DaysPerPeriod % 7 == 0 ? (unit.DaysPerPeriod / 7, "week") : (unit.DaysPerPeriod, "day");
        }

        var months = unit.MonthsPerPeriod;
        return months % 12 == 0 ? (months / 12, "year") : months == 3 ? (1, "quarter") : (months, "month");
    }

    /// <summary>A fraction as a percent at display precision: two decimals at most, half to even (<c>80%</c>, <c>0.8%</c>).</summary>
    internal static string Percent(decimal fraction, IFormatProvider provider) =>
        decimal.Round(fraction * 100m, 2, MidpointRounding.ToEven).ToString("0.##", provider) + "%";

    /// <summary>A count at display precision: two decimals at most, half to even (<c>1.5</c>, <c>16</c>).</summary>
    internal static string Count(decimal count, IFormatProvider provider) =>
        decimal.Round(count, 2, MidpointRounding.ToEven).ToString("0.##", provider);

    /// <summary>
    /// Returns <paramref name="owner"/> (the public value this is the core of), or throws <see cref="ArgumentException"/>
    /// when it is a default value (no unit): <c>{paramName} must be {description}, was default({TOwner}).{advice}</c>.
    /// </summary>
    internal TOwner Required<TOwner>(TOwner owner, string paramName, string description, string advice = "")
    {
        if (Per.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be {description}, was default({typeof(TOwner).Name}).{advice}");
        }

        return owner;
    }
}

/// <summary>
/// The rate at which money received one period later is worth less, per <see cref="PeriodUnit"/> (for example 0.1 per
/// year): an amount received <c>t</c> periods from now is worth <c>amount / (1 + d)^t</c> today.
/// </summary>
/// <remarks>
/// <para>
/// The value is a fraction, never a percent: 0.10 is 10% per period. It lies in [0, 1] (the plausibility rule for every
/// rate, docs/lifetime-value.md, "Rates are fractions"), so <c>new DiscountRate(10m, PeriodUnit.Month)</c>, meant as 10%, is rejected
/// instead of discounting by 1000% a month. Zero means no discounting (<see cref="None(PeriodUnit)"/>).
/// </para>
/// <para>
/// A rate is per period and says which period: an annual 10% is not a monthly 10%, and calculators throw when units
/// differ instead of converting. <see cref="ConvertTo(PeriodUnit)"/> converts on purpose, compounding-correctly: an
/// annual 10% is a monthly <c>1.1^(1/12) - 1 = 0.797%</c>.
/// </para>
/// <para>
/// <c>default(DiscountRate)</c> has no unit and is rejected by every calculator. Equality compares value (numerically)
/// and unit. Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct DiscountRate : IEquatable<DiscountRate>, ISpanFormattable
{
    /// <summary>Returns a zero discount rate (no discounting) for the given unit.</summary>
    /// <param name="per">The period unit; it must still match the other inputs of a calculation.</param>
    /// <returns>A rate of 0 per <paramref name="per"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    public static DiscountRate None(PeriodUnit per) => new(0m, per);

    private readonly PerPeriod<decimal> _core;

    /// <summary>Returns whether this and <paramref name="other"/> are equal: same value (compared numerically) and same unit.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when value and unit are equal.</returns>
    public bool Equals(DiscountRate other) => _core.Equals(other._core);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DiscountRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _core.GetHashCode();

    /// <summary>Returns whether two values are equal (value numerically, and unit).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(DiscountRate left, DiscountRate right) => left.Equals(right);

    /// <summary>Returns whether two values differ (value numerically, or unit).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(DiscountRate left, DiscountRate right) => !left.Equals(right);

    /// <summary>Initializes a discount rate.</summary>
    /// <param name="value">The discount per period as a fraction in [0, 1] (0.1 is 10% per period).</param>
    /// <param name="per">The period the rate applies to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0, 1] (a rate is a fraction: 0.10 for 10%).</exception>
    /// <exception cref="ArgumentException"><paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    public DiscountRate(decimal value, PeriodUnit per) => _core = new(Rates.Discount(value), per, nameof(per));

    /// <summary>Gets the discount per period, a fraction in [0, 1].</summary>
    public decimal Value => _core.Value;

    /// <summary>Gets the period the rate applies to.</summary>
    public PeriodUnit Per => _core.Per;

    /// <summary>Returns the equivalent rate per another period unit: the rate that compounds to the same discount.</summary>
    /// <param name="per">The unit wanted; a day or week multiple when this rate is per days or weeks, a month, quarter or year multiple when it is per months.</param>
    /// <returns>
    /// <c>(1 + d)^(L / l) - 1</c> per <paramref name="per"/>, where L and l are the lengths of the new and the old unit
    /// (in days, or in months): an annual 0.10 is <c>1.1^(1/12) - 1 = 0.00797414042890374...</c> per month, and a monthly
    /// 0.01 is <c>1.01^12 - 1 = 0.12682503...</c> per year. Computed in <see cref="decimal"/> (the root by Newton's
    /// method), so converting back returns the original rate to about 26 significant digits. The same unit returns this rate.
    /// </returns>
    /// <exception cref="InvalidOperationException">This is <c>default(DiscountRate)</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="per"/> is the default, or one unit counts days and the other months (a month has no fixed number of days).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The equivalent rate would exceed 1 (100%) per <paramref name="per"/>; use a shorter unit.</exception>
    public DiscountRate ConvertTo(PeriodUnit per) => new(Discounting.ConvertDiscount(Value, Per, per), per);

    /// <summary>Returns the rate in words at display precision, for example <c>10% per year</c>.</summary>
    /// <returns>
    /// Invariant text: the rate as a percent with two decimals at most (half to even), then <c>per</c> and the unit in words (docs/design.md, "Display"; <c>per 2 weeks</c>
    /// for <c>P2W</c>). The property stays exact; <c>ToString("G", null)</c> prints it in full. A default value prints
    /// <c>(no unit)</c> after its value.
    /// </returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the rate with the value in the given format, then <c>per</c> and the unit in words.</summary>
    /// <param name="format">A standard or custom <see cref="decimal"/> format for the fraction (<c>P1</c>, <c>0.000</c>, <c>G</c> for the exact value); null or empty for the display default.</param>
    /// <param name="formatProvider">The culture of the digits; the invariant culture when null. The unit words are English.</param>
    /// <returns>The formatted value, <c>per</c> and the unit in words.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for the value.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => _core.Format(format, formatProvider, PerPeriod<decimal>.Percent);

    /// <summary>Formats into a character span; see <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">A format for the value; empty for the display default.</param>
    /// <param name="provider">The culture of the digits; the invariant culture when null.</param>
    /// <returns><see langword="true"/> when the text fitted.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for the value.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        SpanText.TryCopy(_core.Format(format, provider, PerPeriod<decimal>.Percent), destination, out charsWritten);

    internal DiscountRate Required(string paramName) =>
        _core.Required(this, paramName, "a DiscountRate with a period unit", " Use DiscountRate.None(unit) for no discounting.");
}

/// <summary>
/// The share of customers alive at the start of a period who are still customers at the start of the next one, per
/// <see cref="PeriodUnit"/> (for example 0.8 per month).
/// </summary>
/// <remarks>
/// The value is a fraction in [0, 1), never a percent (the plausibility rule for every rate, docs/lifetime-value.md,
/// "Rates are fractions"): a retention of 1 would make every lifetime infinite, and 80 meant as 80% is rejected. The unit is part of
/// the value, so a weekly rate can never be used where a monthly one is expected (calculators throw on a mismatch);
/// <see cref="ConvertTo(PeriodUnit)"/> converts on purpose. <c>default(RetentionRate)</c> has no unit and is rejected
/// by every calculator. Equality compares value (numerically) and unit. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct RetentionRate : IEquatable<RetentionRate>, ISpanFormattable
{
    /// <summary>Returns the equivalent retention per another period unit: the share that survives the same time.</summary>
    /// <param name="per">The unit wanted; a day or week multiple when this rate is per days or weeks, a month, quarter or year multiple when it is per months.</param>
    /// <returns>
    /// <c>r^(L / l)</c> per <paramref name="per"/>, where L and l are the lengths of the new and the old unit (in days, or
    /// in months): a monthly 0.9 is <c>0.9^12 = 0.282429536481</c> per year, and a yearly 0.5 is <c>0.5^(1/12) = 0.94387...</c>
    /// per month. Computed in <see cref="decimal"/>. A constant-retention LTV valued per shorter period is not the same number
    /// as per longer period (payments arrive more often), so convert rates, not results.
    /// </returns>
    /// <exception cref="InvalidOperationException">This is <c>default(RetentionRate)</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="per"/> is the default, or one unit counts days and the other months (a month has no fixed number of days).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The equivalent retention is so close to 1 that it rounds to 1 in <see cref="decimal"/>.</exception>
    public RetentionRate ConvertTo(PeriodUnit per) => new(Discounting.ConvertRetention(Value, Per, per), per);

    private readonly PerPeriod<decimal> _core;

    /// <summary>Returns whether this and <paramref name="other"/> are equal: same value (compared numerically) and same unit.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when value and unit are equal.</returns>
    public bool Equals(RetentionRate other) => _core.Equals(other._core);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RetentionRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _core.GetHashCode();

    /// <summary>Returns whether two values are equal (value numerically, and unit).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(RetentionRate left, RetentionRate right) => left.Equals(right);

    /// <summary>Returns whether two values differ (value numerically, or unit).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RetentionRate left, RetentionRate right) => !left.Equals(right);

    /// <summary>Initializes a retention rate.</summary>
    /// <param name="value">The share retained per period, a fraction in [0, 1) (0.8 is 80%).</param>
    /// <param name="per">The period the rate applies to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0, 1) (a rate is a fraction: 0.10 for 10%).</exception>
    /// <exception cref="ArgumentException"><paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    public RetentionRate(decimal value, PeriodUnit per) => _core = new(Rates.Retention(value), per, nameof(per));

    /// <summary>Gets the share retained per period, in [0, 1).</summary>
    public decimal Value => _core.Value;

    /// <summary>Gets the churn rate per period, <c>1 - Value</c>.</summary>
    public decimal Churn => 1m - Value;

    /// <summary>Gets the period the rate applies to.</summary>
    public PeriodUnit Per => _core.Per;

    /// <summary>Returns the rate in words at display precision, for example <c>80% per month</c>.</summary>
    /// <returns>
    /// Invariant text: the share retained as a percent with two decimals at most (half to even), then <c>per</c> and the unit in words (docs/design.md, "Display"; <c>per 2 weeks</c>
    /// for <c>P2W</c>). The property stays exact; <c>ToString("G", null)</c> prints it in full. A default value prints
    /// <c>(no unit)</c> after its value.
    /// </returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the rate with the value in the given format, then <c>per</c> and the unit in words.</summary>
    /// <param name="format">A standard or custom <see cref="decimal"/> format for the fraction (<c>P1</c>, <c>0.000</c>, <c>G</c> for the exact value); null or empty for the display default.</param>
    /// <param name="formatProvider">The culture of the digits; the invariant culture when null. The unit words are English.</param>
    /// <returns>The formatted value, <c>per</c> and the unit in words.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for the value.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => _core.Format(format, formatProvider, PerPeriod<decimal>.Percent);

    /// <summary>Formats into a character span; see <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">A format for the value; empty for the display default.</param>
    /// <param name="provider">The culture of the digits; the invariant culture when null.</param>
    /// <returns><see langword="true"/> when the text fitted.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for the value.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        SpanText.TryCopy(_core.Format(format, provider, PerPeriod<decimal>.Percent), destination, out charsWritten);

    internal RetentionRate Required(string paramName) => _core.Required(this, paramName, "a RetentionRate with a period unit");
}

/// <summary>
/// A number of periods of a <see cref="PeriodUnit"/>: an expected lifetime (2.5 years), a horizon or payback window
/// (12 months), or a payback period.
/// </summary>
/// <remarks>
/// The count is non-negative and may be fractional (an expected lifetime); horizons and payback windows must be whole
/// numbers, which the calculators that take them check. <c>default(Periods)</c> has no unit and is rejected by every
/// calculator. Equality compares count (numerically) and unit. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct Periods : IEquatable<Periods>, ISpanFormattable
{
    /// <summary>Gets a value indicating whether the count is a whole number.</summary>
    public bool IsWhole => Count == decimal.Truncate(Count);

    private readonly PerPeriod<decimal> _core;

    /// <summary>Returns whether this and <paramref name="other"/> are equal: same value (compared numerically) and same unit.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when value and unit are equal.</returns>
    public bool Equals(Periods other) => _core.Equals(other._core);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Periods other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _core.GetHashCode();

    /// <summary>Returns whether two values are equal (value numerically, and unit).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Periods left, Periods right) => left.Equals(right);

    /// <summary>Returns whether two values differ (value numerically, or unit).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Periods left, Periods right) => !left.Equals(right);

    /// <summary>Initializes a number of periods.</summary>
    /// <param name="count">The number of periods, non-negative, possibly fractional.</param>
    /// <param name="unit">The period unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>.</exception>
    public Periods(decimal count, PeriodUnit unit) => _core = new(Guard.NonNegative(count), unit, nameof(unit));

    /// <summary>Gets the number of periods.</summary>
    public decimal Count => _core.Value;

    /// <summary>Gets the period unit.</summary>
    public PeriodUnit Unit => _core.Per;

    /// <summary>Returns the periods in words at display precision, for example <c>16 months</c>, <c>1 week</c> or <c>3.55 years</c>.</summary>
    /// <returns>
    /// Invariant text: the count rounded to two decimals (half to even, trailing zeros dropped) and the unit in words,
    /// singular for exactly 1 (docs/design.md, "Display"); a multiple unit is counted in its base unit (3 periods of
    /// <c>P2W</c> print as <c>6 weeks</c>). <see cref="Count"/> and <see cref="Unit"/> stay exact; <c>default(Periods)</c>
    /// prints <c>0 (no unit)</c>.
    /// </returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the periods in words with the count in a numeric format, for example <c>{p:0.00}</c> gives <c>16.00 months</c>.</summary>
    /// <param name="format">A standard or custom <see cref="decimal"/> format for the count (<c>0.00</c>, <c>N1</c>, <c>G</c>); null or empty for the display default <c>0.##</c> (two decimals at most).</param>
    /// <param name="formatProvider">The culture of the digits; the invariant culture when null. The unit words are English.</param>
    /// <returns>The count, a space and the unit in words (plural unless the formatted count is <c>1</c>).</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        if (Unit.IsDefault)
        {
            return (string.IsNullOrEmpty(format) ? PerPeriod<decimal>.Count(Count, provider) : Count.ToString(format, provider)) + " (no unit)";
        }

        // A multiple unit is counted in its base word: 3 periods of P2W are 6 weeks.
        var (factor, singular) = PerPeriod<decimal>.BaseWord(Unit);
        var count = Count * factor;
        var number = string.IsNullOrEmpty(format) ? PerPeriod<decimal>.Count(count, provider) : count.ToString(format, provider);
        return number + " " + (number == "1" ? singular : singular + "s");
    }

    /// <summary>Formats into a character span; see <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">A numeric format for the count; empty for the display default.</param>
    /// <param name="provider">The culture of the digits; the invariant culture when null.</param>
    /// <returns><see langword="true"/> when the text fitted.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        SpanText.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>The mean length of a Gregorian month in days: 365.2425 / 12 (146,097 days in the 4,800 months of the 400-year cycle).</summary>
    internal const decimal DaysPerMeanMonth = 30.436875m;

    /// <summary>Returns the same length of time counted in another unit, for example a 12-month horizon in weeks for a weekly model.</summary>
    /// <param name="unit">The unit wanted.</param>
    /// <returns>
    /// The periods in <paramref name="unit"/>, not rounded (a fractional count where the lengths do not divide). Among
    /// days and weeks, and among months, quarters and years, the ratio of the unit lengths is exact (26 weeks are 182
    /// days; 18 months are 1.5 years). Between the two families the calendar rule is the mean Gregorian year of
    /// 365.2425 days, so one month is 365.2425 / 12 = 30.436875 days: 12 months are 52.1775 weeks and 1 week is
    /// 0.2299794661190965... months. No other conversion is ever made (in particular no 30-day month), and calculators
    /// never convert a horizon silently. The same unit returns these periods.
    /// </returns>
    /// <exception cref="InvalidOperationException">This is <c>default(Periods)</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>.</exception>
    /// <exception cref="OverflowException">The count does not fit <see cref="decimal"/>.</exception>
    public Periods ConvertTo(PeriodUnit unit)
    {
        if (Unit.IsDefault)
        {
            Guard.ThrowInvalidOperation("ConvertTo needs periods with a unit, but this is default(Periods).");
        }

        PeriodUnit.Required(unit, nameof(unit));
        if (unit == Unit)
        {
            return this;
        }

        // Length in the target's family: days for a fixed-length target, months for a calendar one.
        decimal length = (Unit.IsFixedLength, unit.IsFixedLength) switch
        {
            (true, true) => Count * Unit.DaysPerPeriod,
            (false, false) => Count * Unit.MonthsPerPeriod,
            (false, true) => Count * Unit.MonthsPerPeriod * DaysPerMeanMonth,
            (true, false) => Count * Unit.DaysPerPeriod / DaysPerMeanMonth,
        };
        return new Periods(length / (unit.IsFixedLength ? unit.DaysPerPeriod : unit.MonthsPerPeriod), unit);
    }

    /// <summary>Returns the count as an <see cref="int"/> for a horizon; throws when it is fractional or too large.</summary>
    internal int WholeCount(string paramName)
    {
        if (!IsWhole || Count > int.MaxValue)
        {
            Guard.ThrowOutOfRange(paramName, this, "must be a whole number of periods no larger than 2147483647");
        }

        return (int)Count;
    }

    internal Periods Required(string paramName) => _core.Required(this, paramName, "Periods with a unit");
}

/// <summary>
/// An amount of money earned per <see cref="PeriodUnit"/> by one customer, for example a gross margin of 100.00 USD per
/// month.
/// </summary>
/// <remarks>
/// The amount is non-negative and in a real currency (not <c>default(Money)</c>); it is kept exactly as given.
/// Whether it is revenue or margin is said by the calculator you pass it to (<see cref="Ltv.RetentionRevenue(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)"/>
/// versus <see cref="Ltv.RetentionMargin(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)"/>).
/// Money per period is not converted between units: 100 USD a month is not a fixed number of dollars a week.
/// <c>default(MoneyPerPeriod)</c> has no unit and is rejected by every calculator. Equality compares amount and unit.
/// Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct MoneyPerPeriod : IEquatable<MoneyPerPeriod>, ISpanFormattable
{
    /// <summary>Initializes an amount per period.</summary>
    /// <param name="amount">The amount per period, non-negative, in a real currency.</param>
    /// <param name="per">The period.</param>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is <c>default(Money)</c>, or <paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public MoneyPerPeriod(Money amount, PeriodUnit per)
    {
        MoneyGuard.NonNegativeInCurrency(amount);
        _core = new(amount, per, nameof(per));
    }

    private readonly PerPeriod<Money> _core;

    /// <summary>Returns whether this and <paramref name="other"/> are equal: same value (compared numerically) and same unit.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when value and unit are equal.</returns>
    public bool Equals(MoneyPerPeriod other) => _core.Equals(other._core);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MoneyPerPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _core.GetHashCode();

    /// <summary>Returns whether two values are equal (value numerically, and unit).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(MoneyPerPeriod left, MoneyPerPeriod right) => left.Equals(right);

    /// <summary>Returns whether two values differ (value numerically, or unit).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MoneyPerPeriod left, MoneyPerPeriod right) => !left.Equals(right);

    /// <summary>Gets the amount per period.</summary>
    public Money Amount => _core.Value;

    /// <summary>Gets the period.</summary>
    public PeriodUnit Per => _core.Per;

    /// <summary>
    /// The one money boundary of the lifetime calculators: the amount per period times a discounted number of payments,
    /// exact and not rounded to minor units (<see cref="Discounting.ToMoney(Money, decimal)"/>).
    /// </summary>
    internal Money Times(decimal payments) => Discounting.ToMoney(Amount, payments);

    /// <summary>Returns the amount in words at display precision, for example <c>1,250.50 USD per month</c>.</summary>
    /// <returns>
    /// Invariant text: the amount at its currency's minor units, thousands grouped, then the code (the <c>N</c> money format), then <c>per</c> and the unit in words (docs/design.md, "Display"; <c>per 2 weeks</c>
    /// for <c>P2W</c>). The property stays exact; <c>ToString("G", null)</c> prints it in full. A default value prints
    /// <c>(no unit)</c> after its value.
    /// </returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the amount with the value in the given format, then <c>per</c> and the unit in words.</summary>
    /// <param name="format">A money format (<c>N</c>, <c>F</c>, <c>C</c>, each with an optional precision, or <c>G</c> for the exact round-trip amount; see <see cref="Money.ToString(string?, IFormatProvider?)"/>); null or empty for the display default.</param>
    /// <param name="formatProvider">The culture of the digits; the invariant culture when null. The unit words are English.</param>
    /// <returns>The formatted value, <c>per</c> and the unit in words.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for the value.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => _core.Format(format, formatProvider, static (m, p) => m.ToString("N", p));

    /// <summary>Formats into a character span; see <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">A format for the value; empty for the display default.</param>
    /// <param name="provider">The culture of the digits; the invariant culture when null.</param>
    /// <returns><see langword="true"/> when the text fitted.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for the value.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        SpanText.TryCopy(_core.Format(format, provider, static (m, p) => m.ToString("N", p)), destination, out charsWritten);

    internal MoneyPerPeriod Required(string paramName) => _core.Required(this, paramName, "a MoneyPerPeriod with a currency and a period unit");
}

/// <summary>The average number of purchases one customer makes per <see cref="PeriodUnit"/>, for example 1.5 per month.</summary>
/// <remarks>
/// The value is a count, not a rate of the plausibility rule: non-negative and possibly above 1 or fractional.
/// <c>default(PurchaseFrequency)</c> has no unit and is rejected by every calculator. Equality compares value
/// (numerically) and unit. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct PurchaseFrequency : IEquatable<PurchaseFrequency>, ISpanFormattable
{
    /// <summary>Returns the purchases over <paramref name="lifetime"/>, which must be in the same unit (nothing is converted).</summary>
    internal decimal Over(Periods lifetime, string lifetimeName)
    {
        PeriodUnit.RequireSame(Per, "purchases", lifetime.Required(lifetimeName).Unit, lifetimeName);
        return Purchases * lifetime.Count;
    }

    private readonly PerPeriod<decimal> _core;

    /// <summary>Returns whether this and <paramref name="other"/> are equal: same value (compared numerically) and same unit.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns><see langword="true"/> when value and unit are equal.</returns>
    public bool Equals(PurchaseFrequency other) => _core.Equals(other._core);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PurchaseFrequency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _core.GetHashCode();

    /// <summary>Returns whether two values are equal (value numerically, and unit).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PurchaseFrequency left, PurchaseFrequency right) => left.Equals(right);

    /// <summary>Returns whether two values differ (value numerically, or unit).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PurchaseFrequency left, PurchaseFrequency right) => !left.Equals(right);

    /// <summary>Initializes a purchase frequency.</summary>
    /// <param name="purchases">Purchases per period, non-negative.</param>
    /// <param name="per">The period.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purchases"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    public PurchaseFrequency(decimal purchases, PeriodUnit per) => _core = new(Guard.NonNegative(purchases), per, nameof(per));

    /// <summary>Gets the purchases per period.</summary>
    public decimal Purchases => _core.Value;

    /// <summary>Gets the period.</summary>
    public PeriodUnit Per => _core.Per;

    /// <summary>Returns the frequency in words at display precision, for example <c>1.5 per month</c>.</summary>
    /// <returns>
    /// Invariant text: the purchases with two decimals at most (half to even), then <c>per</c> and the unit in words (docs/design.md, "Display"; <c>per 2 weeks</c>
    /// for <c>P2W</c>). The property stays exact; <c>ToString("G", null)</c> prints it in full. A default value prints
    /// <c>(no unit)</c> after its value.
    /// </returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the frequency with the value in the given format, then <c>per</c> and the unit in words.</summary>
    /// <param name="format">A standard or custom <see cref="decimal"/> format for the purchases (<c>0.00</c>, <c>N1</c>, <c>G</c> for the exact value); null or empty for the display default.</param>
    /// <param name="formatProvider">The culture of the digits; the invariant culture when null. The unit words are English.</param>
    /// <returns>The formatted value, <c>per</c> and the unit in words.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for the value.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => _core.Format(format, formatProvider, PerPeriod<decimal>.Count);

    /// <summary>Formats into a character span; see <see cref="ToString(string?, IFormatProvider?)"/>.</summary>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">A format for the value; empty for the display default.</param>
    /// <param name="provider">The culture of the digits; the invariant culture when null.</param>
    /// <returns><see langword="true"/> when the text fitted.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid format for the value.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        SpanText.TryCopy(_core.Format(format, provider, PerPeriod<decimal>.Count), destination, out charsWritten);

    internal PurchaseFrequency Required(string paramName) => _core.Required(this, paramName, "a PurchaseFrequency with a period unit");
}
