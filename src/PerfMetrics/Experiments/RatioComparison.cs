using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PerfMetrics.Experiments;

/// <summary>The answer of <see cref="AbTest.CompareRatios(RatioSample, RatioSample, double)"/>: a ratio metric of variant B against variant A.</summary>
/// <remarks>
/// The variants are independent, so the variance of the difference is the sum of the two delta-method variances:
/// <c>SE(R_b - R_a) = sqrt(SE_a^2 + SE_b^2)</c>, with a normal (Wald) interval and a two-sided z-test. The relative
/// difference <c>R_b / R_a - 1</c> is built on the log scale, <c>SE(ln R_b - ln R_a) = sqrt(SE_a^2 / R_a^2 + SE_b^2 / R_b^2)</c>,
/// and is null unless both ratios are positive. Equality compares both samples and the level. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("Ratio B - A: {Difference}")]
public sealed class RatioComparison : IEquatable<RatioComparison>, System.Numerics.IEqualityOperators<RatioComparison, RatioComparison, bool>
{
    internal RatioComparison(RatioSample a, RatioSample b, double level)
    {
        SampleA = a;
        SampleB = b;
        ConfidenceLevel = level;
        A = a.Estimate(level);
        B = b.Estimate(level);
        var z = Proportions.TwoSidedZ(level);
        var se = Math.Sqrt((a.StandardError * a.StandardError) + (b.StandardError * b.StandardError));
        var d = b.Ratio - a.Ratio;
        Difference = new Estimate(d, d - (z * se), d + (z * se), level);
        if (se > 0d)
        {
            ZScore = d / se;
            PValue = Proportions.TwoSidedP(d / se);
        }

        if (a.Ratio > 0d && b.Ratio > 0d)
        {
            var log = Math.Log(b.Ratio / a.Ratio);
            var logSe = Math.Sqrt((a.StandardError * a.StandardError / (a.Ratio * a.Ratio)) + (b.StandardError * b.StandardError / (b.Ratio * b.Ratio)));
            RelativeDifference = new Estimate(Math.Exp(log) - 1d, Math.Exp(log - (z * logSe)) - 1d, Math.Exp(log + (z * logSe)) - 1d, level);
        }
    }

    /// <summary>Gets variant A's sample.</summary>
    public RatioSample SampleA { get; }

    /// <summary>Gets variant B's sample.</summary>
    public RatioSample SampleB { get; }

    /// <summary>Gets the confidence level of every interval.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Gets variant A's ratio with its delta-method interval.</summary>
    public Estimate A { get; }

    /// <summary>Gets variant B's ratio with its delta-method interval.</summary>
    public Estimate B { get; }

    /// <summary>Gets the difference B - A with its Wald interval.</summary>
    public Estimate Difference { get; }

    /// <summary>Gets the relative difference B / A - 1 with its log-scale interval; null unless both ratios are positive.</summary>
    public Estimate? RelativeDifference { get; }

    /// <summary>Gets the z statistic of the difference; null when both standard errors are zero.</summary>
    public double? ZScore { get; }

    /// <summary>Gets the two-sided p-value of the difference; null when both standard errors are zero.</summary>
    public double? PValue { get; }

    /// <summary>Returns a readable multi-line report.</summary>
    /// <returns>Invariant text, numbers to 4 significant digits.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Ratio metric, {ExperimentGuard.Show(ConfidenceLevel * 100d, "0.##")}% intervals (delta method)\n");
        text.Append(CultureInfo.InvariantCulture, $"  A: {A.ToString("G4")} over {SampleA.Units} units\n");
        text.Append(CultureInfo.InvariantCulture, $"  B: {B.ToString("G4")} over {SampleB.Units} units\n");
        text.Append(CultureInfo.InvariantCulture, $"  B - A: {Difference.ToString("G4")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  B / A - 1: {(RelativeDifference is { } r ? r.Percent() : "undefined")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  p-value: {(PValue is { } p ? ExperimentGuard.Show(p, "G4") : "undefined")}\n");
        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(RatioComparison? other) =>
        other is not null && SampleA == other.SampleA && SampleB == other.SampleB && ConfidenceLevel.Equals(other.ConfidenceLevel);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RatioComparison);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SampleA, SampleB, ConfidenceLevel);

    /// <summary>Compares two comparisons by value.</summary>
    /// <param name="left">The first comparison, or null.</param>
    /// <param name="right">The second comparison, or null.</param>
    /// <returns><see langword="true"/> when both are null or were computed from equal inputs.</returns>
    public static bool operator ==(RatioComparison? left, RatioComparison? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two comparisons by value.</summary>
    /// <param name="left">The first comparison, or null.</param>
    /// <param name="right">The second comparison, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RatioComparison? left, RatioComparison? right) => !(left == right);
}
