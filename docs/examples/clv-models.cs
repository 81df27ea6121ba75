#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// The buy-till-you-die family on public data (Fader and Hardie's CDNOW sample and the donations data of Fader,
// Hardie and Shang 2010; test fixtures of this repository, see tests/PerfMetrics.Tests/Data/SOURCES.md).
// 1. CDNOW: RFM in weeks, calibration to 1997-09-30, holdout to 1998-06-30 (39 weeks).
// 2. BG/NBD, modified BG/NBD and Pareto/NBD fitted on the calibration period (with standard errors and diagnostics).
// 3. The holdout validation report of Fader, Hardie and Lee (2005) with the three models side by side, and the tracking
//    series of cumulative repeat transactions (every 4th week of 78, calibration end at week 39), actual against each model.
// 4. BG/BB, the discrete-time model, fitted on CDNOW in weekly opportunities (a week with a purchase is a transaction)
//    with the same holdout report, and on the donations data (6 annual opportunities, 11,104 donors).
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

var summary = RfmSummary.Build(log, week, PurchaseMerging.SameDay, new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30));
Console.WriteLine(summary);

var bgNbd = BgNbd.Fit(summary.Customers);
var mbgNbd = ModifiedBgNbd.Fit(summary.Customers);
var paretoNbd = ParetoNbd.Fit(summary.Customers);
Console.WriteLine();
foreach (var fit in new object[] { bgNbd, mbgNbd, paretoNbd })
{
    Console.WriteLine(fit);
}

Console.WriteLine();
Console.WriteLine("Pareto/NBD parameters with standard errors (observed information):");
foreach (var p in paretoNbd.Parameters)
{
    Console.WriteLine($"  {p.Name,-6} {p.Value,8:0.000}  se {p.StandardError,6:0.000}");
}

Console.WriteLine();
Console.WriteLine("Holdout: mean transactions in weeks 40-78 by calibration frequency, actual against each model");
var validation = HoldoutValidation.Of(summary, [bgNbd.Model, mbgNbd.Model, paretoNbd.Model]);
Console.Write(validation);

// BG/BB, the discrete-time model, on the same log in weekly opportunities (weeks anchored at the calibration end).
var weeks = OpportunityRfm.FromTransactions(log, week, new LocalDate(1997, 9, 30));
var bgBbCdnow = BgBb.Fit(weeks, week);
Console.WriteLine();
Console.WriteLine(bgBbCdnow);
Console.WriteLine("BG/BB counts weeks with a purchase, not transactions: comparable in shape, not in unit.");
Console.Write(HoldoutValidation.Of(log, week, new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30), [bgBbCdnow.Model]));

Console.WriteLine();
Console.WriteLine("Cumulative repeat transactions, actual against each model (every 4th week, the calibration end and the last week)");
var tracking = RepeatTransactionTracking.Of(log, week, PurchaseMerging.SameDay, new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30), [bgNbd.Model, mbgNbd.Model, paretoNbd.Model]);
Console.WriteLine($"{"week",4}  {"end",-10}  {"actual",6}  {tracking.Models[0],7}  {tracking.Models[1],7}  {tracking.Models[2],10}");
for (var k = 0; k < tracking.PeriodEnds.Count; k++)
{
    if ((k + 1) % 4 != 0 && k + 1 != tracking.CalibrationPeriods && k + 1 != tracking.PeriodEnds.Count)
    {
        continue;
    }

    var marker = k + 1 == tracking.CalibrationPeriods ? "  <- calibration end" : string.Empty;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{k + 1,4}  {tracking.PeriodEnds[k]:uuuu-MM-dd}  {tracking.Actual[k],6}  {tracking.Expected(0)[k],7:0.0}  {tracking.Expected(1)[k],7:0.0}  {tracking.Expected(2)[k],10:0.0}{marker}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"repeat transactions: {tracking.ActualCalibrationTotal} in calibration, {tracking.ActualHoldoutTotal} in the holdout, {tracking.Customers} customers"));

// A heavy buyer: log space keeps P(alive) and the expectation finite where the published forms overflow.
var t = new Periods(10m, week);
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"x = 132 vs 133 at t_x = T = 200 weeks, next 10 weeks: {paretoNbd.Model.ConditionalExpectedPurchases(t, 132, new Periods(200m, week), new Periods(200m, week)):0.0000} vs {paretoNbd.Model.ConditionalExpectedPurchases(t, 133, new Periods(200m, week), new Periods(200m, week)):0.0000}"));

// DERT: each customer's future purchases discounted to the calibration end, at 10% a year (0.18% a week).
var weekly = new DiscountRate(0.0018m, week);
var buyer = summary.Customers.First(c => c.Frequency == 2);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"customer {buyer.CustomerId} (x = 2, t_x = {buyer.Recency.Count:0.00}, T = {buyer.T.Count:0.00} weeks): DERT at 0.18% a week, MBG/NBD {mbgNbd.Model.DiscountedExpectedResidualPurchases(weekly, buyer):0.000}, Pareto/NBD {paretoNbd.Model.DiscountedExpectedResidualPurchases(weekly, buyer):0.000}"));

// BG/BB on the donations data.
var donors = File.ReadLines(Path.Combine(data, "donations.csv")).Skip(1).Where(l => l.Length > 0)
    .Select(l => l.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray())
    .Select(v => new OpportunityRfm(v[0], v[1], v[2], v[3]))
    .ToArray();
var bgBb = BgBb.Fit(donors, PeriodUnit.Year);
Console.WriteLine();
Console.WriteLine(bgBb);
var donor = new OpportunityRfm(3, 4, 6);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"donor {donor}: P(alive in 2002) {bgBb.Model.ProbabilityAlive(donor):0.000}, expected donations 2002-2006 {bgBb.Model.ConditionalExpectedTransactions(5, donor):0.000}, DERT at 10% {bgBb.Model.DiscountedExpectedResidualTransactions(new DiscountRate(0.1m, PeriodUnit.Year), donor):0.000}"));

var ok = bgNbd.Converged && mbgNbd.Converged && paretoNbd.Converged && bgBbCdnow.Converged && bgBb.Converged;
return ok ? 0 : 1;

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
