using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Budget;

/// <summary>Immutable options of <see cref="BudgetAllocator"/>: the spend grid for S-shaped curves and the threads for parameter draws.</summary>
/// <remarks>
/// Results never depend on the degree of parallelism: every draw is allocated on its own and stored at its index, so
/// every value gives the same result, bit for bit. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class AllocationOptions
{
    /// <summary>The most grid steps allowed: the dynamic programme keeps one choice per channel and step.</summary>
    public const int MaxGridSteps = 100_000;

    /// <summary>Creates options.</summary>
    /// <param name="gridSteps">
    /// How many equal steps the budget above the channels' minimums is cut into when any curve is S-shaped (default 1,000):
    /// the step is (budget - sum of minimums) / gridSteps. Between 1 and <see cref="MaxGridSteps"/>.
    /// </param>
    /// <param name="maxDegreeOfParallelism">The most threads allocating parameter draws at once: -1 (default) lets the runtime decide, 1 runs on the calling thread.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public AllocationOptions(int gridSteps = 1_000, int maxDegreeOfParallelism = -1)
    {
        if (gridSteps is < 1 or > MaxGridSteps)
        {
            Guard.ThrowOutOfRange(nameof(gridSteps), gridSteps, string.Create(CultureInfo.InvariantCulture, $"must be between 1 and {MaxGridSteps}"));
        }

        if (maxDegreeOfParallelism is 0 or < -1)
        {
            Guard.ThrowOutOfRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "must be -1 (no limit) or positive");
        }

        GridSteps = gridSteps;
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>Gets the default options: 1,000 grid steps, the runtime chooses the threads.</summary>
    public static AllocationOptions Default { get; } = new();

    /// <summary>Gets the number of grid steps for S-shaped curves.</summary>
    public int GridSteps { get; }

    /// <summary>Gets the most threads allocating draws at once; -1 means no limit.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Returns invariant text such as <c>1000 grid steps, max degree of parallelism unlimited</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{GridSteps} grid steps, max degree of parallelism {(MaxDegreeOfParallelism == -1 ? "unlimited" : MaxDegreeOfParallelism.ToString(CultureInfo.InvariantCulture))}");
}
