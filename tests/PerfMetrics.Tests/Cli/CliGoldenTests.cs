using System.Globalization;
using System.Text;

namespace PerfMetrics.Tests.Cli;

/// <summary>
/// Golden outputs: each case runs the tool in-process and compares what it printed with <c>Golden/&lt;name&gt;.txt</c>.
/// A run that exits 0 with nothing on standard error stores its standard output as is; any other run stores
/// <c>exit N</c> and standard error (standard output must then be empty). Paths of the input folders print as
/// <c>{cli}</c> (tests/PerfMetrics.Tests/Cli/Data) and <c>{data}</c> (tests/PerfMetrics.Tests/Data).
/// </summary>
/// <remarks>
/// To regenerate every golden file after an intended change of output (for example the library's display precision),
/// run <c>PERFMETRICS_UPDATE_GOLDEN=1 dotnet test --project tests/PerfMetrics.Tests -- --filter-class PerfMetrics.Tests.Cli.CliGoldenTests</c>
/// and review the diff: the test then writes the files under the source tree instead of comparing.
/// </remarks>
public class CliGoldenTests
{
    private const string Paths = """
        path,total_conversions,total_conversion_value,total_null
        social > search,8,304.00,41
        search,3,114.00,20
        social > email > search,2,76.00,12
        email,1,38.00,9

        """;

    private static readonly string[] Tbr =
    [
        "experiment", "tbr", "{data}/Experiments/salesandcost.csv", "--assignment", "{data}/Experiments/geoassignment.csv",
        "--group-column", "geo.group", "--treatment", "2", "--control", "1", "--pre", "2015-01-05..2015-02-15", "--test", "2015-02-16..2015-03-15",
    ];

    private static readonly string[] Journeys =
    [
        "journeys", "{cli}/touches.csv", "{cli}/conversions.csv", "--currency", "USD", "--interaction-column", "interaction",
        "--order-column", "order_id", "--end", "2026-03-31T00:00:00Z",
    ];

    private static readonly string[] Rfm =
    [
        "clv", "{data}/cdnow_customers_summary_with_transactions.csv", "--rfm", "--columns", "id=ID,frequency=x,recency=t_x,monetary=zbar", "--currency", "USD",
    ];

    private static readonly string[] Valued = ["--margin-rate", "0.3", "--discount", "0.002", "--horizon", "52"];

    private static readonly string[] CdnowSplit = ["clv", "-", "--currency", "USD", "--calibration-end", "1997-09-30", "--end", "1998-06-30"];

