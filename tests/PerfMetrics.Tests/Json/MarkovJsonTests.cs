using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck.Xunit;
using PerfMetrics.Attribution;
using PerfMetrics.Json;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Json;

[JsonSerializable(typeof(MarkovCounts))]
[JsonSerializable(typeof(MarkovModel))]
[JsonSerializable(typeof(List<MarkovCounts>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
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
    public void Counts_AreWrittenAsPlainNumbersThatReadBackExactly()
    {
        // Counts are kept to the nearest 2^-32 = 0.00000000023283064365... of a move. The text is the shortest decimal (at
        // most 10 places) that reads back to the same kept count: 2^-32 x 10^10 = 2.33, so 0.0000000002 (2e-10 x 2^32 =
        // 0.86, nearest 1); a third is kept as round(2^32 / 3) = 1431655765, and 0.333333333 x 2^32 = 1431655763.9 misses
        // it while 0.3333333333 x 2^32 = 1431655765.2 finds it.
        Assert.Equal("0.0000000002", MarkovJson.CountText(Int128.One));
        Assert.Equal("0.25", MarkovJson.CountText(MarkovCounts.ToFixed(0.25)));
        Assert.Equal("13", MarkovJson.CountText(MarkovCounts.ToFixed(13)));
        Assert.Equal("0.3333333333", MarkovJson.CountText(1431655765));
        Assert.Equal((Int128)1431655765, MarkovJson.CountOf("0.3333333333"));
        var builder = new PathTableBuilder(Usd);
        builder.Add([new Channel("a")], 1d / 3d, new Money(1m, Usd), 0);
        var json = Write(MarkovCounts.Of(builder.ToPathTable()));
        Assert.Contains("\"conversions\":0.3333333333,", json, StringComparison.Ordinal);
        Assert.Equal(json, Write(Read(json)));
    }

    [Fact]
    public void Counts_WrittenByHand_ReadToTheNearestStep()
    {
        // 0.1 is not a multiple of 2^-32: it reads as round(0.1 x 2^32) = round(429496729.6) = 429496730 steps, whose
        // shortest text is 0.1 again; 1e1 is 10; a tie (half a step, 2^-33 = 0.000000000116415321826934814453125) goes to
        // the even neighbour, 0.
        Assert.Equal((Int128)429496730, MarkovJson.CountOf("0.1"));
        Assert.Equal("0.1", MarkovJson.CountText(429496730));
        Assert.Equal(MarkovCounts.ToFixed(10), MarkovJson.CountOf("1e1"));
        Assert.Equal(Int128.Zero, MarkovJson.CountOf("0.000000000116415321826934814453125"));
        Assert.Equal((Int128)2, MarkovJson.CountOf("0.000000000349245965480804443359375")); // 1.5 steps -> 2
        var json = Edit("\"conversions\":4,", "\"conversions\":4.0,");
        Assert.Equal(TwoPathsJson, Write(Read(json)));
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 150 / TestProfile.PropertyRunDivisor)]
    public bool MarkovCountsRoundTripAndRefitBitForBit(PathSample sample, bool keepRepeats, byte orderSeed)
    {
        var options = new MarkovOptions(1 + (orderSeed % 3), keepRepeats);
        var table = sample.ToTable();
        var counts = MarkovCounts.Of(table, options);
        var json = Write(counts);
        var back = Read(json);
        var fitted = MarkovModel.Fit(counts);
        var refitted = MarkovModel.Fit(back);
        return json == Write(back)
            && Nullable.Equals(fitted.ConversionProbability, refitted.ConversionProbability)
            && fitted.RemovalEffects.SequenceEqual(refitted.RemovalEffects)
            && Credit(fitted, table).SequenceEqual(Credit(refitted, table));
    }

    /// <summary>The model's credit of the table, or the refusal's message when it has no conversion to credit value by.</summary>
    private static IEnumerable<object> Credit(MarkovModel model, PathTable table)
    {
        try
        {
            return AttributionEngine.Attribute(table, model).Channels.Cast<object>();
        }
        catch (InvalidOperationException e)
        {
            return [e.Message];
        }
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
        { Edit("\"conversions\":4,", "\"conversions\":1e400,"), "must be a count from 0 to about 4e28, was 1e400" },
        { Edit("\"conversions\":4,", "\"conversions\":-4,"), "0 to about" },
        { Edit("\"conversions\":4,", "\"conversions\":\"4\","), "found String" },
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
