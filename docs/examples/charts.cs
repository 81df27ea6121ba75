#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// Draws the two pictures in the docs from the library's own output, as plain SVG (no plot package needed):
//   attribution-comparison.svg  conversions credited to each channel by four attribution models (the attribution.cs paths)
//   retention-curve.svg         observed cohort vs the fitted sBG survival curve, with the margin LTV it adds up to
// Usage: dotnet run docs/examples/charts.cs [output-folder]
// Without an argument the files go to a fresh temp folder (what CI runs, so the tree stays clean); to refresh the docs:
//   dotnet run docs/examples/charts.cs docs/images
using System.Globalization;
using System.Text;
using PerfMetrics;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;

var output = args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), $"perfmetrics-charts-{Guid.NewGuid():N}");
Directory.CreateDirectory(output);
var usd = Currency.Usd;

// ---- 1. Attribution model comparison (same paths as docs/examples/attribution.cs) ----
const string csv = """
    path,total_conversions,total_conversion_value,total_null
    search > email > search,12,1140.00,30
    social > search,8,560.00,41
    email,5,310.00,12
    display > social > search > direct,3,270.00,55
    direct,6,420.00,20
    display,0,0,90
    "social > email",2,150.00,7
    """;
var table = PathTable.ReadCsv(new StringReader(csv), usd);
var comparison = AttributionEngine.Compare(
    table,
    [AttributionModels.FirstTouch, AttributionModels.LastNonDirect(), AttributionModels.Linear, AttributionModels.PositionBased()]);
Console.WriteLine(comparison);

var series = comparison.Results
    .Select(r => (r.ModelName, Values: r.Channels.Select(c => c.Conversions).ToArray()))
    .ToArray();
var barChart = Svg.GroupedBars(
    "Conversions credited per channel, by attribution model",
    [.. comparison.Results[0].Channels.Select(c => c.Channel.Name)],
    series,
    "conversions");
File.WriteAllText(Path.Combine(output, "attribution-comparison.svg"), barChart);

// ---- 2. Retention curve and LTV (same cohort as docs/examples/ltv-ceiling.cs) ----
long[] active = [1000, 520, 380, 310, 265, 235, 212];
var fit = ShiftedBetaGeometric.Fit(active, PeriodUnit.Month);
var model = fit.Model;
const int months = 24;
var fitted = model.SurvivalCurve(months);
var observed = active.Select(a => a / 1000d).ToArray();
var marginPerMonth = new MoneyPerPeriod(new Money(38m, usd), PeriodUnit.Month);
var discount = new DiscountRate(0.01m, PeriodUnit.Month);
var ltv = model.MarginLtv(marginPerMonth, discount, CashFlowTiming.StartOfPeriod)?.Round();
var ltv24 = model.MarginLtv(marginPerMonth, discount, CashFlowTiming.StartOfPeriod, new Periods(months, PeriodUnit.Month)).Round();
Console.WriteLine(FormattableString.Invariant($"sBG alpha {model.Alpha:F3}, beta {model.Beta:F3}; margin LTV {ltv} (first {months} months: {ltv24})"));

var lineChart = Svg.Curves(
    FormattableString.Invariant($"Share of a cohort still ordering: observed vs fitted sBG (alpha {model.Alpha:F2}, beta {model.Beta:F2})"),
    months,
    fitted.ToArray(),
    observed,
    FormattableString.Invariant($"margin LTV {ltv} at $38/month, 1%/month discount; month {months}: {fitted[months] * 100:F1}% remain"));
File.WriteAllText(Path.Combine(output, "retention-curve.svg"), lineChart);

Console.WriteLine($"wrote attribution-comparison.svg and retention-curve.svg to {output}");
return 0;

