namespace PerfMetrics.Metrics;

/// <summary>Return on ad spend (ROAS): revenue earned per unit of currency spent on ads.</summary>
/// <remarks>
/// <para>
/// Formula: ROAS = revenue / ad spend, a plain ratio (4 means 4.00 of revenue for every 1.00 spent; "4:1" or "400%").
/// Undefined (<see langword="null"/>) when the ad spend is zero. Exact up to <see cref="decimal"/> precision, not rounded.
/// </para>
/// <para>
/// Revenue and spend must be in one currency; <c>default(Money)</c> on either side is the currency-less zero (zero
/// revenue gives ROAS 0; zero spend gives <see langword="null"/>). ROAS ignores margin: compare it with
/// <see cref="BreakEvenRoas"/> to know whether the revenue pays for the ads. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// decimal? roas = Roas.Of(new Money(4_000m, Currency.Usd), new Money(1_000m, Currency.Usd)); // 4
/// </code>
/// </example>
public static class Roas
{
    /// <summary>Returns the return on ad spend: <c>revenue / spend</c>.</summary>
    /// <param name="revenue">The revenue the ads brought, non-negative.</param>
    /// <param name="spend">What was spent on the ads, non-negative, in the revenue's currency.</param>
    /// <returns>The ratio, or <see langword="null"/> when <paramref name="spend"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revenue"/> or <paramref name="spend"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="revenue"/> and <paramref name="spend"/> are in different currencies.</exception>
    /// <exception cref="OverflowException">The ratio overflows <see cref="decimal"/>.</exception>
    public static decimal? Of(Money revenue, Money spend)
    {
        MoneyGuard.SameCurrency(revenue, spend);
        MoneyGuard.NonNegative(revenue);
        MoneyGuard.NonNegative(spend);
        return Amounts.IsZero(spend.Amount) ? null : revenue.Amount / spend.Amount;
    }

    /// <summary>Returns the return on ad spend of a delivery: <c>delivery.Revenue / spend</c>.</summary>
    /// <param name="delivery">What the campaign delivered; its revenue is the numerator.</param>
    /// <param name="spend">What the delivery cost, non-negative, in the revenue's currency.</param>
    /// <returns>The ratio, or <see langword="null"/> when <paramref name="spend"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The delivery's revenue and <paramref name="spend"/> are in different currencies.</exception>
    /// <exception cref="OverflowException">The ratio overflows <see cref="decimal"/>.</exception>
    public static decimal? Of(Delivery delivery, Money spend) => Of(delivery.Revenue, spend);
}
