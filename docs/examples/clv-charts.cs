#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:package ScottPlot@5.1.59
#:property PublishAot=false
#:property ManagePackageVersionsCentrally=false

// Draws the validation pictures of docs/lifetime-value.md from the library's own output on the CDNOW sample (the fits of
// docs/examples/clv-models.cs: BG/NBD, MBG/NBD and Pareto/NBD on weeks 1-39, holdout weeks 40-78):
// PNG rather than SVG: ScottPlot's SVG canvas drops dash patterns, which tell the models apart in print.
//   clv-tracking.png         cumulative repeat transactions per week, actual against each model, calibration end marked
//                            (the tracking plot of Fader, Hardie and Lee 2005, figure 2)
//   clv-frequency-bins.png   mean holdout transactions by calibration frequency 0..7+, actual against each model
//                            (their figure 4)
// Usage: dotnet run docs/examples/clv-charts.cs [output-folder]
// Without an argument the files go to a fresh temp folder (what CI runs); to refresh the docs:
//   dotnet run docs/examples/clv-charts.cs docs/images
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using PerfMetrics;
using PerfMetrics.Lifetime;

var output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), $"perfmetrics-clv-charts-{Guid.NewGuid():N}");
Directory.CreateDirectory(output);
var week = PeriodUnit.Week;
var calibrationEnd = new LocalDate(1997, 9, 30);
var observationEnd = new LocalDate(1998, 6, 30);

var log = new List<CustomerTransaction>();
foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), "tests", "PerfMetrics.Tests", "Data", "CDNOW_sample.txt")))
{
    var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var date = LocalDate.FromDateTime(DateTime.ParseExact(p[2], "yyyyMMdd", CultureInfo.InvariantCulture));
    log.Add(new CustomerTransaction(p[1], date, new Money(decimal.Parse(p[4], CultureInfo.InvariantCulture), Currency.Usd)));
}

var summary = RfmSummary.Build(log, week, PurchaseMerging.SameDay, calibrationEnd, observationEnd);
IRepeatPurchaseModel[] models = [BgNbd.Fit(summary.Customers).Model, ModifiedBgNbd.Fit(summary.Customers).Model, ParetoNbd.Fit(summary.Customers).Model];
var tracking = RepeatTransactionTracking.Of(log, week, PurchaseMerging.SameDay, calibrationEnd, observationEnd, models);
var validation = HoldoutValidation.Of(summary, models);

// ---- 1. Tracking plot ----
var weeks = Enumerable.Range(1, tracking.PeriodEnds.Count).Select(k => (double)k).ToArray();
var plot = new ScottPlot.Plot();
var actual = plot.Add.Scatter(weeks, tracking.Actual.Select(a => (double)a).ToArray());
actual.LegendText = "actual";
actual.Color = ScottPlot.Colors.Black;
actual.MarkerSize = 3;
actual.LineWidth = 2;
ScottPlot.Color[] palette = [ScottPlot.Color.FromHex("#0072B2"), ScottPlot.Color.FromHex("#E69F00"), ScottPlot.Color.FromHex("#009E73")];
ScottPlot.LinePattern[] patterns = [ScottPlot.LinePattern.Solid, ScottPlot.LinePattern.Dashed, ScottPlot.LinePattern.DenselyDashed];
for (var m = 0; m < tracking.Models.Count; m++)
{
    var line = plot.Add.Scatter(weeks, tracking.Expected(m).ToArray());
    line.LegendText = tracking.Models[m];
    line.Color = palette[m];
    line.LinePattern = patterns[m];
    line.MarkerSize = 0;
    line.LineWidth = 2;
}

var split = plot.Add.VerticalLine(tracking.CalibrationPeriods + 0.5);
split.LinePattern = ScottPlot.LinePattern.Dotted;
split.Color = ScottPlot.Colors.Gray;
split.LegendText = $"calibration end (week {tracking.CalibrationPeriods}, {tracking.CalibrationEnd:uuuu-MM-dd})";
plot.Title($"CDNOW: cumulative repeat transactions of {tracking.Customers} customers, actual vs each model");
plot.XLabel("week (from 1997-01-01)");
plot.YLabel("cumulative repeat transactions");
plot.ShowLegend(ScottPlot.Alignment.LowerRight);
plot.SavePng(Path.Combine(output, "clv-tracking.png"), 800, 450);

// ---- 2. Holdout transactions by calibration frequency ----
var classes = Enumerable.Range(0, 8).Select(k => (double)k).ToArray();
var bins = new ScottPlot.Plot();
var actualMeans = bins.Add.Scatter(classes, validation.ActualMeans.Select(v => v ?? double.NaN).ToArray());
actualMeans.LegendText = "actual";
actualMeans.Color = ScottPlot.Colors.Black;
actualMeans.MarkerSize = 7;
actualMeans.LineWidth = 2;
for (var m = 0; m < validation.Models.Count; m++)
{
    var line = bins.Add.Scatter(classes, validation.PredictedMeans(m).Select(v => v ?? double.NaN).ToArray());
    line.LegendText = validation.Models[m];
    line.Color = palette[m];
    line.LinePattern = patterns[m];
    line.MarkerSize = 5;
    line.LineWidth = 2;
}

bins.Axes.Bottom.SetTicks(classes, [.. classes.Select(k => k == 7 ? "7+" : k.ToString(CultureInfo.InvariantCulture))]);
bins.Title("CDNOW: mean holdout transactions (weeks 40-78) by calibration frequency");
bins.XLabel("repeat transactions in weeks 1-39");
bins.YLabel("mean transactions in weeks 40-78");
bins.ShowLegend(ScottPlot.Alignment.UpperLeft);
bins.SavePng(Path.Combine(output, "clv-frequency-bins.png"), 800, 450);

Console.WriteLine($"week {tracking.PeriodEnds.Count}: actual {tracking.Actual[^1]}, " + string.Join(", ", tracking.Models.Select((name, m) => string.Create(CultureInfo.InvariantCulture, $"{name} {tracking.Expected(m)[^1]:0.0}"))));
Console.WriteLine($"wrote clv-tracking.png and clv-frequency-bins.png to {output}");
return 0;

// The repository root: walked up from the working directory (CI builds map compile-time paths to /_/, so
// [CallerFilePath] cannot be trusted there), falling back to this file's folder.
static string RepositoryRoot([CallerFilePath] string path = "")
{
    foreach (var start in new[] { Environment.CurrentDirectory, Path.GetDirectoryName(path) ?? "." })
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfMetrics.sln")))
            {
                return dir.FullName;
            }
        }
    }

    throw new DirectoryNotFoundException("Run this example from inside the PerfMetrics repository.");
}
