#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// Campaign report for media buyers (issue 17): three campaigns, each bought on its own payment model, read from an ad
// platform's CSV export with a column mapping. Per campaign: cost, CPA, ROAS, profit and verdict, and what each of three
// payment models would have cost on THAT campaign's own delivery (not on one forecast for all of them).
using PerfMetrics;
using PerfMetrics.Metrics;

const string export = """
    Campaign name,Channel,Buying type,Impr.,Link clicks,Purchases,Purchase value,Reach
    spring-search,search,CPC 0.50 USD,50000,700,14,1400.00,31000
    affiliate-q2,affiliate,CPA 30.00 USD,0,2000,40,3600.00,0
    "influencer, may",social,RevenueShare 0.2,120000,1500,25,2000.00,88000
    """;

var usd = Currency.Usd;
var columns = new CampaignCsvColumns(
    campaign: "Campaign name", channel: "Channel", paymentModel: "Buying type", impressions: "Impr.",
    clicks: "Link clicks", conversions: "Purchases", revenue: "Purchase value"); // "Reach" is not mapped: ignored
var campaigns = CampaignDelivery.ReadCsv(new StringReader(export), usd, columns);

PaymentModel[] models = [PaymentModel.Cpc(new Money(0.50m, usd)), PaymentModel.Cpa(new Money(30m, usd)), PaymentModel.RevenueShare(0.2m)];
var report = CampaignReport.Of(campaigns, new Money(38m, usd), models);
Console.WriteLine(report);

// Each campaign priced on its own delivery: the affiliate's 2,000 clicks would cost 1,000.00 USD on CPC, while the
// search campaign's 700 clicks cost 350.00 USD; one shared forecast would price both the same.
foreach (var row in report.Rows)
{
    var cheapest = row.Alternatives.MinBy(o => o.Cost.Amount);
    Console.WriteLine($"{row.Campaign}: paid {row.Cost:N} on {row.PaymentModel}; cheapest alternative {cheapest.Model} at {cheapest.Cost:N}");
}

Console.WriteLine();
Console.WriteLine("As CSV for a spreadsheet:");
Console.Write(report.ToCsv());

return report.Rows.Length == 3 && report.Rows.All(r => r.Verdict == ProfitVerdict.Profitable) ? 0 : 1;
