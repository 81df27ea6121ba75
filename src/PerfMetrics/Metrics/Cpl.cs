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
    /// <summary>Returns the cost per lead: <c>cost / leads</c>.</summary>
    /// <param name="cost">What the leads cost, non-negative.</param>
    /// <param name="leads">Leads, non-negative, possibly fractional.</param>
    /// <returns>The CPL, or <see langword="null"/> when <paramref name="leads"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cost"/> or <paramref name="leads"/> is negative.</exception>
    /// <exception cref="OverflowException">The quotient overflows <see cref="decimal"/>.</exception>
    public static Money? Of(Money cost, decimal leads)
    {
        Guard.NonNegative(cost);
        Guard.NonNegative(leads);
        return Amounts.IsZero(leads) ? null : Amounts.In(cost.Amount / leads, cost.Currency);
    }

    /// <summary>Returns the cost per lead of a delivery.</summary>
    /// <param name="delivery">What the campaign delivered.</param>
    /// <param name="cost">What the delivery cost, non-negative.</param>
    /// <returns>The CPL, or <see langword="null"/> when the delivery has no leads.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cost"/> is negative.</exception>
    public static Money? Of(Delivery delivery, Money cost) => Of(cost, delivery.Leads);
}
