using System.Diagnostics;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>The kind of a Markov state: START, a channel history, or one of the absorbing states.</summary>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public enum MarkovStateKind
{
    /// <summary>The start of every path.</summary>
    Start = 0,

    /// <summary>A transient state: the last k channels seen (fewer at the start of a path).</summary>
    Channels = 1,

    /// <summary>The absorbing state reached when a path converts.</summary>
    Conversion = 2,

    /// <summary>The absorbing state reached when a path ends without converting.</summary>
    Null = 3,
}

/// <summary>A state of a fitted Markov chain: START, CONVERSION, NULL, or the sequence of the last k channels seen.</summary>
/// <remarks>
/// <c>default(MarkovState)</c> is START. Equality compares the kind and the channel sequence. Text: <c>(start)</c>,
/// <c>(conversion)</c>, <c>(null)</c>, or the channels oldest first, such as <c>email &gt; search</c>. Immutable.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct MarkovState : IEquatable<MarkovState>, IEqualityOperators<MarkovState, MarkovState, bool>
{
    private readonly MarkovStateKind _kind;
    private readonly Channel[]? _channels;

    internal MarkovState(MarkovStateKind kind, Channel[]? channels)
    {
        _kind = kind;
        _channels = channels;
    }

    /// <summary>A state from stored fields: a channel state has 1 to <see cref="MarkovOptions.MaxOrder"/> channels, the others none.</summary>
    /// <exception cref="ArgumentException">The kind and the channels disagree, or the kind is not defined.</exception>
    internal static MarkovState Checked(MarkovStateKind kind, Channel[] channels)
    {
        var ok = kind switch
        {
            MarkovStateKind.Channels => channels.Length is >= 1 and <= MarkovOptions.MaxOrder,
            MarkovStateKind.Start or MarkovStateKind.Conversion or MarkovStateKind.Null => channels.Length == 0,
            _ => false,
        };
        if (!ok)
        {
            Guard.ThrowArgument(nameof(channels), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"channels must hold 1 to {MarkovOptions.MaxOrder} channels for a Channels state and none otherwise, was {channels.Length} for {kind}."));
        }

        return new MarkovState(kind, kind == MarkovStateKind.Channels ? channels : null);
    }

    /// <summary>Gets the kind of state.</summary>
    public MarkovStateKind Kind => _kind;

    /// <summary>Gets the channels of a <see cref="MarkovStateKind.Channels"/> state, oldest first; empty for the other kinds.</summary>
    public IReadOnlyList<Channel> Channels => _channels is null ? [] : Array.AsReadOnly(_channels);

    /// <summary>Returns <c>(start)</c>, <c>(conversion)</c>, <c>(null)</c> or the channels joined by <c> &gt; </c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        _kind switch
        {
            MarkovStateKind.Start => "(start)",
            MarkovStateKind.Conversion => "(conversion)",
            MarkovStateKind.Null => "(null)",
            MarkovStateKind.Channels => string.Join(" > ", _channels ?? []),
            _ => _kind.ToString(),
        };

    /// <inheritdoc/>
    public bool Equals(MarkovState other) =>
        _kind == other._kind && (_channels ?? []).AsSpan().SequenceEqual(other._channels ?? []);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MarkovState other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_kind);
        foreach (var channel in _channels ?? [])
        {
            hash.Add(channel);
        }

        return hash.ToHashCode();
    }

    /// <summary>Compares two states for equality.</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    /// <returns><see langword="true"/> when kind and channels are equal.</returns>
    public static bool operator ==(MarkovState left, MarkovState right) => left.Equals(right);

    /// <summary>Compares two states for inequality.</summary>
    /// <param name="left">The first state.</param>
    /// <param name="right">The second state.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MarkovState left, MarkovState right) => !left.Equals(right);
}
