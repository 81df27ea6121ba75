using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

public class CampaignDeliveryTests
{
    private static readonly Currency Usd = Currency.Usd;

    private const string Export = """
        Campaign name,Channel,Buying type,Impr.,Link clicks,Purchases,Purchase value,Reach
        spring-search,search,CPC 0.50 USD,50000,700,14,1400.00,31000
        "influencer, may",social,RevenueShare 0.2,120000,1500,25,2000.00,88000
        """;

    private static readonly CampaignCsvColumns Mapping = new(
        campaign: "Campaign name", channel: "Channel", paymentModel: "Buying type", impressions: "Impr.", clicks: "Link clicks",
        conversions: "Purchases", revenue: "Purchase value");

    private static FormatException Bad(string csv, CampaignCsvColumns? columns = null) =>
        Assert.Throws<FormatException>(() => CampaignDelivery.ReadCsv(new StringReader(csv), Usd, columns));

    [Fact]
    public void ReadCsv_WithAColumnMapping_ReadsEveryRowAndIgnoresUnmappedColumns()
    {
        var rows = CampaignDelivery.ReadCsv(new StringReader(Export), Usd, Mapping);
        Assert.Equal(2, rows.Count);
        Assert.Equal(
            new CampaignDelivery("spring-search", new Channel("search"), PaymentModel.Cpc(new Money(0.50m, Usd)), new Delivery(50_000, 700, 0, 14, new Money(1_400m, Usd))),
            rows[0]);
        Assert.Equal("influencer, may", rows[1].Campaign);
        Assert.Equal(PaymentModel.RevenueShare(0.2m), rows[1].PaymentModel);
    }

    [Fact]
    public void ReadCsv_DefaultColumns_LeadsAndImpressionsOptional()
    {
        var rows = CampaignDelivery.ReadCsv(new StringReader("campaign,channel,payment_model,clicks,conversions,revenue\nq2,affiliate,CPA 30.00 USD,2000,40,3600\n"), Usd);
        Assert.Equal(new Delivery(0, 2_000, 0, 40, new Money(3_600m, Usd)), rows[0].Delivery);
    }

    [Fact]
    public void ReadCsv_CpcCampaignWithoutClicksColumn_NamesLineAndColumn()
    {
        var ex = Bad("campaign,channel,payment_model,conversions,revenue\nq2,search,CPC 0.50 USD,14,1400\n");
        Assert.Equal("Line 2, column 6 (clicks): campaign \"q2\" is bought on CPC 0.50 USD, which bills on clicks: the clicks must be reported (the header has no such column), was \"\".", ex.Message);
    }

    [Fact]
    public void ReadCsv_CpcCampaignWithZeroClicks_NamesLineAndColumn()
    {
        var ex = Bad("campaign,channel,payment_model,clicks,conversions,revenue\nok,search,CPC 0.50 USD,10,1,10\nq2,search,CPC 0.50 USD,0,14,1400\n");
        Assert.StartsWith("Line 3, column 4 (clicks): campaign \"q2\" is bought on CPC 0.50 USD, which bills on clicks", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("campaign,channel,payment_model,conversions\n", "Line 1, column 5 (revenue): unknown column \"revenue\" in the mapping")]
    [InlineData("campaign,channel,payment_model,conversions,revenue\nq2,search,CPX 1 USD,14,1400\n", "Line 2, column 3 (payment_model): must be a payment model")]
    [InlineData("campaign,channel,payment_model,conversions,revenue\nq2,search,CPA 1.00 USD,-1,1400\n", "Line 2, column 4 (conversions): must be a non-negative whole number, was \"-1\".")]
    [InlineData("campaign,channel,payment_model,conversions,revenue\nq2,search,CPA 1.00 USD,1,1e3\n", "Line 2, column 5 (revenue): must be a non-negative decimal number, was \"1e3\".")]
    [InlineData("campaign,channel,payment_model,conversions,revenue\n\n", "Line 2, column 1 (campaign): the line is empty")]
    [InlineData("campaign,channel,payment_model,conversions,revenue\nq2,search,CPA 1.00 USD,1\n", "Line 2, column 5 (revenue): the field is missing")]
    [InlineData("campaign,channel,payment_model,conversions,revenue\nq2,search,CPA 1.00 USD,1,2,3\n", "Line 2, column 6 (extra): unexpected extra field")]
    [InlineData("campaign,channel,payment_model,conversions,revenue\n,search,CPA 1.00 USD,1,2\n", "Line 2, column 1 (campaign): must be a non-empty campaign name")]
    [InlineData("campaign,channel,payment_model,conversions,revenue,Revenue\n", "Line 1, column 6 (Revenue): the column appears twice (also column 5)")]
    [InlineData("", "Line 1, column 1 (header): the file is empty")]
    [InlineData("campaign,channel,payment_model,conversions,revenue\n\"q2,search,CPA 1.00 USD,1,2\n", "Line 2, column 1 (campaign): the quoted field is not closed on this line")]
    public void ReadCsv_BadText_NamesLineAndColumn(string csv, string message) =>
        Assert.StartsWith(message, Bad(csv).Message, StringComparison.Ordinal);

    [Fact]
    public void Constructor_CpcWithoutClicks_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CampaignDelivery("q2", new Channel("search"), PaymentModel.Cpc(new Money(0.5m, Usd)), new Delivery(acquisitions: 14)));
        Assert.Equal("delivery", ex.ParamName);
        Assert.Contains("must report the clicks its payment model CPC 0.50 USD bills on", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_Duplicate_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CampaignCsvColumns(clicks: "Conversions"));
        Assert.Equal("conversions", ex.ParamName);
    }

    [Fact]
    public void Equality_ByValue()
    {
        var a = new CampaignDelivery("a", new Channel("x"), PaymentModel.Cpa(new Money(1m, Usd)), new Delivery(acquisitions: 1));
        var b = new CampaignDelivery(" a ", new Channel("x"), PaymentModel.Cpa(new Money(1m, Usd)), new Delivery(acquisitions: 1));
        var c = new CampaignDelivery("b", new Channel("x"), PaymentModel.Cpa(new Money(1m, Usd)), new Delivery(acquisitions: 1));
        ContractAssert.Equality(a, b, c);
    }
}
