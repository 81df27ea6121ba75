using System.Diagnostics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Attribution;

/// <summary>One channel of a <see cref="ChannelReport"/>: spend, attributed conversions and revenue, CPA, ROAS, and the verdict with the rule it was judged by.</summary>
/// <remarks>
/// Null means unknown or undefined: no spend record, no attribution for the channel, a zero denominator, or no verdict
/// rule given. <c>default(ChannelReportRow)</c> has <c>default(Channel)</c> and every value null. Equality compares
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
    private readonly Money? _spendOutsidePeriod;
    private readonly VerdictRule? _rule;
    private readonly CeilingVerdict? _ceilingVerdict;

    internal ChannelReportRow(
        Channel channel, Money? spend, double? conversions, Money? revenue, Money? cpa, decimal? roas, ProfitVerdict? verdict,
        Money? spendOutsidePeriod = null, VerdictRule? rule = null, CeilingVerdict? ceilingVerdict = null)
    {
        _spendOutsidePeriod = spendOutsidePeriod;
        _rule = rule;
        _ceilingVerdict = ceilingVerdict;
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

    /// <summary>
    /// Gets the channel's spend charged to the report: every record in full, or, for a report over a period
    /// (<see cref="ChannelReport.ForPeriod(AttributionResult, IEnumerable{PerfMetrics.Spend}, NodaTime.DateInterval, VerdictRule?)"/>),
    /// the pro-rata part of each record that falls inside the period (<see cref="PerfMetrics.Spend.ProRata(NodaTime.DateInterval)"/>);
    /// null when no spend was recorded for the channel.
    /// </summary>
    public Money? Spend => _spend;

    /// <summary>
    /// Gets the part of the channel's spend records that falls outside the report period and is not charged to it (zero when
    /// every record lies inside); null when the report has no period or no spend was recorded for the channel.
    /// </summary>
    public Money? SpendOutsidePeriod => _spendOutsidePeriod;

    /// <summary>Gets the conversions attributed to the channel; null when it does not occur in the attributed paths.</summary>
    public double? Conversions => _conversions;

    /// <summary>Gets the conversion value attributed to the channel; null when it does not occur in the attributed paths.</summary>
    public Money? Revenue => _revenue;

    /// <summary>Gets the cost per acquisition, spend / attributed conversions, not rounded; null when either is unknown or no conversion was credited.</summary>
    public Money? Cpa => _cpa;

    /// <summary>Gets the return on ad spend, attributed revenue / spend; null when either is unknown or the spend is zero.</summary>
    public decimal? Roas => _roas;

    /// <summary>Gets the rule the row was judged by; null when the report has no verdict rule.</summary>
    public VerdictRule? Rule => _rule;

    /// <summary>
    /// Gets the profit verdict under a unit-margin rule (CPA against the margin) or a margin-rate rule (ROAS against
    /// break-even ROAS); null when the report has no such rule, <see cref="ProfitVerdict.Undefined"/> when spend or credit
    /// is unknown or the judged ratio (CPA, or ROAS) is undefined.
    /// </summary>
    public ProfitVerdict? Verdict => _verdict;

    /// <summary>Gets the verdict of the CPA against a CPA-ceiling rule; null when the rule is not a ceiling, spend or credit is unknown, or no conversion was credited.</summary>
    public CeilingVerdict? CeilingVerdict => _ceilingVerdict;

    /// <inheritdoc/>
    public bool Equals(ChannelReportRow other) =>
        _channel == other._channel && Nullable.Equals(_spend, other._spend) && Nullable.Equals(_conversions, other._conversions)
        && Nullable.Equals(_revenue, other._revenue) && Nullable.Equals(_cpa, other._cpa) && Nullable.Equals(_roas, other._roas)
        && Nullable.Equals(_verdict, other._verdict) && Nullable.Equals(_spendOutsidePeriod, other._spendOutsidePeriod)
        && Nullable.Equals(_rule, other._rule) && Nullable.Equals(_ceilingVerdict, other._ceilingVerdict);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChannelReportRow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HashCode.Combine(_channel, _spend, _conversions, _revenue, _cpa, _roas, _verdict), _spendOutsidePeriod, _rule, _ceilingVerdict);

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
