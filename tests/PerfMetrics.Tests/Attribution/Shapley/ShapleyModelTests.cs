using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Shapley;

/// <summary>The conversion-probability Shapley value: hand-worked games and brute force over all orderings.</summary>
public partial class ShapleyModelTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static PathTable Table(params (string Path, double Conversions, decimal Value, double Nulls)[] rows)
    {
        var builder = new PathTableBuilder(Usd);
        foreach (var (path, conversions, value, nulls) in rows)
        {
            builder.Add(path.Split('>').Select(n => new Channel(n.Trim())), conversions, new Money(value, Usd), nulls);
        }

        return builder.ToPathTable();
    }

    [Fact]
    public void Fit_GoogleFixture_MatchesTheHandWorkedGame()
    {
        // Channel sets: {G} 2 conversions + 1 null, {M} 1 + 0, {G, M} 1 + 0. v(empty) = 0, v(G) = 2/3, v(M) = 1,
        // v(G, M) = 4 / 5. phi(G) = 1/2 x 2/3 + 1/2 x (4/5 - 1) = 1/3 - 1/10 = 7/30;
        // phi(M) = 1/2 x 1 + 1/2 x (4/5 - 2/3) = 1/2 + 1/15 = 17/30 (sum 24/30 = v(G, M)).
        // Credits of 4 conversions: G = 4 x 7/24 = 7/6, M = 4 x 17/24 = 17/6; value 60.00: 17.50 and 42.50.
        var table = Table(("google ads", 2, 20m, 0), ("mailing", 1, 30m, 0), ("google ads > mailing", 1, 10m, 0), ("google ads", 0, 0m, 1));
        var model = ShapleyModel.Fit(table);
        Assert.Equal(7d / 30d, model.Values[0].Value, 1e-15);
        Assert.Equal(17d / 30d, model.Values[1].Value, 1e-15);
        var result = AttributionEngine.Attribute(table, model);
        Assert.Equal("shapley (conversion probability)", result.ModelName);
        Assert.Equal(7d / 6d, result.Channels[0].Conversions, 1e-12);
        Assert.Equal(17d / 6d, result.Channels[1].Conversions, 1e-12);
        Assert.Equal(new Money(17.50m, Usd), result.Channels[0].Value);
        Assert.Equal(new Money(42.50m, Usd), result.Channels[1].Value);
    }

    [Fact]
    public void Fit_ChannelThatLowersTheRate_HasNegativeValueAndNoCredit()
    {
        // {a} 1 conversion; {a, b} 1 null. v(a) = 1, v(b) = 0 (no path), v(a, b) = 1/2.
        // phi(a) = 1/2 x 1 + 1/2 x (1/2 - 0) = 3/4; phi(b) = 1/2 x 0 + 1/2 x (1/2 - 1) = -1/4. Credit: a 1, b 0.
        var table = Table(("a", 1, 5m, 0), ("a > b", 0, 0m, 1));
        var model = ShapleyModel.Fit(table);
        Assert.Equal(0.75, model.Values[0].Value, 1e-15);
        Assert.Equal(-0.25, model.Values[1].Value, 1e-15);
        var result = AttributionEngine.Attribute(table, model);
        Assert.Equal(1d, result.Channels[0].Conversions);
        Assert.Equal(0d, result.Channels[1].Conversions);
        Assert.Equal(new Money(5m, Usd), result.Channels[0].Value);
    }

    [Fact]
    public void Fit_TwentyOneChannels_ThrowsNamingTheLimitAndTheSimplifiedModel()
    {
        var builder = new PathTableBuilder(Usd);
        for (var i = 0; i < 21; i++)
        {
            builder.Add([new Channel($"c{i:00}")], 1, default, 0);
        }

        var e = Assert.Throws<ArgumentException>(() => ShapleyModel.Fit(builder.ToPathTable()));
        Assert.Equal("table", e.ParamName);
        Assert.Contains("at most 20 channels", e.Message, StringComparison.Ordinal);
        Assert.Contains("was 21 channels", e.Message, StringComparison.Ordinal);
        Assert.Contains("SimplifiedShapley", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_TwentyChannels_Works()
    {
        var builder = new PathTableBuilder(Usd);
        for (var i = 0; i < 20; i++)
        {
            builder.Add([new Channel($"c{i:00}"), new Channel($"c{(i + 1) % 20:00}")], i % 3, default, 1);
        }

        var model = ShapleyModel.Fit(builder.ToPathTable());
        Assert.Equal(20, model.Values.Count);
    }

    [Fact]
    public void Attribute_ValueWithoutConversions_ThrowsInvalidOperation() =>
        Assert.Throws<InvalidOperationException>(() => AttributionEngine.Attribute(Table(("a", 0, 5m, 2)), AttributionModels.Shapley));

    [Fact]
    public void Fit_RandomTables_EqualsTheAverageOverAllOrderings()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            // Up to 8 channels (8! = 40,320 orderings); up to 6 in mutation runs, where this test runs once per mutant.
            var n = random.Next(1, TestProfile.MutationRun ? 7 : 9);
            var names = Enumerable.Range(0, n).Select(i => $"ch{i}").ToArray();
            var rows = Enumerable.Range(0, random.Next(1, 25))
                .Select(_ => (Path: Enumerable.Range(0, random.Next(1, 5)).Select(_ => names[random.Next(n)]).ToArray(), Conversions: random.Next(0, 5), Nulls: random.Next(0, 5)))
                .ToList();
            var builder = new PathTableBuilder(Usd);
            foreach (var (path, conversions, nulls) in rows)
            {
                builder.Add(path.Select(p => new Channel(p)), conversions, default, nulls);
            }

            var table = builder.ToPathTable();

            // Brute force: v(S) straight from the rows; average marginal contribution over all n! orderings.
            double Worth(HashSet<string> s)
            {
                var inside = rows.Where(r => r.Path.All(s.Contains)).ToList();
                var all = inside.Sum(r => r.Conversions + r.Nulls);
                return all == 0 ? 0 : (double)inside.Sum(r => r.Conversions) / all;
            }

            var present = table.Channels.Select(c => c.Name).ToArray();
            var expected = present.ToDictionary(p => p, _ => 0d);
            var orderings = 0;
            foreach (var ordering in Permutations(present))
            {
                orderings++;
                var coalition = new HashSet<string>();
                var before = 0d;
                foreach (var channel in ordering)
                {
                    coalition.Add(channel);
                    var after = Worth(coalition);
                    expected[channel] += after - before;
                    before = after;
                }
            }

            var model = ShapleyModel.Fit(table);
            for (var i = 0; i < model.Values.Count; i++)
            {
                var want = expected[model.Values[i].Channel.Name] / orderings;
                Assert.True(Math.Abs(want - model.Values[i].Value) <= 1e-12, $"seed {seed}, {model.Values[i].Channel}: {model.Values[i].Value} vs {want}");
            }
        }
    }

    [Fact]
    public void Enumerate_WorthIsConversionsOfSubsetPaths_ReproducesTheSimplifiedClosedForm()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(100 + seed);
            // Up to 8 channels (8! = 40,320 orderings); up to 6 in mutation runs, where this test runs once per mutant.
            var n = random.Next(1, TestProfile.MutationRun ? 7 : 9);
            var names = Enumerable.Range(0, n).Select(i => $"ch{i}").ToArray();
            var builder = new PathTableBuilder(Usd);
            var rows = Enumerable.Range(0, random.Next(1, 25))
                .Select(_ => (Path: Enumerable.Range(0, random.Next(1, 5)).Select(_ => names[random.Next(n)]).ToArray(), Conversions: random.Next(1, 5)))
                .ToList();
            foreach (var (path, conversions) in rows)
            {
                builder.Add(path.Select(p => new Channel(p)), conversions, default, 0);
            }

            var table = builder.ToPathTable();
            var present = table.Channels.Select(c => c.Name).Order(StringComparer.Ordinal).ToArray();
            var worth = new double[1 << present.Length];
            for (var s = 0; s < worth.Length; s++)
            {
                var set = present.Where((_, i) => (s & (1 << i)) != 0).ToHashSet();
                worth[s] = rows.Where(r => r.Path.All(set.Contains)).Sum(r => r.Conversions);
            }

            var values = ShapleyModel.Enumerate(present.Length, worth);
            var simplified = AttributionEngine.Attribute(table, AttributionModels.SimplifiedShapley);
            for (var i = 0; i < present.Length; i++)
            {
                var credit = Assert.NotNull(simplified.Channels.Get(new Channel(present[i])));
                Assert.True(Math.Abs(credit.Conversions - values[i]) <= 1e-12, $"seed {seed}, {present[i]}: {values[i]} vs {credit.Conversions}");
            }
        }
    }

    private static IEnumerable<string[]> Permutations(string[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
