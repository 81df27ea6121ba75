using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Experiments;

/// <summary>
/// Power and sizing of a test of two conversion rates: the power of a planned test, the users it needs, the smallest
/// rate it can detect, and (through <see cref="SampleSizePlan.Days(double)"/>) how long it must run.
/// </summary>
/// <remarks>
/// <para>
/// The formula is that of R's <c>stats::power.prop.test</c> (two-sided, <c>strict = FALSE</c>): the normal
/// approximation to the pooled two-proportion z-test, with the pooled variance under the null hypothesis and the
/// unpooled variance under the alternative. With n1 and n2 users in the groups, rates p1 and p2, pooled rate
/// <c>p = (n1 p1 + n2 p2) / (n1 + n2)</c> and <c>z = Phi^-1(1 - alpha / 2)</c>:
/// <c>power = Phi((|p1 - p2| - z sqrt(p (1 - p) (1/n1 + 1/n2))) / sqrt(p1 (1 - p1)/n1 + p2 (1 - p2)/n2))</c>.
/// With an equal split this is R's <c>(sqrt(n) |p1 - p2| - z sqrt((p1 + p2)(1 - (p1 + p2)/2))) / sqrt(p1 q1 + p2 q2)</c>
/// for n per group. The users needed solve it in closed form:
/// <c>N = ((z A + Phi^-1(power) B) / |p1 - p2|)^2</c> over both groups, with group 2 holding the share s,
/// <c>A = sqrt(p (1 - p) (1/(1 - s) + 1/s))</c>, <c>B = sqrt(p1 (1 - p1)/(1 - s) + p2 (1 - p2)/s)</c>.
/// Online calculators differ from this by a few percent when they use the unpooled (or the pooled) variance in both
/// places, or add a continuity correction.
/// </para>
/// <para>
/// Unequal splits: <c>secondGroupShare</c> is the share of all users in group 2 (0.5 for 50/50; a 90/10 holdout with
/// the control as group 1 is 0.9). An unequal split needs more users in total for the same power. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// PowerAnalysis.Power(100, 0.50, 0.75);           // 0.7401659, R: power.prop.test(n = 50, p1 = .50, p2 = .75)
/// PowerAnalysis.SampleSize(0.50, 0.75, 0.90);     // 76.7069 per group, R: power.prop.test(p1 = .50, p2 = .75, power = .90)
/// PowerAnalysis.MinimumDetectableRate(100, 0.50, 0.90); // 0.8026, R: power.prop.test(n = 50, p1 = .5, power = .90)
/// </code>
/// </example>
public static class PowerAnalysis
{
    /// <summary>The default significance level (two-sided), 0.05.</summary>
    public const double DefaultSignificanceLevel = 0.05;

    /// <summary>The default share of users in group 2, 0.5 (an equal split).</summary>
    public const double EqualSplit = 0.5;

    /// <summary>Returns the power of a two-sided test of two rates with the given users.</summary>
    /// <param name="totalUsers">The users of both groups together, positive (may be fractional, as in R).</param>
    /// <param name="firstRate">The conversion rate of group 1 (the control), strictly between 0 and 1.</param>
    /// <param name="secondRate">The conversion rate of group 2 to detect, strictly between 0 and 1.</param>
    /// <param name="significanceLevel">The two-sided significance level, strictly between 0 and 1; 0.05 by default.</param>
    /// <param name="secondGroupShare">The share of users in group 2, strictly between 0 and 1; 0.5 by default.</param>
    /// <returns>The probability that the test rejects "no difference" when the rates are as given (alpha / 2 when they are equal).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range, or NaN or infinite.</exception>
    public static double Power(double totalUsers, double firstRate, double secondRate, double significanceLevel = DefaultSignificanceLevel, double secondGroupShare = EqualSplit)
    {
        Guard.PositiveFinite(totalUsers);
        ExperimentGuard.Rate(firstRate);
        ExperimentGuard.Rate(secondRate);
        ExperimentGuard.OpenUnit(significanceLevel);
        ExperimentGuard.OpenUnit(secondGroupShare);
        return PowerCore(totalUsers, firstRate, secondRate, SpecialFunctions.NormalQuantile(1d - (significanceLevel / 2d)), secondGroupShare);
    }

