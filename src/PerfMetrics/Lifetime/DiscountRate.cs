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
/// <para>
/// The value is a fraction, never a percent: 0.10 is 10% per period. It lies in [0, 1] (the plausibility rule for every
/// rate, docs/lifetime-value.md, "Rates"), so <c>new DiscountRate(10m, PeriodUnit.Month)</c>, meant as 10%, is rejected
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
[JsonConverter(typeof(DiscountRateJsonConverter))]
public readonly record struct DiscountRate
{
    private readonly PerPeriod<decimal> _core;

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

    /// <summary>Returns a zero discount rate (no discounting) for the given unit.</summary>
    /// <param name="per">The period unit; it must still match the other inputs of a calculation.</param>
    /// <returns>A rate of 0 per <paramref name="per"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    public static DiscountRate None(PeriodUnit per) => new(0m, per);

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
    public DiscountRate ConvertTo(PeriodUnit per)
    {
        RequireUnitToConvert(Per, nameof(DiscountRate));
        PeriodUnit.Required(per, nameof(per));
        if (per == Per)
        {
            return this;
        }

        var (p, q) = Per.RatioTo(per, nameof(per));
        var growth = 1m + Value;
        var estimate = Math.Pow((double)growth, (double)p / q) - 1d;
        var value = estimate > 1e6 ? decimal.MaxValue : Discounting.RationalPower(growth, p, q) - 1m;
        if (value > 1m)
        {
            Guard.ThrowOutOfRange(
                nameof(per),
                per,
                string.Create(CultureInfo.InvariantCulture, $"is too long for {this}: the equivalent rate would be {estimate:G4}, above 1 (100%) per period; use a shorter unit"));
        }

        return new(Math.Max(0m, value), per);
    }

    /// <summary>Returns the rate as invariant text, for example <c>0.1 per P1Y</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _core.Format("per");

    internal DiscountRate Required(string paramName)
    {
        _core.Require(paramName, "a DiscountRate with a period unit", nameof(DiscountRate), " Use DiscountRate.None(unit) for no discounting.");
        return this;
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> for the conversion of a default rate, which has no unit.</summary>
    internal static void RequireUnitToConvert(PeriodUnit per, string typeName)
    {
        if (per.IsDefault)
        {
            Guard.ThrowInvalidOperation($"ConvertTo needs a rate with a period unit, but this is default({typeName}).");
        }
    }
}
