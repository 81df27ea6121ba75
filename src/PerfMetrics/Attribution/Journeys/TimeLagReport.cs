using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;
using static PerfMetrics.Attribution.JourneyReportText;

namespace PerfMetrics.Attribution;

/// <summary>The time lag from the first touch of a journey to its conversion, in whole days: per day, the conversions, their share and value.</summary>
/// <remarks>
/// Built by <see cref="JourneyBuilder"/> (a path table has no timestamps). The lag of a conversion is the time from the
/// first touch in its window to the conversion, floored to whole days (a lag of 0 means less than 24 hours). Direct
/// conversions (no touch) have no lag and are not counted. Rows are in order of days; only days that occur are listed.
/// Equality is by value. Immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class TimeLagReport : IEquatable<TimeLagReport>, IEqualityOperators<TimeLagReport, TimeLagReport, bool>
{
    internal TimeLagReport(Currency currency, IReadOnlyList<TimeLagRow> rows)
    {
        Currency = currency;
        Rows = Array.AsReadOnly(rows.ToArray());
    }

    /// <summary>Gets the currency of the values.</summary>
    public Currency Currency { get; }

    /// <summary>Gets one row per whole number of days that occurs, shortest lag first.</summary>
    public IReadOnlyList<TimeLagRow> Rows { get; }

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(TimeLagReport? left, TimeLagReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TimeLagReport? left, TimeLagReport? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(TimeLagReport? other) =>
        other is not null && (ReferenceEquals(this, other) || (Currency == other.Currency && SameRows(Rows, other.Rows)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TimeLagReport);

    /// <inheritdoc/>
    public override int GetHashCode() => RowsHash(Currency, Rows);

    /// <summary>Returns an aligned plain-text table: one row per day of lag.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() => TextTable.Render(Cells(), [true, true, true, true]);

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), [true, true, true, true]);

    internal static TimeLagReport FromBuckets(Currency currency, Dictionary<int, Bucket> buckets)
    {
        var total = buckets.Values.Sum(b => (double)b.Conversions);
        var rows = buckets.OrderBy(p => p.Key)
            .Select(p => new TimeLagRow(p.Key, p.Value.Conversions, new Money(p.Value.Value, currency), Share(p.Value.Conversions, total)));
        return new TimeLagReport(currency, [.. rows]);
    }

    /// <summary>Returns the same table as CSV for a spreadsheet (RFC 4180, \n line ends): one line per day of lag.</summary>
    /// <returns>CSV text with the header <c>days,conversions,share,value,currency</c>: counts and shares in full precision (fractions, not percents), value at minor units without grouping or code, an undefined value as an empty field.</returns>
    public string ToCsv()
    {
        List<string[]> rows = [["days", "conversions", "share", "value", "currency"]];
        foreach (var row in Rows)
        {
            rows.Add([row.Days.ToString(CultureInfo.InvariantCulture), Metrics.Display.Exact(row.Conversions), Metrics.Display.Exact(row.Share), Metrics.Display.Plain(row.Value), Currency.Code]);
        }

        return TextTable.Csv(rows);
    }

    private List<string[]> Cells()
    {
        List<string[]> rows = [["days", "conversions", "share", "value"]];
        foreach (var row in Rows)
        {
            rows.Add([row.Days.ToString(CultureInfo.InvariantCulture), Count(row.Conversions), Percent(row.Share), Metrics.Display.Money(row.Value)]);
        }

        return rows;
    }

    /// <summary>The conversions and value of one day of lag, while building.</summary>
    internal readonly record struct Bucket(long Conversions, decimal Value);
}