    /// <summary>Every case: name, standard input (<c>paths</c>, <c>cdnow</c> or the text itself), arguments.</summary>
    private static readonly Dictionary<string, (string Input, string[] Args)> Cases = new()
    {
        // attribution: CSV is the library's long form; with spend, the channel reports with a model column.
        ["attribution-csv"] = ("paths", ["attribution", "-", "--currency", "USD", "--format", "csv"]),
        ["attribution-spend-csv"] = ("paths", ["attribution", "-", "--currency", "USD", "-m", "first,linear", "--spend", "search=300USD", "--spend", "social=150USD", "--spend", "email=20USD", "--margin", "38USD", "-f", "csv"]),

        // journeys: two event logs to the comparison and the journey reports.
        ["journeys-text"] = (string.Empty, [.. Journeys, "--reports", "all"]),
        ["journeys-markdown"] = (string.Empty, [.. Journeys, "-m", "linear,markov", "--reports", "top-paths", "--top", "3", "-f", "markdown"]),
        ["journeys-csv"] = (string.Empty, [.. Journeys, "-m", "last,linear", "-f", "csv"]),
        ["journeys-json"] = (string.Empty, [.. Journeys, "-m", "linear", "--reports", "path-length", "-f", "json"]),
        ["journeys-windows"] = (string.Empty, [.. Journeys, "-m", "first,last", "--click-window", "2", "--view-window", "0.5", "--no-reset", "--include-open", "--direct", "direct", "--fold-case"]),
        ["journeys-spend"] = (string.Empty, [.. Journeys, "-m", "linear", "--spend", "search=100USD", "--spend", "social=50USD", "--spend", "email=10USD", "--spend", "display=40USD", "--margin", "30USD"]),
        ["journeys-bad-touches"] = ("user_id,timestamp,channel\nv1,2026-03-01T09:00:00Z,search\nv2,yesterday,email\n", ["journeys", "-", "{cli}/conversions.csv", "--currency", "USD"]),
        ["journeys-bad-conversions"] = ("user_id,timestamp,value\nv1,2026-03-04T09:00:00Z,-5\n", ["journeys", "{cli}/touches.csv", "-", "--currency", "USD"]),
        ["journeys-local-time"] = ("user_id,timestamp,channel\nv1,2026-03-01T09:00:00,search\n", ["journeys", "-", "{cli}/conversions.csv", "--currency", "USD"]),
        ["journeys-missing-column"] = (string.Empty, ["journeys", "{cli}/touches.csv", "{cli}/conversions.csv", "--currency", "USD", "--channel-column", "source"]),
        ["journeys-usage-top"] = (string.Empty, [.. Journeys, "--top", "3"]),
        ["journeys-usage-report"] = (string.Empty, [.. Journeys, "--reports", "funnel"]),
        ["journeys-usage-zone"] = (string.Empty, [.. Journeys, "--time-zone", "Mars/Olympus"]),
        ["journeys-usage-end"] = (string.Empty, [.. Journeys[..^2], "--end", "2026-03-31"]),
        ["journeys-usage-time-decay"] = (string.Empty, [.. Journeys, "-m", "time-decay"]),

        // experiment: holdout, A/B, sample size, TBR.
        ["holdout-text"] = (string.Empty, ["experiment", "holdout", "--test", "1100/90000", "--control", "100/10000", "--spend", "9000USD", "--margin", "38USD", "--value", "95USD"]),
        ["holdout-json"] = (string.Empty, ["experiment", "holdout", "--test", "1100/90000", "--control", "100/10000", "--spend", "9000USD", "--margin", "38USD", "--confidence", "0.9", "-f", "json"]),
        ["holdout-bad-counts"] = (string.Empty, ["experiment", "holdout", "--test", "1100/900", "--control", "100/10000", "--spend", "9000USD"]),
        ["holdout-usage-counts"] = (string.Empty, ["experiment", "holdout", "--test", "1100", "--control", "100/10000", "--spend", "9000USD"]),
        ["holdout-usage-spend"] = (string.Empty, ["experiment", "holdout", "--test", "1100/90000", "--control", "100/10000"]),
        ["ab-text"] = (string.Empty, ["experiment", "ab", "--a", "120/2400", "--b", "150/2400"]),
        ["ab-json"] = (string.Empty, ["experiment", "ab", "--a", "120/2400", "--b", "150/2400", "--confidence", "0.99", "-f", "json"]),
        ["ab-bad-confidence"] = (string.Empty, ["experiment", "ab", "--a", "120/2400", "--b", "150/2400", "--confidence", "95"]),
        ["sample-size-lift"] = (string.Empty, ["experiment", "sample-size", "--rate", "0.011", "--lift", "0.1", "--share", "0.9", "--daily-users", "6000"]),
        ["sample-size-target"] = (string.Empty, ["experiment", "sample-size", "--rate", "0.05", "--target", "0.06", "--power", "0.9", "--alpha", "0.01"]),
        ["sample-size-json"] = (string.Empty, ["experiment", "sample-size", "--rate", "0.05", "--target", "0.06", "-f", "json"]),
        ["sample-size-usage"] = (string.Empty, ["experiment", "sample-size", "--rate", "0.05", "--target", "0.06", "--lift", "0.2"]),
        ["sample-size-bad-rate"] = (string.Empty, ["experiment", "sample-size", "--rate", "1.5", "--lift", "0.2"]),
        ["tbr-text"] = (string.Empty, [.. Tbr, "--confidence", "0.9", "--cost", "50000", "--fill-missing"]),
        ["tbr-cooldown"] = (string.Empty, [.. Tbr[..^2], "--test", "2015-02-16..2015-03-08", "--cooldown", "2015-03-09..2015-03-15", "--fill-missing"]),
        ["tbr-missing-day"] = (string.Empty, Tbr),
        ["tbr-bad-line"] = ("date,geo,sales\n2015-01-05,1,10\n2015-01-06,1,ten\n", ["experiment", "tbr", "-", "--assignment", "{data}/Experiments/geoassignment.csv", "--group-column", "geo.group", "--treatment", "2", "--control", "1", "--pre", "2015-01-05..2015-01-10", "--test", "2015-01-11..2015-01-12"]),
        ["tbr-bad-group"] = (string.Empty, [.. Tbr.Select(a => a == "2" ? "3" : a)]),
        ["tbr-usage-dates"] = (string.Empty, [.. Tbr[..^2], "--test", "2015-03-15..2015-02-16"]),

        // budget: curves from CSV or JSON to the allocation and the profit-maximising budget.
        ["budget-text"] = (string.Empty, ["budget", "{cli}/curves.csv", "--currency", "USD", "--budget", "18000USD", "--margin-rate", "0.4"]),
        ["budget-markdown"] = (string.Empty, ["budget", "{cli}/curves.json", "--currency", "USD", "--budget", "18000USD", "-f", "markdown"]),
        ["budget-csv"] = (string.Empty, ["budget", "{cli}/curves.csv", "--currency", "USD", "--budget", "18000USD", "-f", "csv"]),
        ["budget-profit-csv"] = (string.Empty, ["budget", "{cli}/curves.csv", "--currency", "USD", "--margin-rate", "0.4", "-f", "csv"]),
        ["budget-usage-csv-both"] = (string.Empty, ["budget", "{cli}/curves.csv", "--currency", "USD", "--budget", "18000USD", "--margin-rate", "0.4", "-f", "csv"]),
        ["budget-json"] = (string.Empty, ["budget", "{cli}/curves.json", "--currency", "USD", "--budget", "12000USD", "-f", "json"]),
        ["budget-bad-csv"] = ("channel,curve,max_response,half_saturation,slope,current_spend\nsearch,hill,60000,9000,0.9,8000\nsocial,gompertz,25000,6000,,6000\n", ["budget", "-", "--currency", "USD", "--budget", "1000USD"]),
        ["budget-bad-slope"] = ("channel,curve,max_response,half_saturation,slope,current_spend\nsearch,hill,60000,9000,,8000\n", ["budget", "-", "--currency", "USD", "--budget", "1000USD"]),
        ["budget-rejected-curve"] = ("channel,curve,max_response,half_saturation,slope,current_spend\nsearch,hill,60000,0,0.9,8000\n", ["budget", "-", "--currency", "USD", "--budget", "1000USD"]),
        ["budget-bad-json"] = (string.Empty, ["budget", "{cli}/bad-curves.json", "--currency", "USD", "--budget", "1000USD"]),
        ["budget-usage"] = (string.Empty, ["budget", "{cli}/curves.csv", "--currency", "USD"]),
        ["budget-usage-markdown"] = (string.Empty, ["budget", "{cli}/curves.csv", "--currency", "USD", "--margin-rate", "0.4", "-f", "markdown"]),

        // clv: an RFM summary, other models, the holdout validation.
        ["clv-rfm"] = (string.Empty, [.. Rfm, "-m", "bgnbd,paretonbd", .. Valued]),
        ["clv-rfm-models"] = (string.Empty, [.. Rfm, "-m", "mbgnbd,paretonbd"]),
        ["clv-validation"] = ("cdnow", [.. CdnowSplit, "-m", "bgnbd,mbgnbd,paretonbd"]),
        ["clv-validation-csv"] = ("cdnow", [.. CdnowSplit, "-m", "bgnbd,paretonbd", "-f", "csv"]),
        ["clv-validation-valued"] = ("cdnow", [.. CdnowSplit, .. Valued]),
        ["clv-rfm-bad"] = ("customer_id,frequency,recency,T,monetary_value\na,2,30.4,38.9,22.35\nb,1.5,1.7,38.9,11.77\n", ["clv", "-", "--rfm", "--currency", "USD"]),
        ["clv-valued-pareto"] = (string.Empty, [.. Rfm, "-m", "paretonbd", .. Valued]),
        ["clv-per-customer"] = (string.Empty, [.. Rfm, .. Valued, "--per-customer", "--sort", "clv", "--top", "5", "--intervals"]),
        ["clv-per-customer-csv"] = (string.Empty, [.. Rfm, "-m", "mbgnbd", .. Valued, "--per-customer", "--sort", "p-alive", "--ascending", "--top", "3", "-f", "csv"]),
        ["clv-per-customer-json"] = (string.Empty, [.. Rfm, .. Valued, "--per-customer", "--top", "2", "-f", "json"]),
        ["clv-usage-sort"] = (string.Empty, [.. Rfm, .. Valued, "--per-customer", "--sort", "value"]),
        ["clv-usage-top-alone"] = (string.Empty, [.. Rfm, .. Valued, "--top", "5"]),
        ["clv-usage-level-alone"] = (string.Empty, [.. Rfm, .. Valued, "--per-customer", "--level", "0.9"]),
        ["clv-usage-unknown-model"] = (string.Empty, [.. Rfm, "-m", "pareto"]),
        ["clv-usage-partial"] = (string.Empty, [.. Rfm, "--margin-rate", "0.3"]),
        ["clv-usage-rfm-end"] = (string.Empty, [.. Rfm, "--end", "1997-09-30"]),
        ["clv-usage-columns"] = ("cdnow", ["clv", "-", "--currency", "USD", "--columns", "frequency=x"]),
        ["clv-usage-columns-key"] = (string.Empty, ["clv", "{data}/cdnow_customers_summary_with_transactions.csv", "--rfm", "--columns", "zbar", "--currency", "USD"]),
    };

