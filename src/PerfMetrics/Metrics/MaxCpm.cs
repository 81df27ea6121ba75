using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Maximum CPM: the highest price per thousand impressions that keeps the cost per click at or below a target.</summary>
/// <remarks>
/// Formula: max CPM = max CPC x CTR x 1000. With a $0.76 maximum CPC and a 1.5% click-through rate, 1,000 impressions
/// bring 15 clicks worth 15 x 0.76 = $11.40. The click-through rate is a fraction in [0, 1] (1.5% is 0.015). Exact, not
/// rounded. Pure and thread-safe.
/// </remarks>
/// <example><c>MaxCpm.Of(new Money(0.76m, Currency.Usd), 0.015m)</c> is 11.40 USD.</example>
public static class MaxCpm
{
    /// <summary>Returns the maximum cost per thousand impressions for a target CPC: <c>maxCpc x ctr x 1000</c>.</summary>
    /// <param name="maxCpc">The most one click may cost (for example from <see cref="MaxCpc"/>), non-negative.</param>
    /// <param name="ctr">Click-through rate, clicks per impression, in [0, 1].</param>
    /// <returns>The maximum CPM, in the CPC's currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCpc"/> is negative or <paramref name="ctr"/> is outside [0, 1].</exception>
    /// <exception cref="OverflowException">The result overflows <see cref="decimal"/>.</exception>
    public static Money Of(Money maxCpc, decimal ctr)
    {
        MoneyGuard.NonNegative(maxCpc);
        Rates.Share(ctr);
        return maxCpc * ctr * 1000m;
    }
}
