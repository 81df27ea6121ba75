using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Experiments;

/// <summary>The users a test of two rates needs (<see cref="PowerAnalysis.SampleSize(double, double, double, double, double)"/>), and how long it runs at a given traffic.</summary>
/// <remarks>
/// <see cref="FirstGroup"/> and <see cref="SecondGroup"/> are the exact solutions (R's <c>n</c> for an equal split);
/// the whole users to recruit round each up. <c>default(SampleSizePlan)</c> is an empty plan (zeros). Equality compares
/// every value. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct SampleSizePlan : IEquatable<SampleSizePlan>, System.Numerics.IEqualityOperators<SampleSizePlan, SampleSizePlan, bool>
{
    internal SampleSizePlan(double firstGroup, double secondGroup, double firstRate, double secondRate, double power, double significanceLevel)
    {
        FirstGroup = firstGroup;
        SecondGroup = secondGroup;
        FirstRate = firstRate;
        SecondRate = secondRate;
        Power = power;
        SignificanceLevel = significanceLevel;
    }

    /// <summary>Gets the exact users needed in group 1 (fractional; R's <c>n</c> for an equal split).</summary>
    public double FirstGroup { get; }

    /// <summary>Gets the exact users needed in group 2 (fractional).</summary>
    public double SecondGroup { get; }

    /// <summary>Gets the whole users to recruit in group 1: <see cref="FirstGroup"/> rounded up.</summary>
    public long FirstGroupUsers => (long)Math.Ceiling(FirstGroup);

    /// <summary>Gets the whole users to recruit in group 2: <see cref="SecondGroup"/> rounded up.</summary>
    public long SecondGroupUsers => (long)Math.Ceiling(SecondGroup);

    /// <summary>Gets the whole users to recruit in both groups.</summary>
    public long TotalUsers => FirstGroupUsers + SecondGroupUsers;

    /// <summary>Gets the rate of group 1 the plan was made for.</summary>
    public double FirstRate { get; }

    /// <summary>Gets the rate of group 2 the plan detects.</summary>
    public double SecondRate { get; }

    /// <summary>Gets the power the plan reaches.</summary>
    public double Power { get; }

    /// <summary>Gets the two-sided significance level.</summary>
    public double SignificanceLevel { get; }

    /// <summary>Returns the whole days the test must run to recruit <see cref="TotalUsers"/> at a daily traffic.</summary>
    /// <param name="eligibleUsersPerDay">The users entering the test per day (both groups together), positive.</param>
    /// <returns><c>ceiling(TotalUsers / eligibleUsersPerDay)</c>, at least 1. Run whole weeks in practice: weekdays convert differently.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="eligibleUsersPerDay"/> is not a finite positive number.</exception>
    /// <exception cref="OverflowException">The days do not fit an <see cref="int"/>.</exception>
    public int Days(double eligibleUsersPerDay)
    {
        Guard.PositiveFinite(eligibleUsersPerDay);
        return Math.Max(1, checked((int)Math.Ceiling(TotalUsers / eligibleUsersPerDay)));
    }

    /// <summary>Returns invariant text such as <c>76.71 + 76.71 users (77 + 77 to recruit) to detect 0.5 vs 0.75 with power 0.9 at alpha 0.05</c>.</summary>
    /// <returns>The text; exact sizes to 4 significant digits (display precision).</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{ExperimentGuard.Show(FirstGroup)} + {ExperimentGuard.Show(SecondGroup)} users ({FirstGroupUsers} + {SecondGroupUsers} to recruit) to detect {ExperimentGuard.Show(FirstRate)} vs {ExperimentGuard.Show(SecondRate)} with power {ExperimentGuard.Show(Power)} at alpha {ExperimentGuard.Show(SignificanceLevel)}");

    /// <inheritdoc/>
    public bool Equals(SampleSizePlan other) =>
        FirstGroup.Equals(other.FirstGroup) && SecondGroup.Equals(other.SecondGroup) && FirstRate.Equals(other.FirstRate)
        && SecondRate.Equals(other.SecondRate) && Power.Equals(other.Power) && SignificanceLevel.Equals(other.SignificanceLevel);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SampleSizePlan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FirstGroup, SecondGroup, FirstRate, SecondRate, Power, SignificanceLevel);

    /// <summary>Compares two plans for equality.</summary>
    /// <param name="left">The first plan.</param>
    /// <param name="right">The second plan.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public static bool operator ==(SampleSizePlan left, SampleSizePlan right) => left.Equals(right);

    /// <summary>Compares two plans for inequality.</summary>
    /// <param name="left">The first plan.</param>
    /// <param name="right">The second plan.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SampleSizePlan left, SampleSizePlan right) => !left.Equals(right);
}
