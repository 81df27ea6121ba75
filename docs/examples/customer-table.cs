#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// The per-customer value table on Fader and Hardie's CDNOW sample (a test fixture of this repository, see
// tests/PerfMetrics.Tests/Data/SOURCES.md):
// 1. RFM in weeks, calibration to 1997-09-30; BG/NBD and Gamma-Gamma fitted on it (with their covariances).
// 2. A horizon of 12 months converted to weeks on purpose (mean Gregorian year: 52.1775 weeks), rounded to 52.
// 3. The table for all 2,357 customers with 95% delta-method intervals; the top 10 by CLV, and the first lines of CSV.
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using PerfMetrics;
using PerfMetrics.Lifetime;

var data = Path.Combine(RepositoryRoot(), "tests", "PerfMetrics.Tests", "Data");
var week = PeriodUnit.Week;

var log = new List<CustomerTransaction>();
foreach (var line in File.ReadLines(Path.Combine(data, "CDNOW_sample.txt")))
{
    var p = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    var date = LocalDate.FromDateTime(DateTime.ParseExact(p[2], "yyyyMMdd", CultureInfo.InvariantCulture));
    log.Add(new CustomerTransaction(p[1], date, new Money(decimal.Parse(p[4], CultureInfo.InvariantCulture), Currency.Usd)));
}

var summary = RfmSummary.Build(log, week, PurchaseMerging.SameDay, new LocalDate(1997, 9, 30));
var bgNbd = BgNbd.Fit(summary.Customers);
var gammaGamma = GammaGamma.Fit(summary.Customers);

var twelveMonths = new Periods(12, PeriodUnit.Month);
var inWeeks = twelveMonths.ConvertTo(week);
var horizon = new Periods(decimal.Round(inWeeks.Count), week);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{twelveMonths} = {inWeeks.Count:0.######} weeks (a mean Gregorian year of 365.2425 days); valued over {horizon}"));

var table = CustomerValueTable.Create(
    bgNbd, gammaGamma, summary.Customers, 0.30m, new DiscountRate(0.002m, week), horizon, new CustomerValueOptions(intervals: true));
Console.WriteLine();
Console.WriteLine(table.Top(10));
Console.WriteLine(string.Join('\n', table.Top(3).ToCsv().Split('\n').Take(4)));

var total = Clv.Total(bgNbd.Model, gammaGamma.Model, summary.Customers, 0.30m, new DiscountRate(0.002m, week), horizon);
return table.TotalClv == total ? 0 : 1;

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
