using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Markov;

/// <summary>Markov removal-effect attribution: hand-worked fixtures (arithmetic in the comments) and an independent dense oracle.</summary>
public partial class MarkovModelTests
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

    /// <summary>
    /// A>B>A>B>B>A (1), A>B>B>A>A (1), A>A (1), no nulls. Repeats merged: A>B>A>B>A, A>B>A, A.
    /// Counts: START->A 3; A->B 2+1 = 3, A->CONV 3; B->A 2+1 = 3. So p(A,B) = 0.5, p(A,CONV) = 0.5, p(B,A) = 1.
    /// P(conv) = 1 (no nulls). Without A: START->A goes to NULL, P = 0, RE(A) = 1.
    /// Without B: A->B goes to NULL, P = 0.5, RE(B) = 0.5. Credits: A = 1/1.5 x 3 = 2, B = 0.5/1.5 x 3 = 1.
    /// </summary>
    internal static PathTable AbFixture() => Table(("A>B>A>B>B>A", 1, 0m, 0), ("A>B>B>A>A", 1, 0m, 0), ("A>A", 1, 0m, 0));

    /// <summary>
    /// google ads (2 conversions, 20.00), mailing (1, 30.00), google ads > mailing (1, 10.00), google ads (0, 1 null).
    /// Rows aggregate: "google ads" 2 conv + 1 null. Counts: START->G 3+1 = 4, START->M 1; G->CONV 2, G->NULL 1, G->M 1;
    /// M->CONV 1+1 = 2. p(START,G) = 0.8, p(START,M) = 0.2; p(G,CONV) = 0.5, p(G,NULL) = 0.25, p(G,M) = 0.25; p(M,CONV) = 1.
    /// P = 0.8 x (0.5 + 0.25 x 1) + 0.2 x 1 = 0.8. Without G: 0.2, RE = 1 - 0.2/0.8 = 0.75. Without M: 0.8 x 0.5 = 0.4,
    /// RE = 0.5. Credits of 4 conversions: G = 0.75/1.25 x 4 = 2.4, M = 0.5/1.25 x 4 = 1.6.
    /// Value-weighted: pay at G = 20/2 = 10, at M = (30 + 10)/2 = 20. E = 0.8 x (0.5 x 10 + 0.25 x 20) + 0.2 x 20 = 12.
    /// Without G: 0.2 x 20 = 4, RE = 2/3. Without M: 0.8 x 0.5 x 10 = 4, RE = 2/3. Value 60.00 splits 30.00 / 30.00.
    /// Conversion-share: 60 x 0.6 = 36.00 and 60 x 0.4 = 24.00.
    /// </summary>
    internal static PathTable GoogleFixture() =>
        Table(("google ads", 2, 20m, 0), ("mailing", 1, 30m, 0), ("google ads > mailing", 1, 10m, 0), ("google ads", 0, 0m, 1));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Attribute_AbFixture_CreditsATwoAndBOne(bool keepRepeats)
    {
        var model = MarkovModel.Fit(AbFixture(), new MarkovOptions(1, keepRepeats));
        Assert.Equal(1d, model.ConversionProbability!.Value, 1e-12);
        Assert.Equal(1d, (model.RemovalEffects.Get(new Channel("A"))?.Conversions)!.Value, 1e-12);
        Assert.Equal(0.5, (model.RemovalEffects.Get(new Channel("B"))?.Conversions)!.Value, 1e-12);
        var result = AttributionEngine.Attribute(AbFixture(), model);
        Assert.Equal("markov (order 1)", result.ModelName);
        var a = Assert.NotNull(result.Channels.Get(new Channel("A")));
        var b = Assert.NotNull(result.Channels.Get(new Channel("B")));
        Assert.Equal(2d, a.Conversions, 1e-12);
        Assert.Equal(1d, b.Conversions, 1e-12);
    }

    [Fact]
    public void Fit_GoogleFixture_MatchesTheHandWorkedChain()
    {
        var model = MarkovModel.Fit(GoogleFixture());
        Assert.Equal(0.8, model.ConversionProbability!.Value, 1e-12);
        Assert.Equal(0.75, (model.RemovalEffects.Get(new Channel("google ads"))?.Conversions)!.Value, 1e-12);
        Assert.Equal(0.5, (model.RemovalEffects.Get(new Channel("mailing"))?.Conversions)!.Value, 1e-12);
        Assert.Equal(2d / 3d, model.RemovalEffects[0].Value!.Value, 1e-12);
        Assert.Equal(2d / 3d, model.RemovalEffects[1].Value!.Value, 1e-12);

        // States: START, google ads, mailing; transitions as in the comment of GoogleFixture.
        Assert.Equal(["(start)", "google ads", "mailing"], model.States.Select(s => s.ToString()));
        var text = model.Transitions.Select(t => $"{t.From} -> {t.To}: {t.Probability} ({t.Count})").ToArray();
        Assert.Equal(
            [
                "(start) -> google ads: 0.8 (4)", "(start) -> mailing: 0.2 (1)",
                "google ads -> mailing: 0.25 (1)", "google ads -> (conversion): 0.5 (2)", "google ads -> (null): 0.25 (1)",
                "mailing -> (conversion): 1 (2)",
            ],
            text);
    }

    [Fact]
    public void Attribute_GoogleFixtureValueWeighted_CreditsTwoPointFourAndOnePointSixAndSplitsValueEvenly()
    {
        var result = AttributionEngine.Attribute(GoogleFixture(), MarkovModel.Fit(GoogleFixture()));
        var g = Assert.NotNull(result.Channels.Get(new Channel("google ads")));
        var m = Assert.NotNull(result.Channels.Get(new Channel("mailing")));
        Assert.Equal(2.4, g.Conversions, 1e-12);
        Assert.Equal(1.6, m.Conversions, 1e-12);
        Assert.Equal(new Money(30m, Usd), g.Value);
        Assert.Equal(new Money(30m, Usd), m.Value);
        Assert.Equal(new Money(60m, Usd), result.TotalValue);
    }

    [Fact]
    public void Attribute_GoogleFixtureConversionShare_SplitsValueLikeConversions()
    {
        var result = AttributionEngine.Attribute(GoogleFixture(), MarkovModel.Fit(GoogleFixture(), new MarkovOptions(valueMode: MarkovValueMode.ConversionShare)));
        var g = Assert.NotNull(result.Channels.Get(new Channel("google ads")));
        var m = Assert.NotNull(result.Channels.Get(new Channel("mailing")));
        Assert.Equal(new Money(36m, Usd), g.Value);
        Assert.Equal(new Money(24m, Usd), m.Value);
    }

    [Fact]
    public void Attribute_Result_WorksWithModelComparison()
    {
        var table = GoogleFixture();
        var comparison = AttributionEngine.Compare(table, [AttributionModels.LastTouch, MarkovModel.Fit(table)]);
        Assert.Contains("markov (order 1)", comparison.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_OrderTwo_StatesAreTheLastTwoChannels()
    {
        // a > b > c (1 conversion): START -> a -> a>b -> b>c -> CONVERSION.
        var model = MarkovModel.Fit(Table(("a>b>c", 1, 0m, 0)), new MarkovOptions(2));
        Assert.Equal(["(start)", "a", "a > b", "b > c"], model.States.Select(s => s.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(1d, model.ConversionProbability);

        // Removing any channel cuts the only path: every removal effect is 1, credits 1/3 each.
        Assert.All(model.RemovalEffects, re => Assert.Equal(1d, re.Conversions));
    }

    [Fact]
    public void Fit_KeepRepeatsOrderTwo_HasSelfHistoryStates()
    {
        var merged = MarkovModel.Fit(Table(("a>a>b", 1, 0m, 0)), new MarkovOptions(2));
        var kept = MarkovModel.Fit(Table(("a>a>b", 1, 0m, 0)), new MarkovOptions(2, keepRepeats: true));
        Assert.Equal(["(start)", "a", "a > b"], merged.States.Select(s => s.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(["(start)", "a", "a > a", "a > b"], kept.States.Select(s => s.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Fit_NoConversions_ProbabilityZeroAndRemovalEffectsNull()
    {
        var table = Table(("a>b", 0, 0m, 3));
        var model = MarkovModel.Fit(table);
        Assert.Equal(0d, model.ConversionProbability);
        Assert.All(model.RemovalEffects, re => Assert.Null(re.Conversions));
        Assert.Null(model.RemovalEffects.Get(new Channel("a"))?.Conversions);
        var result = AttributionEngine.Attribute(table, model);
        Assert.All(result.Channels, c => Assert.Equal(0d, c.Conversions));
    }

    [Fact]
    public void Fit_EmptyTable_ProbabilityNull()
    {
        var table = new PathTableBuilder(Usd).ToPathTable();
        var model = MarkovModel.Fit(table);
        Assert.Null(model.ConversionProbability);
        Assert.Empty(model.States);
        Assert.Empty(AttributionEngine.Attribute(table, model).Channels);
    }

    [Fact]
    public void Attribute_ValueWithoutConversions_ThrowsInvalidOperation()
    {
        var table = Table(("a>b", 0, 5m, 3));
        var model = MarkovModel.Fit(table);
        var e = Assert.Throws<InvalidOperationException>(() => AttributionEngine.Attribute(table, model));
        Assert.Contains("5.00 USD", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_MarkovState_IsStartAndTransitionIsEmpty()
    {
        Assert.Equal(MarkovStateKind.Start, default(MarkovState).Kind);
        Assert.Empty(default(MarkovState).Channels);
        Assert.Equal("(start)", default(MarkovState).ToString());
        Assert.Equal(0d, default(MarkovTransition).Probability);
        Assert.Equal(default(MarkovState), default(MarkovTransition).From);
    }

    [Fact]
    public void Equality_StatesAndTransitions_FollowTheContract()
    {
        var model = MarkovModel.Fit(GoogleFixture());
        var again = MarkovModel.Fit(GoogleFixture());
        ContractAssert.Equality(model.States[1], again.States[1], model.States[2]);
        ContractAssert.Equality(model.Transitions[0], again.Transitions[0], model.Transitions[1]);
    }

    [Fact]
    public void ToString_Options_DescribesTheChoices() =>
        Assert.Equal("order 2, repeats kept, conversion-share", new MarkovOptions(2, true, MarkovValueMode.ConversionShare).ToString());

    [Fact]
    public void Options_UndefinedValueMode_Throws() =>
        Assert.Equal("valueMode", Assert.Throws<ArgumentOutOfRangeException>(() => new MarkovOptions(valueMode: (MarkovValueMode)7)).ParamName);

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Options_OrderOutOfRange_Throws(int order)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new MarkovOptions(order));
        Assert.Equal("order", e.ParamName);
        Assert.Contains($"was {order}", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(1, true)]
    [InlineData(2, false)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(3, true)]
    [InlineData(4, false, 70)]
    [InlineData(2, true, 40)]
    public void Fit_RandomChains_AgreeWithAnIndependentDenseSolve(int order, bool keepRepeats, int maxChannels = 5)
    {
        if (maxChannels > 5)
        {
            TestProfile.SkipInMutationRun("the 5-channel rows check every order against the oracle in a fraction of the time");
        }

        // Over 32 channels the counts keep only the cells that occur; 70 channels at order 4 also number states beyond the
        // dense code table (71^4 > 2^22), so the dictionary paths are checked against the oracle too.
        for (var seed = 0; seed < 12; seed++)
        {
            var random = new Random((order * 1000) + seed + (keepRepeats ? 500 : 0));
            var channels = random.Next(2, maxChannels + 1);
            var rows = new List<(string[] Path, int Conversions, int Value, int Nulls)>();
            var rowCount = random.Next(3, 30);
            for (var r = 0; r < rowCount; r++)
            {
                var path = Enumerable.Range(0, random.Next(1, 7)).Select(_ => $"c{random.Next(channels):00}").ToArray();
                var conversions = random.Next(0, 4);
                rows.Add((path, conversions, conversions == 0 ? 0 : random.Next(0, 10_000), random.Next(0, 4)));
            }

            if (maxChannels > 5)
            {
                channels = maxChannels;
                rows.Add(([.. Enumerable.Range(0, channels).Select(i => $"c{i:00}")], 1, 100, 1));
            }

            var builder = new PathTableBuilder(Usd);
            foreach (var (path, conversions, value, nulls) in rows)
            {
                builder.Add(path.Select(n => new Channel(n)), conversions, Money.FromMinorUnits(value, Usd), nulls);
            }

            var table = builder.ToPathTable();
            var oracle = DenseOracle.Solve(rows, order, keepRepeats);
            var options = new MarkovOptions(order, keepRepeats);
            foreach (var limit in new[] { MarkovModel.DefaultDirectSolveLimit, 0 })
            {
                // limit 0 forces Gauss-Seidel; the default solves these small chains directly.
                var model = MarkovModel.Fit(MarkovCounts.Of(table, options), limit);
                var message = $"order {order}, keep {keepRepeats}, seed {seed}, limit {limit}";
                if (oracle.P is null)
                {
                    Assert.Null(model.ConversionProbability);
                    continue;
                }

                Assert.True(Math.Abs(oracle.P.Value - model.ConversionProbability!.Value) <= 1e-10, $"{message}: P {model.ConversionProbability} vs {oracle.P}");
                for (var i = 0; i < model.RemovalEffects.Count; i++)
                {
                    var name = model.RemovalEffects[i].Channel.Name;
                    if (oracle.P > 0)
                    {
                        Assert.True(Math.Abs(oracle.RemovalEffects[name] - model.RemovalEffects[i].Conversions!.Value) <= 1e-10, $"{message}: RE({name})");
                    }

                    if (oracle.ExpectedValue > 0)
                    {
                        Assert.True(Math.Abs(oracle.ValueRemovalEffects[name] - model.RemovalEffects[i].Value!.Value) <= 1e-10, $"{message}: value RE({name})");
                    }
                }
            }
        }
    }

    /// <summary>
    /// An independent oracle: builds the chain with string states straight from the rows and solves (I - Q) x = b with a
    /// dense Gauss-Jordan elimination, once per removed channel (its states' incoming transitions sent to NULL).
    /// </summary>
    private static class DenseOracle
    {
        internal static (double? P, Dictionary<string, double> RemovalEffects, double ExpectedValue, Dictionary<string, double> ValueRemovalEffects) Solve(
            List<(string[] Path, int Conversions, int Value, int Nulls)> rows, int order, bool keepRepeats)
        {
            var next = new Dictionary<string, Dictionary<string, double>>();
            var valueAt = new Dictionary<string, double>();
            var convAt = new Dictionary<string, double>();
            void Add(string from, string to, double w)
            {
                if (!next.TryGetValue(from, out var d))
                {
                    next[from] = d = [];
                }

                d[to] = d.GetValueOrDefault(to) + w;
            }

            foreach (var (path, conversions, value, nulls) in rows)
            {
                var weight = conversions + nulls;
                if (weight == 0)
                {
                    continue;
                }

                var seq = new List<string>();
                foreach (var ch in path)
                {
                    if (keepRepeats || seq.Count == 0 || seq[^1] != ch)
                    {
                        seq.Add(ch);
                    }
                }

                var state = "START";
                for (var i = 0; i < seq.Count; i++)
                {
                    var s = string.Join(",", seq.Skip(Math.Max(0, i + 1 - order)).Take(Math.Min(order, i + 1)));
                    Add(state, s, weight);
                    state = s;
                }

                if (conversions > 0)
                {
                    Add(state, "CONV", conversions);
                    valueAt[state] = valueAt.GetValueOrDefault(state) + value;
                    convAt[state] = convAt.GetValueOrDefault(state) + conversions;
                }

                if (nulls > 0)
                {
                    Add(state, "NULL", nulls);
                }
            }

            if (next.Count == 0)
            {
                return (null, [], 0, []);
            }

            var channels = rows.SelectMany(r => r.Path).Distinct().ToList();
            var (p, e) = Absorb(next, valueAt, convAt, removed: null);
            var re = new Dictionary<string, double>();
            var vre = new Dictionary<string, double>();
            foreach (var c in channels)
            {
                var (pc, ec) = Absorb(next, valueAt, convAt, c);
                re[c] = p > 0 ? 1 - (pc / p) : 0;
                vre[c] = e > 0 ? 1 - (ec / e) : 0;
            }

            return (p, re, e, vre);
        }

        private static (double P, double E) Absorb(Dictionary<string, Dictionary<string, double>> next, Dictionary<string, double> valueAt, Dictionary<string, double> convAt, string? removed)
        {
            var states = next.Keys.OrderBy(s => s, StringComparer.Ordinal).ToList();
            var index = states.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
            var n = states.Count;
            var m = new double[n, n + 2];
            for (var i = 0; i < n; i++)
            {
                var from = states[i];
                var total = next[from].Values.Sum();
                m[i, i] += 1;
                foreach (var (to, w) in next[from])
                {
                    var p = w / total;
                    if (to == "CONV")
                    {
                        m[i, n] += p;
                        m[i, n + 1] += p * valueAt[from] / convAt[from];
                    }
                    else if (to != "NULL" && (removed is null || to.Split(',')[^1] != removed))
                    {
                        m[i, index[to]] -= p;
                    }
                }
            }

            // Gauss-Jordan with partial pivoting on the augmented matrix.
            for (var col = 0; col < n; col++)
            {
                var pivot = Enumerable.Range(col, n - col).MaxBy(r => Math.Abs(m[r, col]));
                for (var k = 0; k < n + 2; k++)
                {
                    (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                }

                for (var r = 0; r < n; r++)
                {
                    if (r == col)
                    {
                        continue;
                    }

                    var f = m[r, col] / m[col, col];
                    for (var k = 0; k < n + 2; k++)
                    {
                        m[r, k] -= f * m[col, k];
                    }
                }
            }

            var start = index["START"];
            return (m[start, n] / m[start, start], m[start, n + 1] / m[start, start]);
        }
    }
}
