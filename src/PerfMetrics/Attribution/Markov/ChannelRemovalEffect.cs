using System.Diagnostics;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>One channel's removal effects in a fitted <see cref="MarkovModel"/>: on the conversion probability and on the expected value.</summary>
/// <remarks>
/// <c>default(ChannelRemovalEffect)</c> has <c>default(Channel)</c> and both effects null; models never contain it.
/// Equality compares all three members exactly. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{Channel}: {Conversions}, value {Value}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct ChannelRemovalEffect : IEquatable<ChannelRemovalEffect>, IEqualityOperators<ChannelRemovalEffect, ChannelRemovalEffect, bool>
{
    private readonly Channel _channel;
    private readonly double? _conversions;
    private readonly double? _value;

    internal ChannelRemovalEffect(Channel channel, double? conversions, double? value)
    {
        _channel = channel;
        _conversions = conversions;
        _value = value;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel => _channel;

    /// <summary>
    /// Gets the conversion removal effect, <c>1 - P(conversion without the channel) / P(conversion)</c>, 0 to 1; null
    /// when P(conversion) is 0 or undefined.
    /// </summary>
    public double? Conversions => _conversions;

    /// <summary>
    /// Gets the value removal effect, <c>1 - E(value without the channel) / E(value)</c> in the value-weighted chain, 0 to
    /// 1; null when P(conversion) is 0 or undefined or no converting path has value.
    /// </summary>
    public double? Value => _value;

    /// <inheritdoc/>
    public bool Equals(ChannelRemovalEffect other) =>
        _channel == other._channel && Nullable.Equals(_conversions, other._conversions) && Nullable.Equals(_value, other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChannelRemovalEffect other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_channel, _conversions, _value);

    /// <summary>Compares two removal effects for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public static bool operator ==(ChannelRemovalEffect left, ChannelRemovalEffect right) => left.Equals(right);

    /// <summary>Compares two removal effects for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ChannelRemovalEffect left, ChannelRemovalEffect right) => !left.Equals(right);
}
