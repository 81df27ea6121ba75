using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Experiments;

/// <summary>
/// One variant's ratio metric from per-unit sums: for each unit (a user or a day), the numerator and the denominator of
/// the metric (cost and acquisitions for CPA, revenue and cost for ROAS, revenue and orders for AOV, revenue and 1 for
/// revenue per user).
/// </summary>
/// <remarks>
/// <para>
/// The ratio is <c>R = sum x / sum y</c>. Its standard error by the delta method (Deng, Knoblich and Lu 2018, section
/// 2; the first-order Taylor expansion of <c>xbar / ybar</c>), with sample variances and covariance over the n units
/// (divisor n - 1): <c>Var(R) = (s_xx / ybar^2 - 2 xbar s_xy / ybar^3 + xbar^2 s_yy / ybar^4) / n</c>. Units must be the
/// randomisation units (users in a user-split test) or independent periods (days): the delta method treats them as
/// independent draws; per-event rows of a user-split test would understate the variance.
/// </para>
/// <para>
/// Sums use compensated (Neumaier) summation. Equality compares the summary statistics (count, sums, second moments),
/// not the order of the units. Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class RatioSample : IEquatable<RatioSample>, System.Numerics.IEqualityOperators<RatioSample, RatioSample, bool>
{
    /// <summary>Summarises the per-unit numerators and denominators of one variant.</summary>
    /// <param name="numerators">Each unit's numerator (for CPA the cost), finite.</param>
    /// <param name="denominators">Each unit's denominator (for CPA the acquisitions), finite and non-negative, as many as the numerators, with a positive sum.</param>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, hold fewer than 2 units, or the denominators sum to zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN or infinite, or a denominator is negative (the message names the index).</exception>
    public RatioSample(IReadOnlyList<double> numerators, IReadOnlyList<double> denominators)
    {
        Guard.NotNull(numerators);
        Guard.NotNull(denominators);
        if (numerators.Count != denominators.Count)
        {
            Guard.ThrowArgument(nameof(denominators), string.Create(CultureInfo.InvariantCulture, $"denominators must have one value per unit, as many as numerators ({numerators.Count}), had {denominators.Count}."));
        }

        if (numerators.Count < 2)
        {
            Guard.ThrowArgument(nameof(numerators), string.Create(CultureInfo.InvariantCulture, $"numerators must hold at least 2 units for a variance, had {numerators.Count}."));
        }

        var n = numerators.Count;
        CompensatedSum sx = default, sy = default;
        for (var i = 0; i < n; i++)
        {
            var x = numerators[i];
            var y = denominators[i];
            if (!double.IsFinite(x))
            {
                Guard.ThrowOutOfRange(nameof(numerators), x, string.Create(CultureInfo.InvariantCulture, $"must hold finite numbers (index {i})"));
            }

            if (!(y >= 0d) || double.IsPositiveInfinity(y))
            {
                Guard.ThrowOutOfRange(nameof(denominators), y, string.Create(CultureInfo.InvariantCulture, $"must hold finite non-negative numbers (index {i})"));
            }

            sx.Add(x);
            sy.Add(y);
        }

        if (!(sy.Value > 0d))
        {
            Guard.ThrowArgument(nameof(denominators), "denominators must have a positive sum (a ratio over nothing is undefined), had 0.");
        }

        var meanX = sx.Value / n;
        var meanY = sy.Value / n;
        CompensatedSum sxx = default, syy = default, sxy = default;
        for (var i = 0; i < n; i++)
        {
            var dx = numerators[i] - meanX;
            var dy = denominators[i] - meanY;
            sxx.Add(dx * dx);
            syy.Add(dy * dy);
            sxy.Add(dx * dy);
        }

        Units = n;
        NumeratorSum = sx.Value;
        DenominatorSum = sy.Value;
        var vx = sxx.Value / (n - 1);
        var vy = syy.Value / (n - 1);
        var cxy = sxy.Value / (n - 1);
        Ratio = NumeratorSum / DenominatorSum;
        var variance = ((vx / (meanY * meanY)) - (2d * meanX * cxy / (meanY * meanY * meanY)) + (meanX * meanX * vy / (meanY * meanY * meanY * meanY))) / n;
        StandardError = Math.Sqrt(Math.Max(0d, variance));
        _moments = (vx, vy, cxy);
    }

    private readonly (double Vx, double Vy, double Cxy) _moments;

    /// <summary>Gets the number of units.</summary>
    public int Units { get; }

    /// <summary>Gets the sum of the numerators.</summary>
    public double NumeratorSum { get; }

    /// <summary>Gets the sum of the denominators (positive).</summary>
    public double DenominatorSum { get; }

    /// <summary>Gets the ratio, numerator sum / denominator sum.</summary>
    public double Ratio { get; }

    /// <summary>Gets the delta-method standard error of the ratio.</summary>
    public double StandardError { get; }

    /// <summary>Returns the ratio with its delta-method (normal) interval, <c>R -/+ z SE</c>.</summary>
    /// <param name="confidenceLevel">The level, strictly between 0 and 1.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    public Estimate Estimate(double confidenceLevel)
    {
        ExperimentGuard.OpenUnit(confidenceLevel);
        var z = Proportions.TwoSidedZ(confidenceLevel);
        return new Estimate(Ratio, Ratio - (z * StandardError), Ratio + (z * StandardError), confidenceLevel);
    }

    /// <summary>Returns invariant text such as <c>ratio 25.3 (se 1.2) over 14 units</c>.</summary>
    /// <returns>The text, numbers to 4 significant digits (display precision).</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"ratio {ExperimentGuard.Show(Ratio)} (se {ExperimentGuard.Show(StandardError)}) over {Units} units");

    /// <inheritdoc/>
    public bool Equals(RatioSample? other) =>
        other is not null && Units == other.Units && NumeratorSum.Equals(other.NumeratorSum) && DenominatorSum.Equals(other.DenominatorSum)
        && _moments.Equals(other._moments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RatioSample);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Units, NumeratorSum, DenominatorSum, _moments);

    /// <summary>Compares two samples by value.</summary>
    /// <param name="left">The first sample, or null.</param>
    /// <param name="right">The second sample, or null.</param>
    /// <returns><see langword="true"/> when both are null or their summaries are equal.</returns>
    public static bool operator ==(RatioSample? left, RatioSample? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two samples by value.</summary>
    /// <param name="left">The first sample, or null.</param>
    /// <param name="right">The second sample, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RatioSample? left, RatioSample? right) => !(left == right);
}
