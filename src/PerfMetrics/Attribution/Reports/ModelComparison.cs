using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>Several attribution models' credits side by side, per channel (what GA4's model comparison shows).</summary>
/// <remarks>
/// Channels are the union of the results' channels in ordinal order; a channel a result does not know shows zero
/// credit there. Render with <see cref="ToString"/> (aligned plain text) or <see cref="ToMarkdown"/>. Immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(ModelComparisonJsonConverter))]
public sealed class ModelComparison
{
    private readonly AttributionResult[] _results;
    private readonly Channel[] _channels;

    private ModelComparison(AttributionResult[] results, Channel[] channels)
    {
        _results = results;
        _channels = channels;
        Results = Array.AsReadOnly(results);
        Channels = Array.AsReadOnly(channels);
    }

    /// <summary>Gets the results, in column order.</summary>
    public IReadOnlyList<AttributionResult> Results { get; }

    /// <summary>Gets every channel of any result, in ordinal order of names.</summary>
    public IReadOnlyList<Channel> Channels { get; }

    /// <summary>Puts results side by side.</summary>
    /// <param name="results">The results (usually of one input under several models), at least one, all in one currency.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is empty or holds null.</exception>
    /// <exception cref="CurrencyMismatchException">The results are in different currencies.</exception>
    public static ModelComparison Of(IEnumerable<AttributionResult> results)
    {
        Guard.NotNull(results);
        var list = results.ToArray();
        if (list.Length == 0)
        {
            Guard.ThrowArgument(nameof(results), "results must hold at least one attribution result, was empty.");
        }

        var channels = new SortedSet<Channel>();
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

            foreach (var credit in list[i].Channels)
            {
                channels.Add(credit.Channel);
            }
        }

        return new ModelComparison(list, [.. channels]);
    }

    /// <summary>Returns an aligned plain-text table: one row per channel and a total row; per model, credited conversions and value.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() => TextTable.Render(Cells(), Alignment());

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), Alignment());

    private bool[] Alignment()
    {
        var right = new bool[1 + (2 * _results.Length)];
        Array.Fill(right, true);
        right[0] = false;
        return right;
    }

    private List<string[]> Cells()
    {
        var rows = new List<string[]>();
        var header = new string[1 + (2 * _results.Length)];
        header[0] = "channel";
        for (var m = 0; m < _results.Length; m++)
        {
            header[1 + (2 * m)] = _results[m].ModelName;
            header[2 + (2 * m)] = $"{_results[m].ModelName} value";
        }

        rows.Add(header);
        foreach (var channel in _channels)
        {
            var row = new string[header.Length];
            row[0] = channel.Name;
            for (var m = 0; m < _results.Length; m++)
            {
                var found = _results[m].TryGetCredit(channel, out var credit);
                row[1 + (2 * m)] = AttributionResult.Number(found ? credit.Conversions : 0d);
                row[2 + (2 * m)] = found ? credit.Value.ToString() : Money.Zero(_results[m].Currency).Round().ToString();
            }

            rows.Add(row);
        }

        var total = new string[header.Length];
        total[0] = "total";
        for (var m = 0; m < _results.Length; m++)
        {
            total[1 + (2 * m)] = AttributionResult.Number(_results[m].TotalConversions);
            total[2 + (2 * m)] = _results[m].TotalValue.ToString();
        }

        rows.Add(total);
        return rows;
    }
}
