using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Metrics;

/// <summary>
/// Campaigns side by side for a media buyer: per campaign its cost under its own payment model, CPA, ROAS, profit and
/// verdict, and what every alternative payment model would have cost on that campaign's own delivery.
/// </summary>
/// <remarks>
/// <para>
/// Each row is <see cref="PaymentModelComparison"/> applied to one campaign's delivery: once for the model it was bought
/// on (<see cref="CampaignReportRow.Outcome"/>) and once for the alternatives (<see cref="CampaignReportRow.Alternatives"/>).
/// Pricing every campaign on its own delivery matters: a CPC alternative of a campaign with many clicks and few sales costs
/// far more than one forecast for all campaigns suggests.
/// </para>
/// <para>
/// Gross profit is unit margin x acquisitions (<see cref="Of(IEnumerable{CampaignDelivery}, Money, IEnumerable{PaymentModel})"/>)
/// or revenue x margin rate (<see cref="FromMarginRate(IEnumerable{CampaignDelivery}, decimal, IEnumerable{PaymentModel})"/>,
/// for baskets of varying value); profit = gross profit - cost; the verdict is its sign (the one verdict rule), Undefined
/// without acquisitions. <see cref="AlternativeTotals"/> sums each alternative over the campaigns, each priced on its own
/// delivery. Rows keep the input order. Amounts are exact; the text, Markdown and CSV renderings round them for display.
/// Equality is by value (rule, currency, rows). Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var report = CampaignReport.Of(CampaignDelivery.ReadCsv(reader, Currency.Usd), new Money(38m, Currency.Usd),
///     [PaymentModel.Cpc(new Money(0.50m, usd)), PaymentModel.Cpa(new Money(30m, usd)), PaymentModel.RevenueShare(0.2m)]);
/// Console.WriteLine(report);
/// </code>
/// </example>
[DebuggerDisplay("{Rows.Length} campaigns")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class CampaignReport : IEquatable<CampaignReport>, IEqualityOperators<CampaignReport, CampaignReport, bool>
{
    internal CampaignReport(Currency currency, VerdictRule rule, ImmutableArray<PaymentModel> alternatives, ImmutableArray<CampaignReportRow> rows)
    {
        Currency = currency;
        Rule = rule;
        AlternativeModels = alternatives;
        Rows = rows;
        var zero = Money.Zero(currency);
        TotalCost = Money.Sum(rows.Select(r => r.Cost), currency);
        TotalProfit = Money.Sum(rows.Select(r => r.Profit), currency);
        TotalRevenue = Money.Sum(rows.Select(r => r.Delivery.Revenue.IsDefault ? zero : r.Delivery.Revenue), currency);
        TotalAcquisitions = rows.Sum(r => r.Delivery.Acquisitions);
        var gross = Money.Sum(rows.Select(r => r.Outcome.GrossProfit), currency);
        var totals = ImmutableArray.CreateBuilder<PaymentModelOutcome>(alternatives.Length);
        for (var m = 0; m < alternatives.Length; m++)
        {
            var cost = Money.Sum(rows.Select(r => r.Alternatives[m].Cost), currency);
            totals.Add(new PaymentModelOutcome(
                alternatives[m],
                cost,
                TotalAcquisitions == 0 ? null : cost / TotalAcquisitions,
                gross,
                TotalAcquisitions == 0 ? ProfitVerdict.Undefined : Verdicts.FromProfit(gross - cost)));
        }

        AlternativeTotals = new PaymentModelTable(totals.MoveToImmutable());
    }

    /// <summary>Gets the currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>Gets how gross profit was computed: <see cref="VerdictRuleKind.UnitMargin"/> or <see cref="VerdictRuleKind.MarginRate"/>.</summary>
    public VerdictRule Rule { get; }

    /// <summary>Gets the alternative payment models every campaign was also priced on, in the order given.</summary>
    public ImmutableArray<PaymentModel> AlternativeModels { get; }

    /// <summary>Gets one row per campaign, in input order.</summary>
    public ImmutableArray<CampaignReportRow> Rows { get; }

    /// <summary>Gets the cost of all campaigns under their own payment models.</summary>
    public Money TotalCost { get; }

    /// <summary>Gets the revenue of all campaigns.</summary>
    public Money TotalRevenue { get; }

    /// <summary>Gets the acquisitions of all campaigns.</summary>
    public long TotalAcquisitions { get; }

    /// <summary>Gets the profit of all campaigns after their costs.</summary>
    public Money TotalProfit { get; }

    /// <summary>Gets, per alternative model, its cost summed over the campaigns (each priced on its own delivery), the blended CPA, the profit and verdict.</summary>
    public PaymentModelTable AlternativeTotals { get; }

    /// <summary>Reports campaigns with a fixed margin per acquisition.</summary>
    /// <param name="campaigns">The campaigns; none null, all in one currency (revenue, model rates, margin).</param>
    /// <param name="unitMargin">The margin one acquisition earns before advertising, non-negative.</param>
    /// <param name="alternatives">Payment models to price every campaign on as well (may be empty); each must be priceable on every delivery.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaigns"/> or <paramref name="alternatives"/> is null.</exception>
    /// <exception cref="ArgumentException">A campaign is null, an alternative is <c>default(PaymentModel)</c>, or a campaign's delivery lacks what an alternative bills on (the message names both).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitMargin"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <exception cref="OverflowException">A cost or profit overflows <see cref="decimal"/>.</exception>
    public static CampaignReport Of(IEnumerable<CampaignDelivery> campaigns, Money unitMargin, IEnumerable<PaymentModel> alternatives)
    {
        Guard.NotNull(campaigns);
        Guard.NotNull(alternatives);
        var rule = VerdictRule.UnitMargin(unitMargin);
        return Build(campaigns, rule, unitMargin.Currency, [.. alternatives], (d, models) => PaymentModelComparison.Of(d, unitMargin, models));
    }

    /// <summary>Reports campaigns with the margin as a rate of each campaign's revenue (baskets of varying value).</summary>
    /// <param name="campaigns">The campaigns; none null, all in one currency (revenue and model rates).</param>
    /// <param name="marginRate">Contribution margin as a fraction of revenue, greater than 0 and at most 1.</param>
    /// <param name="alternatives">Payment models to price every campaign on as well (may be empty).</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="campaigns"/> or <paramref name="alternatives"/> is null.</exception>
    /// <exception cref="ArgumentException">A campaign is null, there are no campaigns, an alternative is <c>default(PaymentModel)</c>, or a campaign's delivery lacks what an alternative bills on.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is not in (0, 1].</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <exception cref="OverflowException">A cost or profit overflows <see cref="decimal"/>.</exception>
    public static CampaignReport FromMarginRate(IEnumerable<CampaignDelivery> campaigns, decimal marginRate, IEnumerable<PaymentModel> alternatives)
    {
        Guard.NotNull(campaigns);
        Guard.NotNull(alternatives);
        var rule = VerdictRule.MarginRate(marginRate);
        return Build(campaigns, rule, default, [.. alternatives], (d, models) => PaymentModelComparison.FromMarginRate(d, marginRate, models));
    }

    private static CampaignReport Build(
        IEnumerable<CampaignDelivery> campaigns, VerdictRule rule, Currency currency, PaymentModel[] alternatives, Func<Delivery, IEnumerable<PaymentModel>, PaymentModelTable> compare)
    {
        for (var m = 0; m < alternatives.Length; m++)
        {
            if (alternatives[m] == default)
            {
                Guard.ThrowArgument(nameof(alternatives), string.Create(CultureInfo.InvariantCulture, $"alternatives[{m}] must be a payment model, was default(PaymentModel)."));
            }
        }

        var rows = ImmutableArray.CreateBuilder<CampaignReportRow>();
        var index = 0;
        foreach (var campaign in campaigns)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{nameof(campaigns)}[{index}]");
            if (campaign is null)
            {
                Guard.ThrowArgument(nameof(campaigns), $"{name} must not be null.");
            }

            for (var m = 0; m < alternatives.Length; m++)
            {
                if (CampaignDelivery.Missing(alternatives[m], campaign.Delivery) is { } lacking)
                {
                    Guard.ThrowArgument(
                        nameof(alternatives),
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"alternatives[{m}] ({alternatives[m]}) bills on {lacking}, but {name} (campaign {Guard.Format(campaign.Campaign)}) does not report its {lacking}; report them or leave this alternative out."));
                }
            }

            PaymentModelTable own;
            PaymentModelTable others;
            try
            {
                own = compare(campaign.Delivery, [campaign.PaymentModel]);
                others = compare(campaign.Delivery, alternatives);
            }
            catch (CurrencyMismatchException e)
            {
                throw new CurrencyMismatchException($"{name} (campaign {Guard.Format(campaign.Campaign)}): {e.Message}", e);
            }

            var rowCurrency = own[0].Cost.Currency;
            if (currency.IsDefault)
            {
                currency = rowCurrency;
            }
            else if (!rowCurrency.IsDefault && rowCurrency != currency)
            {
                throw new CurrencyMismatchException(currency, rowCurrency, name);
            }

            rows.Add(new CampaignReportRow(campaign.Campaign, campaign.Channel, campaign.Delivery, own[0], others));
            index++;
        }

        if (index == 0)
        {
            Guard.ThrowArgument(nameof(campaigns), "campaigns must hold at least one campaign, was empty.");
        }

        if (currency.IsDefault)
        {
            currency = FirstRateCurrency(rows);
        }

        return new CampaignReport(currency, rule, [.. alternatives], rows.ToImmutable());
    }

    /// <summary>The currency of a margin-rate report whose every cost and revenue is currency-less: that of the first model rate.</summary>
    private static Currency FirstRateCurrency(ImmutableArray<CampaignReportRow>.Builder rows)
    {
        var currency = rows.Select(r => r.PaymentModel.Rate.Currency).FirstOrDefault(c => !c.IsDefault);
        if (currency.IsDefault)
        {
            Guard.ThrowArgument("campaigns", "campaigns must hold a campaign with revenue or a money rate, so the report has a currency.");
        }

        return currency;
    }

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when both are null or all members are equal.</returns>
    public static bool operator ==(CampaignReport? left, CampaignReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CampaignReport? left, CampaignReport? right) => !(left == right);

    /// <summary>Returns whether another report has the same currency, rule, alternatives and rows.</summary>
    /// <param name="other">The other report.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public bool Equals(CampaignReport? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Currency == other.Currency && Rule == other.Rule
                && AlternativeModels.AsSpan().SequenceEqual(other.AlternativeModels.AsSpan())
                && Rows.AsSpan().SequenceEqual(other.Rows.AsSpan())));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CampaignReport);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Currency, Rule, AlternativeModels.Length, Rows.Length, Rows.Length > 0 ? Rows[0].GetHashCode() : 0);

    /// <summary>
    /// Returns an aligned plain-text table at display precision: per campaign its channel, model, conversions, revenue,
    /// cost, CPA, ROAS, profit and verdict, then the cost of each alternative model on that campaign's delivery, and a total line.
    /// </summary>
    /// <returns>Invariant text: the rule, then the table.</returns>
    public override string ToString() => $"judged by {Rule}\n{TextTable.Render(Cells(), Alignment())}";

    /// <summary>Returns the same table as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), Alignment());

    /// <summary>Returns the same table as CSV for a spreadsheet (RFC 4180: comma-separated, quoted where needed, \n line ends).</summary>
    /// <returns>CSV text with a header line; amounts at display precision without grouping or currency code (the header names the currency).</returns>
    public string ToCsv() => TextTable.Csv(CsvCells());

    private static readonly string[] TextHeader = ["campaign", "channel", "model", "conversions", "revenue", "cost", "CPA", "ROAS", "profit", "verdict"];

    private bool[] Alignment() => [false, false, false, true, true, true, true, true, true, false, .. AlternativeModels.Select(_ => true)];

    private List<string[]> Cells()
    {
        var rows = new List<string[]>(Rows.Length + 2)
        {
            TextHeader.Concat(AlternativeModels.Select(m => "if " + Display.Model(m))).ToArray(),
        };
        foreach (var row in Rows)
        {
            rows.Add(
            [
                row.Campaign, row.Channel.Name, Display.Model(row.PaymentModel), Display.Count(row.Delivery.Acquisitions),
                Display.Money(row.Delivery.Revenue.IsDefault ? Money.Zero(Currency) : row.Delivery.Revenue), Display.Money(row.Cost),
                Display.Money(row.Cpa), Display.Ratio(row.Roas), Display.Money(row.Profit), row.Verdict.ToString(),
                .. row.Alternatives.Select(o => Display.Money(o.Cost)),
            ]);
        }

        rows.Add(
        [
            "total", string.Empty, string.Empty, Display.Count(TotalAcquisitions), Display.Money(TotalRevenue), Display.Money(TotalCost),
            Display.Money(TotalAcquisitions == 0 ? null : TotalCost / TotalAcquisitions), Display.Ratio(Metrics.Roas.Of(TotalRevenue, TotalCost)),
            Display.Money(TotalProfit), TotalAcquisitions == 0 ? nameof(ProfitVerdict.Undefined) : Verdicts.FromProfit(TotalProfit).ToString(),
            .. AlternativeTotals.Select(o => Display.Money(o.Cost)),
        ]);
        return rows;
    }

    private List<string[]> CsvCells()
    {
        var code = Currency.Code;
        var rows = new List<string[]>(Rows.Length + 1)
        {
            new[] { "campaign", "channel", "payment_model", "conversions", $"revenue_{code}", $"cost_{code}", $"cpa_{code}", "roas", $"profit_{code}", "verdict" }
                .Concat(AlternativeModels.Select(m => $"cost_{code} if {m}")).ToArray(),
        };
        foreach (var row in Rows)
        {
            rows.Add(
            [
                row.Campaign, row.Channel.Name, row.PaymentModel.ToString(), row.Delivery.Acquisitions.ToString(CultureInfo.InvariantCulture),
                Display.Plain(row.Delivery.Revenue.IsDefault ? Money.Zero(Currency) : row.Delivery.Revenue), Display.Plain(row.Cost),
                Display.Plain(row.Cpa), row.Roas is { } roas ? decimal.Round(roas, 2, MidpointRounding.ToEven).ToString("0.00", CultureInfo.InvariantCulture) : string.Empty,
                Display.Plain(row.Profit), row.Verdict.ToString(),
                .. row.Alternatives.Select(o => Display.Plain(o.Cost)),
            ]);
        }

        return rows;
    }
}
