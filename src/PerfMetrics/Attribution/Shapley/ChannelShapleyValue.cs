using System.Diagnostics;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>One channel's raw conversion-probability Shapley value in a fitted <see cref="ShapleyModel"/>.</summary>
/// <remarks>
/// <c>default(ChannelShapleyValue)</c> has <c>default(Channel)</c> and value 0; models never contain it. Equality
/// compares both members exactly. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{Channel}: {Value}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct ChannelShapleyValue : IEquatable<ChannelShapleyValue>, IEqualityOperators<ChannelShapleyValue, ChannelShapleyValue, bool>
{
    private readonly Channel _channel;
    private readonly double _value;

    internal ChannelShapleyValue(Channel channel, double value)
    {
        _channel = channel;
        _value = value;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel => _channel;

    /// <summary>Gets the Shapley value: the channel's average marginal change of the conversion rate, -1 to 1; may be negative.</summary>
    public double Value => _value;

    /// <inheritdoc/>
    public bool Equals(ChannelShapleyValue other) => _channel == other._channel && _value.Equals(other._value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChannelShapleyValue other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_channel, _value);

    /// <summary>Compares two Shapley values for equality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when channel and value are equal.</returns>
    public static bool operator ==(ChannelShapleyValue left, ChannelShapleyValue right) => left.Equals(right);

    /// <summary>Compares two Shapley values for inequality.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ChannelShapleyValue left, ChannelShapleyValue right) => !left.Equals(right);
}
