using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Maximum CPC: the highest bid per click that keeps the cost per acquisition at or below a target.</summary>
/// <remarks>
/// Formula: max CPC = max CPA x CVR. With a $38 maximum CPA and 2% of clicks converting, one acquisition takes 50 clicks,
/// so a click may cost at most 38 x 0.02 = $0.76. The conversion rate is a fraction in [0, 1] (2% is 0.02; a value above
/// 1 is rejected because it is almost always a percentage typed as a whole number). Exact, not rounded: round down to
/// minor units before bidding if the CPA must not be exceeded. Pure and thread-safe.
/// </remarks>
/// <example><c>MaxCpc.Of(new Money(38m, Currency.Usd), 0.02m)</c> is 0.76 USD.</example>
public static class MaxCpc
{
    /// <summary>Returns the maximum cost per click for a target CPA: <c>maxCpa x cvr</c>.</summary>
    /// <param name="maxCpa">The most one acquisition may cost (for example the <see cref="BreakEvenCpa"/>), non-negative.</param>
    /// <param name="cvr">Conversion rate, acquisitions per click, in [0, 1].</param>
    /// <returns>The maximum CPC, in the CPA's currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxCpa"/> is negative or <paramref name="cvr"/> is outside [0, 1].</exception>
    public static Money Of(Money maxCpa, decimal cvr)
    {
        MoneyGuard.NonNegative(maxCpa);
        Rates.Share(cvr);
        return maxCpa * cvr;
    }
}
