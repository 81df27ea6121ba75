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
/// The value is a fraction in [0, 1), never a percent (the plausibility rule for every rate, docs/lifetime-value.md,
/// "Rates"): a retention of 1 would make every lifetime infinite, and 80 meant as 80% is rejected. The unit is part of
/// the value, so a weekly rate can never be used where a monthly one is expected (calculators throw on a mismatch);
/// <see cref="ConvertTo(PeriodUnit)"/> converts on purpose. <c>default(RetentionRate)</c> has no unit and is rejected
/// by every calculator. Equality compares value (numerically) and unit. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(RetentionRateJsonConverter))]
public readonly record struct RetentionRate
{
    private readonly PerPeriod<decimal> _core;

    /// <summary>Initializes a retention rate.</summary>
    /// <param name="value">The share retained per period, a fraction in [0, 1) (0.8 is 80%).</param>
    /// <param name="per">The period the rate applies to.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside [0, 1) (a rate is a fraction: 0.10 for 10%).</exception>
    /// <exception cref="ArgumentException"><paramref name="per"/> is <c>default(PeriodUnit)</c>.</exception>
    public RetentionRate(decimal value, PeriodUnit per) => _core = new(Rates.Retention(value), per, nameof(per));

    /// <summary>Gets the share retained per period, in [0, 1).</summary>
    public decimal Value => _core.Value;

    /// <summary>Gets the churn rate per period, <c>1 - Value</c>.</summary>
    public decimal Churn => 1m - Value;

    /// <summary>Gets the period the rate applies to.</summary>
    public PeriodUnit Per => _core.Per;

    /// <summary>Returns the equivalent retention per another period unit: the share that survives the same time.</summary>
    /// <param name="per">The unit wanted; a day or week multiple when this rate is per days or weeks, a month, quarter or year multiple when it is per months.</param>
    /// <returns>
    /// <c>r^(L / l)</c> per <paramref name="per"/>, where L and l are the lengths of the new and the old unit (in days, or
    /// in months): a monthly 0.9 is <c>0.9^12 = 0.282429536481</c> per year, and a yearly 0.5 is <c>0.5^(1/12) = 0.94387...</c>
    /// per month. Computed in <see cref="decimal"/>. A constant-retention LTV valued per shorter period is not the same number
    /// as per longer period (payments arrive more often), so convert rates, not results.
    /// </returns>
    /// <exception cref="InvalidOperationException">This is <c>default(RetentionRate)</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="per"/> is the default, or one unit counts days and the other months (a month has no fixed number of days).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The equivalent retention is so close to 1 that it rounds to 1 in <see cref="decimal"/>.</exception>
    public RetentionRate ConvertTo(PeriodUnit per)
    {
        DiscountRate.RequireUnitToConvert(Per, nameof(RetentionRate));
        PeriodUnit.Required(per, nameof(per));
        if (per == Per)
        {
            return this;
        }

        var (p, q) = Per.RatioTo(per, nameof(per));
        var value = Discounting.RationalPower(Value, p, q);
        if (value >= 1m)
        {
            Guard.ThrowOutOfRange(
                nameof(per),
                per,
                string.Create(CultureInfo.InvariantCulture, $"is too short for {this}: the equivalent retention rounds to 1 in decimal"));
        }

        return new(value, per);
    }

    /// <summary>Returns the rate as invariant text, for example <c>0.8 per P1M</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _core.Format("per");

    internal RetentionRate Required(string paramName)
    {
        _core.Require(paramName, "a RetentionRate with a period unit", nameof(RetentionRate));
        return this;
    }
}
