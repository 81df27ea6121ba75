using System.Diagnostics;
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
[JsonConverter(typeof(PeriodsJsonConverter))]
public readonly record struct Periods
{
    private readonly PerPeriod<decimal> _core;

    /// <summary>Initializes a number of periods.</summary>
    /// <param name="count">The number of periods, non-negative, possibly fractional.</param>
    /// <param name="unit">The period unit.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>.</exception>
    public Periods(decimal count, PeriodUnit unit) => _core = new(Guard.NonNegative(count), unit, nameof(unit));

    /// <summary>Gets the number of periods.</summary>
    public decimal Count => _core.Value;

    /// <summary>Gets a value indicating whether the count is a whole number.</summary>
    public bool IsWhole => Count == decimal.Truncate(Count);

    /// <summary>Gets the period unit.</summary>
    public PeriodUnit Unit => _core.Per;

    /// <summary>Returns the periods as invariant text, for example <c>12 x P1M</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _core.Format("x");

    internal Periods Required(string paramName)
    {
        _core.Require(paramName, "Periods with a unit", nameof(Periods));
        return this;
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
}
