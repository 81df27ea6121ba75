using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Markov;

/// <summary>
/// Transition counts on their own: merging partitions and counting them in parallel. That a merged count fits the same
/// model as the whole, for any number of threads, is a property in AttributionModelsTests.DataDrivenProperties; the
/// stored form is pinned in MarkovJsonTests.
/// </summary>
public class MarkovCountsTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void Merge_OfTwoHalves_EqualsTheCountsOfTheWhole()
    {
        // AbFixture's three paths split 2 + 1: the counts add (START->A 2 + 1 = 3, ...), so the merged counts fit the
        // model of the whole table, removal effects A = 1, B = 0.5 (worked in MarkovModelTests.AbFixture).
        var whole = MarkovModelTests.AbFixture();
        var first = new PathTableBuilder(Usd).Add([new Channel("A"), new Channel("B"), new Channel("A"), new Channel("B"), new Channel("B"), new Channel("A")], 1, default, 0)
            .Add([new Channel("A"), new Channel("B"), new Channel("B"), new Channel("A"), new Channel("A")], 1, default, 0).ToPathTable();
        var second = new PathTableBuilder(Usd).Add([new Channel("A"), new Channel("A")], 1, default, 0).ToPathTable();

        var merged = MarkovCounts.Of(first).Merge(MarkovCounts.Of(second));
        Assert.Equal(MarkovModel.Fit(MarkovCounts.Of(whole)).RemovalEffects, MarkovModel.Fit(merged).RemovalEffects);
        Assert.Equal(1d, MarkovModel.Fit(merged).RemovalEffects.Get("A")!.Value.Conversions);
        Assert.Equal(0.5, MarkovModel.Fit(merged).RemovalEffects.Get("B")!.Value.Conversions);
        Assert.Equal(MarkovModel.Fit(merged).RemovalEffects, MarkovModel.Fit(MarkovCounts.OfPartitions([first, second], new MarkovOptions(maxDegreeOfParallelism: 1))).RemovalEffects);
    }

    [Fact]
    public void Fit_WithOptions_AppliesTheirValueModeAndParallelism()
    {
        // Counts carry the options they were made with; counts read back from JSON carry the defaults. Fitting them with
        // options of the same chain must give exactly the model fitted to the table with those options.
        var table = MarkovModelTests.GoogleFixture();
        var counts = MarkovCounts.Of(table);
        var share = new MarkovOptions(valueMode: MarkovValueMode.ConversionShare, maxDegreeOfParallelism: 1);

        var fitted = MarkovModel.Fit(counts, share);

        Assert.Same(share, fitted.Options);
        Assert.Equal(MarkovModel.Fit(table, share).RemovalEffects, fitted.RemovalEffects);
        Assert.Equal(MarkovModel.Fit(table, share).Name, fitted.Name);
        Assert.Equal(MarkovModel.Fit(counts).RemovalEffects, MarkovModel.Fit(counts, new MarkovOptions(maxDegreeOfParallelism: 1)).RemovalEffects);
    }

    [Fact]
    public void Fit_WithOptionsOfAnotherChain_Throws()
    {
        var counts = MarkovCounts.Of(MarkovModelTests.AbFixture(), new MarkovOptions(1));
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => MarkovModel.Fit(counts, new MarkovOptions(1, keepRepeats: true))).ParamName);
    }

    [Fact]
    public void Merge_DifferentOrder_Throws()
    {
        var a = MarkovCounts.Of(MarkovModelTests.AbFixture(), new MarkovOptions(1));
        var b = MarkovCounts.Of(MarkovModelTests.AbFixture(), new MarkovOptions(2));
        Assert.Equal("other", Assert.Throws<ArgumentException>(() => a.Merge(b)).ParamName);
    }

    [Fact]
    public void Merge_DifferentCurrency_ThrowsCurrencyMismatch()
    {
        var a = MarkovCounts.Of(MarkovModelTests.AbFixture());
        var b = MarkovCounts.Of(new PathTableBuilder(Currency.FromCode("EUR")).Add([new Channel("x")], 1, default, 0).ToPathTable());
        Assert.Throws<CurrencyMismatchException>(() => a.Merge(b));
    }

    [Fact]
    public void OfPartitions_TooManyChannelsForTheOrder_ThrowsArgumentExceptionNotAggregate()
    {
        // 50,000 channels: 50,001^4 > 2^62, so order-4 states cannot be numbered.
        var table = new PathTableBuilder(Usd).Add(Enumerable.Range(0, 50_000).Select(i => new Channel($"c{i}")), 1, default, 0).ToPathTable();
        var e = Assert.Throws<ArgumentException>(() => MarkovCounts.OfPartitions([table], new MarkovOptions(4)));
        Assert.Contains("was 50000 channels", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OfPartitions_Empty_Throws() =>
        Assert.Equal("partitions", Assert.Throws<ArgumentException>(() => MarkovCounts.OfPartitions([])).ParamName);
}
