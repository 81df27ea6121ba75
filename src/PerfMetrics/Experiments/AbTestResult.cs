using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PerfMetrics.Experiments;

/// <summary>The answer of <see cref="AbTest.Compare(GroupCounts, GroupCounts, double)"/>: how variant B's rate compares with variant A's.</summary>
/// <remarks>
/// Every difference and ratio is B against A (B - A, B / A). Undefined values are null: the ratio when either variant
/// has no conversions, the z statistic and p-value when the pooled rate is 0 or 1. Equality compares the inputs (both
/// variants and the level), which determine every output. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("A/B: {DifferenceNewcombe}")]
public sealed class AbTestResult : IEquatable<AbTestResult>, System.Numerics.IEqualityOperators<AbTestResult, AbTestResult, bool>
{
    internal AbTestResult(GroupCounts a, GroupCounts b, double level)
    {
        A = a;
        B = b;
        ConfidenceLevel = level;
        DifferenceWald = Proportions.WaldDifference(b, a, level);
        DifferenceNewcombe = Proportions.NewcombeDifference(b, a, level);
        Ratio = Proportions.RiskRatio(b, a, level);
        ZScore = Proportions.PooledZ(b, a);
        PValue = ZScore is { } z ? Proportions.TwoSidedP(z) : null;
        ProbabilityBBeatsA = AbTest.ProbabilityBBeatsA(1 + a.Conversions, 1 + a.Users - a.Conversions, 1 + b.Conversions, 1 + b.Users - b.Conversions);
    }

    /// <summary>Gets variant A (the baseline).</summary>
    public GroupCounts A { get; }

    /// <summary>Gets variant B (the challenger).</summary>
    public GroupCounts B { get; }

    /// <summary>Gets the confidence level of every interval.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Gets the difference of rates B - A with the Wald interval (unpooled standard error): the textbook interval, too narrow with few conversions.</summary>
    public Estimate DifferenceWald { get; }

    /// <summary>Gets the difference of rates B - A with Newcombe's hybrid score interval (method 10, from Wilson intervals): the recommended one.</summary>
    public Estimate DifferenceNewcombe { get; }

    /// <summary>Gets the ratio of rates B / A (1.2 is 20% better) with the Katz log interval; null when either variant has no conversions.</summary>
    public Estimate? Ratio { get; }

    /// <summary>Gets the pooled two-proportion z statistic of B - A; null when the pooled rate is 0 or 1.</summary>
    public double? ZScore { get; }

    /// <summary>Gets the two-sided p-value of the pooled two-proportion z-test; null when the pooled rate is 0 or 1.</summary>
    public double? PValue { get; }

    /// <summary>Gets the probability that B's true rate is above A's under uniform Beta(1, 1) priors, computed exactly (no simulation).</summary>
    public double ProbabilityBBeatsA { get; }

    /// <summary>Returns a readable multi-line report of the comparison.</summary>
    /// <returns>Invariant text; rates as percentages, other numbers to 4 significant digits, undefined values as <c>undefined</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"A/B test, {ExperimentGuard.Show(ConfidenceLevel * 100d, "0.##")}% intervals\n");
        text.Append(CultureInfo.InvariantCulture, $"  A: {A}\n");
        text.Append(CultureInfo.InvariantCulture, $"  B: {B}\n");
        text.Append(CultureInfo.InvariantCulture, $"  B - A (Newcombe): {DifferenceNewcombe.Percent("0.000")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  B - A (Wald):     {DifferenceWald.Percent("0.000")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  B / A (Katz log): {(Ratio is { } r ? r.ToString("G4") : "undefined")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  p-value (pooled z-test): {(PValue is { } p ? ExperimentGuard.Show(p, "G4") : "undefined")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  P(B beats A): {ExperimentGuard.Show(ProbabilityBBeatsA, "G4")}\n");
        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(AbTestResult? other) =>
        other is not null && A == other.A && B == other.B && ConfidenceLevel.Equals(other.ConfidenceLevel);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AbTestResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(A, B, ConfidenceLevel);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result, or null.</param>
    /// <param name="right">The second result, or null.</param>
    /// <returns><see langword="true"/> when both are null or were computed from equal inputs.</returns>
    public static bool operator ==(AbTestResult? left, AbTestResult? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result, or null.</param>
    /// <param name="right">The second result, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AbTestResult? left, AbTestResult? right) => !(left == right);
}
