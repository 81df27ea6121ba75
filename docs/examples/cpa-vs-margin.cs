#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// CPA versus margin, end to end: a dropshipping store runs Meta ads at $50/day for 7 days and gets 14 sales.
// Each sale is a $100 order earning a $38 contribution margin (38%). Is the campaign profitable, how far can the CPA
// rise, what may a click cost, should the budget double, and which payment model would suit a partner?
using System.Globalization;
using NodaTime;
using PerfMetrics;
using PerfMetrics.Metrics;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var usd = Currency.Usd;
var week = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 7));
var spend = new Spend(new Channel("meta"), new Money(50m, usd) * week.Length, week, campaign: "spring-sale");
var delivery = new Delivery(impressions: 50_000, clicks: 700, acquisitions: 14, revenue: new Money(1_400m, usd));
var unitMargin = new Money(38m, usd);

Console.WriteLine($"Spend {spend.Amount} over {week.Length} days ({spend.PerDay}/day); {delivery}");
Console.WriteLine();

// 1. KPIs straight from the delivery and its cost.
Console.WriteLine("KPIs");
Console.WriteLine($"  CTR  {Ctr.Of(delivery):P2}   CVR {Cvr.Of(delivery):P2}");
Console.WriteLine($"  CPC  {Cpc.Of(spend.Amount, delivery)?.Round()}   CPM {Cpm.Of(spend.Amount, delivery)?.Round()}");
Console.WriteLine($"  CPA  {Cpa.Of(spend.Amount, delivery)?.Round()}   AOV {Aov.Of(delivery)?.Round()}");
Console.WriteLine($"  ROAS {Roas.Of(delivery, spend.Amount):0.##}   ROI {Roi.Of(delivery, spend.Amount):P0} (revenue)   ROI {Roi.FromGrossProfit(unitMargin * delivery.Acquisitions, spend.Amount):P0} (margin)");
Console.WriteLine();

// 2. CPA against the margin a sale earns.
var verdict = CpaVersusMargin.Of(spend.Amount, delivery.Acquisitions, unitMargin);
Console.WriteLine("CPA versus margin");
Console.WriteLine($"  {verdict}");
Console.WriteLine($"  headroom share {verdict.HeadroomShare:P1}: the CPA may rise that much before the campaign stops paying");
Console.WriteLine();

// 3. Break-even points and bid ceilings.
var marginRate = 0.38m;
var breakEvenCpa = BreakEvenCpa.Of(Aov.Of(delivery)!.Value, marginRate);
var maxCpc = MaxCpc.Of(breakEvenCpa, cvr: 0.02m);
Console.WriteLine("Break-even and bids");
Console.WriteLine($"  break-even ROAS at a 38% margin   {BreakEvenRoas.Of(marginRate):0.###}");
Console.WriteLine($"  target ROAS for a 10% net margin  {TargetRoas.Of(marginRate, 0.10m):0.###}");
Console.WriteLine($"  break-even CPA                    {breakEvenCpa}");
Console.WriteLine($"  max CPC at a 2% CVR               {maxCpc.Round()}    (38 x 0.02)");
Console.WriteLine($"  max CPM at a 1.4% CTR             {MaxCpm.Of(maxCpc, ctr: 0.014m).Round()}   (0.76 x 0.014 x 1000)");
Console.WriteLine();

// 4. Should we double the budget? A test week at $100/day brought 22 sales.
var scaled = MarginalCpa.Of(spend.Amount, 14m, new Money(700m, usd), 22m, unitMargin);
Console.WriteLine("Doubling the budget (700 USD -> 22 sales)");
Console.WriteLine($"  average CPA {Cpa.Of(new Money(700m, usd), 22m)?.Round()} looks fine, but the extra sales cost:");
Console.WriteLine($"  {scaled}");
Console.WriteLine();

// 5. The same forecast under other payment models, and the rates that would cost the same as the current CPC.
var models = new[]
{
    PaymentModel.Cpc(new Money(0.50m, usd)),
    PaymentModel.Cpm(new Money(7m, usd)),
    PaymentModel.Cpa(new Money(30m, usd)),
    PaymentModel.RevenueShare(0.20m),
    PaymentModel.Hybrid(PaymentModel.FlatFee(new Money(100m, usd)), PaymentModel.RevenueShare(0.10m)),
};
Console.WriteLine("Payment models on this forecast");
Console.Write(PaymentModelComparison.Of(delivery, unitMargin, models));

var cpc = PaymentModel.Cpc(new Money(0.50m, usd));
Console.WriteLine($"  {cpc} costs the same as {EquivalentRate.Of(cpc, PaymentModelKind.Cpa, delivery)}, {EquivalentRate.Of(cpc, PaymentModelKind.Cpm, delivery)} or {EquivalentRate.Of(cpc, PaymentModelKind.RevenueShare, delivery)} on this forecast");
Console.WriteLine($"  at a 2% CVR a 0.50 USD CPC equals a CPA of {EquivalentRate.CpaForCpc(new Money(0.50m, usd), 0.02m)}; at a 1.4% CTR a CPM of {EquivalentRate.CpmForCpc(new Money(0.50m, usd), 0.014m).Round()}");
