using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Metrics;

/// <summary>
/// One campaign of a <see cref="CampaignReport"/>: what it delivered, what its payment model cost, CPA, ROAS, profit and
/// verdict, and what each alternative payment model would have cost on this campaign's own delivery.
/// </summary>
/// <remarks>
/// <see cref="Outcome"/> is <see cref="PaymentModelComparison"/>'s answer for the campaign's own model on its delivery, and
/// <see cref="Alternatives"/> the same for every alternative model, so the two are comparable row by row. Amounts are
/// exact; the text renderings round them. <c>default(CampaignReportRow)</c> has a null campaign, a null
/// <see cref="Alternatives"/> and a default outcome; it is no report's row. Equality compares every member. Immutable and
/// thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct CampaignReportRow : IEquatable<CampaignReportRow>
{
    private readonly string _campaign;
    private readonly Channel _channel;
    private readonly Delivery _delivery;
    private readonly PaymentModelOutcome _outcome;
    private readonly PaymentModelTable _alternatives;

    internal CampaignReportRow(string campaign, Channel channel, Delivery delivery, PaymentModelOutcome outcome, PaymentModelTable alternatives)
    {
        _campaign = campaign;
        _channel = channel;
        _delivery = delivery;
        _outcome = outcome;
        _alternatives = alternatives;
    }

    /// <summary>Gets the campaign name.</summary>
    public string Campaign => _campaign;

    /// <summary>Gets the channel.</summary>
    public Channel Channel => _channel;

    /// <summary>Gets the payment model the campaign was bought on.</summary>
    public PaymentModel PaymentModel => _outcome.Model;

    /// <summary>Gets what the campaign delivered.</summary>
    public Delivery Delivery => _delivery;

    /// <summary>Gets the campaign's cost, gross profit and verdict under its own payment model.</summary>
    public PaymentModelOutcome Outcome => _outcome;

    /// <summary>Gets the cost under the campaign's own payment model, <see cref="PaymentModel.Cost(Delivery)"/>, not rounded.</summary>
    public Money Cost => _outcome.Cost;

    /// <summary>Gets the cost per acquisition, cost / acquisitions; null when the campaign has no acquisitions.</summary>
    public Money? Cpa => _outcome.EffectiveCpa;

    /// <summary>Gets the return on ad spend, revenue / cost (<see cref="Metrics.Roas"/>); null when the cost is zero or no revenue was given.</summary>
    public decimal? Roas => _delivery.Revenue.IsDefault || _outcome.Cost.IsDefault ? null : Metrics.Roas.Of(_delivery.Revenue, _outcome.Cost);

    /// <summary>Gets the profit after paying for the campaign: gross profit - cost.</summary>
    public Money Profit => _outcome.AdvertiserProfit;

    /// <summary>Gets the verdict: the sign of <see cref="Profit"/>, <see cref="ProfitVerdict.Undefined"/> when the campaign has no acquisitions.</summary>
    public ProfitVerdict Verdict => _outcome.Verdict;

    /// <summary>Gets what each alternative payment model would have cost on this campaign's own delivery, in the order given.</summary>
    public PaymentModelTable Alternatives => _alternatives;

    /// <summary>Returns invariant text at display precision, for example <c>spring (meta, CPC 0.50 USD): cost 350.00 USD, CPA 25.00 USD, profit 182.00 USD (Profitable)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{_campaign} ({_channel}, {_outcome.Model}): cost {Display.Money(_outcome.Cost)}, CPA {Display.Money(_outcome.EffectiveCpa)}, profit {Display.Money(_outcome.AdvertiserProfit)} ({_outcome.Verdict})");

    /// <inheritdoc/>
    public bool Equals(CampaignReportRow other) =>
        string.Equals(_campaign, other._campaign, StringComparison.Ordinal) && _channel == other._channel && _delivery == other._delivery
        && _outcome == other._outcome && _alternatives == other._alternatives;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CampaignReportRow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(_campaign is null ? 0 : StringComparer.Ordinal.GetHashCode(_campaign), _channel, _delivery, _outcome, _alternatives);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(CampaignReportRow left, CampaignReportRow right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CampaignReportRow left, CampaignReportRow right) => !left.Equals(right);
}