    /// <summary>Returns the users a two-sided test of two rates needs to reach a power.</summary>
    /// <param name="firstRate">The conversion rate of group 1 (the control), strictly between 0 and 1.</param>
    /// <param name="secondRate">The conversion rate of group 2 to detect, strictly between 0 and 1, different from <paramref name="firstRate"/>.</param>
    /// <param name="power">The power wanted, strictly between 0 and 1 (0.8 is common).</param>
    /// <param name="significanceLevel">The two-sided significance level, strictly between 0 and 1; 0.05 by default.</param>
    /// <param name="secondGroupShare">The share of users in group 2, strictly between 0 and 1; 0.5 by default.</param>
    /// <returns>The exact (fractional) users per group and the whole users to recruit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range, or NaN or infinite, or <paramref name="power"/> is so low that any sample reaches it.</exception>
    /// <exception cref="ArgumentException">The two rates are equal (no sample detects a zero difference).</exception>
    public static SampleSizePlan SampleSize(double firstRate, double secondRate, double power, double significanceLevel = DefaultSignificanceLevel, double secondGroupShare = EqualSplit)
    {
        ExperimentGuard.Rate(firstRate);
        ExperimentGuard.Rate(secondRate);
        ExperimentGuard.OpenUnit(power);
        ExperimentGuard.OpenUnit(significanceLevel);
        ExperimentGuard.OpenUnit(secondGroupShare);
        if (firstRate == secondRate)
        {
            Guard.ThrowArgument(nameof(secondRate), $"secondRate must differ from firstRate (no sample detects a zero difference), was {ExperimentGuard.Show(secondRate, "R")} for both.");
        }

        var s = secondGroupShare;
        var pooled = ((1d - s) * firstRate) + (s * secondRate);
        var a = Math.Sqrt(pooled * (1d - pooled) * ((1d / (1d - s)) + (1d / s)));
        var b = Math.Sqrt((firstRate * (1d - firstRate) / (1d - s)) + (secondRate * (1d - secondRate) / s));
        var z = SpecialFunctions.NormalQuantile(1d - (significanceLevel / 2d));
        var root = ((z * a) + (SpecialFunctions.NormalQuantile(power) * b)) / Math.Abs(firstRate - secondRate);
        if (!(root > 0d))
        {
            // Even a vanishing sample rejects with probability Phi(-z A / B) in this approximation: a lower power is no target.
            Guard.ThrowOutOfRange(nameof(power), power, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must exceed {ExperimentGuard.Show(SpecialFunctions.NormalCdf(-z * a / b))}, the power this approximation gives any sample of these rates"));
        }

        var total = root * root;
        return new SampleSizePlan(total * (1d - s), total * s, firstRate, secondRate, power, significanceLevel);
    }

    /// <summary>Returns the smallest conversion rate above the first that a test with the given users detects with the given power.</summary>
    /// <param name="totalUsers">The users of both groups together, positive.</param>
    /// <param name="firstRate">The conversion rate of group 1 (the control), strictly between 0 and 1.</param>
    /// <param name="power">The power wanted, strictly between 0 and 1.</param>
    /// <param name="significanceLevel">The two-sided significance level, strictly between 0 and 1; 0.05 by default.</param>
    /// <param name="secondGroupShare">The share of users in group 2, strictly between 0 and 1; 0.5 by default.</param>
    /// <returns>
    /// The rate p2 &gt; p1 at which the power equals <paramref name="power"/> (solved by bisection to full precision, as R
    /// solves it with <c>uniroot</c>); null when no rate below 1 reaches that power with so few users. The minimum
    /// detectable effect is the returned rate minus <paramref name="firstRate"/> (absolute) or divided by it, minus 1 (relative).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range, or NaN or infinite.</exception>
    public static double? MinimumDetectableRate(double totalUsers, double firstRate, double power, double significanceLevel = DefaultSignificanceLevel, double secondGroupShare = EqualSplit)
    {
        Guard.PositiveFinite(totalUsers);
        ExperimentGuard.Rate(firstRate);
        ExperimentGuard.OpenUnit(power);
        ExperimentGuard.OpenUnit(significanceLevel);
        ExperimentGuard.OpenUnit(secondGroupShare);
        var lo = firstRate;
        var hi = 1d;
        var z = SpecialFunctions.NormalQuantile(1d - (significanceLevel / 2d));
        if (PowerCore(totalUsers, firstRate, hi, z, secondGroupShare) < power)
        {
            return null;
        }

        // The power rises with p2 on (p1, 1): bisect until the bracket cannot shrink any more.
        while (true)
        {
            var mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi)
            {
                return hi;
            }

            if (PowerCore(totalUsers, firstRate, mid, z, secondGroupShare) < power)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
    }

    /// <summary>The power for <paramref name="z"/> = Phi^-1(1 - alpha / 2), computed once by the caller.</summary>
    private static double PowerCore(double total, double p1, double p2, double z, double s)
    {
        var n1 = total * (1d - s);
        var n2 = total * s;
        var pooled = ((n1 * p1) + (n2 * p2)) / (n1 + n2);
        var null0 = Math.Sqrt(pooled * (1d - pooled) * ((1d / n1) + (1d / n2)));
        var alternative = Math.Sqrt((p1 * (1d - p1) / n1) + (p2 * (1d - p2) / n2));
        return alternative == 0d
            ? (Math.Abs(p1 - p2) > z * null0 ? 1d : 0d)
            : SpecialFunctions.NormalCdf((Math.Abs(p1 - p2) - (z * null0)) / alternative);
    }
}
