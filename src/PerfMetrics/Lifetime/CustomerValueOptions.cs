using System.Globalization;
using PerfMetrics.Experiments;

namespace PerfMetrics.Lifetime;

/// <summary>What <see cref="CustomerValueTable"/> adds to the plain table: confidence intervals, at which level.</summary>
/// <remarks>
/// Intervals are off by default so the plain table stays fast (they cost about nine model evaluations per distinct
/// history instead of one). Immutable and thread-safe.
/// </remarks>
public sealed class CustomerValueOptions
{
    /// <summary>Initializes the options.</summary>
    /// <param name="intervals">Whether to compute delta-method intervals on P(alive), expected purchases and CLV; false by default.</param>
    /// <param name="confidenceLevel">The two-sided confidence level of the intervals, a fraction strictly between 0 and 1; 0.95 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    public CustomerValueOptions(bool intervals = false, double confidenceLevel = 0.95)
    {
        Intervals = intervals;
        ConfidenceLevel = ExperimentGuard.OpenUnit(confidenceLevel);
    }

    /// <summary>Gets the default options: no intervals (level 0.95 when asked for).</summary>
    public static CustomerValueOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether the table carries confidence intervals.</summary>
    public bool Intervals { get; }

    /// <summary>Gets the two-sided confidence level of the intervals (0.95 for 95%).</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Returns the options as invariant text, for example <c>intervals at 95%</c> or <c>no intervals</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Intervals ? string.Create(CultureInfo.InvariantCulture, $"intervals at {ConfidenceLevel * 100d:0.##}%") : "no intervals";
}
