#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// A holdout (conversion-lift) test of a retargeting campaign. Attribution credits the campaign with 400 sales for
// $9,000: a CPA of $22.50 against a $38 margin, "profitable". But retargeting reaches people who were about to buy
// anyway. For a month, 10% of the audience was held out at random and saw no retargeting ads. Did the campaign cause
// the sales it is credited with, and does it pay?
using System.Globalization;
using PerfMetrics;
using PerfMetrics.Experiments;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var usd = Currency.Usd;
var spend = new Money(9_000m, usd);
var margin = new Money(38m, usd);

// What attribution says: 400 credited sales.
var attributed = CpaVersusMargin.Of(spend, 400m, margin);
Console.WriteLine($"Attributed:  {attributed}");

// What the holdout says: 90,000 exposed users bought 1,100 times; 10,000 held-out users bought 100 times.
var exposed = new GroupCounts(users: 90_000, conversions: 1_100);
var heldOut = new GroupCounts(users: 10_000, conversions: 100);
var result = HoldoutTest.Analyze(exposed, heldOut, spend);
Console.WriteLine();
Console.Write(result);

var incremental = result.CheckMargin(margin);
Console.WriteLine($"Incremental: {incremental}");
Console.WriteLine($"Incremental profit at the $38 margin: {result.IncrementalProfit(margin)}");
Console.WriteLine($"Incremental ROAS at $95 per order: {result.IncrementalRoas(new Money(95m, usd))?.ToString("F2")}");

// The same incremental CPA against an LTV-based ceiling: a customer's margin LTV of $180 at LTV:CAC 3 allows $60.
var ceiling = CpaCeiling.FromLtv(new Money(180m, usd));
Console.WriteLine($"Against the LTV ceiling: {result.CheckCeiling(ceiling)}");

// The verdict, in words.
Console.WriteLine();
var lift = result.Lift!.Value;
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"Verdict: the campaign caused about {result.IncrementalConversions.Value:0} of the 400 sales it is credited with (95% interval {result.IncrementalConversions.Lower:0} to {result.IncrementalConversions.Upper:0}; p = {result.PValue:0.000}), a lift of {lift.Value * 100:0}%{(result.IncrementalConversions.ExcludesZero ? "" : "; not significant at the 5% level, the interval includes zero")}."));
Console.WriteLine(incremental?.Verdict == ProfitVerdict.Unprofitable
    ? string.Create(CultureInfo.InvariantCulture, $"Each incremental sale cost {incremental.Value.Cpa?.Round()}, more than the {margin.Round()} it earns: on margin alone the campaign loses {(-incremental.Value.TotalProfit).Round()} a month. Cut the bid or the budget, or count on repeat purchases: against the LTV ceiling of {ceiling.Round()} it still pays.")
    : "The incremental CPA is within the margin: the campaign pays for itself.");

// How big must the next holdout be to detect a 10% lift on a 1.1% conversion rate (80% power, 90/10 split)?
var plan = PowerAnalysis.SampleSize(0.011, 0.0121, 0.8, secondGroupShare: 0.9);
Console.WriteLine();
Console.WriteLine($"Next test: {plan}");
Console.WriteLine($"At 6,000 eligible users a day that is {plan.Days(6_000)} days: too long. A 50/50 split needs {PowerAnalysis.SampleSize(0.011, 0.0121, 0.8).Days(6_000)} days.");
