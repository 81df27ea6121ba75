using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

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
public readonly struct Periods : IEquatable<Periods>
{
    private readonly decimal _count;
    private readonly PeriodUnit _unit;

    /// <summary>Initializes a number of periods.</summary>
    /// <param name="count">The number of periods, non-negative, possibly fractional.</param>
    /// <param name="unit">The period unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>.</exception>
    public Periods(decimal count, PeriodUnit unit)
    {
        _count = Guard.NonNegative(count);
        _unit = PeriodUnit.Required(unit, nameof(unit));
    }

    /// <summary>Gets the number of periods.</summary>
    public decimal Count => _count;

    /// <summary>Gets the period unit.</summary>
    public PeriodUnit Unit => _unit;

    /// <summary>Gets a value indicating whether the count is a whole number.</summary>
    public bool IsWhole => _count == decimal.Truncate(_count);

    /// <summary>Returns the periods as invariant text, for example <c>12 x P1M</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_count} x {_unit}");

    /// <inheritdoc/>
    public bool Equals(Periods other) => _count == other._count && _unit == other._unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Periods other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_count, _unit);

    /// <summary>Compares two numbers of periods for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when count and unit are equal.</returns>
    public static bool operator ==(Periods left, Periods right) => left.Equals(right);

    /// <summary>Compares two numbers of periods for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Periods left, Periods right) => !left.Equals(right);

    internal Periods Required(string paramName)
    {
        if (_unit.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be Periods with a unit, was default(Periods).");
        }

        return this;
    }

    /// <summary>Returns the count as an <see cref="int"/> for a horizon; throws when it is fractional or too large.</summary>
    internal int WholeCount(string paramName)
    {
        if (!IsWhole || _count > int.MaxValue)
        {
            Guard.ThrowOutOfRange(paramName, this, "must be a whole number of periods no larger than 2147483647");
        }

        return (int)_count;
    }
}
