using System.Collections.Immutable;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;
using static PerfMetrics.Attribution.JourneyReportText;

namespace PerfMetrics.Attribution;

/// <summary>The paths with the most conversions, with their value, nulls and conversion rate (web analytics' "top conversion paths").</summary>
/// <remarks>
/// Rows are ordered by conversions (most first), then value (most first), then nulls (fewest first), then the path's text
/// (ordinal), so equal tables give equal reports whatever their row order. Conversion rate = conversions / (conversions +
/// nulls), null when both are 0. Equality is by value. Immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class TopPathsReport : IEquatable<TopPathsReport>, IEqualityOperators<TopPathsReport, TopPathsReport, bool>
{
    internal TopPathsReport(Currency currency, int totalPaths, double totalConversions, IReadOnlyList<TopPathRow> rows)
    {
        Currency = currency;
        TotalPaths = totalPaths;
        TotalConversions = totalConversions;
        Rows = Array.AsReadOnly(rows.ToArray());
    }

    /// <summary>Gets the currency of the values.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the number of distinct paths in the table (the report lists at most the requested count).</summary>
    public int TotalPaths { get; }

    /// <summary>Gets the conversions of the whole table.</summary>
    public double TotalConversions { get; }

    /// <summary>Gets the top paths, most conversions first.</summary>
    public IReadOnlyList<TopPathRow> Rows { get; }

    /// <summary>Lists the paths of a table with the most conversions.</summary>
    /// <param name="table">The path table.</param>
    /// <param name="count">How many paths to list, 1 or more (default 10); fewer when the table has fewer.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public static TopPathsReport Of(PathTable table, int count = 10)
    {
        Guard.NotNull(table);
        Guard.Positive(count);
        var conversions = table.ConversionCounts;
        var nulls = table.NullCounts;
        var values = table.ValueAmounts;
        var text = new string[table.Count];
        for (var row = 0; row < table.Count; row++)
        {
            text[row] = string.Join(" > ", table.Sequence(row).ToArray().Select(id => table.ChannelArray[id].Name));
        }

        var order = Enumerable.Range(0, table.Count).ToArray();
        var c = conversions.ToArray();
        var n = nulls.ToArray();
        var v = values.ToArray();
        Array.Sort(order, (a, b) =>
        {
            var by = c[b].CompareTo(c[a]);
            by = by != 0 ? by : v[b].CompareTo(v[a]);
            by = by != 0 ? by : n[a].CompareTo(n[b]);
            return by != 0 ? by : string.CompareOrdinal(text[a], text[b]);
        });
        var rows = order.Take(count).Select(row =>
        {
            var path = ImmutableArray.CreateRange(table.Sequence(row).ToArray().Select(id => table.ChannelArray[id]));
            return new TopPathRow(path, c[row], new Money(v[row], table.Currency), n[row], Share(c[row], c[row] + n[row]));
        }).ToArray();
        return new TopPathsReport(table.Currency, table.Count, table.TotalConversions, rows);
    }

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(TopPathsReport? left, TopPathsReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TopPathsReport? left, TopPathsReport? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(TopPathsReport? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Currency == other.Currency && TotalPaths == other.TotalPaths && TotalConversions.Equals(other.TotalConversions) && SameRows(Rows, other.Rows)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TopPathsReport);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RowsHash(Currency, Rows), TotalPaths, TotalConversions);

    /// <summary>Returns an aligned plain-text table: one row per path with conversions, value, nulls and conversion rate.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() => TextTable.Render(Cells(), [false, true, true, true, true]);

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), [false, true, true, true, true]);

    /// <summary>Returns the same table as CSV for a spreadsheet (RFC 4180, \n line ends): one line per path.</summary>
    /// <returns>CSV text with the header <c>path,conversions,value,nulls,conversion_rate,currency</c>: counts and rates in full precision (fractions, not percents), value at minor units without grouping or code, an undefined value as an empty field.</returns>
    public string ToCsv()
    {
        List<string[]> rows = [["path", "conversions", "value", "nulls", "conversion_rate", "currency"]];
        foreach (var row in Rows)
        {
            rows.Add([string.Join(" > ", row.Path.Select(c => c.Name)), Metrics.Display.Exact(row.Conversions), Metrics.Display.Plain(row.Value), Metrics.Display.Exact(row.Nulls), Metrics.Display.Exact(row.ConversionRate), Currency.Code]);
        }

        return TextTable.Csv(rows);
    }

    private List<string[]> Cells()
    {
        List<string[]> rows = [["path", "conversions", "value", "nulls", "conversion rate"]];
        foreach (var row in Rows)
        {
            rows.Add([string.Join(" > ", row.Path.Select(c => c.Name)), Count(row.Conversions), Metrics.Display.Money(row.Value), Count(row.Nulls), Percent(row.ConversionRate)]);
        }

        return rows;
    }
}
