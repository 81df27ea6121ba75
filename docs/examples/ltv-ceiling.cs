#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// From a retention curve to a CPA ceiling: how much may the dropshipping store pay to acquire a customer?
// 1. Fit a shifted-beta-geometric (sBG) retention model to a monthly cohort curve.
// 2. Turn it into a margin lifetime value (LTV), discounted monthly.
// 3. Derive CPA ceilings (LTV:CAC = 3, and payback within 3 months).
// 4. Check the campaign's CPA ($350 spend / 14 sales = $25) against them.
using PerfMetrics;
using PerfMetrics.Lifetime;

var usd = Currency.Usd;
var month = PeriodUnit.Month;

// A cohort of 1,000 first-time buyers; how many still order in each later month (illustrative numbers).
long[] activeCustomers = [1000, 520, 380, 310, 265, 235, 212];

var fit = ShiftedBetaGeometric.Fit(activeCustomers, month);
var model = fit.Model;
Console.WriteLine(FormattableString.Invariant($"sBG fit:            alpha = {model.Alpha:F3}, beta = {model.Beta:F3}, LL = {fit.LogLikelihood:F2}, {(fit.Converged ? "converged" : "NOT converged")} in {fit.Iterations} iterations"));
if (!fit.Converged)
{
    return 1;
}

var projected = model.ProjectSurvivors(1000, 12);
Console.WriteLine(FormattableString.Invariant($"Projected month 12: {projected[12]:F0} of 1,000 still ordering (retention then {model.Retention(12) * 100:F1}% a month)"));

// Each active month brings one order with $38 of margin, received when the order is placed (start of the month).
var marginPerMonth = new MoneyPerPeriod(new Money(38m, usd), month);
var discount = new DiscountRate(0.01m, month); // 1% a month: a rate is a fraction (0.01 for 1%), and it says its unit
Console.WriteLine(FormattableString.Invariant($"Discount:           {discount} = {discount.ConvertTo(PeriodUnit.Year).Value * 100m:F2}% a year (compounded)"));

var ltv = model.MarginLtv(marginPerMonth, discount, CashFlowTiming.StartOfPeriod)
    ?? throw new InvalidOperationException("LTV is infinite without discounting for this alpha");
Console.WriteLine(FormattableString.Invariant($"Margin LTV:         {ltv.Round()} (exact value {ltv}; rounded once, for display)"));

var ratioCeiling = CpaCeiling.FromLtv(ltv, targetLtvToCacRatio: 3m).Round();
var paybackCeiling = model.MarginLtv(marginPerMonth, discount, CashFlowTiming.StartOfPeriod, new Periods(3m, month));
Console.WriteLine(FormattableString.Invariant($"CPA ceiling (3:1):  {ratioCeiling}"));
Console.WriteLine(FormattableString.Invariant($"CPA ceiling (3-month payback): {paybackCeiling.Round()}"));

// The campaign: $350 spent, 14 sales.
var check = CpaCeiling.Check(new Money(350m, usd), 14, ratioCeiling)
    ?? throw new InvalidOperationException("no sales, CPA undefined");
Console.WriteLine(FormattableString.Invariant($"Campaign CPA:       {check.Cpa} -> {check.Verdict}, headroom {check.Headroom} ({check.HeadroomShare * 100:F0}% of the ceiling)"));

// Constant-retention cross-check with the closed form: month-1 retention 52% held forever would undervalue the customer,
// because retention rises as the least loyal customers leave.
var naive = Ltv.RetentionMargin(marginPerMonth, new RetentionRate(0.52m, month), discount, CashFlowTiming.StartOfPeriod).Round();
Console.WriteLine(FormattableString.Invariant($"Naive constant-retention LTV (r = 52%): {naive}"));

var payback = Payback.Period(check.Cpa, marginPerMonth, new RetentionRate(0.52m, month), discount, CashFlowTiming.StartOfPeriod);
Console.WriteLine(FormattableString.Invariant($"Payback of the $25 CPA even under the naive model: {payback?.ToString() ?? "never"}"));
return check.Verdict == CeilingVerdict.AboveCeiling ? 2 : 0;