/// <summary>Minimal SVG writers: fixed size, invariant numbers, colour-blind-safe palette (Okabe-Ito).</summary>
internal static class Svg
{
    private const int Width = 760;
    private const int Height = 420;
    private const int Left = 60;
    private const int Right = 20;
    private const int Top = 50;
    private const int Bottom = 70;
    private static readonly double[] Multipliers = [1d, 2d, 2.5d, 5d, 10d];
    private static readonly string[] Palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"];

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static StringBuilder Start(string title)
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width / 2}\" y=\"24\" text-anchor=\"middle\" font-size=\"15\">{Escape(title)}</text>\n");
        return svg;
    }

    // Nice round step for about five grid lines.
    private static double Step(double max)
    {
        var raw = max / 5d;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return Multipliers.Select(m => m * magnitude).First(s => s >= raw);
    }

    private static void YAxis(StringBuilder svg, double max, double step, Func<double, string> label, string caption)
    {
        var plotHeight = Height - Top - Bottom;
        for (var v = 0d; v <= max + 1e-9; v += step)
        {
            var y = Top + plotHeight - v / max * plotHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{F(y)}\" x2=\"{Width - Right}\" y2=\"{F(y)}\" stroke=\"#ddd\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{label(v)}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"14\" y=\"{Top + plotHeight / 2}\" transform=\"rotate(-90 14 {Top + plotHeight / 2})\" text-anchor=\"middle\">{Escape(caption)}</text>\n");
    }

    private static void Legend(StringBuilder svg, string[] names, string[] colours)
    {
        var x = Left;
        for (var i = 0; i < names.Length; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{Height - 24}\" width=\"12\" height=\"12\" fill=\"{colours[i]}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 16}\" y=\"{Height - 14}\">{Escape(names[i])}</text>\n");
            x += 28 + (int)(names[i].Length * 6.5);
        }
    }

    internal static string GroupedBars(string title, string[] categories, (string Name, double[] Values)[] series, string caption)
    {
        var svg = Start(title);
        var max = series.SelectMany(s => s.Values).DefaultIfEmpty(1d).Max();
        var step = Step(max);
        max = Math.Ceiling(max / step) * step;
        YAxis(svg, max, step, v => F(v), caption);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var group = plotWidth / (double)categories.Length;
        var bar = group * 0.8 / series.Length;
        for (var c = 0; c < categories.Length; c++)
        {
            var x0 = Left + c * group + group * 0.1;
            for (var s = 0; s < series.Length; s++)
            {
                var v = series[s].Values[c];
                var h = v / max * plotHeight;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(x0 + s * bar)}\" y=\"{F(Top + plotHeight - h)}\" width=\"{F(bar - 1)}\" height=\"{F(h)}\" fill=\"{Palette[s % Palette.Length]}\"><title>{Escape(series[s].Name)}, {Escape(categories[c])}: {F(v)}</title></rect>\n");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(Left + c * group + group / 2)}\" y=\"{Top + plotHeight + 16}\" text-anchor=\"middle\">{Escape(categories[c])}</text>\n");
        }

        Legend(svg, [.. series.Select(s => s.Name)], Palette);
        return svg.Append("</svg>\n").ToString();
    }

    internal static string Curves(string title, int periods, double[] fitted, double[] observed, string note)
    {
        var svg = Start(title);
        YAxis(svg, 1d, 0.2d, v => F(v * 100) + "%", "share of cohort");
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int t) => Left + t / (double)periods * plotWidth;
        double Y(double s) => Top + plotHeight - s * plotHeight;
        for (var t = 0; t <= periods; t += 3)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(t))}\" y=\"{Top + plotHeight + 16}\" text-anchor=\"middle\">{t}</text>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + plotWidth / 2}\" y=\"{Top + plotHeight + 34}\" text-anchor=\"middle\">month</text>\n");
        var points = string.Join(" ", fitted.Select((s, t) => $"{F(X(t))},{F(Y(s))}"));
        svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{points}\" fill=\"none\" stroke=\"{Palette[0]}\" stroke-width=\"2.5\"/>\n");
        for (var t = 0; t < observed.Length; t++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(t))}\" cy=\"{F(Y(observed[t]))}\" r=\"4.5\" fill=\"{Palette[1]}\"><title>month {t}: {F(observed[t] * 100)}% observed</title></circle>\n");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Top + 16}\" text-anchor=\"end\">{Escape(note)}</text>\n");
        Legend(svg, ["fitted sBG survival", "observed cohort"], [Palette[0], Palette[1]]);
        return svg.Append("</svg>\n").ToString();
    }
}
