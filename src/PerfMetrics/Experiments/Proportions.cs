using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Experiments;

/// <summary>The interval and test formulas for proportions shared by <see cref="HoldoutTest"/> and <see cref="AbTest"/>.</summary>
internal static class Proportions
{
    /// <summary>The two-sided normal quantile <c>z_(1 - (1 - level) / 2)</c> of a confidence level.</summary>
    internal static double TwoSidedZ(double level) => SpecialFunctions.NormalQuantile(0.5 + (level / 2d));

    /// <summary>
    /// The Wilson score interval of one proportion (Wilson 1927; Newcombe 1998, method 3):
    /// <c>(p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n)</c>.
    /// </summary>
    internal static (double Lower, double Upper) Wilson(long successes, long n, double z)
    {
        var p = (double)successes / n;
        var z2 = z * z;
        var denominator = 1d + (z2 / n);
        var centre = p + (z2 / (2d * n));
        var half = z * Math.Sqrt((p * (1d - p) / n) + (z2 / (4d * n * (double)n)));
        var lower = successes == 0 ? 0d : Math.Max(0d, (centre - half) / denominator);
        var upper = successes == n ? 1d : Math.Min(1d, (centre + half) / denominator);
        return (lower, upper);
    }

    /// <summary>
    /// Newcombe's hybrid score interval for <c>p1 - p2</c> (Newcombe 1998, method 10), from the Wilson intervals
    /// <c>[l1, u1]</c>, <c>[l2, u2]</c>: <c>d - sqrt((p1 - l1)^2 + (u2 - p2)^2)</c> to <c>d + sqrt((u1 - p1)^2 + (p2 - l2)^2)</c>.
    /// </summary>
    internal static Estimate NewcombeDifference(GroupCounts first, GroupCounts second, double level)
    {
        var z = TwoSidedZ(level);
        var p1 = (double)first.Conversions / first.Users;
        var p2 = (double)second.Conversions / second.Users;
        var (l1, u1) = Wilson(first.Conversions, first.Users, z);
        var (l2, u2) = Wilson(second.Conversions, second.Users, z);
        var d = p1 - p2;
        var lower = d - Math.Sqrt(((p1 - l1) * (p1 - l1)) + ((u2 - p2) * (u2 - p2)));
        var upper = d + Math.Sqrt(((u1 - p1) * (u1 - p1)) + ((p2 - l2) * (p2 - l2)));
        return new Estimate(d, lower, upper, level);
    }

    /// <summary>The Wald interval for <c>p1 - p2</c>: <c>d -/+ z sqrt(p1(1-p1)/n1 + p2(1-p2)/n2)</c> (unpooled standard error).</summary>
    internal static Estimate WaldDifference(GroupCounts first, GroupCounts second, double level)
    {
        var z = TwoSidedZ(level);
        var p1 = (double)first.Conversions / first.Users;
        var p2 = (double)second.Conversions / second.Users;
        var se = Math.Sqrt((p1 * (1d - p1) / first.Users) + (p2 * (1d - p2) / second.Users));
        var d = p1 - p2;
        return new Estimate(d, d - (z * se), d + (z * se), level);
    }

    /// <summary>
    /// The risk ratio <c>p1 / p2</c> with the Katz log interval: <c>exp(ln RR -/+ z sqrt(1/x1 - 1/n1 + 1/x2 - 1/n2))</c>
    /// (Katz, Baptista, Azen and Pike 1978); null when either group has no conversions (the log is undefined).
    /// </summary>
    internal static Estimate? RiskRatio(GroupCounts first, GroupCounts second, double level)
    {
        if (first.Conversions == 0 || second.Conversions == 0)
        {
            return null;
        }

        var z = TwoSidedZ(level);
        var logRatio = Math.Log((double)first.Conversions / first.Users) - Math.Log((double)second.Conversions / second.Users);
        var se = Math.Sqrt((1d / first.Conversions) - (1d / first.Users) + (1d / second.Conversions) - (1d / second.Users));
        return new Estimate(Math.Exp(logRatio), Math.Exp(logRatio - (z * se)), Math.Exp(logRatio + (z * se)), level);
    }

    /// <summary>
    /// The pooled two-proportion z statistic <c>(p1 - p2) / sqrt(p (1 - p) (1/n1 + 1/n2))</c> with <c>p = (x1 + x2) / (n1 + n2)</c>;
    /// null when the pooled rate is 0 or 1 (no variance: nobody or everybody converted).
    /// </summary>
    internal static double? PooledZ(GroupCounts first, GroupCounts second)
    {
        var pooled = (double)(first.Conversions + second.Conversions) / (first.Users + second.Users);
        if (pooled <= 0d || pooled >= 1d)
        {
            return null;
        }

        var p1 = (double)first.Conversions / first.Users;
        var p2 = (double)second.Conversions / second.Users;
        return (p1 - p2) / Math.Sqrt(pooled * (1d - pooled) * ((1d / first.Users) + (1d / second.Users)));
    }

    /// <summary>The two-sided p-value of a standard normal statistic, <c>2 P(Z &gt; |z|)</c>.</summary>
    internal static double TwoSidedP(double z) => Math.Min(1d, 2d * SpecialFunctions.NormalUpperTail(Math.Abs(z)));

    /// <summary>Converts a finite double to decimal (about 15 significant digits); beyond decimal's range it throws <see cref="OverflowException"/>.</summary>
    internal static decimal ToDecimal(double value) => (decimal)value;
}
