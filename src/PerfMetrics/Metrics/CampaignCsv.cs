using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>
/// Reads campaign rows from CSV with a column mapping, through the library's one CSV reader (<see cref="CsvRecords"/>, as
/// path tables, event logs and RFM files): errors are a <see cref="FormatException"/> "Line L, column C (name): rule, was
/// "value"." and nothing is skipped. Columns the mapping does not use are ignored (ad platforms export many).
/// </summary>
internal static class CampaignCsv
{
    private const int Campaign = 0, ChannelColumn = 1, Model = 2, Impressions = 3, Clicks = 4, Leads = 5, Conversions = 6, Revenue = 7;

    internal static IReadOnlyList<CampaignDelivery> Read(TextReader reader, Currency currency, CampaignCsvColumns columns)
    {
        var names = columns.All;
        var mapping = string.Join(", ", names);
        var records = CsvRecords.Open(reader, mapping);
        var columnOf = new int[names.Length];
        foreach (var k in new[] { Campaign, ChannelColumn, Model, Conversions, Revenue })
        {
            columnOf[k] = records.Column(names[k], mapping);
        }

        foreach (var k in new[] { Impressions, Clicks, Leads })
        {
            columnOf[k] = records.TryColumn(names[k]);
        }

        var rows = new List<CampaignDelivery>();
        while (records.Next())
        {
            rows.Add(Row(records, columnOf, names, currency));
        }

        return rows.AsReadOnly();
    }

    private static CampaignDelivery Row(CsvRecords records, int[] columnOf, string[] names, Currency currency)
    {
        var campaign = records.Field(columnOf[Campaign]).ToString();
        if (campaign.Length == 0)
        {
            throw records.Error(columnOf[Campaign], "must be a non-empty campaign name");
        }

        var channelText = records.Field(columnOf[ChannelColumn]).ToString();
        if (channelText.Length == 0)
        {
            throw records.Error(columnOf[ChannelColumn], "must be a non-empty channel name");
        }

        if (!PaymentModel.TryParse(records.Field(columnOf[Model]).ToString(), CultureInfo.InvariantCulture, out var model))
        {
            throw records.Error(columnOf[Model], "must be a payment model such as \"CPC 0.50 USD\", \"CPA 30.00 USD\" or \"RevenueShare 0.1\"");
        }

        long Count(int k)
        {
            if (columnOf[k] < 0)
            {
                return 0;
            }

            return long.TryParse(records.Field(columnOf[k]), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw records.Error(columnOf[k], "must be a non-negative whole number");
        }

        var impressions = Count(Impressions);
        var clicks = Count(Clicks);
        var leads = Count(Leads);
        var conversions = Count(Conversions);
        if (!decimal.TryParse(records.Field(columnOf[Revenue]), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var revenue))
        {
            throw records.Error(columnOf[Revenue], "must be a non-negative decimal number");
        }

        if (impressions > 0 && clicks > impressions)
        {
            throw records.Error(columnOf[Clicks], $"must be at most the impressions ({impressions}): every click is on a served impression");
        }

        var delivery = new Delivery(impressions, clicks, leads, conversions, new Money(revenue, currency));
        if (CampaignDelivery.Missing(model, delivery) is { } lacking)
        {
            var k = lacking switch { "clicks" => Clicks, "impressions" => Impressions, "leads" => Leads, _ => Revenue };
            var rule = $"campaign {Guard.Format(campaign)} is bought on {model}, which bills on {lacking}: the {lacking} must be reported";
            throw columnOf[k] < 0
                ? Csv.Error(records.LineNumber, records.ColumnCount + 1, names[k], rule + " (the header has no such column)", string.Empty)
                : records.Error(columnOf[k], rule);
        }

        try
        {
            return new CampaignDelivery(campaign, new Channel(channelText), model, delivery);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {records.LineNumber}: {e.Message}"), e);
        }
    }
}
