using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck.Xunit;
using PerfMetrics.Attribution;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Json;

[JsonSerializable(typeof(ShapleyModel))]
[JsonSerializable(typeof(Dictionary<string, ShapleyModel>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class AttributionModelJsonContext : JsonSerializerContext;

public class AttributionJsonTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    /// <summary>
    /// Three path rows whose Shapley values are worked by hand (worth = conversions / (conversions + nulls) of the paths
    /// inside a coalition): search (1 conversion, 0 nulls, 100.00), email (0, 1, 0.00), search > email (1, 1, 50.00).
    /// v({}) = 0, v({search}) = 1/1 = 1, v({email}) = 0/1 = 0, v({email, search}) = 2/4 = 0.5.
    /// phi(search) = ((1 - 0) + (0.5 - 0)) / 2 = 0.75; phi(email) = ((0 - 0) + (0.5 - 1)) / 2 = -0.25; they sum to v(all) = 0.5.
    /// </summary>
    private static ShapleyModel HandWorked() => ShapleyModel.Fit(HandWorkedTable());

    private static PathTable HandWorkedTable()
    {
        var builder = new PathTableBuilder(Currency.Usd);
        builder.Add([new Channel("search")], 1, Usd(100.00m), 0);
        builder.Add([new Channel("email")], 0, Usd(0.00m), 1);
        builder.Add([new Channel("search"), new Channel("email")], 1, Usd(50.00m), 1);
        return builder.ToPathTable();
    }

    private const string HandWorkedJson =
        """{"values":[{"channel":"email","value":-0.25},{"channel":"search","value":0.75}]}""";

    [Fact]
    public void ShapleyModel_HandWorkedExample_WritesTheExactText() =>
        Assert.Equal(HandWorkedJson, JsonSerializer.Serialize(HandWorked(), AttributionModelJsonContext.Default.ShapleyModel));

    [Fact]
    public void ShapleyModel_ReadBack_CreditsAsTheFittedModelDid()
    {
        var back = JsonSerializer.Deserialize(HandWorkedJson, AttributionModelJsonContext.Default.ShapleyModel)!;
        Assert.Equal([-0.25, 0.75], back.Values.Select(v => v.Value));
        var credit = AttributionEngine.Attribute(HandWorkedTable(), back);

        // Only search has a positive Shapley value, so it takes both conversions and all 150.00 USD.
        Assert.Equal(AttributionEngine.Attribute(HandWorkedTable(), HandWorked()), credit);
        Assert.Equal(2d, credit.Channels.Single(c => c.Channel == new Channel("search")).Conversions);
        Assert.Equal(Usd(150.00m), credit.Channels.Single(c => c.Channel == new Channel("search")).Value);
    }

    [Fact]
    public void ShapleyModel_ChannelsInAnyOrder_AreReadInOrdinalOrder()
    {
        var json = """{"values":[{"channel":"search","value":0.75},{"channel":"email","value":-0.25}]}""";
        var back = JsonSerializer.Deserialize(json, AttributionModelJsonContext.Default.ShapleyModel)!;
        Assert.Equal([new Channel("email"), new Channel("search")], back.Values.Select(v => v.Channel));
        Assert.Equal(HandWorkedJson, JsonSerializer.Serialize(back, AttributionModelJsonContext.Default.ShapleyModel));
    }

    [Fact]
    public void ShapleyModel_InADictionary_RoundTripsThroughTheSourceGeneratedContext()
    {
        var models = new Dictionary<string, ShapleyModel> { ["2026-11"] = HandWorked() };
        var json = JsonSerializer.Serialize(models, AttributionModelJsonContext.Default.DictionaryStringShapleyModel);
        var back = JsonSerializer.Deserialize(json, AttributionModelJsonContext.Default.DictionaryStringShapleyModel)!;
        Assert.Equal(models["2026-11"].Values, back["2026-11"].Values);
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public bool ShapleyModelReadBackFromJsonCreditsBitForBitAsTheFittedModel(PathSample sample)
    {
        var table = sample.ToTable();
        var fitted = ShapleyModel.Fit(table);
        var json = JsonSerializer.Serialize(fitted, AttributionModelJsonContext.Default.ShapleyModel);
        var back = JsonSerializer.Deserialize(json, AttributionModelJsonContext.Default.ShapleyModel)!;
        var sameValues = fitted.Values.Select(v => BitConverter.DoubleToInt64Bits(v.Value)).SequenceEqual(back.Values.Select(v => BitConverter.DoubleToInt64Bits(v.Value)));
        return sameValues
            && fitted.Values.Select(v => v.Channel).SequenceEqual(back.Values.Select(v => v.Channel))
            && SameCredit(table, fitted, back)
            && json == JsonSerializer.Serialize(back, AttributionModelJsonContext.Default.ShapleyModel);
    }

    private static bool SameCredit(PathTable table, ShapleyModel fitted, ShapleyModel back)
    {
        AttributionResult? expected = null;
        AttributionResult? actual = null;
        try
        {
            expected = AttributionEngine.Attribute(table, fitted);
        }
        catch (InvalidOperationException)
        {
            // Value without a single conversion: the read-back model must refuse the same way.
            return Assert.Throws<InvalidOperationException>(() => AttributionEngine.Attribute(table, back)) is not null;
        }

        actual = AttributionEngine.Attribute(table, back);
        return expected.Channels.SequenceEqual(actual.Channels) && expected.TotalValue == actual.TotalValue && expected.TotalConversions.Equals(actual.TotalConversions);
    }

    [Theory]
    [InlineData("""{"values":[{"channel":"a","value":0.5},{"channel":"a","value":0.25}]}""", "appears twice")]
    [InlineData("""{"values":[{"channel":"a","value":1.5}]}""", "[-1, 1]")]
    [InlineData("""{"values":[{"channel":"a","value":"0.5"}]}""", "value")]
    [InlineData("""{"values":[{"channel":null,"value":0.5}]}""", "\"channel\"")]
    [InlineData("""{"values":[{"channel":"a","value":0.5,"credit":1}]}""", "\"credit\"")]
    [InlineData("""{"values":[0.5]}""", "JSON object")]
    [InlineData("""{}""", "\"values\"")]
    [InlineData("""{"values":{"a":0.5}}""", "values")]
    [InlineData("""{"values":[{"channel":"a","value":-1.5}]}""", "[-1, 1]")]
    [InlineData("""{"values":null}""", "\"values\"")]
    // The 0.1 form (currency, totals, "channels" with "shapleyValue") is refused, naming the first unknown field.
    [InlineData("""{"currency":"USD","totalConversions":2,"totalValue":{"amount":150.00,"currency":"USD"},"channels":[]}""", "\"currency\"")]
    [InlineData("""{"values":[],"name":"shapley"}""", "\"name\"")]
    public void ShapleyModel_InvalidJson_ThrowsJsonExceptionNamingTheRule(string json, string because)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, AttributionModelJsonContext.Default.ShapleyModel));
        Assert.Contains(because, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShapleyModel_MoreThanTwentyChannels_ThrowsJsonException()
    {
        var channels = string.Join(',', Enumerable.Range(0, 21).Select(i => $$"""{"channel":"c{{i:D2}}","value":0}"""));
        var json = $$"""{"values":[{{channels}}]}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, AttributionModelJsonContext.Default.ShapleyModel));
        Assert.Contains("at most 20", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShapleyModel_FittedInACustomCurrency_RoundTripsAndCreditsThatTable()
    {
        // A fitted Shapley model stores only channels and raw values: the currency is the attributed table's.
        var points = Currency.Custom("XQP", 4);
        var builder = new PathTableBuilder(points);
        builder.Add([new Channel("search")], 1, new Money(1m, points), 0);
        var table = builder.ToPathTable();
        var fitted = ShapleyModel.Fit(table);
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(fitted, AttributionModelJsonContext.Default.ShapleyModel), AttributionModelJsonContext.Default.ShapleyModel)!;
        Assert.Equal(AttributionEngine.Attribute(table, fitted), AttributionEngine.Attribute(table, back));
        Assert.Equal(new Money(1m, points), AttributionEngine.Attribute(table, back).Channels.Get("search")!.Value.Value);
    }
}
