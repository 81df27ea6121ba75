namespace PerfMetrics.Attribution;

/// <summary>
/// Maps channel names to small dense integer ids (0, 1, 2 ... in first-seen order), so a path is an <see cref="int"/>
/// sequence and a million rows share a handful of strings. Lookups by <see cref="ReadOnlySpan{T}"/> allocate nothing.
/// Not thread-safe; owned by one builder or reader.
/// </summary>
internal sealed class ChannelInterner
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<Channel> _channels = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal ChannelInterner()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal int Count => _channels.Count;

    internal Channel this[int id] => _channels[id];

    /// <summary>Returns the id of a trimmed, non-empty name, adding it when new.</summary>
    internal int GetOrAdd(ReadOnlySpan<char> trimmedName)
    {
        if (_lookup.TryGetValue(trimmedName, out var id))
        {
            return id;
        }

        return Add(new Channel(trimmedName.ToString()));
    }

    /// <summary>Returns the id of a channel (not default), adding it when new.</summary>
    internal int GetOrAdd(Channel channel) =>
        _ids.TryGetValue(channel.Name, out var id) ? id : Add(channel);

    internal bool TryGetId(Channel channel, out int id) => _ids.TryGetValue(channel.Name, out id);

    internal Channel[] ToArray() => [.. _channels];

    private int Add(Channel channel)
    {
        var id = _channels.Count;
        _ids.Add(channel.Name, id);
        _channels.Add(channel);
        return id;
    }
}
