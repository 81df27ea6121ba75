#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:package ScottPlot@5.1.59
#:property PublishAot=false
#:property ManagePackageVersionsCentrally=false

// Draws the pictures of docs/budget.md from the library's own output (the three channels of docs/examples/budget.cs):
//   budget-response.svg       weekly revenue R(x) of each channel, the profit-maximising spend at a 40% margin marked
//   budget-marginal-roas.svg  marginal ROAS R'(x) of each channel, the break-even ROAS 2.5 and the same optimum marked
// Usage: dotnet run docs/examples/budget-charts.cs [output-folder]
// Without an argument the files go to a fresh temp folder (what CI runs); to refresh the docs:
//   dotnet run docs/examples/budget-charts.cs docs/images
using PerfMetrics;
using PerfMetrics.Budget;

var output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), $"perfmetrics-budget-charts-{Guid.NewGuid():N}");
Directory.CreateDirectory(output);
var usd = Currency.Usd;
Money Usd(decimal amount) => new(amount, usd);

BudgetChannel[] channels =
[
    new(new Channel("search"), ResponseCurve.Hill(Usd(60_000m), Usd(9_000m), 0.9), Usd(8_000m)),
    new(new Channel("social"), ResponseCurve.MichaelisMenten(Usd(25_000m), Usd(6_000m)), Usd(6_000m), maximum: Usd(7_000m)),
    new(new Channel("video"), ResponseCurve.FromRobynHill(2.2, 0.6, Usd(1_000m), Usd(9_000m), Usd(40_000m)), Usd(4_000m), minimum: Usd(1_000m)),
];
var plan = BudgetAllocator.MaximizeProfit(channels, 0.4m);

var response = new ScottPlot.Plot();
var marginal = new ScottPlot.Plot();
var spends = Enumerable.Range(0, 241).Select(i => i * 100d).ToArray();
foreach (var channel in channels)
{
    var curve = channel.Curve;
    var r = spends.Select(x => (double)curve.Response(Usd((decimal)x)).Amount).ToArray();
    var m = spends.Select(x => curve.MarginalRoas(Usd((decimal)x)) is { } v ? Math.Min((double)v, 8d) : 8d).ToArray();
    var line = response.Add.Scatter(spends, r);
    line.LegendText = channel.Channel.Name;
    line.MarkerSize = 0;
    var mline = marginal.Add.Scatter(spends, m);
    mline.LegendText = channel.Channel.Name;
    mline.MarkerSize = 0;
    mline.Color = line.Color;

    var row = plan.Allocation.Rows.Get(channel.Channel)!.Value;
    var optimum = response.Add.Marker((double)row.Spend.Amount, (double)row.Response.Amount);
    optimum.Color = line.Color;
    optimum.Size = 10;
    var mOptimum = marginal.Add.Marker((double)row.Spend.Amount, (double)row.MarginalRoas!.Value);
    mOptimum.Color = line.Color;
    mOptimum.Size = 10;
}

var breakEven = marginal.Add.HorizontalLine((double)plan.BreakEvenRoas);
breakEven.LinePattern = ScottPlot.LinePattern.Dashed;
breakEven.LegendText = $"break-even ROAS {plan.BreakEvenRoas:0.##} (40% margin)";
response.Title($"Weekly revenue by channel; dots: profit-maximising spend ({plan.Budget.Round()} in total)");
response.XLabel("spend per week (USD)");
response.YLabel("revenue per week (USD)");
response.ShowLegend(ScottPlot.Alignment.LowerRight);
marginal.Title("Marginal ROAS by channel; dots: where each reaches break-even");
marginal.XLabel("spend per week (USD)");
marginal.YLabel("marginal ROAS (capped at 8)");
marginal.Axes.SetLimitsY(0, 8);
marginal.ShowLegend(ScottPlot.Alignment.UpperRight);
response.SaveSvg(Path.Combine(output, "budget-response.svg"), 800, 450);
marginal.SaveSvg(Path.Combine(output, "budget-marginal-roas.svg"), 800, 450);
Console.WriteLine($"wrote budget-response.svg and budget-marginal-roas.svg to {output}");
