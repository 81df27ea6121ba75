using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Json;

/// <summary>
/// Every object converter reads strictly: starting from JSON the converter itself wrote, adding an unknown property,
/// repeating a property (in the same or the other casing), or leaving any property out (nullable ones included: a
/// stored null is written as null, so an absent field means a truncated or hand-edited document) is a JsonException.
/// </summary>
public partial class PerfMetricsJsonConverterFactoryTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money M(decimal amount) => new(amount, Usd);

    private static void AssertStrict<T>(T value, JsonTypeInfo<T> info, string? optional = null)
    {
        var json = JsonSerializer.Serialize(value, info);
        Assert.Equal(json, JsonSerializer.Serialize(JsonSerializer.Deserialize(json, info)!, info));
        var insensitive = (JsonTypeInfo<T>)new JsonSerializerOptions(info.Options) { PropertyNameCaseInsensitive = true }.GetTypeInfo(typeof(T));

        var unknown = json[..^1] + ",\"bogus\":1}";
        Assert.Contains("\"bogus\"", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(unknown, info)).Message, StringComparison.Ordinal);

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            // The same name twice is refused; the other casing is an unknown name, or (reading case-insensitively) the same
            // name twice, never a second value that silently replaces the first.
            var pascal = char.ToUpperInvariant(property.Name[0]) + property.Name[1..];
            var repeated = "{\"" + property.Name + "\":" + property.Value.GetRawText() + "," + json[1..];
            Assert.Contains("more than once", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(repeated, info)).Message, StringComparison.Ordinal);
            var otherCasing = "{\"" + pascal + "\":" + property.Value.GetRawText() + "," + json[1..];
            if (pascal != property.Name)
            {
                Assert.Contains($"no property \"{pascal}\"", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(otherCasing, info)).Message, StringComparison.Ordinal);
            }

            Assert.Contains("more than once", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(otherCasing, insensitive)).Message, StringComparison.Ordinal);

            if (property.Name == optional)
            {
                continue;
            }

            var node = JsonNode.Parse(json)!.AsObject();
            node.Remove(property.Name);
            var missing = node.ToJsonString();
            var absent = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(missing, info));
            Assert.Contains(property.Name, absent.Message, StringComparison.Ordinal);
        }
    }

    private static AttributionResult Linear()
    {
        var table = PathTable.ReadCsv(new StringReader("path,total_conversions,total_conversion_value,total_null\nsearch > social,10,380.00,3\nemail,4,152.00,1\n"), Usd);
        return AttributionEngine.Attribute(table, AttributionModels.Linear);
    }

    [Fact]
    public void Money_ReadsStrictly() => AssertStrict(M(1.50m), TestJsonContext.Default.Money);

    [Fact]
    public void Money_InACustomCurrency_ReadsStrictly() =>
        AssertStrict(new Money(1.2345m, Currency.Custom("XQP", 4, 901)), TestJsonContext.Default.Money, optional: "numericCode"); // absent = 0, which the writer omits

    [Fact]
    public void AttributionResult_ReadsStrictly() => AssertStrict(Linear(), ResultJsonContext.Default.AttributionResult);

    [Fact]
    public void ChannelCredit_ReadsStrictly() => AssertStrict(new ChannelCredit(new Channel("email"), 1.5, M(3m), null), ResultJsonContext.Default.ChannelCredit);

    [Fact]
    public void ModelComparison_ReadsStrictly() => AssertStrict(ModelComparison.Of([Linear()]), ResultJsonContext.Default.ModelComparison);

    [Fact]
    public void ChannelReport_ReadsStrictly() => AssertStrict(ChannelReport.Of(Linear(), [], M(38m)), ResultJsonContext.Default.ChannelReport);

    [Fact]
    public void ChannelReportRow_ReadsStrictly() =>
        AssertStrict(new ChannelReportRow(new Channel("email"), null, 2.5, M(10m), null, 1.5m, ProfitVerdict.Profitable), ResultJsonContext.Default.ChannelReportRow);

    [Fact]
    public void MarginCheck_ReadsStrictly() => AssertStrict(CpaVersusMargin.Of(M(350m), 14, M(38m)), ResultJsonContext.Default.MarginCheck);

    [Fact]
    public void MarginalCpaCheck_ReadsStrictly() =>
        AssertStrict(new MarginalCpaCheck(M(100m), 4m, M(38m), M(25m), M(52m), ProfitVerdict.Profitable), ResultJsonContext.Default.MarginalCpaCheck);

    [Fact]
    public void MarginalRoasCheck_ReadsStrictly() =>
        AssertStrict(new MarginalRoasCheck(M(100m), M(400m), 4m, 2.5m, M(60m), ProfitVerdict.Profitable), ResultJsonContext.Default.MarginalRoasCheck);

    [Fact]
    public void PaymentModelOutcome_ReadsStrictly() =>
        AssertStrict(new PaymentModelOutcome(PaymentModel.Cpc(M(0.5m)), M(50m), null, M(10m), ProfitVerdict.Profitable), ResultJsonContext.Default.PaymentModelOutcome);

    [Fact]
    public void CeilingCheck_ReadsStrictly() =>
        AssertStrict(new CeilingCheck(M(25m), M(40m), M(15m), 0.375m, CeilingVerdict.WithinCeiling), ResultJsonContext.Default.CeilingCheck);

    [Fact]
    public void RatesAndPeriods_ReadStrictly()
    {
        AssertStrict(new RetentionRate(0.8m, PeriodUnit.Month), ResultJsonContext.Default.RetentionRate);
        AssertStrict(new DiscountRate(0.1m, PeriodUnit.Year), ResultJsonContext.Default.DiscountRate);
        AssertStrict(new PurchaseFrequency(2m, PeriodUnit.Month), ResultJsonContext.Default.PurchaseFrequency);
        AssertStrict(new MoneyPerPeriod(M(12m), PeriodUnit.Month), ResultJsonContext.Default.MoneyPerPeriod);
        AssertStrict(new Periods(12m, PeriodUnit.Month), ResultJsonContext.Default.Periods);
    }

    [Fact]
    public void FittedModels_ReadStrictly()
    {
        AssertStrict(new ShiftedBetaGeometric(0.668, 3.806, PeriodUnit.Year), ResultJsonContext.Default.ShiftedBetaGeometric);
        // A fit without covariance and diagnostics (both are written only when present, like CustomerRfm.Count).
        AssertStrict(TestFits.Of(new ShiftedBetaGeometric(0.668, 3.806, PeriodUnit.Year), -2.5, 31, true), ResultJsonContext.Default.ModelFitShiftedBetaGeometric);
        AssertStrict(new BgNbd(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week), LifetimeModelJsonContext.Default.BgNbd);
        AssertStrict(TestFits.Of(new BgNbd(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week), -9582.4, 25, true), LifetimeModelJsonContext.Default.ModelFitBgNbd);
        AssertStrict(new GammaGamma(6.25, 3.74, 15.44, Usd), LifetimeModelJsonContext.Default.GammaGamma);
        AssertStrict(TestFits.Of(new GammaGamma(6.25, 3.74, 15.44, Usd), -4003.75, 30, true), LifetimeModelJsonContext.Default.ModelFitGammaGamma);
        AssertStrict(
            CustomerRfm.Create("0001", 2, new Periods(30m, PeriodUnit.Week), new Periods(38m, PeriodUnit.Week), M(22.35m), 1, M(10m)),
            LifetimeModelJsonContext.Default.CustomerRfm);
    }

    [Fact]
    public void ShapleyModel_ReadsStrictly()
    {
        var builder = new PathTableBuilder(Usd);
        builder.Add([new Channel("search")], 1, M(100m), 0);
        AssertStrict(ShapleyModel.Fit(builder.ToPathTable()), AttributionModelJsonContext.Default.ShapleyModel);
    }

    [Fact]
    public void MarkovCountsAndModel_ReadStrictly()
    {
        var table = PathTable.ReadCsv(new StringReader("path,total_conversions,total_conversion_value,total_null\nsearch > social,10,380.00,3\nemail,4,152.00,1\n"), Usd);
        AssertStrict(MarkovCounts.Of(table, new MarkovOptions(2)), MarkovJsonContext.Default.MarkovCounts);
        AssertStrict(MarkovModel.Fit(table), MarkovJsonContext.Default.MarkovModel);
    }

    // Regression: a nested value that is not an object made JsonElement throw InvalidOperationException, which escaped
    // JsonSerializer as is; every malformed document must be a JsonException.
    [Theory]
    [InlineData("""{"model":[0.668,3.806],"logLikelihood":-1,"iterations":3,"converged":true}""")]
    [InlineData("""{"model":7,"logLikelihood":-1,"iterations":3,"converged":true}""")]
    public void ShiftedBetaGeometricFit_ModelNotAnObject_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ResultJsonContext.Default.ModelFitShiftedBetaGeometric));

    [Fact]
    public void AttributionResult_ChannelNotAnObject_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            """{"modelName":"x","currency":"USD","totalConversions":1,"totalValue":{"amount":1,"currency":"USD"},"channels":["search"]}""",
            ResultJsonContext.Default.AttributionResult));

    [Fact]
    public void ModelComparison_ResultNotAnObject_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"results":[1]}""", ResultJsonContext.Default.ModelComparison));

    [Fact]
    public void ChannelReport_TotalNotAnObject_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            """{"modelName":"x","currency":"USD","unitMargin":null,"rows":[],"total":"all"}""",
            ResultJsonContext.Default.ChannelReport));

    [Theory]
    [InlineData("""{"amount":1e40,"currency":"USD"}""")]
    [InlineData("""{"alpha":1e400,"beta":1,"unit":"P1Y"}""")]
    public void NumbersBeyondRange_ThrowJsonException(string json)
    {
        if (json.Contains("alpha", StringComparison.Ordinal))
        {
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ResultJsonContext.Default.ShiftedBetaGeometric));
        }
        else
        {
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TestJsonContext.Default.Money));
        }
    }

    // Regression: an attribution result in a custom currency was written with a bare code that reading then refused.
    [Fact]
    public void AttributionResult_InACustomCurrency_CannotBeWritten()
    {
        var points = Currency.Custom("XQP", 4);
        var result = new AttributionResult("linear", points, 1, new Money(1m, points), [new ChannelCredit(new Channel("email"), 1, new Money(1m, points), 1)]);
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(result, ResultJsonContext.Default.AttributionResult));
        Assert.Contains("XQP", ex.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(ModelComparison.Of([result]), ResultJsonContext.Default.ModelComparison));
    }

    [Fact]
    public void ReflectionBasedSerializer_UsesTheSameConverters()
    {
        // No context: the [JsonConverter] attributes alone decide the format, so reflection users get the same text
        // under the same options (here the camelCase policy of LifetimeModelJsonContext).
        var options = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        var model = new BgNbd(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week);
        Assert.Equal(JsonSerializer.Serialize(model, LifetimeModelJsonContext.Default.BgNbd), JsonSerializer.Serialize(model, options));
        Assert.Equal(model, JsonSerializer.Deserialize<BgNbd>(JsonSerializer.Serialize(model, options), options));
        Assert.Equal("\"email\"", JsonSerializer.Serialize(new Channel("email"), options));
        Assert.Equal("\"CPC 0.50 USD\"", JsonSerializer.Serialize(PaymentModel.Cpc(M(0.5m)), options));
    }
}
