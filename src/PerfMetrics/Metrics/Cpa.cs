using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Cost per acquisition (CPA): what one acquisition (a sale, a new customer) cost.</summary>
/// <remarks>
/// <para>
/// Formula: CPA = cost / acquisitions, in the currency of the cost. Undefined (<see langword="null"/>) when there are
/// no acquisitions. The quotient is exact up to <see cref="decimal"/> precision (28-29 significant digits) and is not
/// rounded to minor units; call <see cref="Money.Round(MidpointRounding)"/> to display it.
/// </para>
/// <para>
/// Acquisitions are a <see cref="decimal"/> because attributed conversions are fractional (a linear model may credit a
/// channel with 2.5 sales). <c>default(Money)</c> as the cost is the currency-less zero and gives a currency-less zero
/// CPA. Pure and thread-safe. Compare a CPA with the margin a sale earns with <see cref="CpaVersusMargin"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// Money? cpa = Cpa.Of(new Money(350m, Currency.Usd), 14m); // 25 USD
/// Money? none = Cpa.Of(new Money(350m, Currency.Usd), 0m); // null: no acquisitions
/// </code>
/// </example>
public static class Cpa
{
    /// <summary>Returns the cost per acquisition: <c>spend / acquisitions</c>.</summary>
    /// <param name="spend">What was spent to get the acquisitions, non-negative.</param>
    /// <param name="acquisitions">The number of acquisitions, non-negative; may be fractional (attributed conversions).</param>
    /// <returns>The exact CPA in the cost's currency, or <see langword="null"/> when <paramref name="acquisitions"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> or <paramref name="acquisitions"/> is negative.</exception>
    /// <exception cref="OverflowException">The quotient overflows <see cref="decimal"/> (a huge cost over a tiny fractional count).</exception>
    public static Money? Of(Money spend, decimal acquisitions)
    {
        MoneyGuard.NonNegative(spend);
        Guard.NonNegative(acquisitions);
        return Amounts.IsZero(acquisitions) ? null : Amounts.In(spend.Amount / acquisitions, spend.Currency);
    }

    /// <summary>Returns the cost per acquisition of a delivery: <c>spend / delivery.Acquisitions</c>.</summary>
    /// <param name="spend">What the delivery cost, non-negative.</param>
    /// <param name="delivery">What the campaign delivered; its acquisitions are the denominator.</param>
    /// <returns>The exact CPA, or <see langword="null"/> when the delivery has no acquisitions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative.</exception>
    public static Money? Of(Money spend, Delivery delivery) => Of(spend, delivery.Acquisitions);
}
