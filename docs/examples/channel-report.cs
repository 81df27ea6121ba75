#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// Channel verdicts that stay right when order values vary (issue 17). An affiliate sells baskets of every size: its
// CPA of 38.95 USD is above a "38 USD unit margin", yet its ROAS of 2.90 beats the 2.857 break-even ROAS of a 35%
// contribution margin, so it makes money. The report is judged three ways, and every row names its rule. Spend is
// pro-rated into the attribution period; what falls outside is reported, never silently charged.
using NodaTime;
using PerfMetrics;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

var usd = Currency.Usd;
var april = new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30));
var march = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

// April's conversions (last touch): the affiliate brought 20 sales worth 2,259.10 USD, search 10 worth 500.00 USD.
var table = new PathTableBuilder(usd)
    .Add([new Channel("affiliate")], 20, new Money(2_259.10m, usd), 0)
    .Add([new Channel("search")], 10, new Money(500m, usd), 35)
    .ToPathTable();
var credit = AttributionEngine.Attribute(table, AttributionModels.LastTouch);

Spend[] spends =
[
    new(new Channel("affiliate"), new Money(779m, usd), april),
    new(new Channel("search"), new Money(310m, usd), march),   // last month: outside April, reported, not charged
    new(new Channel("search"), new Money(100m, usd), april),
];

// 1. Unit margin (fixed-price products): CPA 38.95 > 38.00, so the affiliate looks Unprofitable.
var byUnitMargin = ChannelReport.ForPeriod(credit, spends, april, VerdictRule.UnitMargin(new Money(38m, usd)));
Console.WriteLine(byUnitMargin);

// 2. Margin rate (varying baskets): ROAS 2.90 > break-even 1 / 0.35 = 2.857, so the affiliate is Profitable.
var byMarginRate = ChannelReport.ForPeriod(credit, spends, april, VerdictRule.MarginRate(0.35m));
Console.WriteLine(byMarginRate);

// 3. An LTV-based CPA ceiling: a new customer's margin LTV of 135.00 USD at LTV:CAC 3 allows 45.00 USD per customer.
var ceiling = CpaCeiling.FromLtv(new Money(135m, usd));
var byCeiling = ChannelReport.ForPeriod(credit, spends, april, VerdictRule.CpaCeiling(ceiling));
Console.WriteLine(byCeiling);

var affiliate = byMarginRate.Rows.Get("affiliate")!.Value;
Console.WriteLine($"affiliate: CPA {affiliate.Cpa?.Round()}, ROAS {affiliate.Roas:0.00}, judged by {affiliate.Rule}: {affiliate.Verdict}");
Console.WriteLine($"search spend outside April, not charged: {byMarginRate.Rows.Get("search")?.SpendOutsidePeriod?.Round()}");

// The same affiliate, two answers: the rule decides, so the rule is printed with the verdict.
return byUnitMargin.Rows.Get("affiliate")?.Verdict == ProfitVerdict.Unprofitable && affiliate.Verdict == ProfitVerdict.Profitable ? 0 : 1;
