using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Break-even ROAS: the return on ad spend at which the margin on the revenue exactly pays for the ads.</summary>
/// <remarks>
/// Formula: break-even ROAS = 1 / contribution-margin rate. At a 40% margin every 1.00 of revenue earns 0.40, so 2.50
/// of revenue is needed per 1.00 of spend (1 / 0.4 = 2.5); at 25%, 4. A campaign whose <see cref="Roas"/> is above it
/// makes money, below it loses money. The margin rate is a fraction in (0, 1] (40% is 0.4): zero has no break-even
/// point and a rate above 1 is almost always a percentage typed as a whole number. Exact up to
/// <see cref="decimal"/> precision (1 / 0.3 is 3.333...). Pure and thread-safe.
/// </remarks>
/// <example><c>BreakEvenRoas.Of(0.4m)</c> is 2.5; <c>BreakEvenRoas.Of(0.25m)</c> is 4.</example>
public static class BreakEvenRoas
{
    /// <summary>Returns the break-even ROAS for a contribution-margin rate: <c>1 / marginRate</c>.</summary>
    /// <param name="marginRate">Contribution margin as a fraction of revenue, greater than 0 and at most 1.</param>
    /// <returns>The ROAS at which profit after ad spend is zero; at least 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is not in (0, 1].</exception>
    public static decimal Of(decimal marginRate) => 1m / Rates.PositiveShare(marginRate);
}
