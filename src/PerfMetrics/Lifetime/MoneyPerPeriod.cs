using System.Diagnostics;
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
/// Money per period is not converted between units: 100 USD a month is not a fixed number of dollars a week.
/// <c>default(MoneyPerPeriod)</c> has no unit and is rejected by every calculator. Equality compares amount and unit.
/// Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(MoneyPerPeriodJsonConverter))]
public readonly record struct MoneyPerPeriod
{
    private readonly PerPeriod<Money> _core;

    /// <summary>Initializes an amount per period.</summary>
    /// <param name="amount">The amount per period, non-negative, in a real currency.</param>
    /// <param name="per">The period.</param>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is <c>default(Money)</c>, or <paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public MoneyPerPeriod(Money amount, PeriodUnit per)
    {
        Guard.NonNegativeInCurrency(amount);
        _core = new(amount, per, nameof(per));
    }

    /// <summary>Gets the amount per period.</summary>
    public Money Amount => _core.Value;

    /// <summary>Gets the period.</summary>
    public PeriodUnit Per => _core.Per;

    /// <summary>Returns the amount as invariant text, for example <c>100.00 USD per P1M</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _core.Format("per");

    internal MoneyPerPeriod Required(string paramName)
    {
        _core.Require(paramName, "a MoneyPerPeriod with a currency and a period unit", nameof(MoneyPerPeriod));
        return this;
    }
}