    public static TheoryData<string> CaseNames() => [.. Cases.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Command_PrintsItsGoldenOutput(string name)
    {
        var (input, args) = Cases[name];
        var cli = CliFolder("Data");
        var data = Path.Combine(RepositoryRoot(), "tests", "PerfMetrics.Tests", "Data");
        var text = input switch
        {
            "paths" => Paths.ReplaceLineEndings("\n"),
            "cdnow" => CdnowLog.Value,
            _ => input,
        };

        var result = CliRun.WithInput(text, [.. args.Select(a => a.Replace("{cli}", cli, StringComparison.Ordinal).Replace("{data}", data, StringComparison.Ordinal))]);

        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unexpected", result.Error, StringComparison.Ordinal);
        var actual = result.ExitCode == 0 && result.Error.Length == 0
            ? result.Out
            : string.Create(CultureInfo.InvariantCulture, $"exit {result.ExitCode}\n{result.Error}");
        if (result.ExitCode != 0)
        {
            Assert.Equal(string.Empty, result.Out);
        }

        actual = actual.Replace(cli, "{cli}", StringComparison.Ordinal).Replace(data, "{data}", StringComparison.Ordinal);
        var golden = Path.Combine(CliFolder("Golden"), name + ".txt");
        if (Environment.GetEnvironmentVariable("PERFMETRICS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(golden, actual, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(golden), $"{golden} is missing: run with PERFMETRICS_UPDATE_GOLDEN=1 to write it.");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void GoldenFolder_HoldsAFileForEveryCaseAndNoOther()
    {
        var files = Directory.GetFiles(CliFolder("Golden"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);

        Assert.Equal(Cases.Keys.Order(StringComparer.Ordinal), files);
    }

    /// <summary>CDNOW_sample.txt (Data/SOURCES.md) as the tool's transaction log: customer, ISO date, value.</summary>
    internal static readonly Lazy<string> CdnowLog = new(() =>
    {
        var csv = new StringBuilder("customer,date,value\n");
        foreach (var t in CdnowData.Transactions())
        {
            csv.Append(CultureInfo.InvariantCulture, $"{t.CustomerId},{t.Date:uuuu-MM-dd},{t.Value.Amount}\n");
        }

        return csv.ToString();
    });

    internal static string CliFolder(string name) => Path.Combine(RepositoryRoot(), "tests", "PerfMetrics.Tests", "Cli", name);

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfMetrics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PerfMetrics.sln not found above {AppContext.BaseDirectory}.");
    }
}
