using System.Diagnostics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;
using PerfMetrics.Metrics;

namespace PerfMetrics.Attribution;

/// <summary>One channel of a <see cref="ChannelReport"/>: spend, attributed conversions and revenue, CPA, ROAS and verdict.</summary>
/// <remarks>
/// Null means unknown or undefined: no spend record, no attribution for the channel, a zero denominator, or no unit
/// margin given. <c>default(ChannelReportRow)</c> has <c>default(Channel)</c> and every value null. Equality compares
/// every member. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{Channel}: spend {Spend}, {Conversions} conversions, revenue {Revenue}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct ChannelReportRow : IEquatable<ChannelReportRow>
{
    private readonly Channel _channel;
    private readonly Money? _spend;
    private readonly double? _conversions;
    private readonly Money? _revenue;
    private readonly Money? _cpa;
    private readonly decimal? _roas;
    private readonly ProfitVerdict? _verdict;

    internal ChannelReportRow(Channel channel, Money? spend, double? conversions, Money? revenue, Money? cpa, decimal? roas, ProfitVerdict? verdict)
    {
        _channel = channel;
        _spend = spend;
        _conversions = conversions;
        _revenue = revenue;
        _cpa = cpa;
        _roas = roas;
        _verdict = verdict;
    }

    /// <summary>Gets the channel; <c>default(Channel)</c> on the total row.</summary>
    public Channel Channel => _channel;

    /// <summary>Gets the channel's total spend; null when no spend was recorded for it.</summary>
    public Money? Spend => _spend;

    /// <summary>Gets the conversions attributed to the channel; null when it does not occur in the attributed paths.</summary>
    public double? Conversions => _conversions;

    /// <summary>Gets the conversion value attributed to the channel; null when it does not occur in the attributed paths.</summary>
    public Money? Revenue => _revenue;

    /// <summary>Gets the cost per acquisition, spend / attributed conversions, not rounded; null when either is unknown or no conversion was credited.</summary>
    public Money? Cpa => _cpa;

    /// <summary>Gets the return on ad spend, attributed revenue / spend; null when either is unknown or the spend is zero.</summary>
    public decimal? Roas => _roas;

    /// <summary>Gets the CPA-versus-margin verdict; null when the report has no unit margin, <see cref="ProfitVerdict.Undefined"/> when spend or credit is unknown or no conversion was credited.</summary>
    public ProfitVerdict? Verdict => _verdict;

    /// <inheritdoc/>
    public bool Equals(ChannelReportRow other) =>
        _channel == other._channel && Nullable.Equals(_spend, other._spend) && Nullable.Equals(_conversions, other._conversions)
        && Nullable.Equals(_revenue, other._revenue) && Nullable.Equals(_cpa, other._cpa) && Nullable.Equals(_roas, other._roas)
        && Nullable.Equals(_verdict, other._verdict);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChannelReportRow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_channel, _spend, _conversions, _revenue, _cpa, _roas, _verdict);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(ChannelReportRow left, ChannelReportRow right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ChannelReportRow left, ChannelReportRow right) => !left.Equals(right);
}
