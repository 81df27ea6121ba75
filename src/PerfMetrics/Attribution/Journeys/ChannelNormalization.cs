using System.Collections.Frozen;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>How <see cref="JourneyBuilder"/> turns the channel names of an export into channels: case folding and an alias map.</summary>
/// <remarks>
/// <para>
/// Surrounding white space is always removed (a <see cref="Channel"/>'s name is trimmed), then, when
/// <see cref="FoldCase"/> is set, the name is lower-cased (invariant culture), then an alias replaces it when the map has
/// one (keys are compared after the same trimming and folding; an alias's target is not aliased again).
/// </para>
/// <para>
/// <see cref="None"/> (the default) changes nothing: names that differ only by case (<c>SEARCH</c> and <c>search</c>) stay
/// two channels, and the build report warns about them. Immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class ChannelNormalization
{
    private readonly FrozenDictionary<string, Channel> _aliases;

    /// <summary>Creates a normalisation.</summary>
    /// <param name="foldCase"><see langword="true"/> lower-cases every name (invariant culture); <see langword="false"/> (default) keeps case.</param>
    /// <param name="aliases">Names to replace (key) and their replacement (value), or null for none; no key or value may be null, empty or white space, and no two keys may be equal after trimming and folding.</param>
    /// <exception cref="ArgumentException">A key or value of <paramref name="aliases"/> is null, empty or white space, or two keys are the same after normalisation.</exception>
    public ChannelNormalization(bool foldCase = false, IReadOnlyDictionary<string, string>? aliases = null)
    {
        FoldCase = foldCase;
        var map = new Dictionary<string, Channel>(StringComparer.Ordinal);
        if (aliases is not null)
        {
            foreach (var (key, value) in aliases)
            {
                if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(value))
                {
                    Guard.ThrowArgument(nameof(aliases), $"aliases must map channel names to channel names (not empty or white space), had {Guard.Format(key)} -> {Guard.Format(value)}.");
                }

                var from = Fold(key.Trim());
                if (!map.TryAdd(from, new Channel(Fold(value.Trim()))))
                {
                    Guard.ThrowArgument(nameof(aliases), $"aliases must not name one channel twice, had {Guard.Format(from)} twice after trimming{(foldCase ? " and case folding" : string.Empty)}.");
                }
            }
        }

        _aliases = map.ToFrozenDictionary(StringComparer.Ordinal);
        Aliases = _aliases.ToDictionary(p => p.Key, p => p.Value.Name, StringComparer.Ordinal).AsReadOnly();
    }

    /// <summary>Gets the normalisation that changes nothing (names are only trimmed, as every channel name is).</summary>
    public static ChannelNormalization None { get; } = new();

    /// <summary>Gets a value indicating whether names are lower-cased.</summary>
    public bool FoldCase { get; }

    /// <summary>Gets the alias map, keys and values as normalised (trimmed, and folded when <see cref="FoldCase"/> is set).</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; }

    /// <summary>Gets a value indicating whether this normalisation changes nothing.</summary>
    internal bool IsNone => !FoldCase && _aliases.Count == 0;

    /// <summary>Returns the channel a name of the export stands for.</summary>
    internal Channel Apply(Channel channel)
    {
        if (IsNone)
        {
            return channel;
        }

        var name = Fold(channel.Name);
        if (_aliases.TryGetValue(name, out var alias))
        {
            return alias;
        }

        return ReferenceEquals(name, channel.Name) || string.Equals(name, channel.Name, StringComparison.Ordinal) ? channel : new Channel(name);
    }

    private string Fold(string name) => FoldCase ? name.ToLowerInvariant() : name;
}
