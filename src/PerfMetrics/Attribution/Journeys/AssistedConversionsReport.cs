using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;
using static PerfMetrics.Attribution.JourneyReportText;

namespace PerfMetrics.Attribution;

/// <summary>
/// Assisted conversions per channel, as web analytics reports them: the conversions a channel assisted (it is in the
/// converting path, not as the last touch) beside those it closed (the last touch), and their ratio.
/// </summary>
/// <remarks>
/// <para>
/// For each path with conversions, the channel of its last touch is credited the path's conversions and value as
/// last-click; every distinct channel among the other touches is credited them once as assisted (a channel touched
/// three times before the last touch assists once). A channel may assist and close the same conversion
/// (<c>a &gt; b &gt; a</c>: a assisted and closed, b assisted). Ratio = assisted / last-click, null when the channel closed
/// nothing. Every channel of the table is listed, in ordinal order of names: <c>report.Channels.Get("email")</c>.
/// </para>
/// <para>Source of the definitions: Google Analytics' multi-channel funnels (assisted conversions, last-click conversions, their ratio). Equality is by value. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class AssistedConversionsReport : IEquatable<AssistedConversionsReport>, IEqualityOperators<AssistedConversionsReport, AssistedConversionsReport, bool>
{
    internal AssistedConversionsReport(Currency currency, AssistedConversionRow[] rows)
    {
        Currency = currency;
        Channels = new ChannelList<AssistedConversionRow>([.. rows.OrderBy(r => r.Channel)], r => r.Channel);
    }

    /// <summary>Gets the currency of the values.</summary>
    public Currency Currency { get; }

    /// <summary>Gets one row per channel of the table, in ordinal order of names.</summary>
    public ChannelList<AssistedConversionRow> Channels { get; }

    /// <summary>Counts assisted and last-click conversions per channel of a table.</summary>
    /// <param name="table">The path table.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static AssistedConversionsReport Of(PathTable table)
    {
        Guard.NotNull(table);
        var channels = table.ChannelCount;
        var assisted = new double[channels];
        var assistedValue = new decimal[channels];
        var last = new double[channels];
        var lastValue = new decimal[channels];
        var seen = new int[channels];
        Array.Fill(seen, -1);
        var conversions = table.ConversionCounts;
        var values = table.ValueAmounts;
        for (var row = 0; row < table.Count; row++)
        {
            if (conversions[row] <= 0d && values[row] <= 0m)
            {
                continue;
            }

            var path = table.Sequence(row);
            last[path[^1]] += conversions[row];
            lastValue[path[^1]] += values[row];
            foreach (var id in path[..^1])
            {
                if (seen[id] != row)
                {
                    seen[id] = row;
                    assisted[id] += conversions[row];
                    assistedValue[id] += values[row];
                }
            }
        }

        var rows = new AssistedConversionRow[channels];
        for (var id = 0; id < channels; id++)
        {
            rows[id] = new AssistedConversionRow(
                table.ChannelArray[id], assisted[id], new Money(assistedValue[id], table.Currency), last[id], new Money(lastValue[id], table.Currency),
                last[id] > 0d ? assisted[id] / last[id] : null);
        }

        return new AssistedConversionsReport(table.Currency, rows);
    }

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(AssistedConversionsReport? left, AssistedConversionsReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AssistedConversionsReport? left, AssistedConversionsReport? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(AssistedConversionsReport? other) =>
        other is not null && (ReferenceEquals(this, other) || (Currency == other.Currency && SameRows(Channels, other.Channels)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AssistedConversionsReport);

    /// <inheritdoc/>
    public override int GetHashCode() => RowsHash(Currency, Channels);

    /// <summary>Returns an aligned plain-text table: per channel the assisted and last-click conversions and values and their ratio.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() => TextTable.Render(Cells(), [false, true, true, true, true, true]);

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), [false, true, true, true, true, true]);

    /// <summary>Returns the same table as CSV for a spreadsheet (RFC 4180, \n line ends): one line per channel.</summary>
    /// <returns>CSV text with the header <c>channel,assisted,assisted_value,last_click,last_click_value,ratio,currency</c>: counts and ratios in full precision (assisted over last-click conversions), value at minor units without grouping or code, an undefined value as an empty field.</returns>
    public string ToCsv()
    {
        List<string[]> rows = [["channel", "assisted", "assisted_value", "last_click", "last_click_value", "ratio", "currency"]];
        foreach (var row in Channels)
        {
            rows.Add([
                row.Channel.Name, Metrics.Display.Exact(row.Assisted), Metrics.Display.Plain(row.AssistedValue), Metrics.Display.Exact(row.LastClick),
                Metrics.Display.Plain(row.LastClickValue), Metrics.Display.Exact(row.Ratio), Currency.Code]);
        }

        return TextTable.Csv(rows);
    }

    private List<string[]> Cells()
    {
        List<string[]> rows = [["channel", "assisted", "assisted value", "last click", "last-click value", "assisted / last click"]];
        foreach (var row in Channels)
        {
            rows.Add([row.Channel.Name, Count(row.Assisted), Metrics.Display.Money(row.AssistedValue), Count(row.LastClick), Metrics.Display.Money(row.LastClickValue), Ratio(row.Ratio)]);
        }

        return rows;
    }
}
