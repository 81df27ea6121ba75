using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Break-even CPA: the most one acquisition may cost before it loses money.</summary>
/// <remarks>
/// Formula: break-even CPA = average order value x contribution-margin rate (the margin one order earns). A $100 AOV at
/// a 38% margin breaks even at a CPA of $38. Compare an observed CPA with it using <see cref="CpaVersusMargin"/>. The
/// margin rate is a fraction in (0, 1]. Exact, not rounded. Pure and thread-safe.
/// </remarks>
/// <example><c>BreakEvenCpa.Of(new Money(100m, Currency.Usd), 0.38m)</c> is 38 USD.</example>
public static class BreakEvenCpa
{
    /// <summary>Returns the break-even CPA: <c>averageOrderValue x marginRate</c>.</summary>
    /// <param name="averageOrderValue">Average revenue per order (see <see cref="Aov"/>), non-negative.</param>
    /// <param name="marginRate">Contribution margin as a fraction of revenue, greater than 0 and at most 1.</param>
    /// <returns>The CPA at which profit after ad spend is zero, in the AOV's currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="averageOrderValue"/> is negative or <paramref name="marginRate"/> is not in (0, 1].</exception>
    public static Money Of(Money averageOrderValue, decimal marginRate)
    {
        MoneyGuard.NonNegative(averageOrderValue);
        Rates.PositiveShare(marginRate);
        return averageOrderValue * marginRate;
    }
}
