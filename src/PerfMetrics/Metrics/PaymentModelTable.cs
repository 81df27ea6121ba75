using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Metrics;

/// <summary>
/// The answer of <see cref="PaymentModelComparison"/>: one <see cref="PaymentModelOutcome"/> per payment model, in the
/// order the models were given, readable as a list and printable as a table.
/// </summary>
/// <remarks>
/// Render with <see cref="ToString"/> (aligned plain text, for a console or a script), <see cref="ToMarkdown"/> or
/// <see cref="ToCsv"/> (for a spreadsheet). The printed tables show amounts rounded to the currency's minor unit (to even)
/// with thousands grouped, and models with their rates at display precision (<c>RevShare 20%</c>), by the display rule
/// (docs/design.md, "Display"); the <see cref="Outcomes"/> keep them exact. Equality is by value: the same outcomes in the same order (so a table read back from JSON equals the one
/// written). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{Count} payment models")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class PaymentModelTable : IReadOnlyList<PaymentModelOutcome>, IEquatable<PaymentModelTable>, System.Numerics.IEqualityOperators<PaymentModelTable, PaymentModelTable, bool>
{
    private readonly ImmutableArray<PaymentModelOutcome> _outcomes;

    internal PaymentModelTable(ImmutableArray<PaymentModelOutcome> outcomes) => _outcomes = outcomes;

    /// <summary>Gets the outcomes, one per payment model, in the order the models were given.</summary>
    public ImmutableArray<PaymentModelOutcome> Outcomes => _outcomes;

    /// <summary>Gets the number of payment models compared.</summary>
    public int Count => _outcomes.Length;

    /// <summary>Gets the outcome of the model at <paramref name="index"/>.</summary>
    /// <param name="index">The position of the model in the order given, from 0.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not between 0 and <see cref="Count"/> - 1.</exception>
    public PaymentModelOutcome this[int index]
    {
        get
        {
            Guard.Index(index, _outcomes.Length, "payment models in the table");
            return _outcomes[index];
        }
    }

    /// <summary>Returns an enumerator over the outcomes, in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<PaymentModelOutcome> GetEnumerator() => ((IEnumerable<PaymentModelOutcome>)_outcomes).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Compares two tables by value.</summary>
    /// <param name="left">The first table, or null.</param>
    /// <param name="right">The second table, or null.</param>
    /// <returns><see langword="true"/> when both are null or their outcomes are equal in order.</returns>
    public static bool operator ==(PaymentModelTable? left, PaymentModelTable? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two tables by value.</summary>
    /// <param name="left">The first table, or null.</param>
    /// <param name="right">The second table, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PaymentModelTable? left, PaymentModelTable? right) => !(left == right);

    /// <summary>Returns whether another table has equal outcomes, in the same order.</summary>
    /// <param name="other">The other table.</param>
    /// <returns><see langword="true"/> when every outcome is equal.</returns>
    public bool Equals(PaymentModelTable? other) =>
        other is not null && (ReferenceEquals(this, other) || _outcomes.AsSpan().SequenceEqual(other._outcomes.AsSpan()));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PaymentModelTable);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var outcome in _outcomes)
        {
            hash.Add(outcome);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// Returns an aligned plain-text table: one row per model with its cost, effective CPA, gross profit, advertiser
    /// profit and verdict.
    /// </summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() => TextTable.Render(Cells(), Alignment);

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, amounts right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), Alignment);

    /// <summary>Returns the table as CSV for a spreadsheet (RFC 4180, \n line ends): one line per model, amounts at minor units without grouping or code.</summary>
    /// <returns>CSV text with a header line <c>model,currency,cost,effective_cpa,gross_profit,advertiser_profit,verdict</c>; an undefined CPA is an empty field; the model in its exact text form.</returns>
    public string ToCsv()
    {
        var rows = new List<string[]>(_outcomes.Length + 1) { CsvHeader };
        foreach (var o in _outcomes)
        {
            rows.Add(
            [
                o.Model.ToString(), o.Cost.IsDefault ? string.Empty : o.Cost.Currency.Code, Display.Plain(o.Cost), Display.Plain(o.EffectiveCpa),
                Display.Plain(o.GrossProfit), Display.Plain(o.AdvertiserProfit), o.Verdict.ToString(),
            ]);
        }

        return TextTable.Csv(rows);
    }

    private static readonly string[] CsvHeader = ["model", "currency", "cost", "effective_cpa", "gross_profit", "advertiser_profit", "verdict"];

    private static readonly string[] Header = ["model", "cost", "effective CPA", "gross profit", "advertiser profit", "verdict"];

    private static bool[] Alignment => [false, true, true, true, true, false];

    private List<string[]> Cells()
    {
        var rows = new List<string[]>(_outcomes.Length + 1) { Header };
        foreach (var o in _outcomes)
        {
            rows.Add(
            [
                Display.Model(o.Model),
                Display.Money(o.Cost),
                o.EffectiveCpa is { } cpa ? Display.Money(cpa) : "undefined",
                Display.Money(o.GrossProfit),
                Display.Money(o.AdvertiserProfit),
                o.Verdict.ToString(),
            ]);
        }

        return rows;
    }
}
