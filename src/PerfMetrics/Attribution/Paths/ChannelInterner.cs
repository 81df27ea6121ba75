using System.Runtime.CompilerServices;

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

    // A small open-addressing cache in front of the dictionary: a cheap hash of the span, then an ordinal compare.
    // Readers look up every touch of every row, and there are few distinct names, so this is the hot path.
    private int[] _slots = new int[64]; // 0 = empty, otherwise id + 1

    internal ChannelInterner()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal int Count => _channels.Count;

    internal Channel this[int id] => _channels[id];

    /// <summary>Returns the id of a trimmed, non-empty name, adding it when new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int GetOrAdd(ReadOnlySpan<char> trimmedName)
    {
        var mask = _slots.Length - 1;
        var slot = CheapHash(trimmedName) & mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                break;
            }

            if (SameName(trimmedName, _channels[entry - 1].Name))
            {
                return entry - 1;
            }

            slot = (slot + 1) & mask;
        }

        if (!_lookup.TryGetValue(trimmedName, out var id))
        {
            id = Add(new Channel(trimmedName.ToString()));
            if (mask != _slots.Length - 1)
            {
                // The cache grew and was cleared; find the new home of this name.
                mask = _slots.Length - 1;
                slot = CheapHash(trimmedName) & mask;
            }
        }

        _slots[slot] = id + 1;
        return id;
    }

    /// <summary>Returns the id of a channel (not default), adding it when new.</summary>
    internal int GetOrAdd(Channel channel) =>
        _ids.TryGetValue(channel.Name, out var id) ? id : Add(channel);

    internal bool TryGetId(Channel channel, out int id) => _ids.TryGetValue(channel.Name, out id);

    internal Channel[] ToArray() => [.. _channels];

    /// <summary>Ordinal equality; a plain loop beats the vectorised helper's setup for the short names channels have.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool SameName(ReadOnlySpan<char> span, string name)
    {
        if (span.Length != name.Length)
        {
            return false;
        }

        if (span.Length > 16)
        {
            return span.SequenceEqual(name);
        }

        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] != name[i])
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int CheapHash(ReadOnlySpan<char> name)
    {
        unchecked
        {
            var h = (uint)name.Length * 0x9E3779B1u;
            foreach (var c in name)
            {
                h = (h ^ c) * 16777619u;
            }

            return (int)((h ^ (h >> 15)) & 0x7FFFFFFF);
        }
    }

    private int Add(Channel channel)
    {
        var id = _channels.Count;
        _ids.Add(channel.Name, id);
        _channels.Add(channel);
        if ((long)_channels.Count * 2 > _slots.Length)
        {
            // Rebuild the cache at double size; lookups re-fill it lazily.
            _slots = new int[checked(_slots.Length * 2)];
        }
        return id;
    }
}
