using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;
using static PerfMetrics.Attribution.JourneyReportText;

namespace PerfMetrics.Attribution;

/// <summary>The distribution of path lengths (touches per journey): per length, the paths, conversions, value, nulls, share of conversions and conversion rate.</summary>
/// <remarks>Rows are in order of length; only lengths that occur are listed. Equality is by value. Immutable and thread-safe.</remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class PathLengthReport : IEquatable<PathLengthReport>, IEqualityOperators<PathLengthReport, PathLengthReport, bool>
{
    internal PathLengthReport(Currency currency, IReadOnlyList<PathLengthRow> rows)
    {
        Currency = currency;
        Rows = Array.AsReadOnly(rows.ToArray());
    }

    /// <summary>Gets the currency of the values.</summary>
    public Currency Currency { get; }

    /// <summary>Gets one row per path length that occurs, shortest first.</summary>
    public IReadOnlyList<PathLengthRow> Rows { get; }

    /// <summary>Counts the journeys of a table by path length.</summary>
    /// <param name="table">The path table.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static PathLengthReport Of(PathTable table)
    {
        Guard.NotNull(table);
        var byLength = new SortedDictionary<int, (int Paths, double Conversions, decimal Value, double Nulls)>();
        var conversions = table.ConversionCounts;
        var nulls = table.NullCounts;
        var values = table.ValueAmounts;
        for (var row = 0; row < table.Count; row++)
        {
            var length = table.Sequence(row).Length;
            byLength.TryGetValue(length, out var sum);
            byLength[length] = (sum.Paths + 1, sum.Conversions + conversions[row], sum.Value + values[row], sum.Nulls + nulls[row]);
        }

        var rows = byLength.Select(p => new PathLengthRow(
            p.Key, p.Value.Paths, p.Value.Conversions, new Money(p.Value.Value, table.Currency), p.Value.Nulls,
            Share(p.Value.Conversions, table.TotalConversions), Share(p.Value.Conversions, p.Value.Conversions + p.Value.Nulls)));
        return new PathLengthReport(table.Currency, [.. rows]);
    }

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(PathLengthReport? left, PathLengthReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PathLengthReport? left, PathLengthReport? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(PathLengthReport? other) =>
        other is not null && (ReferenceEquals(this, other) || (Currency == other.Currency && SameRows(Rows, other.Rows)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PathLengthReport);

    /// <inheritdoc/>
    public override int GetHashCode() => RowsHash(Currency, Rows);

    /// <summary>Returns an aligned plain-text table: one row per path length.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() => TextTable.Render(Cells(), [true, true, true, true, true, true, true]);

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), [true, true, true, true, true, true, true]);

    /// <summary>Returns the same table as CSV for a spreadsheet (RFC 4180, \n line ends): one line per path length.</summary>
    /// <returns>CSV text with the header <c>touches,paths,conversions,share,value,nulls,conversion_rate,currency</c>: counts and shares and rates in full precision (fractions, not percents), value at minor units without grouping or code, an undefined value as an empty field.</returns>
    public string ToCsv()
    {
        List<string[]> rows = [["touches", "paths", "conversions", "share", "value", "nulls", "conversion_rate", "currency"]];
        foreach (var row in Rows)
        {
            rows.Add([
                row.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Paths.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Metrics.Display.Exact(row.Conversions), Metrics.Display.Exact(row.ConversionShare), Metrics.Display.Plain(row.Value), Metrics.Display.Exact(row.Nulls),
                Metrics.Display.Exact(row.ConversionRate), Currency.Code]);
        }

        return TextTable.Csv(rows);
    }

    private List<string[]> Cells()
    {
        List<string[]> rows = [["touches", "paths", "conversions", "share", "value", "nulls", "conversion rate"]];
        foreach (var row in Rows)
        {
            rows.Add([
                row.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Paths.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Count(row.Conversions), Percent(row.ConversionShare), Metrics.Display.Money(row.Value), Count(row.Nulls), Percent(row.ConversionRate)]);
        }

        return rows;
    }
}
