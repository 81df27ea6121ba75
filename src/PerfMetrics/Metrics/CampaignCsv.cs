using System.Globalization;
using System.Text;

namespace PerfMetrics.Metrics;

/// <summary>
/// Reads campaign rows from CSV with a column mapping. Errors follow the library's CSV rule (the path-table reader's):
/// a <see cref="FormatException"/> "Line L, column C (name): rule, was "value"." and nothing is skipped.
/// </summary>
internal static class CampaignCsv
{
    private const int Campaign = 0, ChannelColumn = 1, Model = 2, Impressions = 3, Clicks = 4, Leads = 5, Conversions = 6, Revenue = 7;

    /// <summary>The columns a file must have: campaign, channel, payment model, conversions, revenue.</summary>
    private static readonly int[] Required = [Campaign, ChannelColumn, Model, Conversions, Revenue];

    internal static IReadOnlyList<CampaignDelivery> Read(TextReader reader, Currency currency, CampaignCsvColumns columns)
    {
        var names = columns.All;
        var header = reader.ReadLine();
        if (header is null)
        {
            throw Error(1, 1, names[Campaign], $"the header line is missing; expected {string.Join(',', names)}", string.Empty);
        }

        header = header.TrimStart('\uFEFF');
        var headerFields = Split(header, 1, int.MaxValue);
        var columnOf = new int[names.Length];
        Array.Fill(columnOf, -1);
        for (var c = 0; c < headerFields.Count; c++)
        {
            var name = headerFields[c].Trim();
            var known = Array.FindIndex(names, n => n.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (known < 0)
            {
                continue; // a column the mapping does not use (ad platforms export many)
            }

            if (columnOf[known] >= 0)
            {
                throw Error(1, c + 1, names[known], "the column appears twice", name);
            }

            columnOf[known] = c;
        }

        foreach (var k in Required)
        {
            if (columnOf[k] < 0)
            {
                throw Error(1, headerFields.Count + 1, names[k], "the header must name this column", header);
            }
        }

        var rows = new List<CampaignDelivery>();
        var lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                throw Error(lineNumber, 1, names[Campaign], "the line is empty (blank lines are not allowed)", line);
            }

            var fields = Split(line, lineNumber, headerFields.Count);
            if (fields.Count < headerFields.Count)
            {
                throw Error(lineNumber, fields.Count + 1, headerFields[fields.Count].Trim(), $"the field is missing; the header has {headerFields.Count} columns, the line has {fields.Count}", line);
            }

            rows.Add(Row(fields, columnOf, names, lineNumber, currency));
        }

        return rows.AsReadOnly();
    }

    private static CampaignDelivery Row(List<string> fields, int[] columnOf, string[] names, int line, Currency currency)
    {
        string Cell(int k) => fields[columnOf[k]].Trim();

        var campaign = Cell(Campaign);
        if (campaign.Length == 0)
        {
            throw Error(line, columnOf[Campaign] + 1, names[Campaign], "must be a non-empty campaign name", campaign);
        }

        var channelText = Cell(ChannelColumn);
        if (channelText.Length == 0)
        {
            throw Error(line, columnOf[ChannelColumn] + 1, names[ChannelColumn], "must be a non-empty channel name", channelText);
        }

        if (!PaymentModel.TryParse(Cell(Model), CultureInfo.InvariantCulture, out var model))
        {
            throw Error(line, columnOf[Model] + 1, names[Model], "must be a payment model such as \"CPC 0.50 USD\", \"CPA 30.00 USD\" or \"RevenueShare 0.1\"", Cell(Model));
        }

        long Count(int k)
        {
            if (columnOf[k] < 0)
            {
                return 0;
            }

            var text = Cell(k);
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw Error(line, columnOf[k] + 1, names[k], "must be a non-negative whole number", text);
        }

        var impressions = Count(Impressions);
        var clicks = Count(Clicks);
        var leads = Count(Leads);
        var conversions = Count(Conversions);
        var revenueText = Cell(Revenue);
        if (!decimal.TryParse(revenueText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var revenue))
        {
            throw Error(line, columnOf[Revenue] + 1, names[Revenue], "must be a non-negative decimal number", revenueText);
        }

        if (impressions > 0 && clicks > impressions)
        {
            throw Error(line, columnOf[Clicks] + 1, names[Clicks], $"must be at most the impressions ({impressions}): every click is on a served impression", Cell(Clicks));
        }

        var delivery = new Delivery(impressions, clicks, leads, conversions, new Money(revenue, currency));
        if (CampaignDelivery.Missing(model, delivery) is { } lacking)
        {
            var k = lacking switch { "clicks" => Clicks, "impressions" => Impressions, "leads" => Leads, _ => Revenue };
            var rule = $"campaign {Internal.Guard.Format(campaign)} is bought on {model}, which bills on {lacking}: the {lacking} must be reported";
            throw columnOf[k] < 0
                ? Error(line, fields.Count + 1, names[k], rule + " (the header has no such column)", string.Empty)
                : Error(line, columnOf[k] + 1, names[k], rule, Cell(k));
        }

        try
        {
            return new CampaignDelivery(campaign, new Channel(channelText), model, delivery);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {line}: {e.Message}"), e);
        }
    }

    /// <summary>Splits one line at commas; a field may be quoted (<c>"a, b"</c>, a quote doubled inside).</summary>
    private static List<string> Split(string line, int lineNumber, int maxFields)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var pos = 0;
        while (true)
        {
            if (fields.Count == maxFields)
            {
                throw Error(lineNumber, fields.Count + 1, "extra", $"unexpected extra field; the header has {maxFields} columns", line);
            }

            field.Clear();
            if (pos < line.Length && line[pos] == '"')
            {
                pos++;
                while (true)
                {
                    if (pos >= line.Length)
                    {
                        throw Error(lineNumber, fields.Count + 1, "quoted field", "the closing quote is missing", line);
                    }

                    if (line[pos] == '"')
                    {
                        if (pos + 1 < line.Length && line[pos + 1] == '"')
                        {
                            field.Append('"');
                            pos += 2;
                            continue;
                        }

                        pos++;
                        break;
                    }

                    field.Append(line[pos++]);
                }

                if (pos < line.Length && line[pos] != ',')
                {
                    throw Error(lineNumber, fields.Count + 1, "quoted field", "a quoted field must end at a comma", line);
                }
            }
            else
            {
                var comma = line.IndexOf(',', pos);
                var end = comma < 0 ? line.Length : comma;
                field.Append(line, pos, end - pos);
                pos = end;
            }

            fields.Add(field.ToString());
            if (pos >= line.Length)
            {
                return fields;
            }

            pos++; // the comma
        }
    }

    private static FormatException Error(int line, int column, string name, string rule, string received) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Line {line}, column {column} ({name}): {rule}, was \"{received}\"."));
}
