using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Bad-input rows for the decision layer (issue 17): verdict rules, channel reports over a period, campaign reports and
/// their CSV reader, payback on a fitted retention curve.
/// </summary>
internal static class DecisionsBadInputs
{
    private const string Margin = "must be greater than 0 and at most 1";

    private static readonly Currency Usd = Currency.Usd;
    private static readonly Currency Eur = Currency.Eur;
    private static readonly Channel Email = new("email");
    private static readonly DateInterval March = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    private static AttributionResult Credit() =>
        AttributionEngine.Attribute(new PathTableBuilder(Usd).Add([Email], 2d, new Money(30m, Usd), 1d).ToPathTable(), AttributionModels.Linear);

    internal static IEnumerable<BadInputRow> Rows()
    {
        // Verdict rules
        yield return Row.Throws<ArgumentOutOfRangeException>("VerdictRule.MarginRate(decimal)", Zero, "zero margin rate", () => VerdictRule.MarginRate(0m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("VerdictRule.MarginRate(decimal)", OutOfRange, "35 meant as 35%", () => VerdictRule.MarginRate(35m), "marginRate", "(a rate is a fraction: 0.10 for 10%), was 35.");
        yield return Row.Throws<ArgumentOutOfRangeException>("VerdictRule.MarginRate(decimal)", Negative, "negative margin rate", () => VerdictRule.MarginRate(-0.1m), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>("VerdictRule.UnitMargin(Money)", Negative, "negative unit margin", () => VerdictRule.UnitMargin(new Money(-1m, Usd)), "unitMargin", "must be non-negative");
        yield return Row.Throws<ArgumentException>("VerdictRule.UnitMargin(Money)", DefaultStruct, "default(Money)", () => VerdictRule.UnitMargin(default), "unitMargin", "must be in a currency");
        yield return Row.Throws<ArgumentOutOfRangeException>("VerdictRule.CpaCeiling(Money)", Negative, "negative ceiling", () => VerdictRule.CpaCeiling(new Money(-1m, Usd)), "ceiling", "must be non-negative");
        yield return Row.Throws<ArgumentException>("VerdictRule.CpaCeiling(Money)", DefaultStruct, "default(Money)", () => VerdictRule.CpaCeiling(default), "ceiling", "must be in a currency");

        // Comparison layout
        const string Layout = "new ComparisonLayout(bool, bool, bool, IReadOnlyDictionary<string, string>?, int?)";
        yield return Row.Throws<ArgumentException>(Layout, Empty, "no column", () => new ComparisonLayout(conversions: false, values: false), "values", "at least one column");
        yield return Row.Throws<ArgumentOutOfRangeException>(Layout, OutOfRange, "width 10", () => new ComparisonLayout(maxWidth: 10), "maxWidth", "must be at least 20");
        yield return Row.Throws<ArgumentException>(Layout, Empty, "blank label", () => new ComparisonLayout(labels: new Dictionary<string, string> { ["linear"] = " " }), "labels", "must be a non-empty label");
        yield return Row.Throws<ArgumentNullException>("ComparisonLayout.Label(string)", Null, "null name", () => ComparisonLayout.Default.Label(null!), "modelName", "null");
        yield return Row.Throws<ArgumentNullException>("ModelComparison.ToString(ComparisonLayout)", Null, "null layout", () => AttributionEngine.Compare(new PathTableBuilder(Usd).Add([Email], 1, new Money(1m, Usd), 0).ToPathTable(), [AttributionModels.Linear]).ToString(null!), "layout", "null");

        // Bids
        yield return Row.Throws<ArgumentOutOfRangeException>("Bids.RoundDown(Money)", Negative, "negative bid", () => Bids.RoundDown(new Money(-1m, Usd)), "bid", "must be non-negative");
        yield return Row.Throws<ArgumentException>("Bids.RoundDown(Money)", DefaultStruct, "default(Money)", () => Bids.RoundDown(default), "bid", "must be in a currency");
        yield return Row.Throws<ArgumentOutOfRangeException>("Bids.RoundDown(Money, Money)", Zero, "zero increment", () => Bids.RoundDown(new Money(1m, Usd), new Money(0m, Usd)), "increment", "must be");
        yield return Row.Throws<ArgumentOutOfRangeException>("Bids.RoundDown(Money, Money)", Negative, "negative bid", () => Bids.RoundDown(new Money(-1m, Usd), new Money(0.05m, Usd)), "bid", "must be non-negative");
        yield return Row.Throws<CurrencyMismatchException>("Bids.RoundDown(Money, Money)", CurrencyMismatch, "increment in EUR", () => Bids.RoundDown(new Money(1m, Usd), new Money(0.05m, Eur)), "increment", "cannot be combined");

        // Channel report by rule and over a period
        yield return Row.Throws<ArgumentNullException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, VerdictRule)", Null, "null attribution", () => ChannelReport.Of(null!, [], VerdictRule.MarginRate(0.3m)), "attribution", "null");
        yield return Row.Throws<ArgumentNullException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, VerdictRule)", Null, "null spends", () => ChannelReport.Of(Credit(), null!, VerdictRule.MarginRate(0.3m)), "spends", "null");
        yield return Row.Throws<ArgumentException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, VerdictRule)", DefaultStruct, "default(VerdictRule)", () => ChannelReport.Of(Credit(), [], default(VerdictRule)), "rule", "must be a verdict rule");
        yield return Row.Throws<CurrencyMismatchException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, VerdictRule)", CurrencyMismatch, "ceiling in EUR for a USD report", () => ChannelReport.Of(Credit(), [], VerdictRule.CpaCeiling(new Money(40m, Eur))), "rule", "cannot be combined");
        yield return Row.Throws<CurrencyMismatchException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, VerdictRule)", CurrencyMismatch, "EUR spend", () => ChannelReport.Of(Credit(), [new Spend(Email, new Money(1m, Eur), March)], VerdictRule.MarginRate(0.3m)), "spends[0]", "cannot be combined");
        yield return Row.Throws<ArgumentNullException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", Null, "null attribution", () => ChannelReport.ForPeriod(null!, [], March), "attribution", "null");
        yield return Row.Throws<ArgumentNullException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", Null, "null spends", () => ChannelReport.ForPeriod(Credit(), null!, March), "spends", "null");
        yield return Row.Throws<ArgumentNullException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", Null, "null period", () => ChannelReport.ForPeriod(Credit(), [], null!), "period", "null");
        yield return Row.Throws<ArgumentException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", Null, "null spend", () => ChannelReport.ForPeriod(Credit(), [null!], March), "spends", "spends[0] must not be null");
        yield return Row.Throws<CurrencyMismatchException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", CurrencyMismatch, "ceiling in EUR for a USD report", () => ChannelReport.ForPeriod(Credit(), [], March, VerdictRule.CpaCeiling(new Money(40m, Eur))), "rule", "cannot be combined");
        foreach (var row in CampaignRows().Concat(PaybackRows()))
        {
            yield return row;
        }

        yield return Row.Throws<ArgumentException>("ChannelReport.ForPeriod(AttributionResult, IEnumerable<Spend>, DateInterval, VerdictRule?)", Inconsistent, "spend in another calendar", () => ChannelReport.ForPeriod(Credit(), [new Spend(Email, new Money(1m, Usd), new DateInterval(new LocalDate(2026, 3, 1, CalendarSystem.Julian), new LocalDate(2026, 3, 5, CalendarSystem.Julian)))], March), "spends[0]", "must use the calendar of the period");
    }

    private static readonly PaymentModel Cpc = PaymentModel.Cpc(new Money(0.5m, Usd));
    private static readonly CampaignDelivery Search = new("spring", new Channel("search"), Cpc, new Delivery(clicks: 700, acquisitions: 14, revenue: new Money(1_400m, Usd)));
    private static readonly CampaignDelivery Affiliate = new("q2", new Channel("affiliate"), PaymentModel.Cpa(new Money(30m, Usd)), new Delivery(acquisitions: 40, revenue: new Money(3_600m, Usd)));

    private static IEnumerable<BadInputRow> CampaignRows()
    {
        const string Csv = "CampaignDelivery.ReadCsv(TextReader, Currency, CampaignCsvColumns?)";
        const string Ctor = "new CampaignDelivery(string, Channel, PaymentModel, Delivery)";
        const string Of = "CampaignReport.Of(IEnumerable<CampaignDelivery>, Money, IEnumerable<PaymentModel>)";
        const string Rate = "CampaignReport.FromMarginRate(IEnumerable<CampaignDelivery>, decimal, IEnumerable<PaymentModel>)";
        const string Columns = "new CampaignCsvColumns(string, string, string, string, string, string, string, string)";
        yield return Row.Throws<ArgumentNullException>(Ctor, Null, "null campaign", () => new CampaignDelivery(null!, Email, Cpc, new Delivery(clicks: 1)), "campaign", "null");
        yield return Row.Throws<ArgumentException>(Ctor, Empty, "blank campaign", () => new CampaignDelivery(" ", Email, Cpc, new Delivery(clicks: 1)), "campaign", "must be a non-empty name");
        yield return Row.Throws<ArgumentException>(Ctor, DefaultStruct, "default channel", () => new CampaignDelivery("a", default, Cpc, new Delivery(clicks: 1)), "channel", "default");
        yield return Row.Throws<ArgumentException>(Ctor, DefaultStruct, "default payment model", () => new CampaignDelivery("a", Email, default, new Delivery(clicks: 1)), "paymentModel", "must be a payment model");
        yield return Row.Throws<ArgumentException>(Ctor, Inconsistent, "a CPC campaign without clicks", () => new CampaignDelivery("a", Email, Cpc, new Delivery(acquisitions: 3)), "delivery", "must report the clicks");
        yield return Row.Throws<ArgumentException>(Ctor, Inconsistent, "a revenue share without revenue", () => new CampaignDelivery("a", Email, PaymentModel.RevenueShare(0.1m), new Delivery(acquisitions: 3)), "delivery", "must report the revenue");
        yield return Row.Throws<ArgumentNullException>(Csv, Null, "null reader", () => CampaignDelivery.ReadCsv(null!, Usd), "reader", "null");
        yield return Row.Throws<ArgumentException>(Csv, DefaultStruct, "default currency", () => CampaignDelivery.ReadCsv(new StringReader(string.Empty), default), "currency", "must be a currency");
        yield return Row.Throws<FormatException>(Csv, Empty, "no header", () => CampaignDelivery.ReadCsv(new StringReader(string.Empty), Usd), null, "Line 1, column 1 (header): the file is empty");
        yield return Row.Throws<FormatException>(Csv, Inconsistent, "a CPC campaign without a clicks column", () => CampaignDelivery.ReadCsv(new StringReader("campaign,channel,payment_model,conversions,revenue\nq2,search,CPC 0.50 USD,14,1400\n"), Usd), null, "Line 2, column 6 (clicks): campaign \"q2\" is bought on CPC 0.50 USD, which bills on clicks");
        yield return Row.Throws<FormatException>(Csv, Negative, "negative conversions", () => CampaignDelivery.ReadCsv(new StringReader("campaign,channel,payment_model,conversions,revenue\nq2,search,CPA 1.00 USD,-1,1400\n"), Usd), null, "Line 2, column 4 (conversions)");
        yield return Row.Throws<FormatException>(Csv, Malformed, "unknown payment model", () => CampaignDelivery.ReadCsv(new StringReader("campaign,channel,payment_model,conversions,revenue\nq2,search,CPX,1,1\n"), Usd), null, "Line 2, column 3 (payment_model)");
        yield return Row.Throws<ArgumentException>(Columns, Empty, "blank column name", () => new CampaignCsvColumns(revenue: " "), "revenue", "must be a column name");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null campaign column", () => new CampaignCsvColumns(campaign: null!), "campaign", "null");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null channel column", () => new CampaignCsvColumns(channel: null!), "channel", "null");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null payment-model column", () => new CampaignCsvColumns(paymentModel: null!), "paymentModel", "null");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null impressions column", () => new CampaignCsvColumns(impressions: null!), "impressions", "null");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null clicks column", () => new CampaignCsvColumns(clicks: null!), "clicks", "null");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null leads column", () => new CampaignCsvColumns(leads: null!), "leads", "null");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null conversions column", () => new CampaignCsvColumns(conversions: null!), "conversions", "null");
        yield return Row.Throws<ArgumentNullException>(Columns, Null, "null revenue column", () => new CampaignCsvColumns(revenue: null!), "revenue", "null");
        yield return Row.Throws<ArgumentException>(Columns, Inconsistent, "two columns with one name", () => new CampaignCsvColumns(clicks: "conversions"), "conversions", "must differ from clicks");
        yield return Row.Throws<ArgumentNullException>(Of, Null, "null campaigns", () => CampaignReport.Of(null!, new Money(38m, Usd), []), "campaigns", "null");
        yield return Row.Throws<ArgumentNullException>(Of, Null, "null alternatives", () => CampaignReport.Of([Search], new Money(38m, Usd), null!), "alternatives", "null");
        yield return Row.Throws<ArgumentException>(Of, Null, "null campaign", () => CampaignReport.Of([Search, null!], new Money(38m, Usd), []), "campaigns", "campaigns[1] must not be null");
        yield return Row.Throws<ArgumentException>(Of, Empty, "no campaigns", () => CampaignReport.Of([], new Money(38m, Usd), []), "campaigns", "at least one campaign");
        yield return Row.Throws<ArgumentOutOfRangeException>(Of, Negative, "negative unit margin", () => CampaignReport.Of([Search], new Money(-1m, Usd), []), "unitMargin", "must be non-negative");
        yield return Row.Throws<ArgumentException>(Of, DefaultStruct, "default alternative", () => CampaignReport.Of([Search], new Money(38m, Usd), [default]), "alternatives", "alternatives[0] must be a payment model");
        yield return Row.Throws<ArgumentException>(Of, Inconsistent, "CPC alternative for an affiliate without clicks", () => CampaignReport.Of([Search, Affiliate], new Money(38m, Usd), [Cpc]), "alternatives", "alternatives[0] (CPC 0.50 USD) bills on clicks, but campaigns[1] (campaign \"q2\") does not report its clicks");
        yield return Row.Throws<CurrencyMismatchException>(Of, CurrencyMismatch, "EUR unit margin", () => CampaignReport.Of([Search], new Money(38m, Eur), []), null, "campaigns[0] (campaign \"spring\")");
        yield return Row.Throws<ArgumentOutOfRangeException>(Rate, OutOfRange, "35 meant as 35%", () => CampaignReport.FromMarginRate([Search], 35m, []), "marginRate", Margin);
        yield return Row.Throws<ArgumentOutOfRangeException>(Rate, Zero, "zero margin rate", () => CampaignReport.FromMarginRate([Search], 0m, []), "marginRate", Margin);
        yield return Row.Throws<ArgumentNullException>(Rate, Null, "null campaigns", () => CampaignReport.FromMarginRate(null!, 0.3m, []), "campaigns", "null");
        yield return Row.Throws<ArgumentNullException>(Rate, Null, "null alternatives", () => CampaignReport.FromMarginRate([Search], 0.3m, null!), "alternatives", "null");
        yield return Row.Throws<ArgumentException>(Rate, Empty, "no campaigns", () => CampaignReport.FromMarginRate([], 0.3m, []), "campaigns", "at least one campaign");
        yield return Row.Throws<CurrencyMismatchException>(Rate, CurrencyMismatch, "EUR alternative", () => CampaignReport.FromMarginRate([Search], 0.3m, [PaymentModel.Cpc(new Money(1m, Eur))]), null, "campaigns[0] (campaign \"spring\")");
    }

    private static IEnumerable<BadInputRow> PaybackRows()
    {
        const string Period = "Payback.Period(Money, MoneyPerPeriod, ShiftedBetaGeometric, DiscountRate, CashFlowTiming)";
        const string Ceiling = "CpaCeiling.FromPayback(MoneyPerPeriod, ShiftedBetaGeometric, DiscountRate, CashFlowTiming, Periods)";
        const string FromRate = "Margin.FromRate(MoneyPerPeriod, decimal)";
        var month = PeriodUnit.Month;
        var sbg = new ShiftedBetaGeometric(0.764, 1.296, month);
        var margin = new MoneyPerPeriod(new Money(9.6m, Usd), month);
        var none = DiscountRate.None(month);
        const CashFlowTiming Start = CashFlowTiming.StartOfPeriod;
        yield return Row.Throws<ArgumentOutOfRangeException>(FromRate, OutOfRange, "80 meant as 80%", () => PerfMetrics.Lifetime.Margin.FromRate(margin, 80m), "marginRate", "(a rate is a fraction: 0.10 for 10%), was 80.");
        yield return Row.Throws<ArgumentOutOfRangeException>(FromRate, Zero, "zero margin rate", () => PerfMetrics.Lifetime.Margin.FromRate(margin, 0m), "marginRate", Margin);
        yield return Row.Throws<ArgumentException>(FromRate, DefaultStruct, "default revenue", () => PerfMetrics.Lifetime.Margin.FromRate(default, 0.8m), "revenue", "default(MoneyPerPeriod)");
        yield return Row.Throws<ArgumentNullException>(Period, Null, "null curve", () => Payback.Period(new Money(45m, Usd), margin, (ShiftedBetaGeometric)null!, none, Start), "retention", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>(Period, Negative, "negative CAC", () => Payback.Period(new Money(-1m, Usd), margin, sbg, none, Start), "cac", "must be non-negative");
        yield return Row.Throws<CurrencyMismatchException>(Period, CurrencyMismatch, "CAC in EUR, margin in USD", () => Payback.Period(new Money(45m, Eur), margin, sbg, none, Start), "margin", "cannot be combined");
        yield return Row.Throws<ArgumentException>(Period, Inconsistent, "weekly margin, monthly curve", () => Payback.Period(new Money(45m, Usd), new MoneyPerPeriod(new Money(9.6m, Usd), PeriodUnit.Week), sbg, DiscountRate.None(PeriodUnit.Week), Start), "margin", "must use the same period unit");
        yield return Row.Throws<ArgumentException>(Period, Inconsistent, "annual discount, monthly curve", () => Payback.Period(new Money(45m, Usd), margin, sbg, new DiscountRate(0.1m, PeriodUnit.Year), Start), "discount", "must use the same period unit");
        yield return Row.Throws<ArgumentException>(Period, DefaultStruct, "default margin", () => Payback.Period(new Money(45m, Usd), default, sbg, none, Start), "margin", "default(MoneyPerPeriod)");
        yield return Row.Throws<ArgumentOutOfRangeException>(Period, OutOfRange, "undefined timing", () => Payback.Period(new Money(45m, Usd), margin, sbg, none, (CashFlowTiming)7), "timing", "7");
        yield return Row.Throws<FormatException>("Periods.ToString(string?, IFormatProvider?)", Malformed, "not a numeric format", () => new Periods(16m, month).ToString("Q", null), null, "Format specifier was invalid");
        yield return Row.Throws<FormatException>("Periods.TryFormat(Span<char>, out int, ReadOnlySpan<char>, IFormatProvider?)", Malformed, "not a numeric format", () => new Periods(16m, month).TryFormat(new char[32], out _, "Q", null), null, "Format specifier was invalid");
        yield return Row.Throws<FormatException>("RetentionRate.ToString(string?, IFormatProvider?)", Malformed, "not a format of the value", () => new RetentionRate(0.8m, month).ToString("Q", null), null, "Format specifier was invalid");
        yield return Row.Throws<FormatException>("RetentionRate.TryFormat(Span<char>, out int, ReadOnlySpan<char>, IFormatProvider?)", Malformed, "not a format of the value", () => new RetentionRate(0.8m, month).TryFormat(new char[64], out _, "Q", null), null, "Format specifier was invalid");
        yield return Row.Throws<FormatException>("DiscountRate.ToString(string?, IFormatProvider?)", Malformed, "not a format of the value", () => new DiscountRate(0.1m, PeriodUnit.Year).ToString("Q", null), null, "Format specifier was invalid");
        yield return Row.Throws<FormatException>("DiscountRate.TryFormat(Span<char>, out int, ReadOnlySpan<char>, IFormatProvider?)", Malformed, "not a format of the value", () => new DiscountRate(0.1m, PeriodUnit.Year).TryFormat(new char[64], out _, "Q", null), null, "Format specifier was invalid");
        yield return Row.Throws<FormatException>("PurchaseFrequency.ToString(string?, IFormatProvider?)", Malformed, "not a format of the value", () => new PurchaseFrequency(1.5m, month).ToString("Q", null), null, "Format specifier was invalid");
        yield return Row.Throws<FormatException>("PurchaseFrequency.TryFormat(Span<char>, out int, ReadOnlySpan<char>, IFormatProvider?)", Malformed, "not a format of the value", () => new PurchaseFrequency(1.5m, month).TryFormat(new char[64], out _, "Q", null), null, "Format specifier was invalid");
        yield return Row.Throws<FormatException>("MoneyPerPeriod.ToString(string?, IFormatProvider?)", Malformed, "not a format of the value", () => new MoneyPerPeriod(new Money(100m, Currency.Usd), month).ToString("P", null), null, "must be a money format");
        yield return Row.Throws<FormatException>("MoneyPerPeriod.TryFormat(Span<char>, out int, ReadOnlySpan<char>, IFormatProvider?)", Malformed, "not a format of the value", () => new MoneyPerPeriod(new Money(100m, Currency.Usd), month).TryFormat(new char[64], out _, "P", null), null, "must be a money format");
        yield return Row.Throws<ArgumentNullException>(Ceiling, Null, "null curve", () => CpaCeiling.FromPayback(margin, (ShiftedBetaGeometric)null!, none, Start, new Periods(12, month)), "retention", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>(Ceiling, OutOfRange, "a window of 1.5 months", () => CpaCeiling.FromPayback(margin, sbg, none, Start, new Periods(1.5m, month)), "horizon", "must be a whole number");
        yield return Row.Throws<ArgumentException>(Ceiling, Inconsistent, "window in weeks", () => CpaCeiling.FromPayback(margin, sbg, none, Start, new Periods(12, PeriodUnit.Week)), "horizon", "must use the same period unit");
    }

    internal static IEnumerable<UndefinedRow> UndefinedRows()
    {
        var month = PeriodUnit.Month;
        yield return Row.Null(
            "Payback.Period(Money, MoneyPerPeriod, ShiftedBetaGeometric, DiscountRate, CashFlowTiming)", OutOfRange, "CAC above the lifetime value on the curve",
            () => Payback.Period(new Money(1_000m, Usd), new MoneyPerPeriod(new Money(9.6m, Usd), month), new ShiftedBetaGeometric(0.764, 1.296, month), new DiscountRate(0.008m, month), CashFlowTiming.StartOfPeriod));
    }
}
