using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Conversion rate (CVR): the share of clicks that converted.</summary>
/// <remarks>
/// <para>
/// Formula: CVR = conversions / clicks, a fraction in [0, 1] (0.02 is 2%), the range <see cref="MaxCpc"/> and
/// <see cref="EquivalentRate"/> accept. Undefined (<see langword="null"/>) when there were no clicks. Exact up to
/// <see cref="decimal"/> precision, not rounded. Conversions are a <see cref="decimal"/>, so whole counts and
/// fractional, attributed conversions go through the same overload. Pure and thread-safe.
/// </para>
/// <para>
/// The conversions are the click-through conversions of those clicks, so more conversions than (a positive number of)
/// clicks throws <see cref="ArgumentOutOfRangeException"/> naming both. A campaign can report more conversions than
/// clicks when it counts view-through conversions (after an impression, without a click) or several conversions per
/// click; those are not a rate of clicks, so leave them out of the count passed here. For the same reason
/// <see cref="Delivery"/> does not tie its acquisitions to its clicks, and <see cref="Of(Delivery)"/> throws for a
/// delivery with more acquisitions than clicks. Before 0.2 such input returned a CVR above 1.
/// </para>
/// </remarks>
/// <example><c>Cvr.Of(conversions: 14, clicks: 700)</c> is 0.02.</example>
public static class Cvr
{
    private const string ConversionsOfClicksRule = "CVR is the share of clicks that converted, in [0, 1]; view-through conversions and repeat conversions of one click do not belong in it";

    /// <summary>Returns the conversion rate: <c>conversions / clicks</c>.</summary>
    /// <param name="conversions">Click-through conversions (sales, sign-ups), non-negative, at most <paramref name="clicks"/> when that is positive; may be fractional (attributed conversions).</param>
    /// <param name="clicks">Clicks, non-negative.</param>
    /// <returns>The rate in [0, 1], or <see langword="null"/> when <paramref name="clicks"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="conversions"/> or <paramref name="clicks"/> is negative; or <paramref name="clicks"/> is positive
    /// and <paramref name="conversions"/> exceeds it.
    /// </exception>
    public static decimal? Of(decimal conversions, long clicks)
    {
        Guard.NonNegative(conversions);
        Guard.NonNegative(clicks);
        Guard.PartOfWhole(conversions, clicks, nameof(conversions), nameof(clicks), ConversionsOfClicksRule);
        return clicks == 0 ? null : conversions / clicks;
    }

    /// <summary>Returns the acquisition rate of a delivery: <c>acquisitions / clicks</c>.</summary>
    /// <param name="delivery">What the campaign delivered; acquisitions count as the conversions.</param>
    /// <returns>The rate in [0, 1], or <see langword="null"/> when the delivery has no clicks.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The delivery has clicks and more acquisitions than clicks.</exception>
    public static decimal? Of(Delivery delivery)
    {
        Guard.PartOfWhole(delivery.Acquisitions, delivery.Clicks, "delivery.Acquisitions", "delivery.Clicks", ConversionsOfClicksRule);
        return delivery.Clicks == 0 ? null : (decimal)delivery.Acquisitions / delivery.Clicks;
    }
}
