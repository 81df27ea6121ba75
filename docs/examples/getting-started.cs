#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// The code of docs/getting-started.md, kept runnable so the page stays true: a dropshipping store spent $350 on ads
// and made 14 sales, each earning $38 of margin. Is that profitable, which channel earned the sales, and how much
// may a customer cost?
using PerfMetrics;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

var usd = Currency.Usd;
var spend = new Money(350m, usd);
var margin = new Money(38m, usd);

// 1. CPA against margin.
var verdict = CpaVersusMargin.Of(spend, 14, margin);
Console.WriteLine(verdict);

// 2. Which channel earned the sales? Four attribution models on the same customer paths.
const string paths = """
    path,total_conversions,total_conversion_value,total_null
    social > search,8,304.00,41
    search,3,114.00,20
    social > email > search,2,76.00,12
    email,1,38.00,9
    """;
var table = PathTable.ReadCsv(new StringReader(paths), usd);
var comparison = AttributionEngine.Compare(
    table,
    [AttributionModels.FirstTouch, AttributionModels.LastTouch, AttributionModels.Linear, AttributionModels.PositionBased()]);
Console.WriteLine(comparison);

// 3. How much may a customer cost? Fit retention to a monthly cohort, value it, take a 3:1 LTV:CAC ceiling.
var fit = ShiftedBetaGeometric.Fit([1000, 520, 380, 310, 265, 235, 212], PeriodUnit.Month);
var ltv = fit.Model.MarginLtv(
    new MoneyPerPeriod(margin, PeriodUnit.Month),
    new DiscountRate(0.01m, PeriodUnit.Month),
    CashFlowTiming.StartOfPeriod);
var ceiling = CpaCeiling.FromLtv(ltv!.Value, targetLtvToCacRatio: 3m).Round();
var check = CpaCeiling.Check(verdict.Cpa!.Value, ceiling);
Console.WriteLine($"Margin LTV {ltv.Value.Round()}, CPA ceiling {ceiling}");
Console.WriteLine(check);
return verdict.Verdict == ProfitVerdict.Profitable && check.Verdict != CeilingVerdict.AboveCeiling ? 0 : 1;
