using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Engine;

/// <summary>The one lookup idiom of every attribution result: by <see cref="Channel"/> and by name.</summary>
public class ChannelListTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static PathTable Table() =>
        new PathTableBuilder(Usd)
            .Add([new Channel("search"), new Channel("email")], 2, new Money(30m, Usd), 1)
            .Add([new Channel("email")], 1, new Money(10m, Usd), 3)
            .Add([new Channel("display")], 0, new Money(0m, Usd), 4)
            .ToPathTable();

    [Fact]
    public void Get_ByChannelAndByName_FindTheSameRecordOnEveryResultType()
    {
        var table = Table();
        var result = AttributionEngine.Attribute(table, AttributionModels.LastTouch);
        var report = ChannelReport.Of(result, []);
        var markov = MarkovModel.Fit(table);
        var shapley = ShapleyModel.Fit(table);
        foreach (var name in new[] { "display", "email", "search" })
        {
            var channel = new Channel(name);
            Assert.Equal(result.Channels.Get(channel), result.Channels.Get(name));
            Assert.Equal(channel, result.Channels.Get(name)!.Value.Channel);
            Assert.Equal(report.Rows.Get(channel), report.Rows.Get(name));
            Assert.Equal(channel, report.Rows.Get(name)!.Value.Channel);
            Assert.Equal(markov.RemovalEffects.Get(channel), markov.RemovalEffects.Get(name));
            Assert.Equal(channel, markov.RemovalEffects.Get(name)!.Value.Channel);
            Assert.Equal(shapley.Values.Get(channel), shapley.Values.Get(name));
            Assert.Equal(channel, shapley.Values.Get(name)!.Value.Channel);
        }

        // Last touch: email ends both converting paths (3 conversions, 40.00); search and display earn nothing.
        Assert.Equal(3d, result.Channels.Get("email")!.Value.Conversions);
        Assert.Equal(new Money(40m, Usd), result.Channels.Get("email")!.Value.Value);
        Assert.Equal(0d, result.Channels.Get("search")!.Value.Conversions);
    }

    [Fact]
    public void Get_NameWithSurroundingSpaces_IsTrimmedLikeChannel()
    {
        var result = AttributionEngine.Attribute(Table(), AttributionModels.Linear);
        Assert.Equal(result.Channels.Get("email"), result.Channels.Get("  email "));
        Assert.NotNull(result.Channels.Get(" email"));
    }

    [Fact]
    public void Get_UnknownOrDefault_IsNullAndNeverAZero()
    {
        var result = AttributionEngine.Attribute(Table(), AttributionModels.Linear);
        Assert.Null(result.Channels.Get("tv"));
        Assert.Null(result.Channels.Get(new Channel("tv")));
        Assert.Null(result.Channels.Get(default(Channel)));
        Assert.Null(result.Channels.Get(string.Empty));
        Assert.Null(result.Channels.Get("EMAIL"));
        Assert.Throws<ArgumentNullException>("name", () => result.Channels.Get((string)null!));
    }

    [Fact]
    public void Indexer_AndEnumeration_ListEveryChannelInOrdinalOrder()
    {
        var result = AttributionEngine.Attribute(Table(), AttributionModels.Linear);
        Assert.Equal(3, result.Channels.Count);
        Assert.Equal(["display", "email", "search"], result.Channels.Select(c => c.Channel.Name));
        Assert.Equal("search", result.Channels[2].Channel.Name);
        Assert.Throws<ArgumentOutOfRangeException>("index", () => result.Channels[3]);
        Assert.Throws<ArgumentOutOfRangeException>("index", () => result.Channels[-1]);
        var nonGeneric = new List<object>();
        foreach (var item in (System.Collections.IEnumerable)result.Channels)
        {
            nonGeneric.Add(item);
        }

        Assert.Equal(result.Channels.Cast<object>(), nonGeneric);
    }

    [Fact]
    public void Get_IsSafeFromManyThreadsOnAFreshList()
    {
        var result = AttributionEngine.Attribute(Table(), AttributionModels.Linear);
        var found = new ChannelCredit?[64];
        Parallel.For(0, found.Length, i => found[i] = result.Channels.Get(i % 2 == 0 ? "email" : "search"));
        Assert.All(found.Where((_, i) => i % 2 == 0), c => Assert.Equal(result.Channels[1], c));
        Assert.All(found.Where((_, i) => i % 2 == 1), c => Assert.Equal(result.Channels[2], c));
    }
}
