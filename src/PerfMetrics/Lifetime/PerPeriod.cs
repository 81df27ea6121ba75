using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

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

    /// <summary>Returns <c>value separator unit</c> as invariant text, for example <c>0.8 per P1M</c> or <c>12 x P1M</c>.</summary>
    internal string Format(string separator) => string.Create(CultureInfo.InvariantCulture, $"{Value} {separator} {Per}");

    /// <summary>
    /// Throws <see cref="ArgumentException"/> when this is the core of a default value (no unit):
    /// <c>{paramName} must be {description}, was default({typeName}).{advice}</c>.
    /// </summary>
    internal void Require(string paramName, string description, string typeName, string advice = "")
    {
        if (Per.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be {description}, was default({typeName}).{advice}");
        }
    }
}
