using PerfMetrics.Internal;

namespace PerfMetrics.Experiments;

/// <summary>
/// Holdout (conversion-lift) tests: a random share of the audience is held out of a campaign, and the conversions of the
/// exposed (test) group are compared with what the holdout (control) group's rate says they would have been anyway.
/// </summary>
/// <remarks>
/// <para>
/// Formulas (docs/experiments.md, "Holdout tests"), with test group (n_t users, x_t conversions, rate p_t) and control
/// group (n_c, x_c, p_c): scaled control conversions = p_c x n_t (the test group's conversions without the campaign);
/// incremental conversions = x_t - p_c x n_t = n_t (p_t - p_c); lift = p_t / p_c - 1; cost per incremental conversion
/// = spend / incremental conversions; incremental ROAS = incremental conversions x value per conversion / spend;
/// incremental profit = incremental conversions x unit margin - spend.
/// </para>
/// <para>
/// Intervals at the chosen confidence level: the rate difference p_t - p_c by Newcombe's hybrid score method (Newcombe
/// 1998, method 10, built on Wilson score intervals; it stays inside [-1, 1] and behaves with few conversions, where the
/// Wald interval does not), times n_t for the incremental conversions and carried through the money formulas; the lift
/// on the log risk ratio (Katz et al. 1978). The p-value is the two-sided pooled two-proportion z-test (the test of R's
/// <c>prop.test</c> without continuity correction).
/// </para>
/// <para>
/// Verdict: <see cref="HoldoutResult.CheckMargin(Money)"/> and <see cref="HoldoutResult.CheckCeiling(Money)"/> judge the
/// incremental CPA (spend / incremental conversions) with the library's one verdict rule (<see cref="Metrics.CpaVersusMargin"/>,
/// <see cref="Lifetime.CpaCeiling"/>). A campaign can be profitable on attributed conversions and lose money on
/// incremental ones: the attributed CPA counts conversions that would have happened anyway. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var result = HoldoutTest.Analyze(new GroupCounts(90_000, 1_350), new GroupCounts(10_000, 100), new Money(9_000m, Currency.Usd));
/// // incremental conversions 450, lift 50%, cost per incremental conversion 20 USD
/// var verdict = result.CheckMargin(new Money(38m, Currency.Usd)); // Profitable: incremental CPA 20 USD vs margin 38 USD
/// </code>
/// </example>
public static class HoldoutTest
{
    /// <summary>The default confidence level of every interval in the experiments area, 0.95.</summary>
    public const double DefaultConfidenceLevel = 0.95;

    /// <summary>Analyses a holdout test.</summary>
    /// <param name="test">The exposed group: its users and how many converted. Must have users.</param>
    /// <param name="control">The held-out group: its users and how many converted. Must have users.</param>
    /// <param name="spend">What the campaign cost over the test, non-negative, in a currency.</param>
    /// <param name="confidenceLevel">The level of every interval, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The scaled control conversions, incremental conversions, lift, cost per incremental conversion and p-value, with intervals.</returns>
    /// <exception cref="ArgumentException"><paramref name="spend"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A group has no users, <paramref name="spend"/> is negative, or <paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    public static HoldoutResult Analyze(GroupCounts test, GroupCounts control, Money spend, double confidenceLevel = DefaultConfidenceLevel)
    {
        RequireUsers(test, nameof(test));
        RequireUsers(control, nameof(control));
        MoneyGuard.NonNegativeInCurrency(spend);
        ExperimentGuard.OpenUnit(confidenceLevel);
        return new HoldoutResult(test, control, spend, confidenceLevel);
    }

    internal static void RequireUsers(GroupCounts group, string paramName)
    {
        if (group.Users == 0)
        {
            Guard.ThrowOutOfRange(paramName, group, "must have at least one user (a group of zero users has no rate)");
        }
    }
}
