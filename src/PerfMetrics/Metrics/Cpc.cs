using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Cost per click (CPC): what one click cost.</summary>
/// <remarks>
/// Formula: CPC = cost / clicks, in the cost's currency. Undefined (<see langword="null"/>) when there were no clicks.
/// Exact up to <see cref="decimal"/> precision, not rounded to minor units. Pure and thread-safe.
/// </remarks>
/// <example><c>Cpc.Of(new Money(350m, Currency.Usd), 700)</c> is 0.50 USD.</example>
public static class Cpc
{
    /// <summary>Returns the cost per click: <c>spend / clicks</c>.</summary>
    /// <param name="spend">What the clicks cost, non-negative.</param>
    /// <param name="clicks">Clicks, non-negative.</param>
    /// <returns>The CPC, or <see langword="null"/> when <paramref name="clicks"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> or <paramref name="clicks"/> is negative.</exception>
    public static Money? Of(Money spend, long clicks)
    {
        MoneyGuard.NonNegative(spend);
        Guard.NonNegative(clicks);
        return clicks == 0 ? null : Amounts.In(spend.Amount / clicks, spend.Currency);
    }

    /// <summary>Returns the cost per click of a delivery.</summary>
    /// <param name="spend">What the delivery cost, non-negative.</param>
    /// <param name="delivery">What the campaign delivered.</param>
    /// <returns>The CPC, or <see langword="null"/> when the delivery has no clicks.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative.</exception>
    public static Money? Of(Money spend, Delivery delivery) => Of(spend, delivery.Clicks);
}
