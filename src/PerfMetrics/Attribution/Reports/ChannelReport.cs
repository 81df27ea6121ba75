using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;
using PerfMetrics.Metrics;

namespace PerfMetrics.Attribution;

/// <summary>
/// An attribution result joined with spend per channel: spend, attributed conversions and revenue, cost per
/// acquisition (CPA), return on ad spend (ROAS) and, given a unit margin, the CPA-versus-margin verdict.
/// </summary>
/// <remarks>
/// <para>
/// Every channel that has spend or occurs in the attribution is a row, in ordinal order of names; none is dropped.
/// A channel with no spend record has a null <see cref="ChannelReportRow.Spend"/>, and a channel that does not occur in
/// the attributed paths has null <see cref="ChannelReportRow.Conversions"/> and <see cref="ChannelReportRow.Revenue"/>:
/// its ratios are then null (unknown), never zero. Where both sides are known, CPA = spend / attributed conversions
/// (null when no conversion was credited) and ROAS = attributed revenue / spend (null when the spend is zero), computed
/// with <see cref="Cpa"/> and <see cref="Roas"/>; the verdict comes from <see cref="CpaVersusMargin"/>.
/// </para>
/// <para>
/// Attributed conversions are fractional <see cref="double"/>s; they enter the decimal CPA formulas converted with
/// <c>(decimal)</c> (15 significant digits). CPA is not rounded; the text renderings round it to minor units.
/// </para>
/// <para>
/// Look a channel up with <c>Rows.Get(channel)</c> or <c>Rows.Get("name")</c>. Equality is by value: model name,
/// currency, unit margin, every row and the total (so a report read back from JSON equals the one written). Immutable
/// and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class ChannelReport : IEquatable<ChannelReport>, IEqualityOperators<ChannelReport, ChannelReport, bool>
{
    private readonly ChannelList<ChannelReportRow> _rows;

    internal ChannelReport(string modelName, Currency currency, Money? unitMargin, ChannelReportRow[] rows, ChannelReportRow total)
    {
        ModelName = modelName;
        Currency = currency;
        UnitMargin = unitMargin;
        _rows = new ChannelList<ChannelReportRow>(rows, static row => row.Channel);
        Total = total;
    }

    /// <summary>Gets the name of the attribution model the credits come from.</summary>
    public string ModelName { get; }

    /// <summary>Gets the currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the margin one acquisition earns, or null when the report has no verdicts.</summary>
    public Money? UnitMargin { get; }

    /// <summary>Gets one row per channel, in ordinal order of names; look one up by channel or name with <see cref="ChannelList{T}.Get(Channel)"/>.</summary>
    public ChannelList<ChannelReportRow> Rows => _rows;

    /// <summary>Gets the totals: all spend, all attributed conversions and revenue, and the blended CPA, ROAS and verdict; its channel is <c>default(Channel)</c>.</summary>
    public ChannelReportRow Total { get; }

    /// <summary>Joins an attribution result with spend per channel.</summary>
    /// <param name="attribution">Credits per channel.</param>
    /// <param name="spends">Spend records, in the attribution's currency; several per channel are summed.</param>
    /// <param name="unitMargin">Optional margin per acquisition (same currency, non-negative); when given, each row gets a CPA-versus-margin verdict.</param>
    /// <returns>The report.</returns>
    /// <example>
    /// <code>
    /// var result = AttributionEngine.Attribute(table, AttributionModels.PositionBased());
    /// var report = ChannelReport.Of(result, spends, unitMargin: new Money(38m, Currency.Usd));
    /// Console.WriteLine(report);
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="attribution"/> or <paramref name="spends"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="spends"/> holds null.</exception>
    /// <exception cref="CurrencyMismatchException">A spend or the unit margin is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitMargin"/> is negative.</exception>
    /// <exception cref="OverflowException">A spend total or a ratio exceeds <see cref="decimal"/>'s range.</exception>
    public static ChannelReport Of(AttributionResult attribution, IEnumerable<Spend> spends, Money? unitMargin = null)
    {
        Guard.NotNull(attribution);
        Guard.NotNull(spends);
        var currency = attribution.Currency;
        if (unitMargin is { } margin)
        {
            if (margin.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, margin.Currency, nameof(unitMargin));
            }

            MoneyGuard.NonNegative(margin, nameof(unitMargin));
        }

        var spendByChannel = Spend.TotalsByChannel(spends, currency);
        var channels = new SortedSet<Channel>(spendByChannel.Keys);
        foreach (var credit in attribution.Channels.Items)
        {
            channels.Add(credit.Channel);
        }

        var rows = new ChannelReportRow[channels.Count];
        var index = 0;
        var totalSpend = Money.Zero(currency);
        foreach (var channel in channels)
        {
            Money? spend = spendByChannel.TryGetValue(channel, out var s) ? s : null;
            var credit = attribution.Channels.Get(channel);
            rows[index++] = Row(channel, spend, credit?.Conversions, credit?.Value, unitMargin);
            totalSpend += s;
        }

        var total = Row(default, totalSpend, attribution.TotalConversions, attribution.TotalValue, unitMargin);
        return new ChannelReport(attribution.ModelName, currency, unitMargin, rows, total);
    }

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when both are null or all members are equal.</returns>
    public static bool operator ==(ChannelReport? left, ChannelReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ChannelReport? left, ChannelReport? right) => !(left == right);

    /// <summary>Returns whether another report has the same model name, currency, unit margin, rows and total.</summary>
    /// <param name="other">The other report.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public bool Equals(ChannelReport? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(ModelName, other.ModelName, StringComparison.Ordinal)
                && Currency == other.Currency
                && Nullable.Equals(UnitMargin, other.UnitMargin)
                && Total == other.Total
                && _rows.SequenceEqual(other._rows)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ChannelReport);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(ModelName), Currency, UnitMargin, Total, _rows.SequenceHash());

    /// <summary>Returns an aligned plain-text table with a total row; null values print as <c>n/a</c>.</summary>
    /// <returns>Invariant text: the model name, then one line per channel.</returns>
    public override string ToString() => $"{ModelName}\n{TextTable.Render(Cells(), Alignment())}";

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), Alignment());

    private static ChannelReportRow Row(Channel channel, Money? spend, double? conversions, Money? revenue, Money? unitMargin)
    {
        Money? cpa = null;
        decimal? roas = null;
        ProfitVerdict? verdict = unitMargin is null ? null : ProfitVerdict.Undefined;
        if (spend is { } s && conversions is { } c && revenue is { } r)
        {
            var acquisitions = (decimal)c;
            cpa = Cpa.Of(s, acquisitions);
            roas = Roas.Of(r, s);
            if (unitMargin is { } margin)
            {
                verdict = CpaVersusMargin.Of(s, acquisitions, margin).Verdict;
            }
        }

        return new ChannelReportRow(channel, spend, conversions, revenue, cpa, roas, verdict);
    }

    private bool[] Alignment() => UnitMargin is null ? [false, true, true, true, true, true] : [false, true, true, true, true, true, false];

    private List<string[]> Cells()
    {
        var header = new List<string> { "channel", "spend", "conversions", "revenue", "CPA", "ROAS" };
        if (UnitMargin is not null)
        {
            header.Add("verdict");
        }

        var rows = new List<string[]> { header.ToArray() };
        foreach (var row in _rows.Items)
        {
            rows.Add(Cells(row.Channel.Name, row));
        }

        rows.Add(Cells("total", Total));
        return rows;
    }

    private string[] Cells(string label, ChannelReportRow row)
    {
        var cells = new List<string>
        {
            label,
            row.Spend is { } spend ? spend.Round().ToString() : "n/a",
            row.Conversions is { } conversions ? AttributionResult.Number(conversions) : "n/a",
            row.Revenue is { } revenue ? revenue.ToString() : "n/a",
            row.Cpa is { } cpa ? cpa.Round().ToString() : "n/a",
            row.Roas is { } roas ? roas.ToString("0.00", CultureInfo.InvariantCulture) : "n/a",
        };
        if (UnitMargin is not null)
        {
            cells.Add(row.Verdict?.ToString() ?? "n/a");
        }

        return [.. cells];
    }
}
