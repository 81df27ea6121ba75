using System.Collections;
using System.Diagnostics;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>
/// The per-channel records of an attribution result or fitted model, in ordinal order of channel names, looked up by
/// <see cref="Channel"/> or by name: the one lookup idiom of every attribution result.
/// </summary>
/// <typeparam name="T">The record: <see cref="ChannelCredit"/>, <see cref="ChannelReportRow"/>, <see cref="ChannelRemovalEffect"/> or <see cref="ChannelShapleyValue"/>.</typeparam>
/// <remarks>
/// Every channel occurs at most once. <see cref="Get(Channel)"/> and <see cref="Get(string)"/> return null for a channel
/// that is not in the list (never a made-up zero). Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var result = AttributionEngine.Attribute(table, AttributionModels.Linear);
/// Money? email = result.Channels.Get("email")?.Value;
/// </code>
/// </example>
[DebuggerDisplay("Count = {Count}")]
public sealed class ChannelList<T> : IReadOnlyList<T>
    where T : struct, IEquatable<T>
{
    private readonly T[] _items;
    private readonly Func<T, Channel> _channelOf;
    private Dictionary<string, int>? _index;

    internal ChannelList(T[] items, Func<T, Channel> channelOf)
    {
        _items = items;
        _channelOf = channelOf;
    }

    /// <summary>Gets the number of channels.</summary>
    public int Count => _items.Length;

    /// <summary>Gets the record at a position (ordinal order of channel names).</summary>
    /// <param name="index">The position, 0 to <see cref="Count"/> - 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0 to <see cref="Count"/> - 1.</exception>
    public T this[int index]
    {
        get
        {
            Guard.Index(index, _items.Length, "channels");
            return _items[index];
        }
    }

    /// <summary>Returns the record of a channel.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>Its record, or null when the channel is not in the list (always null for <c>default(Channel)</c>).</returns>
    public T? Get(Channel channel) => channel.IsDefault ? null : Find(channel.Name);

    /// <summary>Returns the record of the channel with a name.</summary>
    /// <param name="name">The channel's name; surrounding white space is ignored, as in <see cref="Channel(string)"/>.</param>
    /// <returns>Its record, or null when no channel of that name is in the list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public T? Get(string name)
    {
        Guard.NotNull(name);
        return Find(name.Trim());
    }

    /// <inheritdoc/>
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Gets the records (shared, never mutate).</summary>
    internal T[] Items => _items;

    internal bool SequenceEqual(ChannelList<T> other) => _items.AsSpan().SequenceEqual(other._items);

    internal int SequenceHash()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    private T? Find(string name)
    {
        // Built on first lookup (results made only to be rendered never pay for it); a race builds equal indexes.
        var index = _index;
        if (index is null)
        {
            index = new Dictionary<string, int>(_items.Length, StringComparer.Ordinal);
            for (var i = 0; i < _items.Length; i++)
            {
                index.Add(_channelOf(_items[i]).Name, i);
            }

            _index = index;
        }

        return index.TryGetValue(name, out var at) ? _items[at] : null;
    }
}
