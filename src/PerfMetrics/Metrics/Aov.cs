using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Average order value (AOV): revenue per order.</summary>
/// <remarks>
/// Formula: AOV = revenue / orders, in the revenue's currency. Undefined (<see langword="null"/>) when there were no
/// orders. Exact up to <see cref="decimal"/> precision, not rounded to minor units. Pure and thread-safe.
/// </remarks>
/// <example><c>Aov.Of(new Money(1_400m, Currency.Usd), 14)</c> is 100 USD.</example>
public static class Aov
{
    /// <summary>Returns the average order value: <c>revenue / orders</c>.</summary>
    /// <param name="revenue">Revenue of the orders, non-negative.</param>
    /// <param name="orders">Orders, non-negative.</param>
    /// <returns>The AOV, or <see langword="null"/> when <paramref name="orders"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revenue"/> or <paramref name="orders"/> is negative.</exception>
    public static Money? Of(Money revenue, long orders)
    {
        MoneyGuard.NonNegative(revenue);
        Guard.NonNegative(orders);
        return orders == 0 ? null : Amounts.In(revenue.Amount / orders, revenue.Currency);
    }

    /// <summary>Returns the average order value of a delivery, counting each acquisition as an order.</summary>
    /// <param name="delivery">What the campaign delivered.</param>
    /// <returns>The AOV, or <see langword="null"/> when the delivery has no acquisitions.</returns>
    public static Money? Of(Delivery delivery) => Of(delivery.Revenue, delivery.Acquisitions);
}
