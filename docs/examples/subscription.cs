#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// A subscription business with several yearly cohorts (Hardie's note "Fitting the sBG Model to Multi-Cohort Data"):
// 1. Fit the shifted-beta-geometric (sBG) model to five cohorts at once, and again from each cohort's size and survivors now.
// 2. DEL (discounted expected lifetime of a new subscriber) and DERL (discounted expected residual lifetime) by tenure
//    (Fader and Hardie 2010): DERL rises with tenure because long-lived subscribers are the low-churn ones.
// 3. The LTV of a new subscriber (margin x DEL) and the CPA ceiling at LTV:CAC = 3.
// 4. The beta-discrete-Weibull model on the oldest cohort: c near 1 says the sBG is enough.
using System.Globalization;
using PerfMetrics;
using PerfMetrics.Lifetime;

var year = PeriodUnit.Year;
long[] cohort2001 = [10000, 8000, 6480, 5307, 4391];

// Cohorts acquired 2001-2005, observed to 2006: the same sequence truncated for each later year.
IReadOnlyList<long>[] cohorts = [.. Enumerable.Range(0, 5).Select(k => (IReadOnlyList<long>)cohort2001[..(5 - k)])];
var fit = ShiftedBetaGeometric.Fit(cohorts, year);
Console.WriteLine($"Five cohorts:        {fit}");

CohortEndpoint[] endpoints = [new(10000, 4, 4391), new(10000, 3, 5307), new(10000, 2, 6480), new(10000, 1, 8000)];
var fromEndpoints = ShiftedBetaGeometric.Fit(endpoints, year);
Console.WriteLine($"Size and survivors:  {fromEndpoints}");
foreach (var p in fit.Parameters)
{
    Console.WriteLine($"  {p}");
}

var model = fit.Model;
var discount = new DiscountRate(0.10m, year);
var del = model.DiscountedExpectedLifetime(discount)!.Value;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DEL at 10% a year: {del:0.000} years"));
Console.WriteLine("DERL by renewals so far (10% a year):");
for (var n = 0; n <= 8; n += 2)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n} renewals: {model.DiscountedExpectedResidualLifetime(discount, n):0.000} years"));
}

var margin = new MoneyPerPeriod(new Money(120m, Currency.Usd), year);
var ltv = model.MarginLtv(margin, discount, CashFlowTiming.StartOfPeriod)!.Value.Round();
var ceiling = CpaCeiling.FromLtv(ltv).Round();
Console.WriteLine();
Console.WriteLine($"LTV of a new subscriber ($120 margin a year, paid in advance): {ltv}");
Console.WriteLine($"CPA ceiling at LTV:CAC = 3:                                    {ceiling}");
Console.WriteLine($"A CPA of $150: {CpaCeiling.Check(new Money(150m, Currency.Usd), ceiling).Verdict}");

var bdw = BetaDiscreteWeibull.Fit(cohort2001, year);
Console.WriteLine();
Console.WriteLine($"Beta-discrete-Weibull on the 2001 cohort: {bdw}");

return fit.Converged && fromEndpoints.Converged ? 0 : 1;
