using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Experiments;

/// <summary>The users of one group (arm) of an experiment and how many of them converted (or clicked: any yes/no outcome).</summary>
/// <remarks>
/// Validated once: both counts non-negative and the conversions at most the users (a user converts or not; count
/// conversions as converting users, not orders). <see cref="Rate"/> is conversions / users, null for an empty group.
/// <c>default(GroupCounts)</c> is an empty group (0 users, 0 conversions). Equality compares both counts. Immutable
/// and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct GroupCounts : IEquatable<GroupCounts>, System.Numerics.IEqualityOperators<GroupCounts, GroupCounts, bool>
{
    /// <summary>Creates the counts of one group.</summary>
    /// <param name="users">The users in the group (exposed to the variant, or held out), non-negative.</param>
    /// <param name="conversions">The users who converted, between 0 and <paramref name="users"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="conversions"/> exceeds <paramref name="users"/>.</exception>
    public GroupCounts(long users, long conversions)
    {
        Guard.NonNegative(users);
        Guard.NonNegative(conversions);
        Guard.PartOfWhole(conversions, users, nameof(conversions), nameof(users), "a user converts or not; count converting users");
        if (users == 0 && conversions > 0)
        {
            Guard.ThrowOutOfRange(nameof(conversions), conversions, "must be at most users (0): a group without users has no conversions");
        }

        Users = users;
        Conversions = conversions;
    }

    /// <summary>Gets the users in the group.</summary>
    public long Users { get; }

    /// <summary>Gets the users who converted.</summary>
    public long Conversions { get; }

    /// <summary>Gets the conversion rate, conversions / users, a fraction; null when the group has no users.</summary>
    public double? Rate => Users == 0 ? null : (double)Conversions / Users;

    /// <summary>Returns invariant text such as <c>120 of 10000 converted (1.2%)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Conversions} of {Users} converted ({(Rate is { } r ? ExperimentGuard.Show(r * 100d, "0.###") + "%" : "no users")})");

    /// <inheritdoc/>
    public bool Equals(GroupCounts other) => Users == other.Users && Conversions == other.Conversions;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GroupCounts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Users, Conversions);

    /// <summary>Compares two groups' counts for equality.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when users and conversions are equal.</returns>
    public static bool operator ==(GroupCounts left, GroupCounts right) => left.Equals(right);

    /// <summary>Compares two groups' counts for inequality.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GroupCounts left, GroupCounts right) => !left.Equals(right);
}
