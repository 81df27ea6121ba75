using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

[JsonSerializable(typeof(PaymentModelTable))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class PaymentModelTableJsonContext : JsonSerializerContext;

public class PaymentModelTableTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    // The dropshipping forecast: 700 clicks, 14 sales, $1,400 revenue, $38 margin per sale (gross profit 14 x 38 = $532).
    private static PaymentModelTable Table() => PaymentModelComparison.Of(
        new Delivery(impressions: 50_000, clicks: 700, acquisitions: 14, revenue: D(1_400m)),
        D(38m),
        [
            PaymentModel.Cpc(D(0.50m)),                                                            // 350, CPA 25
            PaymentModel.Hybrid(PaymentModel.FlatFee(D(100m)), PaymentModel.RevenueShare(0.10m)), // 240, CPA 17.142857...
        ]);

    [Fact]
    public void ToString_PrintsAnAlignedTableWithAmountsRoundedToCents()
    {
        // Hand-written: the columns are as wide as their widest cell, two spaces apart, amounts right-aligned;
        // 240 / 14 = 17.142857... prints as 17.14 USD while the outcome keeps it exact; models at display precision
        // (the display rule, docs/design.md): a hybrid lists its parts, a revenue share of 0.10 shows as 10%.
        const string expected =
            "model                                cost  effective CPA  gross profit  advertiser profit  verdict   \n" +
            "-----------------------------  ----------  -------------  ------------  -----------------  ----------\n" +
            "CPC 0.50 USD                   350.00 USD      25.00 USD    532.00 USD         182.00 USD  Profitable\n" +
            "Fee 100.00 USD + RevShare 10%  240.00 USD      17.14 USD    532.00 USD         292.00 USD  Profitable\n";
        var table = Table();
        Assert.Equal(Trimmed(expected), Trimmed(table.ToString()));
        Assert.Equal(240m / 14m, table[1].EffectiveCpa!.Value.Amount);
    }

    [Fact]
    public void ToMarkdown_PrintsAPipeTableWithRightAlignedAmounts()
    {
        const string expected =
            "| model | cost | effective CPA | gross profit | advertiser profit | verdict |\n" +
            "| --- | ---: | ---: | ---: | ---: | --- |\n" +
            "| CPC 0.50 USD | 350.00 USD | 25.00 USD | 532.00 USD | 182.00 USD | Profitable |\n" +
            "| Fee 100.00 USD + RevShare 10% | 240.00 USD | 17.14 USD | 532.00 USD | 292.00 USD | Profitable |\n";
        Assert.Equal(expected, Table().ToMarkdown());
    }

    [Fact]
    public void ToCsv_WritesExactModelTextAndPlainAmounts()
    {
        // 240 / 14 = 17.142857... shows as 17.14; the hybrid's text has no comma, so it needs no quotes.
        const string expected =
            "model,currency,cost,effective_cpa,gross_profit,advertiser_profit,verdict\n" +
            "CPC 0.50 USD,USD,350.00,25.00,532.00,182.00,Profitable\n" +
            "Hybrid(FlatFee 100.00 USD + RevenueShare 0.1),USD,240.00,17.14,532.00,292.00,Profitable\n";
        Assert.Equal(expected, Table().ToCsv());
    }

    [Fact]
    public void ToString_GroupsThousands()
    {
        var big = PaymentModelComparison.Of(new Delivery(clicks: 10_000_000, acquisitions: 100_000, revenue: D(9_000_000m)), D(38m), [PaymentModel.Cpc(D(0.50m))]);
        Assert.Contains("5,000,000.00 USD", big.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_IsAListOfTheOutcomesInModelOrder()
    {
        var table = Table();
        Assert.Equal(2, table.Count);
        Assert.Equal(table.Outcomes, table.ToArray());
        Assert.Equal(PaymentModel.Cpc(D(0.50m)), table[0].Model);
        Assert.Throws<ArgumentOutOfRangeException>("index", () => table[2]);
    }

    [Fact]
    public void Json_RoundTripsThroughASourceGeneratedContext()
    {
        var table = Table();
        var json = JsonSerializer.Serialize(table, PaymentModelTableJsonContext.Default.PaymentModelTable);
        Assert.StartsWith("{\"outcomes\":[{\"model\":\"CPC 0.50 USD\",\"cost\":{\"amount\":350.00,\"currency\":\"USD\"}", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize(json, PaymentModelTableJsonContext.Default.PaymentModelTable)!;
        Assert.Equal(table.Outcomes, back.Outcomes);
        Assert.Equal(table, back);
        Assert.Equal(json, JsonSerializer.Serialize(back, PaymentModelTableJsonContext.Default.PaymentModelTable));
    }

    [Fact]
    public void Equality_IsByOutcomesInOrder()
    {
        // Two tables built separately from the same forecast are equal; the same models in the other order are not
        // (the order is the order the models were given), and neither is a table of one model.
        var reordered = PaymentModelComparison.Of(
            new Delivery(impressions: 50_000, clicks: 700, acquisitions: 14, revenue: D(1_400m)),
            D(38m),
            [PaymentModel.Hybrid(PaymentModel.FlatFee(D(100m)), PaymentModel.RevenueShare(0.10m)), PaymentModel.Cpc(D(0.50m))]);
        ContractAssert.Equality(Table(), Table(), reordered);
        Assert.False(Table().Equals(null));
        Assert.False(Table() == null);
        Assert.NotEqual(Table(), PaymentModelComparison.Of(new Delivery(clicks: 700, acquisitions: 14, revenue: D(1_400m)), D(38m), [PaymentModel.Cpc(D(0.50m))]));
    }

    [Theory]
    [InlineData("{}", "outcomes")]
    [InlineData("{\"outcomes\":{}}", "outcomes")]
    [InlineData("{\"outcomes\":[],\"extra\":1}", "extra")]
    [InlineData("{\"outcomes\":[1]}", "object")]
    [InlineData("{\"outcomes\":[{\"model\":\"CPX 1 USD\",\"cost\":{\"amount\":1,\"currency\":\"USD\"},\"effectiveCpa\":null,\"grossProfit\":{\"amount\":1,\"currency\":\"USD\"},\"verdict\":\"Profitable\"}]}", "model")]
    public void Json_Malformed_ThrowsJsonExceptionNamingTheField(string json, string field)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, PaymentModelTableJsonContext.Default.PaymentModelTable));
        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ModelInACustomCurrency_IsRefusedOnWritingNotWrittenUnreadable()
    {
        // "CPC 0.50 XPT" in a custom currency reads back as nothing (a custom code is not ISO 4217), so writing it would
        // store a table that cannot be read; the PaymentModel converter already refuses it, and the table uses the same rule.
        var points = Currency.Custom("PTS", 2, 0);
        var table = PaymentModelComparison.Of(new Delivery(clicks: 10, acquisitions: 1), new Money(5m, points), [PaymentModel.Cpc(new Money(0.5m, points))]);
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(table, PaymentModelTableJsonContext.Default.PaymentModelTable));
        Assert.Contains("cannot be written", e.Message, StringComparison.Ordinal);
    }

    private static string Trimmed(string text) =>
        string.Join('\n', text.Split('\n').Select(line => line.TrimEnd())).TrimEnd();
}
