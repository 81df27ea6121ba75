using System.Diagnostics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>The average number of purchases one customer makes per <see cref="PeriodUnit"/>, for example 1.5 per month.</summary>
/// <remarks>
/// The value is a count, not a rate of the plausibility rule: non-negative and possibly above 1 or fractional.
/// <c>default(PurchaseFrequency)</c> has no unit and is rejected by every calculator. Equality compares value
/// (numerically) and unit. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PurchaseFrequencyJsonConverter))]
public readonly record struct PurchaseFrequency
{
    private readonly PerPeriod<decimal> _core;

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

    /// <summary>Returns the frequency as invariant text, for example <c>1.5 per P1M</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _core.Format("per");

    internal PurchaseFrequency Required(string paramName)
    {
        _core.Require(paramName, "a PurchaseFrequency with a period unit", nameof(PurchaseFrequency));
        return this;
    }
}
