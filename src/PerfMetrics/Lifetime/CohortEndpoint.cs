using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>
/// What is known of a cohort when only its start and its present are recorded: the customers acquired, the periods
/// since, and how many still pay (the input of <see cref="ShiftedBetaGeometric.Fit(IReadOnlyList{CohortEndpoint}, PeriodUnit)"/>).
/// </summary>
/// <remarks><c>default(CohortEndpoint)</c> is an empty cohort, refused by the fit. Equality compares every field. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CohortEndpoint : IEquatable<CohortEndpoint>, IEqualityOperators<CohortEndpoint, CohortEndpoint, bool>
{
    /// <summary>Initializes an endpoint.</summary>
    /// <param name="size">The customers acquired, at least 1.</param>
    /// <param name="periods">The renewal periods since acquisition, at least 1.</param>
    /// <param name="survivors">The customers still paying after <paramref name="periods"/> renewals, 0 to <paramref name="size"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> or <paramref name="periods"/> is below 1, or <paramref name="survivors"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="survivors"/> exceeds <paramref name="size"/> (survivors never rise).</exception>
    public CohortEndpoint(long size, int periods, long survivors)
    {
        if (size < 1)
        {
            Guard.ThrowOutOfRange(nameof(size), size, "must be at least 1; the cohort is empty");
        }

        Guard.Positive(periods, nameof(periods));
        Guard.NonNegative(survivors, nameof(survivors));
        if (survivors > size)
        {
            Guard.ThrowArgument(nameof(survivors), string.Create(CultureInfo.InvariantCulture, $"survivors must not exceed size ({size}): survivors never rise, was {survivors}."));
        }

        Size = size;
        Periods = periods;
        Survivors = survivors;
    }

    /// <summary>Gets the customers acquired.</summary>
    public long Size { get; }

    /// <summary>Gets the renewal periods since acquisition.</summary>
    public int Periods { get; }

    /// <summary>Gets the customers still paying.</summary>
    public long Survivors { get; }

    /// <summary>Returns invariant text such as <c>4391 of 10000 after 4 periods</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Survivors} of {Size} after {Periods} periods");

    /// <inheritdoc/>
    public bool Equals(CohortEndpoint other) => Size == other.Size && Periods == other.Periods && Survivors == other.Survivors;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CohortEndpoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Size, Periods, Survivors);

    /// <summary>Compares two endpoints for equality.</summary>
    /// <param name="left">The first endpoint.</param>
    /// <param name="right">The second endpoint.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public static bool operator ==(CohortEndpoint left, CohortEndpoint right) => left.Equals(right);

    /// <summary>Compares two endpoints for inequality.</summary>
    /// <param name="left">The first endpoint.</param>
    /// <param name="right">The second endpoint.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CohortEndpoint left, CohortEndpoint right) => !left.Equals(right);
}
