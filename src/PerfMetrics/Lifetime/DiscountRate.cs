using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The rate at which money received one period later is worth less, per <see cref="PeriodUnit"/> (for example 0.1 per
/// year): an amount received <c>t</c> periods from now is worth <c>amount / (1 + d)^t</c> today.
/// </summary>
/// <remarks>
/// The value is non-negative; zero means no discounting (<see cref="None(PeriodUnit)"/>). A rate is per period and says
/// which period: an annual 10% is not a monthly 10%, and calculators throw when units differ instead of converting.
/// To get an equivalent rate per shorter period use <c>(1 + annual)^(1/12) - 1</c> yourself.
/// <c>default(DiscountRate)</c> has no unit and is rejected by every calculator. Equality compares value and unit.
/// Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct DiscountRate : IEquatable<DiscountRate>
{
    private readonly decimal _value;
    private readonly PeriodUnit _per;

    /// <summary>Initializes a discount rate.</summary>
    /// <param name="value">The discount per period, non-negative (0.1 is 10% per period).</param>
    /// <param name="per">The period the rate applies to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    public DiscountRate(decimal value, PeriodUnit per)
    {
        if (value < 0m)
        {
            Guard.ThrowOutOfRange(nameof(value), value, "(discount rate per period) must be non-negative");
        }

        _value = value;
        _per = PeriodUnit.Required(per, nameof(per));
    }

    /// <summary>Gets the discount per period, non-negative.</summary>
    public decimal Value => _value;

    /// <summary>Gets the period the rate applies to.</summary>
    public PeriodUnit Per => _per;

    /// <summary>Returns a zero discount rate (no discounting) for the given unit.</summary>
    /// <param name="per">The period unit; it must still match the other inputs of a calculation.</param>
    /// <returns>A rate of 0 per <paramref name="per"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    public static DiscountRate None(PeriodUnit per) => new(0m, per);

    /// <summary>Returns the rate as invariant text, for example <c>0.1 per P1Y</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_value} per {_per}");

    /// <inheritdoc/>
    public bool Equals(DiscountRate other) => _value == other._value && _per == other._per;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DiscountRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, _per);

    /// <summary>Compares two rates for equality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when value and unit are equal.</returns>
    public static bool operator ==(DiscountRate left, DiscountRate right) => left.Equals(right);

    /// <summary>Compares two rates for inequality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(DiscountRate left, DiscountRate right) => !left.Equals(right);

    internal DiscountRate Required(string paramName)
    {
        if (_per.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be a DiscountRate with a period unit, was default(DiscountRate). Use DiscountRate.None(unit) for no discounting.");
        }

        return this;
    }
}
