#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// Payback on a fitted retention curve (issue 17). A subscription founder's monthly cohort: 1000 customers, then 631,
// 468, 382 and 326 still paying. 12 EUR a month at an 80% margin, paid at the start of each month, money discounted at
// 10% a year, 45 EUR to acquire a customer. How long until a customer has paid back their CAC?
using PerfMetrics;
using PerfMetrics.Lifetime;

var eur = Currency.Eur;
var month = PeriodUnit.Month;
var fit = ShiftedBetaGeometric.Fit([1000, 631, 468, 382, 326], month);
var margin = Margin.FromRate(new MoneyPerPeriod(new Money(12m, eur), month), 0.8m);          // 9.60 EUR a month
var discount = new DiscountRate(0.10m, PeriodUnit.Year).ConvertTo(month);                   // 1.1^(1/12) - 1 a month
var cac = new Money(45m, eur);
const CashFlowTiming start = CashFlowTiming.StartOfPeriod;

Console.WriteLine($"fitted: alpha {fit.Model.Alpha:0.000}, beta {fit.Model.Beta:0.000}; margin {margin.Amount.Round()} a month; discount {discount.Value:P3} a month");

// On the fitted curve retention rises with tenure (the likely churners leave first).
var onCurve = Payback.Period(cac, margin, fit.Model, discount, start);
Console.WriteLine($"payback on the fitted sBG curve: {onCurve}");

// Constant retention at the latest month's rate (326 / 382) overstates how fast the cohort pays back ...
var latest = Payback.Period(cac, margin, new RetentionRate(326m / 382m, month), discount, start);
Console.WriteLine($"payback at constant retention 326/382: {latest}");

// ... and at the first month's rate (631 / 1000) it never pays back at all.
var first = Payback.Period(cac, margin, new RetentionRate(0.631m, month), discount, start);
Console.WriteLine($"payback at constant retention 0.631: {(first is null ? "never" : first.ToString())}");

// The other way round: the most a customer may cost to pay back within 12 months on the fitted curve.
var ceiling = CpaCeiling.FromPayback(margin, fit.Model, discount, start, new Periods(12, month));
Console.WriteLine($"CPA ceiling for payback within 12 months: {ceiling.Round()}");
Console.WriteLine($"lifetime margin value on the curve: {fit.Model.MarginLtv(margin, discount, start)?.Round()}");

return onCurve?.Count == 16m && latest?.Count == 8m && first is null ? 0 : 1;
