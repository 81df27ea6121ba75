using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>The credit one channel earned under one attribution model: conversions, value and share of the conversions.</summary>
/// <remarks>
/// <c>default(ChannelCredit)</c> has <c>default(Channel)</c>, zero credit and no share; results never contain it.
/// Equality compares all four members exactly. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct ChannelCredit : IEquatable<ChannelCredit>
{
    private readonly Channel _channel;
    private readonly double _conversions;
    private readonly Money _value;
    private readonly double? _share;

    internal ChannelCredit(Channel channel, double conversions, Money value, double? share)
    {
        _channel = channel;
        _conversions = conversions;
        _value = value;
        _share = share;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel => _channel;

    /// <summary>Gets the conversions credited to the channel (fractional; all channels sum to the total conversions).</summary>
    public double Conversions => _conversions;

    /// <summary>Gets the conversion value credited, in whole minor units (all channels sum exactly to the rounded total value).</summary>
    public Money Value => _value;

    /// <summary>Gets the channel's share of the total conversions, 0 to 1; null when there are no conversions to share.</summary>
    public double? Share => _share;

    /// <summary>Returns invariant text, for example <c>email: 2.5 conversions (25.0 %), 81.37 USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{_channel}: {Metrics.Display.Count(_conversions)} conversions ({Metrics.Display.Percent(_share)}), {Metrics.Display.Money(_value)}");

    /// <inheritdoc/>
    public bool Equals(ChannelCredit other) =>
        _channel == other._channel && _conversions.Equals(other._conversions) && _value == other._value && Nullable.Equals(_share, other._share);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChannelCredit other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_channel, _conversions, _value, _share);

    /// <summary>Compares two credits for equality.</summary>
    /// <param name="left">The first credit.</param>
    /// <param name="right">The second credit.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public static bool operator ==(ChannelCredit left, ChannelCredit right) => left.Equals(right);

    /// <summary>Compares two credits for inequality.</summary>
    /// <param name="left">The first credit.</param>
    /// <param name="right">The second credit.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ChannelCredit left, ChannelCredit right) => !left.Equals(right);
}
