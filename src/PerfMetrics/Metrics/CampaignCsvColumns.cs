using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>
/// The column mapping of <see cref="CampaignDelivery.ReadCsv(TextReader, Currency, CampaignCsvColumns?)"/>: which header
/// names hold the campaign, channel, payment model and each delivery count, so an export from any ad platform reads as is.
/// </summary>
/// <remarks>
/// Names are matched case-insensitively after trimming; they must be distinct and non-empty. The defaults are
/// <c>campaign, channel, payment_model, impressions, clicks, leads, conversions, revenue</c>. Immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var columns = new CampaignCsvColumns(campaign: "Campaign name", paymentModel: "Buying type", conversions: "Purchases", revenue: "Purchase value");
/// var rows = CampaignDelivery.ReadCsv(reader, Currency.Eur, columns);
/// </code>
/// </example>
public sealed class CampaignCsvColumns
{
    /// <summary>Initializes a mapping; every name not given keeps its default.</summary>
    /// <param name="campaign">The campaign-name column (default <c>campaign</c>).</param>
    /// <param name="channel">The channel column (default <c>channel</c>).</param>
    /// <param name="paymentModel">The payment-model column, cells such as <c>CPC 0.50 USD</c> (default <c>payment_model</c>).</param>
    /// <param name="impressions">The impressions column, optional in the file (default <c>impressions</c>).</param>
    /// <param name="clicks">The clicks column, optional in the file (default <c>clicks</c>).</param>
    /// <param name="leads">The leads column, optional in the file (default <c>leads</c>).</param>
    /// <param name="conversions">The acquisitions column (default <c>conversions</c>).</param>
    /// <param name="revenue">The revenue column, amounts in the reader's currency (default <c>revenue</c>).</param>
    /// <exception cref="ArgumentException">A name is empty or white space, or two columns share a name.</exception>
    public CampaignCsvColumns(
        string campaign = "campaign",
        string channel = "channel",
        string paymentModel = "payment_model",
        string impressions = "impressions",
        string clicks = "clicks",
        string leads = "leads",
        string conversions = "conversions",
        string revenue = "revenue")
    {
        Campaign = Name(campaign, nameof(campaign));
        Channel = Name(channel, nameof(channel));
        PaymentModel = Name(paymentModel, nameof(paymentModel));
        Impressions = Name(impressions, nameof(impressions));
        Clicks = Name(clicks, nameof(clicks));
        Leads = Name(leads, nameof(leads));
        Conversions = Name(conversions, nameof(conversions));
        Revenue = Name(revenue, nameof(revenue));
        var all = All;
        for (var i = 0; i < all.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(all[i], all[j], StringComparison.OrdinalIgnoreCase))
                {
                    Guard.ThrowArgument(ParamNames[i], $"{ParamNames[i]} must differ from {ParamNames[j]}, both were {Guard.Format(all[i])}.");
                }
            }
        }
    }

    /// <summary>Gets the default mapping: <c>campaign, channel, payment_model, impressions, clicks, leads, conversions, revenue</c>.</summary>
    public static CampaignCsvColumns Default { get; } = new();

    /// <summary>Gets the campaign-name column.</summary>
    public string Campaign { get; }

    /// <summary>Gets the channel column.</summary>
    public string Channel { get; }

    /// <summary>Gets the payment-model column.</summary>
    public string PaymentModel { get; }

    /// <summary>Gets the impressions column.</summary>
    public string Impressions { get; }

    /// <summary>Gets the clicks column.</summary>
    public string Clicks { get; }

    /// <summary>Gets the leads column.</summary>
    public string Leads { get; }

    /// <summary>Gets the acquisitions (conversions) column.</summary>
    public string Conversions { get; }

    /// <summary>Gets the revenue column.</summary>
    public string Revenue { get; }

    /// <summary>The parameter names, in the order of <see cref="All"/>.</summary>
    internal static readonly string[] ParamNames = ["campaign", "channel", "paymentModel", "impressions", "clicks", "leads", "conversions", "revenue"];

    /// <summary>Gets the names in the order campaign, channel, payment model, impressions, clicks, leads, conversions, revenue.</summary>
    internal string[] All => [Campaign, Channel, PaymentModel, Impressions, Clicks, Leads, Conversions, Revenue];

    private static string Name(string name, string paramName)
    {
        Guard.NotNull(name, paramName);
        if (string.IsNullOrWhiteSpace(name))
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be a column name, was empty or white space.");
        }

        return name.Trim();
    }
}
