using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The share of customers alive at the start of a period who are still customers at the start of the next one, per
/// <see cref="PeriodUnit"/> (for example 0.8 per month).
/// </summary>
/// <remarks>
/// The value lies in [0, 1): a retention of 1 would make every lifetime infinite. The unit is part of the value, so
/// a weekly rate can never be used where a monthly one is expected (calculators throw on a mismatch).
/// <c>default(RetentionRate)</c> has no unit and is rejected by every calculator. Equality compares value and unit.
/// Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct RetentionRate : IEquatable<RetentionRate>
{
    private readonly decimal _value;
    private readonly PeriodUnit _per;

    /// <summary>Initializes a retention rate.</summary>
    /// <param name="value">The share retained per period, in [0, 1).</param>
    /// <param name="per">The period the rate applies to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0, 1).</exception>
    /// <exception cref="ArgumentException"><paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    public RetentionRate(decimal value, PeriodUnit per)
    {
        if (value < 0m || value >= 1m)
        {
            Guard.ThrowOutOfRange(nameof(value), value, "(retention per period) must be at least 0 and less than 1");
        }

        _value = value;
        _per = PeriodUnit.Required(per, nameof(per));
    }

    /// <summary>Gets the share retained per period, in [0, 1).</summary>
    public decimal Value => _value;

    /// <summary>Gets the period the rate applies to.</summary>
    public PeriodUnit Per => _per;

    /// <summary>Gets the churn rate per period, <c>1 - Value</c>.</summary>
    public decimal Churn => 1m - _value;

    /// <summary>Returns the rate as invariant text, for example <c>0.8 per P1M</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_value} per {_per}");

    /// <inheritdoc/>
    public bool Equals(RetentionRate other) => _value == other._value && _per == other._per;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RetentionRate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, _per);

    /// <summary>Compares two rates for equality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when value and unit are equal.</returns>
    public static bool operator ==(RetentionRate left, RetentionRate right) => left.Equals(right);

    /// <summary>Compares two rates for inequality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RetentionRate left, RetentionRate right) => !left.Equals(right);

    internal RetentionRate Required(string paramName)
    {
        if (_per.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be a RetentionRate with a period unit, was default(RetentionRate).");
        }

        return this;
    }
}
