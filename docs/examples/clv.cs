#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// Non-contractual customer lifetime value (CLV) and CPA ceilings per acquisition segment.
// 1. A transaction log (customer, date, value) is simulated here, seeded, for two acquisition segments.
// 2. RfmSummary turns it into (x, t_x, T, mean repeat value) per customer, in weeks, to 30 September.
// 3. BG/NBD (purchases) and Gamma-Gamma (spend) are fitted per segment.
// 4. CLV over the next 52 weeks (30% margin, 0.2% discount per week) per customer, averaged per segment, and the CPA
//    ceiling for a new customer of each segment at LTV:CAC = 3.
using System.Globalization;
using NodaTime;
using PerfMetrics;
using PerfMetrics.Lifetime;

var week = PeriodUnit.Week;
var observationEnd = new LocalDate(2024, 9, 30);
var margin = 0.30m;
var discount = new DiscountRate(0.002m, week);
var horizon = new Periods(52, week);

// Segment: name, customers, BG/NBD truth (r, alpha, a, b) and Gamma-Gamma truth (p, q, gamma) used to simulate.
(string Name, int Customers, double R, double Alpha, double A, double B, double P, double Q, double Gamma)[] segments =
[
    ("search", 900, 0.55, 6.0, 0.9, 3.5, 6.0, 4.0, 60.0),
    ("social", 900, 0.30, 8.0, 1.1, 2.0, 5.0, 3.5, 40.0),
];

var rng = new Random(2024);
var exitCode = 0;
Console.WriteLine("segment  customers  repeat  BG/NBD r / alpha / a / b        Gamma-Gamma p / q / gamma   mean CLV   new-customer CLV  CPA ceiling");
foreach (var s in segments)
{
    var log = Simulate(s, rng, observationEnd);
    var summary = RfmSummary.Build(log, week, PurchaseMerging.SameDay, observationEnd);
    var purchases = BgNbd.Fit(summary.Customers);
    var spend = GammaGamma.Fit(summary.Customers);
    if (!purchases.Converged || !spend.Converged)
    {
        Console.WriteLine($"{s.Name}: fit did not converge ({purchases}; {spend})");
        exitCode = 1;
        continue;
    }

    // CLV amounts are exact (not rounded to cents); round once, for display.
    var perCustomer = Clv.ForCustomers(purchases.Model, spend.Model, summary.Customers, margin, discount, horizon);
    var total = Clv.Total(purchases.Model, spend.Model, summary.Customers, margin, discount, horizon)!.Value;
    var mean = (total / summary.Customers.Count).Round();

    // A new customer is worth the margin of their first order plus the CLV of the repeat orders that follow.
    var firstOrder = (spend.Model.PopulationMeanValue!.Value * margin).Round();
    var newCustomer = Clv.ForNewCustomer(purchases.Model, spend.Model, margin, discount, horizon)!.Value + firstOrder;
    var ceiling = CpaCeiling.FromLtv(newCustomer).Round();

    var m = purchases.Model;
    var g = spend.Model;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{s.Name,-8} {summary.Customers.Count,9} {summary.Customers.Count(c => c.Frequency > 0),7}  {m.R,5:F3} / {m.Alpha,5:F2} / {m.A,5:F2} / {m.B,5:F2}   {g.P,6:F2} / {g.Q,4:F2} / {g.Gamma,6:F2}    {mean,11}  {newCustomer.Round(),14}  {ceiling,11}"));
    var best = summary.Customers.Select((c, i) => (c, v: perCustomer[i]!.Value)).MaxBy(t => t.v);
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"         most valuable: {best.c.CustomerId} (x = {best.c.Frequency}, t_x = {best.c.Recency.Count:F1} wk, T = {best.c.T.Count:F1} wk, P(alive) = {m.ProbabilityAlive(best.c):F2}) CLV {best.v.Round()}"));
}

return exitCode;

static List<CustomerTransaction> Simulate(
    (string Name, int Customers, double R, double Alpha, double A, double B, double P, double Q, double Gamma) s,
    Random rng,
    LocalDate end)
{
    var log = new List<CustomerTransaction>();
    var firstDay = new LocalDate(2024, 1, 1);
    for (var i = 0; i < s.Customers; i++)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"{s.Name}-{i:D4}");
        var start = firstDay.PlusDays(rng.Next(0, 91));
        var lambda = Gamma(rng, s.R) / s.Alpha;                         // purchases per week while alive
        var g1 = Gamma(rng, s.A);
        var dropout = g1 / (g1 + Gamma(rng, s.B));                     // chance of leaving after each repeat purchase
        var nu = Gamma(rng, s.Q) / s.Gamma;                             // spend rate: mean order value p / nu
        var weeks = Period.Between(start, end, PeriodUnits.Days).Days / 7d;
        log.Add(Order(id, start, 0d, s.P, nu, rng));
        var clock = 0d;
        while (true)
        {
            clock += -Math.Log(1d - rng.NextDouble()) / lambda;
            if (clock > weeks)
            {
                break;
            }

            log.Add(Order(id, start, clock, s.P, nu, rng));
            if (rng.NextDouble() < dropout)
            {
                break;
            }
        }
    }

    return log;
}

static CustomerTransaction Order(string id, LocalDate start, double weeks, double p, double nu, Random rng) =>
    new(id, start.PlusDays((int)Math.Floor(weeks * 7d)), new Money(Math.Round((decimal)(Gamma(rng, p) / nu), 2) + 0.01m, Currency.Usd));

// Gamma(shape, 1) by Marsaglia and Tsang (2000).
static double Gamma(Random rng, double shape)
{
    if (shape < 1d)
    {
        return Gamma(rng, shape + 1d) * Math.Pow(rng.NextDouble(), 1d / shape);
    }

    var d = shape - (1d / 3d);
    var c = 1d / Math.Sqrt(9d * d);
    while (true)
    {
        var z = Math.Sqrt(-2d * Math.Log(1d - rng.NextDouble())) * Math.Cos(2d * Math.PI * rng.NextDouble());
        var v = Math.Pow(1d + (c * z), 3);
        if (v > 0d && Math.Log(1d - rng.NextDouble()) < (0.5 * z * z) + d - (d * v) + (d * Math.Log(v)))
        {
            return d * v;
        }
    }
}
