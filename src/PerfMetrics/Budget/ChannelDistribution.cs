using System.Diagnostics;

namespace PerfMetrics.Budget;

/// <summary>One channel of an <see cref="AllocationDistribution"/>: percentiles of its allocated spend and of its response over the draws.</summary>
/// <remarks>
/// The lists follow <see cref="AllocationDistribution.Percentiles"/>; amounts are not rounded (an interpolated percentile
/// may fall between minor units). <c>default(ChannelDistribution)</c> has <c>default(Channel)</c> and empty lists.
/// Equality compares the channel and every value. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{Channel}")]
public readonly struct ChannelDistribution : IEquatable<ChannelDistribution>
{
    private readonly Money[]? _spend;
    private readonly Money[]? _response;

    internal ChannelDistribution(Channel channel, Money[] spend, Money[] response)
    {
        Channel = channel;
        _spend = spend;
        _response = response;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the percentiles of the allocated spend, one per level.</summary>
    public IReadOnlyList<Money> Spend => _spend ?? [];

    /// <summary>Gets the percentiles of the response at the allocated spend, one per level (each percentile taken on its own, so they need not belong to the same draw as the spend's).</summary>
    public IReadOnlyList<Money> Response => _response ?? [];

    /// <inheritdoc/>
    public bool Equals(ChannelDistribution other) =>
        Channel == other.Channel && Spend.SequenceEqual(other.Spend) && Response.SequenceEqual(other.Response);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChannelDistribution other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Channel, Spend.Count);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(ChannelDistribution left, ChannelDistribution right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ChannelDistribution left, ChannelDistribution right) => !left.Equals(right);
}
