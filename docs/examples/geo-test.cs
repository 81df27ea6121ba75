#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// A geo experiment analysed by time-based regression (TBR). 100 regions; from 2015-02-16 to 2015-03-15 the 50
// treatment regions got $50,000 of extra search ads, the 50 control regions did not. The 42 days before (from
// 2015-01-05) show how treatment sales track control sales. Data: google/matched_markets (Apache-2.0), copied with its
// notice to tests/PerfMetrics.Tests/Data/Experiments (see SOURCES.md there).
// Usage: dotnet run docs/examples/geo-test.cs [chart-folder]
// The chart (observed vs counterfactual sales of the treatment regions) goes to a fresh temp folder unless a folder is
// given; to refresh the docs: dotnet run docs/examples/geo-test.cs docs/images
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Experiments;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var data = Path.Combine(RepositoryRoot(), "tests", "PerfMetrics.Tests", "Data", "Experiments");
var rows = File.ReadLines(Path.Combine(data, "salesandcost.csv")).Skip(1).Select(line => line.Split(','))
    .Select(p => new GeoObservation(p[1].Trim('"'), LocalDatePattern.Iso.Parse(p[0]).Value, decimal.Parse(p[2], CultureInfo.InvariantCulture)))
    .ToList();
var groups = File.ReadLines(Path.Combine(data, "geoassignment.csv")).Skip(1).Select(line => line.Split(',')).ToList();
var assignment = new GeoAssignment(groups.Where(g => g[1] == "2").Select(g => g[0].Trim('"')), groups.Where(g => g[1] == "1").Select(g => g[0].Trim('"')));

// The file leaves out days on which a small region sold nothing; TBR wants every region-day, so add them as zeros.
var have = rows.Select(r => (r.Geo, r.Date)).ToHashSet();
var days = rows.Select(r => r.Date).Distinct().ToList();
var zeros = rows.Select(r => r.Geo).Distinct().SelectMany(g => days.Where(d => !have.Contains((g, d))).Select(d => new GeoObservation(g, d, 0m))).ToList();
Console.WriteLine($"{rows.Count} rows, {zeros.Count} zero-sales region-days added; {assignment}");

var preTest = new DateInterval(new LocalDate(2015, 1, 5), new LocalDate(2015, 2, 15));
var test = new DateInterval(new LocalDate(2015, 2, 16), new LocalDate(2015, 3, 15));
var result = TimeBasedRegression.Analyze([.. rows, .. zeros], assignment, preTest, test, confidenceLevel: 0.90);
Console.WriteLine();
Console.Write(result);
var iroas = result.Iroas(50_000m);
Console.WriteLine($"  {iroas}");

// Could a smaller budget have been read? The minimum detectable iROAS of the same design at $20,000.
var mde = TimeBasedRegression.MinimumDetectableIroas([.. rows, .. zeros], assignment, preTest, test.Length, 20_000m, power: 0.8, confidenceLevel: 0.90);

Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Verdict: the extra $50,000 brought about ${result.CumulativeEffect.Value:N0} of sales the treatment regions would not have had, " +
    $"{iroas.Estimate.Value:0.00} dollars per dollar spent, and with 90% confidence at least {iroas.LowerBound:0.00}."));
Console.WriteLine(iroas.LowerBound > 1d
    ? "Even the cautious figure returns more than each dollar in sales: judge it against your margin (at a 40% margin, break-even iROAS is 2.5)."
    : "The cautious figure does not return the dollar: the campaign may not pay.");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"Planning: with the same regions and {test.Length} days, a $20,000 test would detect an iROAS of {mde:0.00} or more (80% power)."));

// Chart: observed and counterfactual daily sales of the treatment regions over the test.
var output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), $"perfmetrics-geo-{Guid.NewGuid():N}");
Directory.CreateDirectory(output);
File.WriteAllText(Path.Combine(output, "tbr-counterfactual.svg"), Chart(result));
Console.WriteLine($"wrote tbr-counterfactual.svg to {output}");
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

// Minimal SVG line chart in the style of docs/examples/charts.cs (fixed size, invariant numbers, Okabe-Ito colours).
static string Chart(TbrResult r)
{
    const int width = 760, height = 420, left = 70, right = 20, top = 60, bottom = 70;
    string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
    var observed = r.Days.Select(d => d.Treatment).ToArray();
    var counterfactual = r.Days.Select(d => d.Counterfactual).ToArray();
    var min = Math.Floor(Math.Min(observed.Min(), counterfactual.Min()) / 10_000) * 10_000;
    var max = Math.Ceiling(Math.Max(observed.Max(), counterfactual.Max()) / 10_000) * 10_000;
    double X(int t) => left + (t / (double)(observed.Length - 1) * (width - left - right));
    double Y(double v) => top + ((height - top - bottom) * (1 - ((v - min) / (max - min))));
    var svg = new StringBuilder();
    svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
    svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"white\"/>\n");
    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">Treatment regions during the test: observed sales vs TBR counterfactual</text>\n");
    for (var v = min; v <= max + 1; v += 10_000)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{F(Y(v))}\" x2=\"{width - right}\" y2=\"{F(Y(v))}\" stroke=\"#ddd\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 6}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{F(v / 1000)}k</text>\n");
    }

    for (var t = 0; t < observed.Length; t += 7)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(t))}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">{LocalDatePattern.Iso.Format(r.Days[t].Date)}</text>\n");
    }

    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{(top + height - bottom) / 2}\" transform=\"rotate(-90 16 {(top + height - bottom) / 2})\" text-anchor=\"middle\">daily sales (USD)</text>\n");
    var area = string.Join(" ", observed.Select((v, t) => $"{F(X(t))},{F(Y(v))}").Concat(counterfactual.Select((v, t) => (v, t)).Reverse().Select(p => $"{F(X(p.t))},{F(Y(p.v))}")));
    svg.Append(CultureInfo.InvariantCulture, $"<polygon points=\"{area}\" fill=\"#009E73\" fill-opacity=\"0.15\"/>\n");
    svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(" ", counterfactual.Select((v, t) => $"{F(X(t))},{F(Y(v))}"))}\" fill=\"none\" stroke=\"#E69F00\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\"/>\n");
    svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(" ", observed.Select((v, t) => $"{F(X(t))},{F(Y(v))}"))}\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2.5\"/>\n");
    var note = string.Create(CultureInfo.InvariantCulture, $"shaded: incremental sales, {r.CumulativeEffect.Value:N0} in total ({r.RelativeLift * 100:0.0}% lift)");
    svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width - right}\" y=\"{top - 8}\" text-anchor=\"end\">{note}</text>\n");
    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" y=\"{height - 24}\" width=\"12\" height=\"12\" fill=\"#0072B2\"/><text x=\"{left + 16}\" y=\"{height - 14}\">observed (treatment regions)</text>\n");
    svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left + 220}\" y=\"{height - 24}\" width=\"12\" height=\"12\" fill=\"#E69F00\"/><text x=\"{left + 236}\" y=\"{height - 14}\">counterfactual: intercept + slope x control regions</text>\n");
    return svg.Append("</svg>\n").ToString();
}
