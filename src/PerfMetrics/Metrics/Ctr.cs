using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Click-through rate (CTR): the share of impressions that were clicked.</summary>
/// <remarks>
/// <para>
/// Formula: CTR = clicks / impressions, a fraction in [0, 1] (0.035 is 3.5%), the range <see cref="MaxCpm"/> and
/// <see cref="EquivalentRate"/> accept. Undefined (<see langword="null"/>) when there were no impressions (a zero
/// count is also how <see cref="Delivery"/> says "not reported"). Exact up to <see cref="decimal"/> precision, not
/// rounded. Pure and thread-safe.
/// </para>
/// <para>
/// Every click is on a served impression, so more clicks than (a positive number of) impressions is impossible: it
/// throws <see cref="ArgumentOutOfRangeException"/> naming both counts. Most often the arguments were swapped
/// (<c>Ctr.Of(20_000, 700)</c> for 700 clicks on 20,000 impressions), or the two counts come from different reporting
/// windows. Before 0.2 such input returned a CTR above 1.
/// </para>
/// </remarks>
/// <example><c>Ctr.Of(clicks: 700, impressions: 20_000)</c> is 0.035.</example>
public static class Ctr
{
    internal const string ClicksOfImpressionsRule = "every click is on a served impression; were the arguments swapped? The order is Ctr.Of(clicks, impressions)";

    /// <summary>Returns the click-through rate: <c>clicks / impressions</c>.</summary>
    /// <param name="clicks">Clicks, non-negative, at most <paramref name="impressions"/> when that is positive.</param>
    /// <param name="impressions">Impressions, non-negative.</param>
    /// <returns>The rate in [0, 1], or <see langword="null"/> when <paramref name="impressions"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="clicks"/> or <paramref name="impressions"/> is negative; or <paramref name="impressions"/> is
    /// positive and <paramref name="clicks"/> exceeds it.
    /// </exception>
    public static decimal? Of(long clicks, long impressions)
    {
        Guard.NonNegative(clicks);
        Guard.NonNegative(impressions);
        Guard.PartOfWhole(clicks, impressions, nameof(clicks), nameof(impressions), ClicksOfImpressionsRule);
        return impressions == 0 ? null : (decimal)clicks / impressions;
    }

    /// <summary>Returns the click-through rate of a delivery: <c>clicks / impressions</c>.</summary>
    /// <param name="delivery">What the campaign delivered (its constructor already checked clicks against impressions).</param>
    /// <returns>The rate in [0, 1], or <see langword="null"/> when the delivery has no impressions.</returns>
    public static decimal? Of(Delivery delivery) =>
        delivery.Impressions == 0 ? null : (decimal)delivery.Clicks / delivery.Impressions;
}
