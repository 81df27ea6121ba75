using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>The average number of purchases one customer makes per <see cref="PeriodUnit"/>, for example 1.5 per month.</summary>
/// <remarks>
/// The value is non-negative and may be fractional. <c>default(PurchaseFrequency)</c> has no unit and is rejected by
/// every calculator. Equality compares value and unit. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct PurchaseFrequency : IEquatable<PurchaseFrequency>
{
    private readonly decimal _value;
    private readonly PeriodUnit _per;

    /// <summary>Initializes a purchase frequency.</summary>
    /// <param name="purchases">Purchases per period, non-negative.</param>
    /// <param name="per">The period.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="purchases"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    public PurchaseFrequency(decimal purchases, PeriodUnit per)
    {
        _value = Guard.NonNegative(purchases);
        _per = PeriodUnit.Required(per, nameof(per));
    }

    /// <summary>Gets the purchases per period.</summary>
    public decimal Purchases => _value;

    /// <summary>Gets the period.</summary>
    public PeriodUnit Per => _per;

    /// <summary>Returns the frequency as invariant text, for example <c>1.5 per P1M</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_value} per {_per}");

    /// <inheritdoc/>
    public bool Equals(PurchaseFrequency other) => _value == other._value && _per == other._per;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PurchaseFrequency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, _per);

    /// <summary>Compares two frequencies for equality.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns><see langword="true"/> when value and unit are equal.</returns>
    public static bool operator ==(PurchaseFrequency left, PurchaseFrequency right) => left.Equals(right);

    /// <summary>Compares two frequencies for inequality.</summary>
    /// <param name="left">The first frequency.</param>
    /// <param name="right">The second frequency.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PurchaseFrequency left, PurchaseFrequency right) => !left.Equals(right);

    internal PurchaseFrequency Required(string paramName)
    {
        if (_per.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be a PurchaseFrequency with a period unit, was default(PurchaseFrequency).");
        }

        return this;
    }
}
