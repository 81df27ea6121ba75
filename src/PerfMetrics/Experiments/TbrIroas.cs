using System.Diagnostics;
using System.Globalization;

namespace PerfMetrics.Experiments;

/// <summary>The incremental return on ad spend of a geo experiment for a fixed incremental cost (<see cref="TbrResult.Iroas(decimal)"/>).</summary>
/// <remarks>
/// iROAS = cumulative effect / incremental cost; the interval and the bound are the effect's divided by the cost.
/// <c>default(TbrIroas)</c> is all zeros. Equality compares every value. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct TbrIroas : IEquatable<TbrIroas>, System.Numerics.IEqualityOperators<TbrIroas, TbrIroas, bool>
{
    internal TbrIroas(decimal incrementalCost, Estimate estimate, double lowerBound, double probabilityPositive)
    {
        IncrementalCost = incrementalCost;
        Estimate = estimate;
        LowerBound = lowerBound;
        ProbabilityPositive = probabilityPositive;
    }

    /// <summary>Gets the incremental cost the effect is divided by.</summary>
    public decimal IncrementalCost { get; }

    /// <summary>Gets the iROAS with its two-sided interval (2.9 means 2.90 of incremental response per 1.00 of incremental cost).</summary>
    public Estimate Estimate { get; }

    /// <summary>Gets the one-sided lower bound at the confidence level: the iROAS is at least this with that confidence.</summary>
    public double LowerBound { get; }

    /// <summary>Gets the probability that the true effect is positive (the Student-t distribution of the cumulative effect above 0).</summary>
    public double ProbabilityPositive { get; }

    /// <summary>Returns invariant text such as <c>iROAS 2.94674 [2.78, 3.11] (90%), at least 2.82619 (one-sided), P(effect &gt; 0) = 1</c>.</summary>
    /// <returns>The text, numbers to 4 significant digits (display precision).</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"iROAS {Estimate}, at least {ExperimentGuard.Show(LowerBound)} (one-sided), P(effect > 0) = {ExperimentGuard.Show(ProbabilityPositive, "G4")}");

    /// <inheritdoc/>
    public bool Equals(TbrIroas other) =>
        IncrementalCost == other.IncrementalCost && Estimate == other.Estimate && LowerBound.Equals(other.LowerBound) && ProbabilityPositive.Equals(other.ProbabilityPositive);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TbrIroas other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IncrementalCost, Estimate, LowerBound, ProbabilityPositive);

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public static bool operator ==(TbrIroas left, TbrIroas right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TbrIroas left, TbrIroas right) => !left.Equals(right);
}
