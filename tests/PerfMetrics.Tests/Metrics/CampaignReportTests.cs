using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

public partial class CampaignReportTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money M(decimal amount) => new(amount, Usd);

    private static readonly PaymentModel[] Models = [PaymentModel.Cpc(M(0.50m)), PaymentModel.Cpa(M(30m)), PaymentModel.RevenueShare(0.2m)];

    /// <summary>Three campaigns on three payment models (docs/examples/campaigns.cs).</summary>
    private static CampaignDelivery[] Campaigns() =>
    [
        new("spring-search", new Channel("search"), PaymentModel.Cpc(M(0.50m)), new Delivery(impressions: 50_000, clicks: 700, acquisitions: 14, revenue: M(1_400m))),
        new("affiliate-q2", new Channel("affiliate"), PaymentModel.Cpa(M(30m)), new Delivery(clicks: 2_000, acquisitions: 40, revenue: M(3_600m))),
        new("influencer-may", new Channel("social"), PaymentModel.RevenueShare(0.2m), new Delivery(impressions: 120_000, clicks: 1_500, acquisitions: 25, revenue: M(2_000m))),
    ];

    [Fact]
    public void Of_ThreeCampaignsThreeModels_PricesEachOnItsOwnDelivery()
    {
        // By hand, unit margin 38 USD:
        // spring-search: CPC 0.50 x 700 = 350; CPA 350/14 = 25; ROAS 1400/350 = 4; profit 14 x 38 - 350 = 182.
        //   alternatives: CPC 350, CPA 30 x 14 = 420, 20% x 1400 = 280.
        // affiliate-q2: CPA 30 x 40 = 1200; CPA 30; ROAS 3; profit 40 x 38 - 1200 = 320.
        //   alternatives: CPC 0.50 x 2000 = 1000, CPA 1200, 20% x 3600 = 720.
        // influencer-may: 20% x 2000 = 400; CPA 16; ROAS 5; profit 25 x 38 - 400 = 550.
        //   alternatives: CPC 0.50 x 1500 = 750, CPA 30 x 25 = 750, 400.
        var report = CampaignReport.Of(Campaigns(), M(38m), Models);

        Assert.Equal(["spring-search", "affiliate-q2", "influencer-may"], report.Rows.Select(r => r.Campaign));
        Assert.Equal([M(350m), M(1_200m), M(400m)], report.Rows.Select(r => r.Cost));
        Assert.Equal([M(25m), M(30m), M(16m)], report.Rows.Select(r => r.Cpa!.Value));
        Assert.Equal([4m, 3m, 5m], report.Rows.Select(r => r.Roas!.Value));
        Assert.Equal([M(182m), M(320m), M(550m)], report.Rows.Select(r => r.Profit));
        Assert.All(report.Rows, r => Assert.Equal(ProfitVerdict.Profitable, r.Verdict));
        Assert.Equal([M(350m), M(420m), M(280m)], report.Rows[0].Alternatives.Select(o => o.Cost));
        Assert.Equal([M(1_000m), M(1_200m), M(720m)], report.Rows[1].Alternatives.Select(o => o.Cost));
        Assert.Equal([M(750m), M(750m), M(400m)], report.Rows[2].Alternatives.Select(o => o.Cost));

        // Totals: cost 1950, revenue 7000, 79 acquisitions, profit 1052; alternatives summed per campaign: 2100, 2370, 1400.
        Assert.Equal(M(1_950m), report.TotalCost);
        Assert.Equal(M(7_000m), report.TotalRevenue);
        Assert.Equal(79, report.TotalAcquisitions);
        Assert.Equal(M(1_052m), report.TotalProfit);
        Assert.Equal([M(2_100m), M(2_370m), M(1_400m)], report.AlternativeTotals.Select(o => o.Cost));
        // Gross 79 x 38 = 3002; CPC total 2100 -> profit 902.
        Assert.Equal(M(902m), report.AlternativeTotals[0].AdvertiserProfit);
    }

    [Fact]
    public void OwnModelOutcome_IsThePaymentModelComparisonOfItsDelivery()
    {
        var report = CampaignReport.Of(Campaigns(), M(38m), Models);
        foreach (var (row, campaign) in report.Rows.Zip(Campaigns()))
        {
            Assert.Equal(PaymentModelComparison.Of(campaign.Delivery, M(38m), [campaign.PaymentModel])[0], row.Outcome);
            Assert.Equal(PaymentModelComparison.Of(campaign.Delivery, M(38m), Models), row.Alternatives);
        }
    }

    [Fact]
    public void FromMarginRate_GrossProfitIsRevenueTimesRate()
    {
        // 35%: spring-search gross 1400 x 0.35 = 490, profit 490 - 350 = 140; affiliate 3600 x 0.35 = 1260 - 1200 = 60;
        // influencer 2000 x 0.35 = 700 - 400 = 300.
        var report = CampaignReport.FromMarginRate(Campaigns(), 0.35m, Models);
        Assert.Equal([M(140m), M(60m), M(300m)], report.Rows.Select(r => r.Profit));
        Assert.Equal(VerdictRule.MarginRate(0.35m), report.Rule);
    }

    [Fact]
    public void NoAcquisitions_VerdictUndefinedAndCpaNull()
    {
        var quiet = new CampaignDelivery("quiet", new Channel("display"), PaymentModel.Cpm(M(5m)), new Delivery(impressions: 10_000, revenue: M(0m)));
        var row = CampaignReport.Of([quiet], M(38m), []).Rows[0];
        Assert.Equal(M(50m), row.Cost);
        Assert.Null(row.Cpa);
        Assert.Equal(ProfitVerdict.Undefined, row.Verdict);
        Assert.Equal(0m, row.Roas);
    }

    [Fact]
    public void ToString_ShowsDisplayPrecisionWithGroupedThousands()
    {
        var text = CampaignReport.Of(Campaigns(), M(38m), Models).ToString();
        Assert.StartsWith("judged by CPA vs unit margin 38.00 USD\n", text, StringComparison.Ordinal);
        Assert.Contains("if CPC 0.50 USD", text, StringComparison.Ordinal);
        Assert.Contains("if RevShare 20%", text, StringComparison.Ordinal);
        var affiliate = text.Split('\n').Single(l => l.StartsWith("affiliate-q2", StringComparison.Ordinal));
        Assert.Contains("3,600.00 USD", affiliate, StringComparison.Ordinal);
        Assert.Contains("1,000.00 USD", affiliate, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCsv_WritesOneLinePerCampaignWithPlainAmounts()
    {
        var lines = CampaignReport.Of(Campaigns(), M(38m), Models).ToCsv().Split('\n');
        Assert.Equal("campaign,channel,payment_model,conversions,revenue_USD,cost_USD,cpa_USD,roas,profit_USD,verdict,cost_USD if CPC 0.50 USD,cost_USD if CPA 30.00 USD,cost_USD if RevenueShare 0.2", lines[0]);
        Assert.Equal("affiliate-q2,affiliate,CPA 30.00 USD,40,3600.00,1200.00,30.00,3.00,320.00,Profitable,1000.00,1200.00,720.00", lines[2]);
        Assert.Equal(5, lines.Length); // header, three rows, the empty string after the last \n
    }

    [Fact]
    public void Json_RoundTrips()
    {
        var report = CampaignReport.Of(Campaigns(), M(38m), Models);
        var json = System.Text.Json.JsonSerializer.Serialize(report);
        var read = System.Text.Json.JsonSerializer.Deserialize<CampaignReport>(json)!;
        Assert.Equal(report, read);
        Assert.Equal(report.AlternativeTotals, read.AlternativeTotals);
    }

    [Fact]
    public void Equality_ByValue()
    {
        var a = CampaignReport.Of(Campaigns(), M(38m), Models);
        var b = CampaignReport.Of(Campaigns(), M(38m), Models);
        var c = CampaignReport.Of(Campaigns(), M(39m), Models);
        ContractAssert.Equality(a, b, c);
    }
}
