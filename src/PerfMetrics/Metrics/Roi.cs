namespace PerfMetrics.Metrics;

/// <summary>Return on investment (ROI): the gain on a spend, as a share of that cost.</summary>
/// <remarks>
/// <para>
/// Revenue-based: ROI = (revenue - spend) / spend. Margin-based (<see cref="FromGrossProfit(Money, Money)"/>):
/// ROI = (gross profit - spend) / spend, where gross profit is what the sales earn before the cost (revenue minus cost of
/// goods). Plain ratios: 0.5 is +50%, -1 means everything was lost. Revenue-based ROI overstates the return of a
/// business with thin margins; prefer the margin-based form to judge profitability.
/// </para>
/// <para>
/// Undefined (<see langword="null"/>) when the cost is zero. Exact up to <see cref="decimal"/> precision, not rounded.
/// Both amounts must be in one currency (<c>default(Money)</c> is a zero in any currency). Pure and thread-safe.
/// </para>
/// </remarks>
/// <example><c>Roi.Of(revenue: 1,400 USD, cost: 350 USD)</c> is 3; <c>Roi.FromGrossProfit(532 USD, 350 USD)</c> is 0.52.</example>
public static class Roi
{
    /// <summary>Returns the revenue-based return on investment: <c>(revenue - spend) / spend</c>.</summary>
    /// <param name="revenue">Revenue, non-negative.</param>
    /// <param name="spend">The cost (investment), non-negative, in the revenue's currency.</param>
    /// <returns>The ratio, or <see langword="null"/> when <paramref name="spend"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="revenue"/> or <paramref name="spend"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    /// <exception cref="OverflowException">The ratio overflows <see cref="decimal"/>.</exception>
    public static decimal? Of(Money revenue, Money spend)
    {
        MoneyGuard.SameCurrency(revenue, spend);
        MoneyGuard.NonNegative(revenue);
        MoneyGuard.NonNegative(spend);
        return Amounts.IsZero(spend.Amount) ? null : (revenue.Amount - spend.Amount) / spend.Amount;
    }

    /// <summary>Returns the revenue-based return on investment of a delivery.</summary>
    /// <param name="delivery">What the campaign delivered; its revenue is used.</param>
    /// <param name="spend">What the delivery cost, non-negative, in the revenue's currency.</param>
    /// <returns>The ratio, or <see langword="null"/> when <paramref name="spend"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The revenue and the cost are in different currencies.</exception>
    /// <exception cref="OverflowException">The ratio overflows <see cref="decimal"/>.</exception>
    public static decimal? Of(Delivery delivery, Money spend) => Of(delivery.Revenue, spend);

    /// <summary>Returns the margin-based return on investment: <c>(grossProfit - spend) / spend</c>.</summary>
    /// <param name="grossProfit">Gross profit of the sales before the cost (revenue minus cost of goods); any sign.</param>
    /// <param name="spend">The cost (investment), non-negative, in the gross profit's currency.</param>
    /// <returns>The ratio, or <see langword="null"/> when <paramref name="spend"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    /// <exception cref="OverflowException">The difference or the ratio overflows <see cref="decimal"/>.</exception>
    public static decimal? FromGrossProfit(Money grossProfit, Money spend)
    {
        MoneyGuard.SameCurrency(grossProfit, spend);
        MoneyGuard.NonNegative(spend);
        return Amounts.IsZero(spend.Amount)
            ? null
            : (grossProfit.Amount - spend.Amount) / spend.Amount;
    }
}
