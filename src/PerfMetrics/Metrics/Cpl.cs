using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Cost per lead (CPL): what one lead (a sign-up, a form, a call) cost.</summary>
/// <remarks>
/// Formula: CPL = cost / leads, in the cost's currency. Undefined (<see langword="null"/>) when there were no leads.
/// Leads are a <see cref="decimal"/> because attributed leads are fractional. Exact up to <see cref="decimal"/>
/// precision, not rounded to minor units. Pure and thread-safe.
/// </remarks>
/// <example><c>Cpl.Of(new Money(350m, Currency.Usd), 50m)</c> is 7.00 USD.</example>
public static class Cpl
{
    /// <summary>Returns the cost per lead: <c>spend / leads</c>.</summary>
    /// <param name="spend">What the leads cost, non-negative.</param>
    /// <param name="leads">Leads, non-negative, possibly fractional.</param>
    /// <returns>The CPL, or <see langword="null"/> when <paramref name="leads"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> or <paramref name="leads"/> is negative.</exception>
    /// <exception cref="OverflowException">The quotient overflows <see cref="decimal"/>.</exception>
    public static Money? Of(Money spend, decimal leads)
    {
        MoneyGuard.NonNegative(spend);
        Guard.NonNegative(leads);
        return Amounts.IsZero(leads) ? null : Amounts.In(spend.Amount / leads, spend.Currency);
    }

    /// <summary>Returns the cost per lead of a delivery.</summary>
    /// <param name="spend">What the delivery cost, non-negative.</param>
    /// <param name="delivery">What the campaign delivered.</param>
    /// <returns>The CPL, or <see langword="null"/> when the delivery has no leads.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative.</exception>
    public static Money? Of(Money spend, Delivery delivery) => Of(spend, delivery.Leads);
}
