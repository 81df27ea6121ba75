using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Conversion rate (CVR): conversions per click.</summary>
/// <remarks>
/// Formula: CVR = conversions / clicks, a plain ratio (0.02 is 2%). Undefined (<see langword="null"/>) when there were
/// no clicks. Exact up to <see cref="decimal"/> precision, not rounded. Conversions above clicks are not rejected (a
/// click may lead to several conversions) and give a CVR above 1. Conversions are a <see cref="decimal"/>, so whole
/// counts and fractional, attributed conversions go through the same overload. Pure and thread-safe.
/// </remarks>
/// <example><c>Cvr.Of(conversions: 14, clicks: 700)</c> is 0.02.</example>
public static class Cvr
{
    /// <summary>Returns the conversion rate: <c>conversions / clicks</c>.</summary>
    /// <param name="conversions">Conversions (sales, sign-ups), non-negative; may be fractional (attributed conversions).</param>
    /// <param name="clicks">Clicks, non-negative.</param>
    /// <returns>The rate, or <see langword="null"/> when <paramref name="clicks"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="conversions"/> or <paramref name="clicks"/> is negative.</exception>
    public static decimal? Of(decimal conversions, long clicks)
    {
        Guard.NonNegative(conversions);
        Guard.NonNegative(clicks);
        return clicks == 0 ? null : conversions / clicks;
    }

    /// <summary>Returns the acquisition rate of a delivery: <c>acquisitions / clicks</c>.</summary>
    /// <param name="delivery">What the campaign delivered; acquisitions count as the conversions.</param>
    /// <returns>The rate, or <see langword="null"/> when the delivery has no clicks.</returns>
    public static decimal? Of(Delivery delivery) => Of(delivery.Acquisitions, delivery.Clicks);
}
