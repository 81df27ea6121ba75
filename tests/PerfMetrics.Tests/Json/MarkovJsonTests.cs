using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck.Xunit;
using PerfMetrics.Attribution;
using PerfMetrics.Json;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests;

[JsonSerializable(typeof(MarkovCounts))]
[JsonSerializable(typeof(MarkovModel))]
[JsonSerializable(typeof(List<MarkovCounts>))]
internal sealed partial class MarkovJsonContext : JsonSerializerContext;

public class MarkovJsonTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static PathTable TwoPaths() =>
        PathTable.ReadCsv(new StringReader("path,total_conversions,total_conversion_value,total_null\nsearch > social,10,380.00,3\nemail,4,152.00,1\n"), Usd);

    private static string Write(MarkovCounts counts) => JsonSerializer.Serialize(counts, MarkovJsonContext.Default.MarkovCounts);

    private static MarkovCounts Read(string json) => JsonSerializer.Deserialize(json, MarkovJsonContext.Default.MarkovCounts)!;

    /// <summary>
    /// Order 1 over two path rows, counted by hand. Channels in ordinal order: email, search, social.
    /// "search > social" (10 conversions, 3 nulls, 380.00) has weight 13: START -> search 13, search -> social 13, and at
    /// social 10 conversions, 3 nulls, value 380.00. "email" (4, 1, 152.00) has weight 5: START -> email 5, and at email
    /// 4 conversions, 1 null, value 152.00. Total value 532.00.
    /// </summary>
    private const string TwoPathsJson =
        """{"options":{"order":1,"keepRepeats":false,"valueMode":"ValueWeighted"},"currency":"USD","totalValue":{"amount":532.00,"currency":"USD"},"channels":["email","search","social"],"states":[""" +
        """{"state":[],"value":0,"next":{"email":5,"search":13},"conversions":0,"nulls":0},""" +
        """{"state":["email"],"value":152.00,"next":{},"conversions":4,"nulls":1},""" +
        """{"state":["search"],"value":0,"next":{"social":13},"conversions":0,"nulls":0},""" +
        """{"state":["social"],"value":380.00,"next":{},"conversions":10,"nulls":3}],"orphans":[]}""";

    [Fact]
    public void MarkovCounts_HandCountedExample_WritesTheExactText() =>
        Assert.Equal(TwoPathsJson, Write(MarkovCounts.Of(TwoPaths())));

    [Fact]
    public void MarkovModel_ReadBack_HasTheSameChainAndCredit()
    {
        var fitted = MarkovModel.Fit(TwoPaths());
        var json = JsonSerializer.Serialize(fitted, MarkovJsonContext.Default.MarkovModel);
        Assert.Equal("{\"counts\":" + TwoPathsJson + "}", json);
        var back = JsonSerializer.Deserialize(json, MarkovJsonContext.Default.MarkovModel)!;

        // P(conversion) = 5/18 x 4/5 + 13/18 x 10/13 = 14/18.
        Assert.Equal(14d / 18d, back.ConversionProbability!.Value, 15);
        Assert.Equal(fitted.ConversionProbability, back.ConversionProbability);
        Assert.Equal(fitted.RemovalEffects, back.RemovalEffects);
        Assert.Equal(AttributionEngine.Attribute(TwoPaths(), fitted), AttributionEngine.Attribute(TwoPaths(), back));
    }

    [Fact]
    public void Counts_AreWrittenAsExactBinaryFractions()
    {
        // Counts are kept in units of 2^-32; 2^-32 = 0.00000000023283064365386962890625 exactly.
        Assert.Equal("0.00000000023283064365386962890625", MarkovCountsJsonConverter.CountText(Int128.One));
        Assert.Equal("0.25", MarkovCountsJsonConverter.CountText(MarkovCounts.ToFixed(0.25)));
        Assert.Equal("13", MarkovCountsJsonConverter.CountText(MarkovCounts.ToFixed(13)));
        var builder = new PathTableBuilder(Usd);
        builder.Add([new Channel("a")], 1d / 3d, new Money(1m, Usd), 0);
        var json = Write(MarkovCounts.Of(builder.ToPathTable()));
        Assert.Contains("\"conversions\":0.333333333255723118782043457031", json, StringComparison.Ordinal);
        Assert.Equal(json, Write(Read(json)));
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 150 / TestProfile.PropertyRunDivisor)]
    public bool MarkovCountsRoundTripAndRefitBitForBit(PathSample sample, bool keepRepeats, byte orderSeed)
    {
        var options = new MarkovOptions(1 + (orderSeed % 3), keepRepeats);
        var counts = MarkovCounts.Of(sample.ToTable(), options);
        var json = Write(counts);
        var back = Read(json);
        var fitted = MarkovModel.Fit(counts);
        var refitted = MarkovModel.Fit(back);
        return json == Write(back)
            && Nullable.Equals(fitted.ConversionProbability, refitted.ConversionProbability)
            && fitted.RemovalEffects.SequenceEqual(refitted.RemovalEffects);
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CountsShippedAsJsonMergeIntoTheCountsOfTheWhole(PathSample sample, byte orderSeed)
    {
        // Scale-out: each worker counts its share and sends JSON; merging what arrives equals counting everything.
        var options = new MarkovOptions(1 + (orderSeed % 2));
        var half = sample.Rows.Length / 2;
        var first = MarkovCounts.Of(sample.ToTable(sample.Rows.Take(half)), options);
        var second = MarkovCounts.Of(sample.ToTable(sample.Rows.Skip(half)), options);
        var shipped = JsonSerializer.Serialize(new List<MarkovCounts> { first, second }, MarkovJsonContext.Default.ListMarkovCounts);
        var arrived = JsonSerializer.Deserialize(shipped, MarkovJsonContext.Default.ListMarkovCounts)!;
        return Write(arrived[0].Merge(arrived[1])) == Write(MarkovCounts.Of(sample.ToTable(), options));
    }

    private static string Edit(string from, string to)
    {
        Assert.Contains(from, TwoPathsJson, StringComparison.Ordinal);
        return TwoPathsJson.Replace(from, to, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadCounts() => new()
    {
        { Edit("\"next\":{\"social\":13}", "\"next\":{\"video\":13}").Replace("\"channels\":[\"email\",\"search\",\"social\"]", "\"channels\":[\"email\",\"search\",\"social\",\"video\"]", StringComparison.Ordinal), "not listed" },
        { Edit("{\"state\":[],\"value\":0,", "{\"state\":[\"email\",\"search\"],\"value\":0,"), "more than the order 1" },
        { Edit("{\"state\":[],\"value\":0,", "{\"state\":[\"search\"],\"value\":0,"), "appears twice" },
        { Edit("{\"state\":[\"search\"],", "{\"state\":[\"video\"],"), "\"video\", which is not in channels" },
        { Edit("\"conversions\":4,", "\"conversions\":0.1,"), "steps of 2^-32" },
        { Edit("\"conversions\":4,", "\"conversions\":-4,"), "0 to about" },
        { Edit("\"conversions\":4,", "\"conversions\":\"4\","), "JSON number" },
        { Edit("\"next\":{\"social\":13}", "\"next\":{\"social\":0}"), "greater than 0" },
        { Edit("\"next\":{\"social\":13}", "\"next\":{\"social\":13,\"social\":13}"), "more than once" },
        { Edit("\"next\":{\"social\":13}", "\"next\":{\"search\":13}"), "repeats a channel" },
        { Edit("\"next\":{},\"conversions\":4,\"nulls\":1", "\"next\":{},\"conversions\":0,\"nulls\":0"), "must have an outgoing count" },
        { Edit("\"amount\":532.00", "\"amount\":532.01"), "totalValue must equal" },
        { Edit("\"orphans\":[]", "\"orphans\":[{\"state\":[\"email\"],\"value\":1}]"), "orphan [email]" },
        { Edit("\"order\":1", "\"order\":9"), "order" },
        { Edit("\"channels\":[\"email\",\"search\",\"social\"]", "\"channels\":[\"email\",\"search\",\"social\",\"email\"]"), "appears twice" },
        { Edit(",\"orphans\":[]", string.Empty), "\"orphans\"" },
        { Edit("\"orphans\":[]", "\"orphans\":[],\"paths\":2"), "\"paths\"" },
        { Edit("\"nulls\":3}", "\"nulls\":3,\"value\":1}"), "more than once" },
    };

    [Theory]
    [MemberData(nameof(BadCounts))]
    public void MarkovCounts_InvalidJson_ThrowsJsonExceptionNamingTheRule(string json, string because)
    {
        var ex = Assert.Throws<JsonException>(() => Read(json));
        Assert.Contains(because, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkovCounts_WithoutStart_ThrowsJsonException()
    {
        var json = TwoPathsJson.Replace("""{"state":[],"value":0,"next":{"email":5,"search":13},"conversions":0,"nulls":0},""", string.Empty, StringComparison.Ordinal);
        var ex = Assert.Throws<JsonException>(() => Read(json));
        Assert.Contains("START", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkovModel_UnknownProperty_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("{\"counts\":" + TwoPathsJson + ",\"removalEffects\":[1]}", MarkovJsonContext.Default.MarkovModel));
}
