using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Click-through rate (CTR): the share of impressions that were clicked.</summary>
/// <remarks>
/// Formula: CTR = clicks / impressions, a plain ratio (0.035 is 3.5%). Undefined (<see langword="null"/>) when there
/// were no impressions. Exact up to <see cref="decimal"/> precision, not rounded. Clicks above impressions are not
/// rejected (some sources count several clicks per impression) and give a CTR above 1. Pure and thread-safe.
/// </remarks>
/// <example><c>Ctr.Of(clicks: 700, impressions: 20_000)</c> is 0.035.</example>
public static class Ctr
{
    /// <summary>Returns the click-through rate: <c>clicks / impressions</c>.</summary>
    /// <param name="clicks">Clicks, non-negative.</param>
    /// <param name="impressions">Impressions, non-negative.</param>
    /// <returns>The rate, or <see langword="null"/> when <paramref name="impressions"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clicks"/> or <paramref name="impressions"/> is negative.</exception>
    public static decimal? Of(long clicks, long impressions)
    {
        Guard.NonNegative(clicks);
        Guard.NonNegative(impressions);
        return impressions == 0 ? null : (decimal)clicks / impressions;
    }

    /// <summary>Returns the click-through rate of a delivery: <c>clicks / impressions</c>.</summary>
    /// <param name="delivery">What the campaign delivered.</param>
    /// <returns>The rate, or <see langword="null"/> when the delivery has no impressions.</returns>
    public static decimal? Of(Delivery delivery) => Of(delivery.Clicks, delivery.Impressions);
}
