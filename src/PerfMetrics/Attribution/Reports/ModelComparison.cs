using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>
/// Several attribution models' credits of one input side by side, per channel (what GA4's model comparison shows): the
/// result of <see cref="AttributionEngine.Compare(PathTable, IEnumerable{IAttributionModel})"/>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Results"/> holds one <see cref="AttributionResult"/> per model, in the order the models were given; each
/// lists every channel of the input, so a channel is looked up the same way in every column:
/// <c>comparison.Results[m].Channels.Get(channel)</c>. Render with <see cref="ToString()"/> (aligned plain text) or
/// <see cref="ToMarkdown"/>.
/// </para>
/// <para>
/// Equality is by value: two comparisons are equal when their results are equal, in the same order (so a comparison
/// read back from JSON equals the one written). Immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class ModelComparison : IEquatable<ModelComparison>, IEqualityOperators<ModelComparison, ModelComparison, bool>
{
    private readonly AttributionResult[] _results;
    private readonly Channel[] _channels;

    /// <summary>Takes ownership of the results (at least one, one currency, none null; the engine guarantees it).</summary>
    internal ModelComparison(AttributionResult[] results)
    {
        _results = results;
        var channels = new SortedSet<Channel>();
        foreach (var result in results)
        {
            foreach (var credit in result.Channels.Items)
            {
                channels.Add(credit.Channel);
            }
        }

        _channels = [.. channels];
        Results = Array.AsReadOnly(results);
    }

    /// <summary>Gets the results, one per model, in column order.</summary>
    public IReadOnlyList<AttributionResult> Results { get; }

    /// <summary>Returns the result of the model with this name (<see cref="AttributionResult.ModelName"/>, ordinal), or null when no column has it.</summary>
    /// <param name="modelName">The model's name, for example <c>"linear"</c> or <c>"markov (order 2)"</c>.</param>
    /// <returns>The first result with that name (a comparison may hold the same model twice), or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelName"/> is null.</exception>
    public AttributionResult? Get(string modelName)
    {
        Guard.NotNull(modelName);
        foreach (var result in _results)
        {
            if (string.Equals(result.ModelName, modelName, StringComparison.Ordinal))
            {
                return result;
            }
        }

        return null;
    }

    /// <summary>Puts results side by side, checking them (JSON reading: results need not come from one engine call).</summary>
    /// <exception cref="ArgumentException"><paramref name="results"/> is empty or holds null.</exception>
    /// <exception cref="CurrencyMismatchException">The results are in different currencies.</exception>
    internal static ModelComparison Of(IEnumerable<AttributionResult> results)
    {
        Guard.NotNull(results);
        var list = results.ToArray();
        if (list.Length == 0)
        {
            Guard.ThrowArgument(nameof(results), "results must hold at least one attribution result, was empty.");
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                Guard.ThrowArgument(nameof(results), $"results[{i}] must not be null.");
            }

            if (list[i].Currency != list[0].Currency)
            {
                throw new CurrencyMismatchException(list[0].Currency, list[i].Currency, $"{nameof(results)}[{i}]");
            }
        }

        return new ModelComparison(list);
    }

    /// <summary>Compares two comparisons by value.</summary>
    /// <param name="left">The first comparison, or null.</param>
    /// <param name="right">The second comparison, or null.</param>
    /// <returns><see langword="true"/> when both are null or their results are equal in order.</returns>
    public static bool operator ==(ModelComparison? left, ModelComparison? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two comparisons by value.</summary>
    /// <param name="left">The first comparison, or null.</param>
    /// <param name="right">The second comparison, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ModelComparison? left, ModelComparison? right) => !(left == right);

    /// <summary>Returns whether another comparison has equal results, in the same order.</summary>
    /// <param name="other">The other comparison.</param>
    /// <returns><see langword="true"/> when every result is equal.</returns>
    public bool Equals(ModelComparison? other) =>
        other is not null && (ReferenceEquals(this, other) || _results.AsSpan().SequenceEqual(other._results));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ModelComparison);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var result in _results)
        {
            hash.Add(result);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns an aligned plain-text table: one row per channel and a total row; per model, credited conversions and value.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() => TextTable.Render(Cells(), Alignment());

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), Alignment());

    /// <summary>Returns the comparison as CSV for a spreadsheet (RFC 4180, \n line ends): one line per channel and model.</summary>
    /// <returns>
    /// CSV text with the header <c>channel,model,conversions,share,value,currency</c>: conversions with full precision, the
    /// share of the model's conversions as a fraction (empty when the model credited none), value at minor units; a total
    /// line per model with the channel <c>total</c>. Long form, so any number of models fits a spreadsheet's pivot table.
    /// </returns>
    public string ToCsv()
    {
        var rows = new List<string[]> { CsvHeader };
        foreach (var result in _results)
        {
            foreach (var channel in _channels)
            {
                var credit = result.Channels.Get(channel);
                rows.Add(
                [
                    channel.Name, result.ModelName, (credit?.Conversions ?? 0d).ToString("R", CultureInfo.InvariantCulture),
                    credit?.Share is { } share ? share.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
                    Metrics.Display.Plain(credit?.Value ?? Money.Zero(result.Currency)), result.Currency.Code,
                ]);
            }

            rows.Add(["total", result.ModelName, result.TotalConversions.ToString("R", CultureInfo.InvariantCulture), result.TotalConversions > 0d ? "1" : string.Empty, Metrics.Display.Plain(result.TotalValue), result.Currency.Code]);
        }

        return TextTable.Csv(rows);
    }

    private static readonly string[] CsvHeader = ["channel", "model", "conversions", "share", "value", "currency"];

    /// <summary>
    /// Returns the table laid out as asked: chosen columns per model (conversions, shares in percent, value), models
    /// relabelled, and split into stacked tables that each fit a maximum width.
    /// </summary>
    /// <param name="layout">The layout; <see cref="ComparisonLayout.Default"/> gives <see cref="ToString()"/>.</param>
    /// <returns>Invariant text at display precision; stacked tables are separated by an empty line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="layout"/> is null.</exception>
    public string ToString(ComparisonLayout layout)
    {
        Guard.NotNull(layout);
        var tables = new List<string>();
        var first = 0;
        while (first < _results.Length)
        {
            // Take as many models as fit the width (at least one).
            var count = 1;
            while (first + count < _results.Length
                && (layout.MaxWidth is not { } width || TextTable.Width(Cells(layout, first, count + 1)) <= width))
            {
                count++;
            }

            tables.Add(TextTable.Render(Cells(layout, first, count), Alignment(layout, count)));
            first += count;
        }

        return string.Join("\n", tables);
    }

    private static int ColumnsPerModel(ComparisonLayout layout) => (layout.Conversions ? 1 : 0) + (layout.Shares ? 1 : 0) + (layout.Values ? 1 : 0);

    private bool[] Alignment() => Alignment(ComparisonLayout.Default, _results.Length);

    private static bool[] Alignment(ComparisonLayout layout, int models)
    {
        var right = new bool[1 + (ColumnsPerModel(layout) * models)];
        Array.Fill(right, true);
        right[0] = false;
        return right;
    }

    private List<string[]> Cells() => Cells(ComparisonLayout.Default, 0, _results.Length);

    private List<string[]> Cells(ComparisonLayout layout, int first, int count)
    {
        var results = _results.AsSpan(first, count).ToArray();
        var header = new List<string> { "channel" };
        foreach (var result in results)
        {
            var label = layout.Label(result.ModelName);
            if (layout.Conversions)
            {
                header.Add(label);
            }

            if (layout.Shares)
            {
                header.Add($"{label} %");
            }

            if (layout.Values)
            {
                header.Add($"{label} value");
            }
        }

        var rows = new List<string[]> { header.ToArray() };
        foreach (var channel in _channels)
        {
            var row = new List<string> { channel.Name };
            foreach (var result in results)
            {
                var credit = result.Channels.Get(channel);
                Add(row, layout, credit?.Conversions ?? 0d, credit?.Share, credit?.Value ?? Money.Zero(result.Currency));
            }

            rows.Add(row.ToArray());
        }

        var total = new List<string> { "total" };
        foreach (var result in results)
        {
            Add(total, layout, result.TotalConversions, result.TotalConversions > 0d ? 1d : null, result.TotalValue);
        }

        rows.Add(total.ToArray());
        return rows;
    }

    private static void Add(List<string> row, ComparisonLayout layout, double conversions, double? share, Money value)
    {
        if (layout.Conversions)
        {
            row.Add(Metrics.Display.Count(conversions));
        }

        if (layout.Shares)
        {
            row.Add(Metrics.Display.Percent(share));
        }

        if (layout.Values)
        {
            row.Add(Metrics.Display.Money(value));
        }
    }
}
