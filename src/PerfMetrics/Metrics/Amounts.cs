using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace PerfMetrics.Metrics;

/// <summary>
/// Fast paths for the metric calculators, which validate signs, currencies and divisors once and then work on raw
/// decimal amounts: money built from an amount and a currency known to be compatible, and a zero test by bits.
/// </summary>
/// <remarks>
/// The calculators do not wrap decimal arithmetic in try/catch to rename an <see cref="OverflowException"/>: a
/// protected region made the KPI calls two to three times slower in MetricsBenchmarks, and overflow needs absurd inputs
/// (a result beyond 7.9e28). The BCL exception surfaces as is.
/// </remarks>
internal static class Amounts
{
    /// <summary>Money in <paramref name="currency"/>, or <c>default(Money)</c> when there is no currency (then the amount is zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Money In(decimal amount, Currency currency)
    {
        Debug.Assert(!currency.IsDefault || amount == 0m, "Only a zero may be currency-less.");
        return currency.IsDefault ? default : new Money(amount, currency);
    }

    /// <summary>Whether <paramref name="value"/> is zero (of any scale or sign), by its bits rather than a decimal comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsZero(decimal value) => decimal.Sign(value) == 0;
}
