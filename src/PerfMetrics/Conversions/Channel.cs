using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics;

/// <summary>A named marketing channel, such as <c>google ads</c>, <c>email</c> or <c>direct</c>.</summary>
/// <remarks>
/// The name is trimmed of surrounding white space and must not be empty; names compare ordinally (case-sensitive),
/// so <c>Email</c> and <c>email</c> are different channels. <c>default(Channel)</c> has the empty name and is rejected
/// wherever a channel is required. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct Channel : IEquatable<Channel>, IComparable<Channel>, IComparable, IComparisonOperators<Channel, Channel, bool>, ISpanParsable<Channel>
{
    private readonly string? _name;

    /// <summary>Initializes a channel from its name.</summary>
    /// <param name="name">The name; surrounding white space is removed; must not be empty or white space.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public Channel(string name)
    {
        Guard.NotNull(name);
        var trimmed = name.Trim();
        if (trimmed.Length == 0)
        {
            Guard.ThrowArgument(nameof(name), $"name must not be empty or white space, was {Guard.Format(name)}.");
        }

        _name = trimmed;
    }

    /// <summary>Gets the trimmed name; the empty string for <c>default(Channel)</c>.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets a value indicating whether this is <c>default(Channel)</c>, which names no channel.</summary>
    public bool IsDefault => _name is null;

    /// <summary>Returns the name.</summary>
    /// <returns>The trimmed name.</returns>
    public override string ToString() => Name;

    /// <summary>Parses a channel name (trimmed).</summary>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored: names do not depend on culture.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is empty or white space.</exception>
    public static Channel Parse(string s, IFormatProvider? provider = null)
    {
        Guard.NotNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses a channel name (trimmed).</summary>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is empty or white space.</exception>
    public static Channel Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out var channel)
            ? channel
            : throw new FormatException($"s must be a non-empty channel name, was \"{s.ToString()}\".");

    /// <summary>Tries to parse a channel name; never throws.</summary>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The channel, or <c>default(Channel)</c> on failure.</param>
    /// <returns><see langword="true"/> when the trimmed name is not empty.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Channel result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse a channel name; never throws.</summary>
    /// <param name="s">The name.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The channel, or <c>default(Channel)</c> on failure.</param>
    /// <returns><see langword="true"/> when the trimmed name is not empty.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Channel result)
    {
        var trimmed = s.Trim();
        result = trimmed.IsEmpty ? default : new Channel(trimmed.ToString());
        return !trimmed.IsEmpty;
    }

    /// <inheritdoc/>
    public bool Equals(Channel other) => string.Equals(_name, other._name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Channel other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);

    /// <summary>Orders channels ordinally by name; <c>default(Channel)</c> sorts first.</summary>
    /// <param name="other">The other channel.</param>
    /// <returns>The ordinal order of the names.</returns>
    public int CompareTo(Channel other) => string.CompareOrdinal(_name, other._name);

    /// <summary>Orders with a boxed <see cref="Channel"/>; null sorts first.</summary>
    /// <param name="obj">A <see cref="Channel"/> or null.</param>
    /// <returns>The order.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Channel"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Channel other => CompareTo(other),
        _ => throw new ArgumentException($"obj must be a Channel, was {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Compares two channels for equality.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when the names are ordinally equal.</returns>
    public static bool operator ==(Channel left, Channel right) => left.Equals(right);

    /// <summary>Compares two channels for inequality.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when the names differ.</returns>
    public static bool operator !=(Channel left, Channel right) => !left.Equals(right);

    /// <summary>Ordinal order of names.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first.</returns>
    public static bool operator <(Channel left, Channel right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order of names.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last.</returns>
    public static bool operator >(Channel left, Channel right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order of names.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(Channel left, Channel right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order of names.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(Channel left, Channel right) => left.CompareTo(right) >= 0;

    /// <summary>Throws when <paramref name="channel"/> is <c>default(Channel)</c>.</summary>
    internal static Channel Required(Channel channel, string? paramName)
    {
        if (channel.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must name a channel, was default(Channel).");
        }

        return channel;
    }
}
