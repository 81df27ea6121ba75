using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>
/// One campaign's results as a media buyer reports them: the campaign, its channel, the payment model it was bought on,
/// and what it delivered (impressions, clicks, leads, acquisitions, revenue). One input row of <see cref="CampaignReport"/>.
/// </summary>
/// <remarks>
/// The campaign name is non-empty and trimmed; the delivery's revenue, when given, and the model's rates share one
/// currency. Read many at once from CSV with <see cref="ReadCsv(TextReader, Currency, CampaignCsvColumns?)"/>. Equality
/// compares campaign (ordinal), channel, model and delivery. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class CampaignDelivery : IEquatable<CampaignDelivery>, System.Numerics.IEqualityOperators<CampaignDelivery, CampaignDelivery, bool>
{
    /// <summary>Initializes a campaign row.</summary>
    /// <param name="campaign">The campaign name, non-empty (trimmed).</param>
    /// <param name="channel">The channel the campaign ran on.</param>
    /// <param name="paymentModel">How the campaign was paid for.</param>
    /// <param name="delivery">What the campaign delivered; it must report what <paramref name="paymentModel"/> bills on (clicks for CPC, impressions for CPM, leads for CPL, revenue for a revenue share).</param>
    /// <exception cref="ArgumentNullException"><paramref name="campaign"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="campaign"/> is empty or white space, <paramref name="channel"/> or <paramref name="paymentModel"/>
    /// is a default value, or <paramref name="delivery"/> lacks what the model bills on.
    /// </exception>
    public CampaignDelivery(string campaign, Channel channel, PaymentModel paymentModel, Delivery delivery)
    {
        Guard.NotNull(campaign);
        if (string.IsNullOrWhiteSpace(campaign))
        {
            Guard.ThrowArgument(nameof(campaign), "campaign must be a non-empty name, was empty or white space.");
        }

        Campaign = campaign.Trim();
        Channel = Channel.Required(channel, nameof(channel));
        if (paymentModel == default)
        {
            Guard.ThrowArgument(nameof(paymentModel), "paymentModel must be a payment model, was default(PaymentModel).");
        }

        if (Missing(paymentModel, delivery) is { } lacking)
        {
            Guard.ThrowArgument(
                nameof(delivery),
                $"delivery of campaign {Guard.Format(Campaign)} must report the {lacking} its payment model {paymentModel} bills on, was {delivery}.");
        }

        PaymentModel = paymentModel;
        Delivery = delivery;
    }

    /// <summary>Gets the campaign name.</summary>
    public string Campaign { get; }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the payment model the campaign was bought on.</summary>
    public PaymentModel PaymentModel { get; }

    /// <summary>Gets what the campaign delivered.</summary>
    public Delivery Delivery { get; }

    /// <summary>Reads campaign rows from CSV text, one campaign per line, with a header naming the columns.</summary>
    /// <param name="reader">The CSV text: comma-separated, fields may be quoted with <c>"</c> (doubled inside), lines end in \n or \r\n.</param>
    /// <param name="currency">The currency of the revenue column (payment-model cells carry their own, e.g. <c>CPC 0.50 USD</c>).</param>
    /// <param name="columns">The column names to look for; <see cref="CampaignCsvColumns.Default"/> when null.</param>
    /// <returns>The rows in file order.</returns>
    /// <remarks>
    /// The header must name the campaign, channel, payment-model, conversions and revenue columns (case-insensitive);
    /// impressions, clicks and leads are optional and count 0 (not reported) when absent. Columns the mapping does not
    /// know are ignored. Payment models are read with <see cref="PaymentModel.Parse(string, IFormatProvider?)"/>. Nothing
    /// is skipped: a blank line, a missing or malformed field, a negative count, or a row whose delivery lacks what its
    /// payment model bills on (a CPC campaign without a clicks column or with zero clicks) is a
    /// <see cref="FormatException"/> naming the line, the column and the value, like <see cref="Attribution.PathTable.ReadCsv(TextReader, Currency, string)"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    /// <exception cref="FormatException">The text is not a valid campaign table (the message names line and column).</exception>
    public static IReadOnlyList<CampaignDelivery> ReadCsv(TextReader reader, Currency currency, CampaignCsvColumns? columns = null)
    {
        Guard.NotNull(reader);
        if (currency.IsDefault)
        {
            Guard.ThrowArgument(nameof(currency), "currency must be a currency, was default(Currency).");
        }

        return CampaignCsv.Read(reader, currency, columns ?? CampaignCsvColumns.Default);
    }

    /// <summary>Returns invariant text, for example <c>spring-sale (meta, CPC 0.50 USD): impressions=... revenue=1400.00 USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Campaign} ({Channel}, {PaymentModel}): {Delivery}");

    /// <inheritdoc/>
    public bool Equals(CampaignDelivery? other) =>
        other is not null && string.Equals(Campaign, other.Campaign, StringComparison.Ordinal) && Channel == other.Channel
        && PaymentModel == other.PaymentModel && Delivery == other.Delivery;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CampaignDelivery);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Campaign), Channel, PaymentModel, Delivery);

    /// <summary>Compares two rows for value equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CampaignDelivery? left, CampaignDelivery? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CampaignDelivery? left, CampaignDelivery? right) => !(left == right);

    /// <summary>
    /// What <paramref name="model"/> bills on that <paramref name="delivery"/> does not report (a zero count means not
    /// reported, <see cref="PerfMetrics.Delivery"/>), or null when it can be priced: clicks for CPC, impressions for CPM,
    /// leads for CPL, revenue for a revenue share; acquisitions (a zero is a result) and a flat fee always price.
    /// </summary>
    internal static string? Missing(PaymentModel model, Delivery delivery) => model.Kind switch
    {
        PaymentModelKind.Cpc => delivery.Clicks == 0 ? "clicks" : null,
        PaymentModelKind.Cpm => delivery.Impressions == 0 ? "impressions" : null,
        PaymentModelKind.Cpl => delivery.Leads == 0 ? "leads" : null,
        PaymentModelKind.RevenueShare => delivery.Revenue.IsDefault ? "revenue" : null,
        PaymentModelKind.Cpa or PaymentModelKind.FlatFee => null,
        PaymentModelKind.Hybrid => model.Parts.Select(p => Missing(p, delivery)).FirstOrDefault(m => m is not null),
        _ => null,
    };
}
