#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// Where should the next dollar go, and when should we stop spending? Three channels with response curves (from a
// marketing-mix model, lift tests, or a fit), a weekly budget split to maximise revenue, then the profit-maximising
// total at a 40% contribution margin.
// Usage: dotnet run docs/examples/budget.cs
using PerfMetrics;
using PerfMetrics.Budget;

var usd = Currency.Usd;
Money Usd(decimal amount) => new(amount, usd);

// Weekly revenue curves. Search: a concave Hill curve; social: Michaelis-Menten; video: an S-shaped Hill curve
// converted from Robyn (alpha 2.2, gamma 0.6 over an observed weekly spend range of 1,000..9,000).
var search = ResponseCurve.Hill(maxResponse: Usd(60_000m), halfSaturation: Usd(9_000m), slope: 0.9);
var social = ResponseCurve.MichaelisMenten(maxResponse: Usd(25_000m), halfSaturation: Usd(6_000m));
var video = ResponseCurve.FromRobynHill(alpha: 2.2, gamma: 0.6, observedMinimum: Usd(1_000m), observedMaximum: Usd(9_000m), maxResponse: Usd(40_000m));

BudgetChannel[] channels =
[
    new(new Channel("search"), search, currentSpend: Usd(8_000m)),
    new(new Channel("social"), social, currentSpend: Usd(6_000m), maximum: Usd(7_000m)),
    new(new Channel("video"), video, currentSpend: Usd(4_000m), minimum: Usd(1_000m)),
];

Console.WriteLine($"video inflection point: {video.InflectionPoint?.Round()}; search marginal ROAS at 8,000: {search.MarginalRoas(Usd(8_000m)):0.00}");
Console.WriteLine();

// 1. The same 18,000 a week, split for the most revenue (video is S-shaped, so a grid of 1,000 steps is used).
var allocation = BudgetAllocator.Allocate(channels, Usd(18_000m));
Console.WriteLine(allocation);

// 2. The profit-maximising budget at a 40% margin: spend while marginal ROAS >= 1 / 0.4 = 2.5.
var plan = BudgetAllocator.MaximizeProfit(channels, marginRate: 0.4m);
Console.WriteLine(plan);
Console.WriteLine($"Profit-maximising weekly budget at a 40% margin: {plan.Budget.Round()} (profit {plan.Profit.Round()} a week, against {plan.CurrentProfit.Round()} now)");
