using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Cost per mille (CPM): what one thousand impressions cost.</summary>
/// <remarks>
/// Formula: CPM = 1000 x cost / impressions, in the cost's currency. Undefined (<see langword="null"/>) when there
/// were no impressions. Exact up to <see cref="decimal"/> precision, not rounded to minor units. Pure and thread-safe.
/// </remarks>
/// <example><c>Cpm.Of(new Money(350m, Currency.Usd), 50_000)</c> is 7.00 USD.</example>
public static class Cpm
{
    /// <summary>Returns the cost per thousand impressions: <c>1000 x cost / impressions</c>.</summary>
    /// <param name="spend">What the impressions cost, non-negative.</param>
    /// <param name="impressions">Impressions, non-negative.</param>
    /// <returns>The CPM, or <see langword="null"/> when <paramref name="impressions"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> or <paramref name="impressions"/> is negative.</exception>
    /// <exception cref="OverflowException">1000 x cost overflows <see cref="decimal"/>.</exception>
    public static Money? Of(Money spend, long impressions)
    {
        MoneyGuard.NonNegative(spend);
        Guard.NonNegative(impressions);
        return impressions == 0 ? null : Amounts.In(spend.Amount * 1000m / impressions, spend.Currency);
    }

    /// <summary>Returns the cost per thousand impressions of a delivery.</summary>
    /// <param name="spend">What the delivery cost, non-negative.</param>
    /// <param name="delivery">What the campaign delivered.</param>
    /// <returns>The CPM, or <see langword="null"/> when the delivery has no impressions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative.</exception>
    /// <exception cref="OverflowException">1000 x cost overflows <see cref="decimal"/>.</exception>
    public static Money? Of(Money spend, Delivery delivery) => Of(spend, delivery.Impressions);
}
