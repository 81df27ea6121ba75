using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Target ROAS: the return on ad spend that leaves a target net margin after paying for the ads.</summary>
/// <remarks>
/// Formula: target ROAS = 1 / (contribution-margin rate - target net-margin rate). With a 40% margin and a 10% net
/// margin target, 30% of revenue may go to ads, so ROAS must be 1 / 0.3 = 3.333... A target net margin of 0 gives
/// the <see cref="BreakEvenRoas"/>. Both rates are fractions of revenue (40% is 0.4). Exact up to
/// <see cref="decimal"/> precision. Pure and thread-safe.
/// </remarks>
/// <example><c>TargetRoas.Of(0.4m, 0.1m)</c> is 3.333...</example>
public static class TargetRoas
{
    /// <summary>Returns the ROAS needed to keep a target net margin: <c>1 / (marginRate - targetNetMarginRate)</c>.</summary>
    /// <param name="marginRate">Contribution margin as a fraction of revenue, greater than 0 and at most 1.</param>
    /// <param name="targetNetMarginRate">The net margin to keep after ad spend, as a fraction of revenue: at least 0 and less than <paramref name="marginRate"/>.</param>
    /// <returns>The target ROAS; at least the break-even ROAS.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="marginRate"/> is not in (0, 1], or <paramref name="targetNetMarginRate"/> is negative or not below
    /// <paramref name="marginRate"/> (no ROAS could reach it).
    /// </exception>
    public static decimal Of(decimal marginRate, decimal targetNetMarginRate)
    {
        Rates.PositiveShare(marginRate);
        Guard.NonNegative(targetNetMarginRate);
        if (targetNetMarginRate >= marginRate)
        {
            Guard.ThrowOutOfRange(
                nameof(targetNetMarginRate),
                targetNetMarginRate,
                FormattableString.Invariant($"must be less than marginRate ({marginRate}): no ROAS leaves a net margin at or above the contribution margin"));
        }

        return 1m / (marginRate - targetNetMarginRate);
    }
}
