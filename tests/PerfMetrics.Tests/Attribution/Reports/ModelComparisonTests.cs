using System.Text.Json;
using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Reports;

/// <summary>Rule-based and fitted data-driven models in one engine call, one result type, one comparison table.</summary>
public partial class ModelComparisonTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money Usd_(decimal amount) => new(amount, Usd);

    /// <summary>
    /// The fixture of MarkovModelTests and ShapleyModelTests: google ads (2 conversions, 20.00), mailing (1, 30.00),
    /// google ads &gt; mailing (1, 10.00), google ads (0 conversions, 1 null). Hand-worked credits:
    /// first touch: google ads 2 + 1 = 3 conversions, 20 + 10 = 30.00; mailing 1, 30.00.
    /// linear: google ads 2 + 1/2 = 2.5, 20 + 5 = 25.00; mailing 1 + 1/2 = 1.5, 30 + 5 = 35.00.
    /// Markov (order 1): P = 0.8, RE 0.75 and 0.5, credits 0.75 / 1.25 x 4 = 2.4 and 1.6; value removal effects 2/3 each,
    /// so 30.00 and 30.00.
    /// Shapley: phi = 7/30 and 17/30, credits 4 x 7/24 = 7/6 and 17/6; value 60 x 7/24 = 17.50 and 42.50.
    /// </summary>
    private static PathTable GoogleFixture() =>
        new PathTableBuilder(Usd)
            .Add([new Channel("google ads")], 2, Usd_(20m), 0)
            .Add([new Channel("mailing")], 1, Usd_(30m), 0)
            .Add([new Channel("google ads"), new Channel("mailing")], 1, Usd_(10m), 0)
            .Add([new Channel("google ads")], 0, Usd_(0m), 1)
            .ToPathTable();

    [Fact]
    public void Compare_RuleAndDataDrivenModelsInOneCall_MatchTheHandWorkedCredits()
    {
        var comparison = AttributionEngine.Compare(
            GoogleFixture(),
            [AttributionModels.FirstTouch, AttributionModels.Linear, AttributionModels.Markov(), AttributionModels.Shapley]);

        Assert.Equal(["first touch", "linear", "markov (order 1)", "shapley (conversion probability)"], comparison.Results.Select(r => r.ModelName));
        double[][] conversions = [[3d, 1d], [2.5, 1.5], [2.4, 1.6], [7d / 6d, 17d / 6d]];
        decimal[][] values = [[30m, 30m], [25m, 35m], [30m, 30m], [17.50m, 42.50m]];
        for (var m = 0; m < conversions.Length; m++)
        {
            var google = Assert.NotNull(comparison.Results[m].Channels.Get("google ads"));
            var mailing = Assert.NotNull(comparison.Results[m].Channels.Get(new Channel("mailing")));
            Assert.Equal(conversions[m][0], google.Conversions, 1e-12);
            Assert.Equal(conversions[m][1], mailing.Conversions, 1e-12);
            Assert.Equal(Usd_(values[m][0]), google.Value);
            Assert.Equal(Usd_(values[m][1]), mailing.Value);
            Assert.Equal(Usd_(60m), comparison.Results[m].TotalValue);
            Assert.Equal(4d, comparison.Results[m].TotalConversions);
        }

        var text = comparison.ToString();
        Assert.Contains("markov (order 1) value", text, StringComparison.Ordinal);
        Assert.Contains("shapley (conversion probability) value", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_CatalogModelAndFittedModel_GiveEqualResults()
    {
        var table = GoogleFixture();
        Assert.Equal(AttributionEngine.Attribute(table, MarkovModel.Fit(table, new MarkovOptions(2))), AttributionEngine.Attribute(table, AttributionModels.Markov(new MarkovOptions(2))));
        Assert.Equal(
            AttributionEngine.Attribute(table, MarkovModel.Fit(table, new MarkovOptions(1, true, MarkovValueMode.ConversionShare))),
            AttributionEngine.Attribute(table, AttributionModels.Markov(new MarkovOptions(1, keepRepeats: true, MarkovValueMode.ConversionShare))));
        Assert.Equal(AttributionEngine.Attribute(table, ShapleyModel.Fit(table)), AttributionEngine.Attribute(table, AttributionModels.Shapley));
        Assert.Equal("markov (order 3)", AttributionModels.Markov(new MarkovOptions(3)).Name);
        Assert.Equal(ShapleyModel.Fit(table).Name, AttributionModels.Shapley.Name);
    }

    [Fact]
    public void MarkovNames_NameEveryOptionThatChangesTheCredit()
    {
        // Two value modes of one order in one comparison get two headers, the fitted and the catalog model the same one.
        Assert.Equal("markov (order 1)", AttributionModels.Markov().Name);
        Assert.Equal("markov (order 1)", AttributionModels.Markov(new MarkovOptions(1, keepRepeats: true)).Name); // no effect at order 1
        Assert.Equal("markov (order 2, repeats kept)", AttributionModels.Markov(new MarkovOptions(2, keepRepeats: true)).Name);
        Assert.Equal("markov (order 2, repeats kept, conversion-share)", MarkovModel.Fit(GoogleFixture(), new MarkovOptions(2, true, MarkovValueMode.ConversionShare)).Name);
        Assert.Equal("markov (order 1, conversion-share)", AttributionModels.Markov(new MarkovOptions(valueMode: MarkovValueMode.ConversionShare)).Name);
        Assert.Equal("markov (order 3)", AttributionModels.Markov(new MarkovOptions(3, maxDegreeOfParallelism: 1)).Name); // threads never change credit
    }

    [Fact]
    public void Get_FindsAColumnByModelName_AndIsNullForAnAbsentOne()
    {
        var table = GoogleFixture();
        var comparison = AttributionEngine.Compare(
            table,
            [AttributionModels.Linear, AttributionModels.Markov(), AttributionModels.Markov(new MarkovOptions(valueMode: MarkovValueMode.ConversionShare))]);

        Assert.Same(comparison.Results[0], comparison.Get("linear"));
        Assert.Same(comparison.Results[1], comparison.Get("markov (order 1)"));
        Assert.Same(comparison.Results[2], comparison.Get("markov (order 1, conversion-share)"));
        Assert.Null(comparison.Get("Linear")); // ordinal, like every name lookup of the library
        Assert.Null(comparison.Get("shapley"));
    }

    [Fact]
    public void Attribute_FittedModelOnAnotherTable_CreditsThatTablesTotalsByTheFittedRatios()
    {
        // Fitted on the fixture: RE(google ads) 0.75, RE(mailing) 0.5. Another month: google ads > tv (3 conversions,
        // 9.00) and mailing (1 conversion, 3.00). tv is unknown to the model and earns nothing; the 4 conversions split
        // 0.75 : 0.5, so 2.4 and 1.6; value-weighted removal effects are 2/3 each, so 12.00 splits 6.00 / 6.00.
        var markov = MarkovModel.Fit(GoogleFixture());
        var march = new PathTableBuilder(Usd)
            .Add([new Channel("google ads"), new Channel("tv")], 3, Usd_(9m), 0)
            .Add([new Channel("mailing")], 1, Usd_(3m), 0)
            .ToPathTable();
        var result = AttributionEngine.Attribute(march, markov);
        Assert.Equal(["google ads", "mailing", "tv"], result.Channels.Select(c => c.Channel.Name));
        Assert.Equal(2.4, result.Channels.Get("google ads")!.Value.Conversions, 1e-12);
        Assert.Equal(1.6, result.Channels.Get("mailing")!.Value.Conversions, 1e-12);
        Assert.Equal(0d, result.Channels.Get("tv")!.Value.Conversions);
        Assert.Equal(Usd_(6m), result.Channels.Get("google ads")!.Value.Value);
        Assert.Equal(Usd_(6m), result.Channels.Get("mailing")!.Value.Value);
        Assert.Equal(Usd_(0m), result.Channels.Get("tv")!.Value.Value);
    }

    [Fact]
    public void Attribute_FittedModelOnATableOfUnknownChannels_ThrowsInvalidOperation()
    {
        var shapley = ShapleyModel.Fit(GoogleFixture());
        var other = new PathTableBuilder(Usd).Add([new Channel("tv")], 2, Usd_(5m), 0).ToPathTable();
        var e = Assert.Throws<InvalidOperationException>(() => AttributionEngine.Attribute(other, shapley));
        Assert.Contains("shapley (conversion probability)", e.Message, StringComparison.Ordinal);
        Assert.Contains("5.00 USD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_DataDrivenModelsOnJourneys_EqualTheirPathTable()
    {
        var at = NodaTime.Instant.FromUtc(2026, 3, 1, 12, 0);
        Conversion[] journeys =
        [
            new(at, Usd_(10m), new Touchpoint(new Channel("a"), at), new Touchpoint(new Channel("b"), at)),
            new(at, Usd_(20m), new Touchpoint(new Channel("b"), at)),
            new(at, Usd_(30m), new Touchpoint(new Channel("a"), at)),
        ];
        var table = PathTable.FromJourneys(journeys, Usd);
        foreach (var model in new[] { AttributionModels.Markov(), AttributionModels.Markov(new MarkovOptions(2)), AttributionModels.Shapley })
        {
            Assert.Equal(AttributionEngine.Attribute(table, model), AttributionEngine.Attribute(journeys, Usd, model));
        }

        Assert.Equal(AttributionEngine.Compare(table, [AttributionModels.Markov()]), AttributionEngine.Compare(journeys, Usd, [AttributionModels.Markov()]));
    }

    [Fact]
    public void Equality_AttributionResult_FollowsTheContractAndSurvivesJson()
    {
        var table = GoogleFixture();
        var result = AttributionEngine.Attribute(table, AttributionModels.Shapley);
        var again = AttributionEngine.Attribute(GoogleFixture(), ShapleyModel.Fit(table));
        ContractAssert.Equality(result, again, AttributionEngine.Attribute(table, AttributionModels.Linear));
        ContractAssert.Equality(result, again, AttributionEngine.Attribute(table.Merge(table), AttributionModels.Shapley));
        Assert.False(result == null);
        Assert.True((AttributionResult?)null == null);
        var back = JsonSerializer.Deserialize<AttributionResult>(JsonSerializer.Serialize(result));
        Assert.Equal(result, back);
        Assert.True(result == back);
    }

    [Fact]
    public void Equality_ModelComparison_FollowsTheContractAndSurvivesJson()
    {
        var table = GoogleFixture();
        IAttributionModel[] models = [AttributionModels.FirstTouch, AttributionModels.Markov(new MarkovOptions(2)), AttributionModels.Shapley];
        var comparison = AttributionEngine.Compare(table, models);
        ContractAssert.Equality(comparison, AttributionEngine.Compare(GoogleFixture(), models), AttributionEngine.Compare(table, models.Reverse()));
        var back = JsonSerializer.Deserialize<ModelComparison>(JsonSerializer.Serialize(comparison));
        Assert.Equal(comparison, back);
        Assert.Equal(comparison.GetHashCode(), back!.GetHashCode());
    }

    [Fact]
    public void ModelComparisonOf_BadResults_Throw()
    {
        // The checks JSON reading relies on (they were the public ModelComparison.Of rows of the bad-input matrix).
        var usd = AttributionEngine.Attribute(GoogleFixture(), AttributionModels.Linear);
        var eur = AttributionEngine.Attribute(new PathTableBuilder(Currency.Eur).Add([new Channel("a")], 1, new Money(1m, Currency.Eur), 0).ToPathTable(), AttributionModels.Linear);
        Assert.Throws<ArgumentNullException>("results", () => ModelComparison.Of(null!));
        Assert.Contains("must hold at least one attribution result", Assert.Throws<ArgumentException>("results", () => ModelComparison.Of([])).Message, StringComparison.Ordinal);
        Assert.Contains("results[1] must not be null", Assert.Throws<ArgumentException>("results", () => ModelComparison.Of([usd, null!])).Message, StringComparison.Ordinal);
        Assert.Contains("cannot be combined", Assert.Throws<CurrencyMismatchException>("results[1]", () => ModelComparison.Of([usd, eur])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attribute_FittedModelWhoseValueRatiosAreAllZeroOnTheTable_SplitsValueLikeConversions()
    {
        // Fitted on a (2 conversions, no value), c (1, no value), b (1, 10.00), no nulls: P = 1; without a P = 2/4, so
        // RE(a) = 1/2; RE(c) = 1/4; E(value) = 1/4 x 10 = 2.50 with or without a or c, so their value removal effects are 0.
        // On a table of a (1 conversion, 15.00) and c (1, 15.00) the conversions split 1/2 : 1/4 (4/3 and 2/3), and with
        // no positive value ratio the value follows the conversions: 20.00 and 10.00 (not an even 15.00 / 15.00).
        var markov = MarkovModel.Fit(
            new PathTableBuilder(Usd).Add([new Channel("a")], 2, default, 0).Add([new Channel("c")], 1, default, 0).Add([new Channel("b")], 1, Usd_(10m), 0).ToPathTable());
        Assert.Equal(0d, markov.RemovalEffects.Get("a")!.Value.Value);
        Assert.Equal(0.5, markov.RemovalEffects.Get("a")!.Value.Conversions!.Value, 1e-12);
        var table = new PathTableBuilder(Usd).Add([new Channel("a")], 1, Usd_(15m), 0).Add([new Channel("c")], 1, Usd_(15m), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, markov);
        Assert.Equal(4d / 3d, result.Channels.Get("a")!.Value.Conversions, 1e-12);
        Assert.Equal(2d / 3d, result.Channels.Get("c")!.Value.Conversions, 1e-12);
        Assert.Equal(Usd_(20m), result.Channels.Get("a")!.Value.Value);
        Assert.Equal(Usd_(10m), result.Channels.Get("c")!.Value.Value);
    }
}
