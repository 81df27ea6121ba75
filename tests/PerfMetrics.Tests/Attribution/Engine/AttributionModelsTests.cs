using NodaTime;
using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Engine;

/// <summary>Hand-worked fixtures for every built-in model; the arithmetic is written out in the comments.</summary>
public partial class AttributionModelsTests
{
    private static readonly Currency Usd = Currency.Usd;
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 15, 12, 0);

    /// <summary>
    /// The fixture table (USD):
    ///   row 1: email > search > direct   2 conversions, 30.00, 5 nulls
    ///   row 2: search                    1 conversion,  10.00, 0 nulls
    ///   row 3: display > email           1 conversion,   5.00, 2 nulls
    ///   row 4: display                   0 conversions,  0.00, 9 nulls (earns nothing under any model)
    /// Totals: 4 conversions, 45.00 USD.
    /// </summary>
    private static PathTable Fixture() =>
        new PathTableBuilder(Usd)
            .Add(Channels("email", "search", "direct"), 2, new Money(30m, Usd), 5)
            .Add(Channels("search"), 1, new Money(10m, Usd), 0)
            .Add(Channels("display", "email"), 1, new Money(5m, Usd), 2)
            .Add(Channels("display"), 0, default, 9)
            .ToPathTable();

    private static Channel[] Channels(params string[] names) => [.. names.Select(n => new Channel(n))];

    private static void AssertCredit(AttributionResult result, string channel, double conversions, decimal value)
    {
        var credit = Assert.NotNull(result.Channels.Get(channel));
        Assert.Equal(conversions, credit.Conversions, 1e-12);
        Assert.Equal(new Money(value, Usd), credit.Value);
    }

    [Fact]
    public void FirstTouch_Fixture_CreditsTheOldestTouch()
    {
        // row 1 -> email 2 conv, 30.00; row 2 -> search 1, 10.00; row 3 -> display 1, 5.00.
        var result = AttributionEngine.Attribute(Fixture(), AttributionModels.FirstTouch);
        AssertCredit(result, "direct", 0, 0m);
        AssertCredit(result, "display", 1, 5m);
        AssertCredit(result, "email", 2, 30m);
        AssertCredit(result, "search", 1, 10m);
        Assert.Equal(4d, result.TotalConversions);
        Assert.Equal(new Money(45m, Usd), result.TotalValue);
        Assert.Equal(0.5, result.Channels.Single(c => c.Channel.Name == "email").Share);
    }

    [Fact]
    public void LastTouch_Fixture_CreditsTheLastTouch()
    {
        // row 1 -> direct 2, 30.00; row 2 -> search 1, 10.00; row 3 -> email 1, 5.00.
        var result = AttributionEngine.Attribute(Fixture(), AttributionModels.LastTouch);
        AssertCredit(result, "direct", 2, 30m);
        AssertCredit(result, "display", 0, 0m);
        AssertCredit(result, "email", 1, 5m);
        AssertCredit(result, "search", 1, 10m);
    }

    [Fact]
    public void LastNonDirect_Fixture_SkipsDirect()
    {
        // row 1: last touch is direct, so search earns 2, 30.00; row 2 -> search 1, 10.00; row 3 -> email 1, 5.00.
        var result = AttributionEngine.Attribute(Fixture(), AttributionModels.LastNonDirect());
        AssertCredit(result, "direct", 0, 0m);
        AssertCredit(result, "email", 1, 5m);
        AssertCredit(result, "search", 3, 40m);
    }

    [Fact]
    public void LastNonDirect_AllTouchesDirect_FallsBackToLastTouch()
    {
        // direct > (typed) with both direct: the last touch, "(typed)", earns it all.
        var table = new PathTableBuilder(Usd).Add(Channels("direct", "(typed)"), 1, new Money(9m, Usd), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.LastNonDirect(Channels("direct", "(typed)")));
        AssertCredit(result, "(typed)", 1, 9m);
        AssertCredit(result, "direct", 0, 0m);
    }

    [Fact]
    public void Linear_Fixture_SplitsEquallyPerTouch()
    {
        // row 1: 2 conv / 3 touches = 2/3 each; 30.00 / 3 = 10.00 each to email, search, direct.
        // row 2: search 1, 10.00.   row 3: display 1/2, email 1/2; 2.50 each.
        // email = 2/3 + 1/2 = 7/6, 12.50; search = 2/3 + 1 = 5/3, 20.00; direct = 2/3, 10.00; display = 1/2, 2.50.
        var result = AttributionEngine.Attribute(Fixture(), AttributionModels.Linear);
        AssertCredit(result, "direct", 2d / 3, 10m);
        AssertCredit(result, "display", 0.5, 2.5m);
        AssertCredit(result, "email", 7d / 6, 12.5m);
        AssertCredit(result, "search", 5d / 3, 20m);
    }

    [Fact]
    public void Linear_RepeatedChannel_CountsEveryOccurrence()
    {
        // a > b > a > c, 1 conversion, 10.00: a 2/4 = 5.00, b 1/4 = 2.50, c 1/4 = 2.50 (SPEC §4).
        var table = new PathTableBuilder(Usd).Add(Channels("a", "b", "a", "c"), 1, new Money(10m, Usd), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.Linear);
        AssertCredit(result, "a", 0.5, 5m);
        AssertCredit(result, "b", 0.25, 2.5m);
        AssertCredit(result, "c", 0.25, 2.5m);
    }

    [Fact]
    public void Linear_ValueThatDoesNotDivide_LosesNoCent()
    {
        // 1.00 over a > b > c: exact shares 0.3333...; floors 0.33 each (0.99), the leftover cent goes to the largest
        // remainder, all equal, so to the name that sorts first: a 0.34, b 0.33, c 0.33.
        var table = new PathTableBuilder(Usd).Add(Channels("c", "b", "a"), 1, new Money(1m, Usd), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.Linear);
        AssertCredit(result, "a", 1d / 3, 0.34m);
        AssertCredit(result, "b", 1d / 3, 0.33m);
        AssertCredit(result, "c", 1d / 3, 0.33m);
    }

    [Theory]
    [InlineData(1, new[] { 1.0 })]
    [InlineData(2, new[] { 0.5, 0.5 })]
    [InlineData(3, new[] { 0.4, 0.2, 0.4 })]
    [InlineData(4, new[] { 0.4, 0.1, 0.1, 0.4 })]
    [InlineData(6, new[] { 0.4, 0.05, 0.05, 0.05, 0.05, 0.4 })]
    public void PositionBased_SpecExamples_GiveTheDocumentedShares(int touches, double[] expected)
    {
        // SPEC §4 / Google Ads: 40% first, 40% last, 20% over the middle (0.2 / (n - 2) each); 2 touches 50/50.
        // One conversion worth 100.00 so each share shows as money: 0.4 -> 40.00, 0.05 -> 5.00.
        var names = Enumerable.Range(1, touches).Select(i => $"c{i}").ToArray();
        var table = new PathTableBuilder(Usd).Add(Channels(names), 1, new Money(100m, Usd), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.PositionBased());
        for (var i = 0; i < touches; i++)
        {
            AssertCredit(result, names[i], expected[i], (decimal)expected[i] * 100m);
        }
    }

    [Fact]
    public void PositionBased_CustomShares_SplitTwoTouchesInTheirRatio()
    {
        // first 0.3, last 0.5: 3 touches -> 0.3 / 0.2 / 0.5; 2 touches -> 0.3/0.8 = 0.375, 0.5/0.8 = 0.625.
        var model = AttributionModels.PositionBased(0.3, 0.5);
        var three = AttributionEngine.Attribute(new PathTableBuilder(Usd).Add(Channels("a", "b", "c"), 1, new Money(10m, Usd), 0).ToPathTable(), model);
        AssertCredit(three, "a", 0.3, 3m);
        AssertCredit(three, "b", 0.2, 2m);
        AssertCredit(three, "c", 0.5, 5m);
        var two = AttributionEngine.Attribute(new PathTableBuilder(Usd).Add(Channels("a", "b"), 1, new Money(8m, Usd), 0).ToPathTable(), model);
        AssertCredit(two, "a", 0.375, 3m);
        AssertCredit(two, "b", 0.625, 5m);
        Assert.Equal("position-based (0.3 / 0.5)", model.Name);
    }

    [Fact]
    public void PositionBased_BadShares_Throw()
    {
        Assert.Equal("firstShare must be between 0 and 1 inclusive, was -0.1. (Parameter 'firstShare')",
            Assert.Throws<ArgumentOutOfRangeException>(() => AttributionModels.PositionBased(-0.1, 0.4)).Message);
        Assert.Equal("lastShare plus firstShare (0.6) must be at most 1, was 0.5. (Parameter 'lastShare')",
            Assert.Throws<ArgumentOutOfRangeException>(() => AttributionModels.PositionBased(0.6, 0.5)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => AttributionModels.PositionBased(0.4, double.NaN));
    }

    [Fact]
    public void TimeDecay_SpecExample_GivesOneSevenTwoSevenFourSevenths()
    {
        // Touches 14, 7 and 0 days before the conversion, half-life 7 days: weights 2^-2 = 1/4, 2^-1 = 1/2, 2^0 = 1;
        // sum 7/4, so shares 1/7, 2/7, 4/7. Value 7.00 USD -> 1.00, 2.00, 4.00.
        var conversion = new Conversion(
            T0,
            new Money(7m, Usd),
            new Touchpoint(new Channel("display"), T0 - Duration.FromDays(14)),
            new Touchpoint(new Channel("email"), T0 - Duration.FromDays(7)),
            new Touchpoint(new Channel("search"), T0));
        var result = AttributionEngine.Attribute([conversion], Usd, AttributionModels.TimeDecay());
        AssertCredit(result, "display", 1d / 7, 1m);
        AssertCredit(result, "email", 2d / 7, 2m);
        AssertCredit(result, "search", 4d / 7, 4m);
        Assert.Equal("time decay", AttributionModels.TimeDecay(Duration.FromDays(7)).Name);
    }

    [Fact]
    public void TimeDecay_AgesCountFromTheConversionNotFromTheNewestTouch()
    {
        // Touches 3 and 1 days before the conversion, half-life 2 days: weights 2^-1.5 and 2^-0.5, ratio 1:2,
        // shares 1/3 and 2/3 (the same as measured from the newest touch: 2^-1 : 2^0). 3.00 USD -> 1.00, 2.00.
        var conversion = new Conversion(
            T0,
            new Money(3m, Usd),
            new Touchpoint(new Channel("a"), T0 - Duration.FromDays(3)),
            new Touchpoint(new Channel("b"), T0 - Duration.FromDays(1)));
        var result = AttributionEngine.Attribute([conversion], Usd, AttributionModels.TimeDecay(Duration.FromDays(2)));
        AssertCredit(result, "a", 1d / 3, 1m);
        AssertCredit(result, "b", 2d / 3, 2m);
    }

    [Fact]
    public void TimeDecay_VeryOldJourney_DoesNotUnderflowToZeroWeights()
    {
        // 10,000 days before with a 1-hour half-life: 2^-240000 underflows, but weights are relative to the newest touch.
        var conversion = new Conversion(T0, new Money(1m, Usd), new Touchpoint(new Channel("a"), T0 - Duration.FromDays(10_000)));
        var result = AttributionEngine.Attribute([conversion], Usd, AttributionModels.TimeDecay(Duration.FromHours(1)));
        AssertCredit(result, "a", 1, 1m);
    }

    [Fact]
    public void TimeDecay_OnAPathTable_ThrowsNamingTheModel()
    {
        var error = Assert.Throws<ArgumentException>(() => AttributionEngine.Attribute(Fixture(), AttributionModels.TimeDecay()));
        Assert.Equal(
            "model \"time decay\" needs touch timestamps, which a path table does not have (path \"email > search > direct\"); attribute the conversions (journeys) instead. (Parameter 'model')",
            error.Message);
    }

    [Fact]
    public void TimeDecay_NonPositiveHalfLife_Throws() =>
        Assert.Equal("halfLife must be positive, was 0:00:00:00. (Parameter 'halfLife')",
            Assert.Throws<ArgumentOutOfRangeException>(() => AttributionModels.TimeDecay(Duration.Zero)).Message);

    [Fact]
    public void SimplifiedShapley_RepeatedChannel_SplitsOverDistinctChannels()
    {
        // Zhao et al. 2018: a > b > a > c has distinct channels {a, b, c}; each gets 1/3 of 1 conversion and of 10.00:
        // 3.33 each with one cent left over, which goes to a (equal remainders, name sorts first).
        var table = new PathTableBuilder(Usd).Add(Channels("a", "b", "a", "c"), 1, new Money(10m, Usd), 0).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.SimplifiedShapley);
        AssertCredit(result, "a", 1d / 3, 3.34m);
        AssertCredit(result, "b", 1d / 3, 3.33m);
        AssertCredit(result, "c", 1d / 3, 3.33m);
    }

    [Fact]
    public void SimplifiedShapley_MatchesTheShapleyValueByEnumeration()
    {
        // Brute-force oracle: v(S) = conversions of paths whose channel set is a subset of S; Shapley value of i =
        // sum over S not containing i of |S|! (n - |S| - 1)! / n! x (v(S + i) - v(S)).
        var rows = new (string[] Path, double Conversions)[]
        {
            (["a", "b"], 3), (["b", "c", "b"], 2), (["a"], 1), (["c", "a", "b"], 4), (["d", "c"], 0.5),
        };
        var builder = new PathTableBuilder(Usd);
        foreach (var (path, conversions) in rows)
        {
            builder.Add(Channels(path), conversions, default, 0);
        }

        var result = AttributionEngine.Attribute(builder.ToPathTable(), AttributionModels.SimplifiedShapley);
        string[] players = ["a", "b", "c", "d"];
        double Worth(int mask) => rows.Where(r => r.Path.All(c => (mask & (1 << Array.IndexOf(players, c))) != 0)).Sum(r => r.Conversions);
        double Factorial(int k) => k <= 1 ? 1 : k * Factorial(k - 1);
        for (var i = 0; i < players.Length; i++)
        {
            var shapley = 0d;
            for (var mask = 0; mask < 1 << players.Length; mask++)
            {
                if ((mask & (1 << i)) != 0)
                {
                    continue;
                }

                var size = System.Numerics.BitOperations.PopCount((uint)mask);
                shapley += Factorial(size) * Factorial(players.Length - size - 1) / Factorial(players.Length) * (Worth(mask | (1 << i)) - Worth(mask));
            }

            var credit = Assert.NotNull(result.Channels.Get(new Channel(players[i])));
            Assert.Equal(shapley, credit.Conversions, 1e-12);
        }
    }

    [Fact]
    public void Catalog_Names_AreStable()
    {
        Assert.Equal(
            ["first touch", "last touch", "last non-direct", "linear", "position-based", "time decay", "simplified Shapley"],
            new[]
            {
                AttributionModels.FirstTouch, AttributionModels.LastTouch, AttributionModels.LastNonDirect(), AttributionModels.Linear,
                AttributionModels.PositionBased(), AttributionModels.TimeDecay(), AttributionModels.SimplifiedShapley,
            }.Select(m => m.Name));
    }

    [Fact]
    public void TimeDecay_NullHalfLife_IsTheSevenDayDefault()
    {
        // Touches 14, 7 and 0 days before the sale: weights 1/4, 1/2, 1, shares 1/7, 2/7, 4/7 of 70.00 = 10, 20, 40.
        var at = NodaTime.Instant.FromUtc(2026, 3, 20, 12, 0);
        Conversion[] sale =
        [
            new(
                at,
                new Money(70m, Currency.Usd),
                new Touchpoint(new Channel("display"), at - NodaTime.Duration.FromDays(14)),
                new Touchpoint(new Channel("social"), at - NodaTime.Duration.FromDays(7)),
                new Touchpoint(new Channel("search"), at)),
        ];
        var byDefault = AttributionEngine.Attribute(sale, Currency.Usd, AttributionModels.TimeDecay());
        Assert.Equal(byDefault, AttributionEngine.Attribute(sale, Currency.Usd, AttributionModels.TimeDecay(null)));
        Assert.Equal(byDefault, AttributionEngine.Attribute(sale, Currency.Usd, AttributionModels.TimeDecay(NodaTime.Duration.FromDays(7))));
        Assert.Equal("time decay", AttributionModels.TimeDecay(null).Name);
        Assert.Equal(new Money(10m, Currency.Usd), byDefault.Channels.Get("display")!.Value.Value);
        Assert.Equal(new Money(40m, Currency.Usd), byDefault.Channels.Get("search")!.Value.Value);
    }
}
