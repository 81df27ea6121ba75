using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// An amount of money earned per <see cref="PeriodUnit"/> by one customer, for example a gross margin of 100.00 USD per
/// month.
/// </summary>
/// <remarks>
/// The amount is non-negative and in a real currency (not <c>default(Money)</c>); it is kept exactly as given.
/// Whether it is revenue or margin is said by the calculator you pass it to (<see cref="Ltv.RetentionRevenue(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)"/>
/// versus <see cref="Ltv.RetentionMargin(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)"/>).
/// <c>default(MoneyPerPeriod)</c> has no unit and is rejected by every calculator. Equality compares amount and unit.
/// Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct MoneyPerPeriod : IEquatable<MoneyPerPeriod>
{
    private readonly Money _amount;
    private readonly PeriodUnit _per;

    /// <summary>Initializes an amount per period.</summary>
    /// <param name="amount">The amount per period, non-negative, in a real currency.</param>
    /// <param name="per">The period.</param>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is <c>default(Money)</c>, or <paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public MoneyPerPeriod(Money amount, PeriodUnit per)
    {
        _amount = MoneyGuard.NonNegativeInCurrency(amount);
        _per = PeriodUnit.Required(per, nameof(per));
    }

    /// <summary>Gets the amount per period.</summary>
    public Money Amount => _amount;

    /// <summary>Gets the period.</summary>
    public PeriodUnit Per => _per;

    /// <summary>Returns the amount as invariant text, for example <c>100.00 USD per P1M</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_amount} per {_per}");

    /// <inheritdoc/>
    public bool Equals(MoneyPerPeriod other) => _amount == other._amount && _per == other._per;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MoneyPerPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_amount, _per);

    /// <summary>Compares two amounts per period for equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when amount and unit are equal.</returns>
    public static bool operator ==(MoneyPerPeriod left, MoneyPerPeriod right) => left.Equals(right);

    /// <summary>Compares two amounts per period for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MoneyPerPeriod left, MoneyPerPeriod right) => !left.Equals(right);

    internal MoneyPerPeriod Required(string paramName)
    {
        if (_per.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be a MoneyPerPeriod with a currency and a period unit, was default(MoneyPerPeriod).");
        }

        return this;
    }
}
