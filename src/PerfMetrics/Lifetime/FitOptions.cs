using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>Immutable options of the maximum-likelihood fits of <see cref="BgNbd"/> and <see cref="GammaGamma"/>: how many threads may evaluate the likelihood.</summary>
/// <remarks>
/// The result never depends on these options: the likelihood is summed over fixed chunks of rows whose partial sums are
/// combined in chunk order, so every degree of parallelism gives the same doubles, bit for bit. Only the wall-clock time
/// changes. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class FitOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="maxDegreeOfParallelism">The most threads evaluating the likelihood at once: -1 (default) lets the runtime decide, 1 evaluates on the calling thread.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    public FitOptions(int maxDegreeOfParallelism = -1)
    {
        MaxDegreeOfParallelism = Guard.DegreeOfParallelism(maxDegreeOfParallelism);
    }

    /// <summary>Gets the default options: the runtime chooses the number of threads.</summary>
    public static FitOptions Default { get; } = new();

    /// <summary>Gets the most threads evaluating the likelihood at once; -1 means no limit.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Returns invariant text such as <c>max degree of parallelism 2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        MaxDegreeOfParallelism == -1
            ? "max degree of parallelism unlimited"
            : string.Create(CultureInfo.InvariantCulture, $"max degree of parallelism {MaxDegreeOfParallelism}");
}
