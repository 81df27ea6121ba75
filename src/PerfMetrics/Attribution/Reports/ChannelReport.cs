using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Internal;
using PerfMetrics.Json;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Attribution;

/// <summary>
/// An attribution result joined with spend per channel: spend, attributed conversions and revenue, cost per
/// acquisition (CPA), return on ad spend (ROAS) and, given a <see cref="VerdictRule"/>, a keep-or-cut verdict per channel
/// with the rule it was judged by.
/// </summary>
/// <remarks>
/// <para>
/// Every channel that has spend or occurs in the attribution is a row, in ordinal order of names; none is dropped.
/// A channel with no spend record has a null <see cref="ChannelReportRow.Spend"/>, and a channel that does not occur in
/// the attributed paths has null <see cref="ChannelReportRow.Conversions"/> and <see cref="ChannelReportRow.Revenue"/>:
/// its ratios are then null (unknown), never zero. Where both sides are known, CPA = spend / attributed conversions
/// (null when no conversion was credited) and ROAS = attributed revenue / spend (null when the spend is zero), computed
/// with <see cref="Cpa"/> and <see cref="Roas"/>.
/// </para>
/// <para>
/// Verdicts (docs/metrics.md, "Which rule"): <see cref="VerdictRule.UnitMargin(Money)"/> judges CPA against the margin of
/// one sale (<see cref="CpaVersusMargin"/>); <see cref="VerdictRule.MarginRate(decimal)"/> judges ROAS against break-even
/// ROAS (attributed revenue x rate against spend), the right test when order values vary;
/// <see cref="VerdictRule.CpaCeiling(Money)"/> judges CPA against an LTV-based ceiling (<see cref="CpaCeiling"/>). All
/// compare exactly, by the one verdict rule of the library.
/// </para>
/// <para>
/// Spend windows: <see cref="ForPeriod(AttributionResult, IEnumerable{Spend}, DateInterval, VerdictRule?)"/> charges each
/// spend record with the part that falls inside the attribution period (<see cref="Spend.ProRata(DateInterval)"/>, an even
/// spread over the record's days) and reports the rest per channel in <see cref="ChannelReportRow.SpendOutsidePeriod"/>;
/// it is never silently included. The <c>Of</c> overloads take no period and charge every record in full.
/// </para>
/// <para>
/// Attributed conversions are fractional <see cref="double"/>s; they enter the decimal CPA formulas converted with
/// <c>(decimal)</c> (15 significant digits). CPA is not rounded; the text renderings round it to minor units.
/// </para>
/// <para>
/// Look a channel up with <c>Rows.Get(channel)</c> or <c>Rows.Get("name")</c>. Equality is by value: model name,
/// currency, rule, period, every row and the total (so a report read back from JSON equals the one written). Immutable
/// and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class ChannelReport : IEquatable<ChannelReport>, IEqualityOperators<ChannelReport, ChannelReport, bool>
{
    private readonly ChannelList<ChannelReportRow> _rows;

    internal ChannelReport(string modelName, Currency currency, VerdictRule? rule, DateInterval? period, ChannelReportRow[] rows, ChannelReportRow total)
    {
        ModelName = modelName;
        Currency = currency;
        Rule = rule;
        Period = period;
        _rows = new ChannelList<ChannelReportRow>(rows, static row => row.Channel);
        Total = total;
    }

    /// <summary>Gets the name of the attribution model the credits come from.</summary>
    public string ModelName { get; }

    /// <summary>Gets the currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the rule every row was judged by, or null when the report has no verdicts.</summary>
    public VerdictRule? Rule { get; }

    /// <summary>Gets the margin one acquisition earns when the rule is a unit margin; otherwise null.</summary>
    public Money? UnitMargin => Rule is { Kind: VerdictRuleKind.UnitMargin } rule ? rule.Amount : null;

    /// <summary>Gets the attribution period spend was pro-rated into (both ends inclusive), or null when every spend record was charged in full.</summary>
    public DateInterval? Period { get; }

    /// <summary>Gets one row per channel, in ordinal order of names; look one up by channel or name with <see cref="ChannelList{T}.Get(Channel)"/>.</summary>
    public ChannelList<ChannelReportRow> Rows => _rows;

    /// <summary>Gets the totals: all spend, all attributed conversions and revenue, and the blended CPA, ROAS and verdict; its channel is <c>default(Channel)</c>.</summary>
    public ChannelReportRow Total { get; }

    /// <summary>Joins an attribution result with spend per channel, charging every spend record in full, with an optional CPA-versus-margin verdict.</summary>
    /// <param name="attribution">Credits per channel.</param>
    /// <param name="spends">Spend records, in the attribution's currency; several per channel are summed, whatever their periods.</param>
    /// <param name="unitMargin">Optional margin per acquisition (same currency, non-negative); when given, each row gets a CPA-versus-margin verdict (<see cref="VerdictRule.UnitMargin(Money)"/>).</param>
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
        VerdictRule? rule = null;
        if (unitMargin is { } margin)
        {
            if (margin.Currency != attribution.Currency)
            {
                throw new CurrencyMismatchException(attribution.Currency, margin.Currency, nameof(unitMargin));
            }

            MoneyGuard.NonNegative(margin, nameof(unitMargin));
            rule = VerdictRule.UnitMargin(margin);
        }

        return Build(attribution, spends, null, rule);
    }

    /// <summary>Joins an attribution result with spend per channel, charging every spend record in full, and judges each channel by a rule.</summary>
    /// <param name="attribution">Credits per channel.</param>
    /// <param name="spends">Spend records, in the attribution's currency; several per channel are summed, whatever their periods.</param>
    /// <param name="rule">What each channel is judged against: a unit margin, a margin rate (ROAS against break-even ROAS) or a CPA ceiling, in the attribution's currency.</param>
    /// <returns>The report; each row carries <paramref name="rule"/> and its verdict.</returns>
    /// <example>
    /// <code>
    /// var report = ChannelReport.Of(result, spends, VerdictRule.MarginRate(0.35m)); // ROAS vs break-even 2.86
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="attribution"/> or <paramref name="spends"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="spends"/> holds null, or <paramref name="rule"/> is <c>default(VerdictRule)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">A spend, the unit margin or the ceiling is in another currency.</exception>
    /// <exception cref="OverflowException">A spend total or a ratio exceeds <see cref="decimal"/>'s range.</exception>
    public static ChannelReport Of(AttributionResult attribution, IEnumerable<Spend> spends, VerdictRule rule)
    {
        Guard.NotNull(attribution);
        Guard.NotNull(spends);
        return Build(attribution, spends, null, rule.RequireIn(attribution.Currency, nameof(rule)));
    }

    /// <summary>
    /// Joins an attribution result with the spend that falls inside its period: each record's pro-rata part is charged, the
    /// rest is reported per channel as spend outside the period; optionally judges each channel by a rule.
    /// </summary>
    /// <param name="attribution">Credits per channel, for the conversions of <paramref name="period"/>.</param>
    /// <param name="spends">Spend records, in the attribution's currency and the period's calendar; records that do not overlap the period are reported, not an error.</param>
    /// <param name="period">The attribution period, both ends inclusive.</param>
    /// <param name="rule">Optional rule: a unit margin, a margin rate or a CPA ceiling, in the attribution's currency.</param>
    /// <returns>The report; <see cref="ChannelReportRow.SpendOutsidePeriod"/> holds what was left out.</returns>
    /// <example>
    /// <code>
    /// var april = new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30));
    /// var report = ChannelReport.ForPeriod(result, marchAndAprilSpend, april, VerdictRule.UnitMargin(new Money(38m, usd)));
    /// // only April's spend is charged; March's shows in the "outside period" column
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="attribution"/>, <paramref name="spends"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="spends"/> holds null or a record in another calendar, or <paramref name="rule"/> is <c>default(VerdictRule)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">A spend, the unit margin or the ceiling is in another currency.</exception>
    /// <exception cref="OverflowException">A spend total or a ratio exceeds <see cref="decimal"/>'s range.</exception>
    public static ChannelReport ForPeriod(AttributionResult attribution, IEnumerable<Spend> spends, DateInterval period, VerdictRule? rule = null)
    {
        Guard.NotNull(attribution);
        Guard.NotNull(spends);
        Guard.NotNull(period);
        return Build(attribution, spends, period, rule?.RequireIn(attribution.Currency, nameof(rule)));
    }

    private static ChannelReport Build(AttributionResult attribution, IEnumerable<Spend> spends, DateInterval? period, VerdictRule? rule)
    {
        var currency = attribution.Currency;
        var zero = Money.Zero(currency);
        var inside = new SortedDictionary<Channel, Money>();
        var outside = new Dictionary<Channel, Money>();
        var index = 0;
        foreach (var spend in spends)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{nameof(spends)}[{index}]");
            if (spend is null)
            {
                Guard.ThrowArgument(nameof(spends), $"{name} must not be null.");
            }

            if (spend.Amount.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, spend.Amount.Currency, name);
            }

            var charged = spend.Amount;
            if (period is not null)
            {
                if (spend.Period.Start.Calendar != period.Start.Calendar)
                {
                    Guard.ThrowArgument(name, $"{name} must use the calendar of the period, {period.Start.Calendar}, was {spend.Period.Start.Calendar}.");
                }

                charged = spend.ProRata(period);
                outside[spend.Channel] = (outside.TryGetValue(spend.Channel, out var o) ? o : zero) + (spend.Amount - charged);
            }

            inside[spend.Channel] = (inside.TryGetValue(spend.Channel, out var sum) ? sum : zero) + charged;
            index++;
        }

        var channels = new SortedSet<Channel>(inside.Keys);
        foreach (var credit in attribution.Channels.Items)
        {
            channels.Add(credit.Channel);
        }

        var rows = new ChannelReportRow[channels.Count];
        var row = 0;
        var totalSpend = zero;
        Money? totalOutside = period is null ? null : zero;
        foreach (var channel in channels)
        {
            Money? spend = inside.TryGetValue(channel, out var s) ? s : null;
            Money? left = period is not null && outside.TryGetValue(channel, out var o) ? o : null;
            o = left ?? default;
            var credit = attribution.Channels.Get(channel);
            rows[row++] = Row(channel, spend, left, credit?.Conversions, credit?.Value, rule);
            totalSpend += s;
            totalOutside += o;
        }

        var total = Row(default, totalSpend, totalOutside, attribution.TotalConversions, attribution.TotalValue, rule);
        return new ChannelReport(attribution.ModelName, currency, rule, period, rows, total);
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

    /// <summary>Returns whether another report has the same model name, currency, rule, period, rows and total.</summary>
    /// <param name="other">The other report.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public bool Equals(ChannelReport? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(ModelName, other.ModelName, StringComparison.Ordinal)
                && Currency == other.Currency
                && Nullable.Equals(Rule, other.Rule)
                && Equals(Period, other.Period)
                && Total == other.Total
                && _rows.SequenceEqual(other._rows)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ChannelReport);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(StringComparer.Ordinal.GetHashCode(ModelName), Currency, Rule, Period, Total, _rows.SequenceHash());

    /// <summary>Returns an aligned plain-text table with a total row; null values print as <c>n/a</c>.</summary>
    /// <returns>Invariant text: the model name, then one line per channel.</returns>
    public override string ToString() => $"{ModelName}{Heading()}\n{TextTable.Render(Cells(), Alignment())}";

    private string Heading() =>
        (Period is null ? string.Empty : $", {LocalDatePattern.Iso.Format(Period.Start)} to {LocalDatePattern.Iso.Format(Period.End)}")
        + (Rule is { } rule ? $", judged by {rule}" : string.Empty);

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), Alignment());

    /// <summary>Returns the report as CSV for a spreadsheet (RFC 4180, \n line ends): one line per channel and a total line.</summary>
    /// <returns>
    /// CSV text with the header <c>channel,spend,spend_outside_period,conversions,revenue,cpa,roas,rule,verdict</c>: amounts at
    /// minor units without grouping or code (the report's currency is <see cref="Currency"/>), conversions with full
    /// precision, ROAS with two decimals, unknown values empty; the total line's channel is <c>total</c>.
    /// </returns>
    public string ToCsv()
    {
        var rows = new List<string[]> { CsvHeader };
        foreach (var row in _rows.Items)
        {
            rows.Add(CsvCells(row.Channel.Name, row));
        }

        rows.Add(CsvCells("total", Total));
        return TextTable.Csv(rows);
    }

    private static readonly string[] CsvHeader = ["channel", "spend", "spend_outside_period", "conversions", "revenue", "cpa", "roas", "rule", "verdict"];

    private static string[] CsvCells(string label, ChannelReportRow row) =>
    [
        label,
        Display.Plain(row.Spend),
        Display.Plain(row.SpendOutsidePeriod),
        row.Conversions is { } c ? c.ToString("R", CultureInfo.InvariantCulture) : string.Empty,
        Display.Plain(row.Revenue),
        Display.Plain(row.Cpa),
        row.Roas is { } roas ? decimal.Round(roas, 2, MidpointRounding.ToEven).ToString("0.00", CultureInfo.InvariantCulture) : string.Empty,
        row.Rule?.ToString() ?? string.Empty,
        row.Rule is { Kind: VerdictRuleKind.CpaCeiling } ? row.CeilingVerdict?.ToString() ?? nameof(ProfitVerdict.Undefined) : row.Verdict?.ToString() ?? string.Empty,
    ];

    private static ChannelReportRow Row(Channel channel, Money? spend, Money? outside, double? conversions, Money? revenue, VerdictRule? rule)
    {
        Money? cpa = null;
        decimal? roas = null;
        ProfitVerdict? verdict = rule is { Kind: not VerdictRuleKind.CpaCeiling } ? ProfitVerdict.Undefined : null;
        CeilingVerdict? ceilingVerdict = null;
        if (spend is { } s && conversions is { } c && revenue is { } r)
        {
            var acquisitions = (decimal)c;
            cpa = Cpa.Of(s, acquisitions);
            roas = Roas.Of(r, s);
            if (rule is { Kind: VerdictRuleKind.CpaCeiling } ceiling)
            {
                ceilingVerdict = ceiling.CeilingVerdictOf(s, acquisitions);
            }
            else if (rule is { } margin)
            {
                verdict = margin.ProfitVerdictOf(s, acquisitions, r);
            }
        }

        return new ChannelReportRow(channel, spend, conversions, revenue, cpa, roas, verdict, outside, rule, ceilingVerdict);
    }

    private List<string[]> Cells()
    {
        var header = new List<string> { "channel", "spend" };
        if (Period is not null)
        {
            header.Add("outside period");
        }

        header.AddRange(["conversions", "revenue", "CPA", "ROAS"]);
        if (Rule is not null)
        {
            header.AddRange(["judged by", "verdict"]);
        }

        var rows = new List<string[]> { header.ToArray() };
        foreach (var row in _rows.Items)
        {
            rows.Add(Cells(row.Channel.Name, row));
        }

        rows.Add(Cells("total", Total));
        return rows;
    }

    private bool[] Alignment()
    {
        var right = new List<bool> { false, true };
        if (Period is not null)
        {
            right.Add(true);
        }

        right.AddRange([true, true, true, true]);
        if (Rule is not null)
        {
            right.AddRange([false, false]);
        }

        return [.. right];
    }

    private string[] Cells(string label, ChannelReportRow row)
    {
        var cells = new List<string> { label, Display.Money(row.Spend) };
        if (Period is not null)
        {
            cells.Add(Display.Money(row.SpendOutsidePeriod));
        }

        cells.AddRange([Display.Count(row.Conversions), Display.Money(row.Revenue), Display.Money(row.Cpa), Display.Ratio(row.Roas)]);
        if (Rule is { } rule)
        {
            cells.Add(rule.Kind switch
            {
                VerdictRuleKind.UnitMargin => "CPA vs margin " + Display.Money(rule.Amount),
                VerdictRuleKind.MarginRate => "ROAS vs break-even " + Display.Ratio(rule.BreakEvenRoas),
                _ => "CPA vs ceiling " + Display.Money(rule.Amount),
            });
            cells.Add(row.Rule is { Kind: VerdictRuleKind.CpaCeiling }
                ? row.CeilingVerdict?.ToString() ?? "Undefined"
                : row.Verdict?.ToString() ?? "n/a");
        }

        return [.. cells];
    }
}
