using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Experiments;

/// <summary>
/// A/B tests: two variants (creatives, landing pages, bids) compared on a rate (CTR, CVR) or on a ratio metric (CPA,
/// ROAS, AOV, revenue per user).
/// </summary>
/// <remarks>
/// <para>
/// Rates (<see cref="Compare(GroupCounts, GroupCounts, double)"/>), with rates p_a and p_b: the difference p_b - p_a
/// with two intervals, Wald (<c>d -/+ z sqrt(p_a q_a / n_a + p_b q_b / n_b)</c>, the textbook one, poor with few
/// conversions) and Newcombe's hybrid score (Newcombe 1998, method 10, from Wilson intervals; recommended); the ratio
/// p_b / p_a with the Katz log interval; the pooled two-proportion z-test (two-sided; R's <c>prop.test</c> without
/// continuity correction); and the probability that B's true rate beats A's under independent Beta(1 + x, 1 + n - x)
/// posteriors (uniform priors), computed exactly with the closed-form sum of Miller (2015),
/// <c>P(p_b &gt; p_a) = sum_{i=0}^{alpha_b - 1} B(alpha_a + i, beta_a + beta_b) / ((beta_b + i) B(1 + i, beta_b) B(alpha_a, beta_a))</c>,
/// in log-beta terms (no simulation; by symmetry the sum runs over the smallest of the four posterior parameters).
/// </para>
/// <para>
/// Ratio metrics (<see cref="CompareRatios(RatioSample, RatioSample, double)"/>): the delta method (Deng, Knoblich and Lu
/// 2018, "Applying the Delta Method in Metric Analytics"), see <see cref="RatioSample"/>. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var r = AbTest.Compare(new GroupCounts(5_000, 100), new GroupCounts(5_000, 130));
/// // r.DifferenceNewcombe = 0.006 [...], r.PValue = 0.044, r.ProbabilityBBeatsA = 0.98
/// </code>
/// </example>
public static class AbTest
{
    /// <summary>Compares the conversion (or click) rates of two variants.</summary>
    /// <param name="a">Variant A (the baseline): users and conversions. Must have users.</param>
    /// <param name="b">Variant B (the challenger): users and conversions. Must have users.</param>
    /// <param name="confidenceLevel">The level of every interval, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The rates, their difference and ratio with intervals, the z-test and the probability that B beats A.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A variant has no users, or <paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    public static AbTestResult Compare(GroupCounts a, GroupCounts b, double confidenceLevel = HoldoutTest.DefaultConfidenceLevel)
    {
        HoldoutTest.RequireUsers(a, nameof(a));
        HoldoutTest.RequireUsers(b, nameof(b));
        ExperimentGuard.OpenUnit(confidenceLevel);
        return new AbTestResult(a, b, confidenceLevel);
    }

    /// <summary>Compares a ratio metric (CPA, ROAS, AOV, revenue per user) between two variants with delta-method intervals.</summary>
    /// <param name="a">Variant A's per-unit numerators and denominators.</param>
    /// <param name="b">Variant B's per-unit numerators and denominators.</param>
    /// <param name="confidenceLevel">The level of every interval, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>Both ratios with intervals, their difference and relative difference, and the Wald z-test of the difference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> or <paramref name="b"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    public static RatioComparison CompareRatios(RatioSample a, RatioSample b, double confidenceLevel = HoldoutTest.DefaultConfidenceLevel)
    {
        Guard.NotNull(a);
        Guard.NotNull(b);
        ExperimentGuard.OpenUnit(confidenceLevel);
        return new RatioComparison(a, b, confidenceLevel);
    }

    /// <summary>
    /// <c>P(p_b &gt; p_a)</c> for independent <c>p_a ~ Beta(alphaA, betaA)</c>, <c>p_b ~ Beta(alphaB, betaB)</c> with whole
    /// parameters (Miller 2015). The sum has as many terms as its "alpha_b"; by <c>P(p_b &gt; p_a) = 1 - P(p_a &gt; p_b)</c>
    /// and <c>P(p_b &gt; p_a) = P(1 - p_a &gt; 1 - p_b)</c> (where <c>1 - p ~ Beta(beta, alpha)</c>) it runs over the
    /// smallest of the four parameters: the fewer conversions, or the fewer non-conversions.
    /// </summary>
    internal static double ProbabilityBBeatsA(long alphaA, long betaA, long alphaB, long betaB)
    {
        var smallest = Math.Min(Math.Min(alphaA, alphaB), Math.Min(betaA, betaB));
        double p;
        if (smallest == alphaB)
        {
            p = BetaSum(alphaA, betaA, alphaB, betaB);
        }
        else if (smallest == alphaA)
        {
            p = 1d - BetaSum(alphaB, betaB, alphaA, betaA);
        }
        else if (smallest == betaA)
        {
            // P(p_b > p_a) = P(q_a > q_b), q = 1 - p: "B" is q_a ~ Beta(betaA, alphaA), "A" is q_b ~ Beta(betaB, alphaB).
            p = BetaSum(betaB, alphaB, betaA, alphaA);
        }
        else
        {
            p = 1d - BetaSum(betaA, alphaA, betaB, alphaB);
        }

        return Math.Clamp(p, 0d, 1d);
    }

    // sum_{i=0}^{alphaB-1} exp(ln B(alphaA + i, betaA + betaB) - ln(betaB + i) - ln B(1 + i, betaB) - ln B(alphaA, betaA))
    private static double BetaSum(long alphaA, long betaA, long alphaB, long betaB)
    {
        var sum = default(CompensatedSum);
        var logBetaA = SpecialFunctions.LogBeta(alphaA, betaA);
        for (long i = 0; i < alphaB; i++)
        {
            sum.Add(Math.Exp(SpecialFunctions.LogBeta(alphaA + i, betaA + betaB) - Math.Log((double)betaB + i) - SpecialFunctions.LogBeta(1d + i, betaB) - logBetaA));
        }

        return sum.Value;
    }
}
