using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>The margin per period a customer earns, from what they pay and a contribution-margin rate: the margin input of every LTV, payback and ceiling calculator.</summary>
/// <remarks>
/// Lifetime calculators take margin, not revenue. With a fixed unit margin pass it directly; with a price and a margin
/// rate (varying costs, a subscription at 80% gross margin) use <see cref="FromRate(MoneyPerPeriod, decimal)"/>. The rate
/// follows the one rate rule of the library: a fraction in (0, 1], so 80 meant as 80% is rejected. Exact (decimal), not
/// rounded. Pure and thread-safe.
/// </remarks>
/// <example><c>Margin.FromRate(new MoneyPerPeriod(new Money(12m, Currency.Eur), PeriodUnit.Month), 0.8m)</c> is 9.60 EUR per month.</example>
public static class Margin
{
    /// <summary>Returns the margin per period: <c>revenue per period x margin rate</c>, in the same unit.</summary>
    /// <param name="revenue">What one customer pays per period.</param>
    /// <param name="marginRate">Contribution margin as a fraction of revenue, greater than 0 and at most 1 (0.8 for 80%).</param>
    /// <returns>The margin per period, exact.</returns>
    /// <exception cref="ArgumentException"><paramref name="revenue"/> is <c>default(MoneyPerPeriod)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is not in (0, 1].</exception>
    public static MoneyPerPeriod FromRate(MoneyPerPeriod revenue, decimal marginRate)
    {
        revenue.Required(nameof(revenue));
        Rates.PositiveShare(marginRate);
        return new MoneyPerPeriod(revenue.Amount * marginRate, revenue.Per);
    }
}
