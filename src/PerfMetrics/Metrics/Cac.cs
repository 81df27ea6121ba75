using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Customer acquisition cost (CAC): the full cost of winning one new customer.</summary>
/// <remarks>
/// Formula: CAC = (ad spend + other acquisition costs) / new customers, in the currency of the costs. Other
/// acquisition costs are what the ads did not pay for but winning customers needed (sales salaries, agency fees,
/// tools, onboarding). Unlike <see cref="Cpa"/>, CAC counts only new customers and all acquisition costs. Undefined
/// (<see langword="null"/>) when there were no new customers. Exact, not rounded. Pure and thread-safe.
/// </remarks>
/// <example><c>Cac.Of(spend: 350 USD, otherAcquisitionCosts: 150 USD, newCustomers: 10)</c> is 50 USD.</example>
public static class Cac
{
    /// <summary>Returns the customer acquisition cost: <c>(spend + otherAcquisitionCosts) / newCustomers</c>.</summary>
    /// <param name="spend">Advertising spend, non-negative.</param>
    /// <param name="otherAcquisitionCosts">Other costs of acquiring the customers, non-negative, in the ad spend's currency.</param>
    /// <param name="newCustomers">New customers won, non-negative.</param>
    /// <returns>The CAC, or <see langword="null"/> when <paramref name="newCustomers"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A cost or <paramref name="newCustomers"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The two costs are in different currencies.</exception>
    /// <exception cref="OverflowException">The total cost overflows <see cref="decimal"/>.</exception>
    public static Money? Of(Money spend, Money otherAcquisitionCosts, long newCustomers)
    {
        MoneyGuard.NonNegative(spend);
        MoneyGuard.NonNegative(otherAcquisitionCosts);
        Guard.NonNegative(newCustomers);
        var currency = MoneyGuard.SameCurrency(spend, otherAcquisitionCosts);
        return newCustomers == 0
            ? null
            : Amounts.In((spend.Amount + otherAcquisitionCosts.Amount) / newCustomers, currency);
    }
}
