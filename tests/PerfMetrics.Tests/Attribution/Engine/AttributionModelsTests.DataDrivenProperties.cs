using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfMetrics.Attribution;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Attribution.Engine;

/// <summary>SPEC §4 invariants for the fitted models (Markov of orders 1 to 3, conversion-probability Shapley).</summary>
public partial class AttributionModelsTests
{
    private static readonly MarkovOptions[] MarkovVariants =
    [
        MarkovOptions.Default,
        new(1, keepRepeats: true, MarkovValueMode.ConversionShare),
        new(2),
        new(2, keepRepeats: true),
        new(3, valueMode: MarkovValueMode.ConversionShare),
    ];

    /// <summary>Every fitted model on the table with its credit ratios (removal effects or positive Shapley parts); none when the table has no conversions.</summary>
    private static IEnumerable<(AttributionResult Result, double[] ValueRatios)> Fitted(PathTable table)
    {
        if (table.TotalConversions == 0d)
        {
            yield break;
        }

        foreach (var options in MarkovVariants)
        {
            var markov = MarkovModel.Fit(table, options);
            var ratios = markov.RemovalEffects.Select(e => options.ValueMode == MarkovValueMode.ValueWeighted && e.Value is { } v ? v : e.Conversions!.Value);
            yield return (AttributionEngine.Attribute(table, markov), [.. ratios]);
        }

        var shapley = ShapleyModel.Fit(table);
        yield return (AttributionEngine.Attribute(table, shapley), [.. shapley.Values.Select(v => Math.Max(0d, v.Value))]);
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void FittedModelsConserveConversionsAndValueAndNeverCreditNegatively(PathSample sample)
    {
        var table = sample.ToTable();
        var unit = sample.Currency.MinorUnit;
        foreach (var (result, ratios) in Fitted(table))
        {
            Assert.True(Math.Abs(result.Channels.Sum(c => c.Conversions) - table.TotalConversions) <= 1e-9 * table.TotalConversions, result.ModelName);
            Assert.Equal(table.TotalValue.Round(), Money.Sum(result.Channels.Select(c => c.Value), sample.Currency));
            Assert.All(result.Channels, c => Assert.True(c.Conversions >= 0d && c.Value.Amount >= 0m));

            // Each value within one minor unit of its exact share: total x ratio / sum of ratios.
            var sum = ratios.Sum();
            for (var i = 0; i < ratios.Length; i++)
            {
                var exact = result.TotalValue.Amount * (decimal)(ratios[i] / sum);
                Assert.True(Math.Abs(result.Channels[i].Value.Amount - exact) <= unit * 1.001m, $"{result.ModelName} {result.Channels[i]}: exact {exact}");
            }
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void ReorderingRowsAndMergingPartitionsGiveBitIdenticalResults(PathSample sample, NonNegativeInt cut, int seed)
    {
        var at = cut.Item % (sample.Rows.Length + 1);
        var shuffled = sample.Rows.ToArray();
        new Random(seed).Shuffle(shuffled);
        var whole = sample.ToTable();
        var parts = new[] { sample.ToTable(shuffled.Take(at)), sample.ToTable(shuffled.Skip(at)) };
        foreach (var options in MarkovVariants)
        {
            var expected = MarkovModel.Fit(whole, options);
            var merged = MarkovModel.Fit(MarkovCounts.Of(parts[1], options).Merge(MarkovCounts.Of(parts[0], options)));
            var oneThread = MarkovModel.Fit(MarkovCounts.OfPartitions(parts, new MarkovOptions(options.Order, options.KeepRepeats, options.ValueMode, maxDegreeOfParallelism: 1)));
            var twoThreads = MarkovModel.Fit(MarkovCounts.OfPartitions(parts, new MarkovOptions(options.Order, options.KeepRepeats, options.ValueMode, maxDegreeOfParallelism: 2)));
            var wholeCounts = MarkovCounts.Of(whole, options);
            var mergedCounts = MarkovCounts.OfPartitions(parts, options);
            Assert.Equal(wholeCounts.TotalConversions, mergedCounts.TotalConversions);
            Assert.Equal(wholeCounts.TotalValue, mergedCounts.TotalValue);
            foreach (var actual in new[] { merged, oneThread, twoThreads })
            {
                Assert.Equal(expected.ConversionProbability, actual.ConversionProbability);
                Assert.Equal(expected.RemovalEffects, actual.RemovalEffects);
                Assert.Equal(expected.States, actual.States);
                Assert.Equal(expected.Transitions, actual.Transitions);
                if (whole.TotalConversions > 0d)
                {
                    Assert.Equal(AttributionEngine.Attribute(whole, expected), AttributionEngine.Attribute(whole, actual));
                }
            }
        }

        Assert.Equal(ShapleyModel.Fit(whole).Values.Select(v => v.Value), ShapleyModel.Fit(parts[0].Merge(parts[1])).Values.Select(v => v.Value));
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void RenamingChannelsInOrderPermutesTheResultExactly(PathSample sample)
    {
        var renamed = sample with { Rows = [.. sample.Rows.Select(r => r with { Path = [.. r.Path.Select(n => "z-" + n)] })] };
        foreach (var ((before, _), (after, _)) in Fitted(sample.ToTable()).Zip(Fitted(renamed.ToTable())))
        {
            Assert.Equal(before.Channels.Select(c => "z-" + c.Channel.Name), after.Channels.Select(c => c.Channel.Name));
            Assert.Equal(before.Channels.Select(c => (c.Conversions, c.Value)), after.Channels.Select(c => (c.Conversions, c.Value)));
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void RenamingChannelsInAnyOrderPermutesTheResultUpToRounding(PathSample sample)
    {
        var map = AttributionGenerators.Names.Zip(AttributionGenerators.Names.Reverse().Select(n => "r-" + n)).ToDictionary(p => p.First, p => p.Second);
        var renamed = sample with { Rows = [.. sample.Rows.Select(r => r with { Path = [.. r.Path.Select(n => map[n])] })] };
        foreach (var ((before, _), (after, _)) in Fitted(sample.ToTable()).Zip(Fitted(renamed.ToTable())))
        {
            foreach (var credit in before.Channels)
            {
                var moved = Assert.NotNull(after.Channels.Get(new Channel(map[credit.Channel.Name])));
                Assert.Equal(credit.Conversions, moved.Conversions, 1e-9);
                Assert.True(Math.Abs(credit.Value.Amount - moved.Value.Amount) <= sample.Currency.MinorUnit, $"{before.ModelName} {credit} vs {moved}");
            }
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void FirstOrderMarkovDoesNotDependOnKeepingRepeats(PathSample sample)
    {
        var table = sample.ToTable();
        var merged = MarkovModel.Fit(table, new MarkovOptions(1));
        var kept = MarkovModel.Fit(table, new MarkovOptions(1, keepRepeats: true));
        Assert.Equal(merged.ConversionProbability is null, kept.ConversionProbability is null);
        if (merged.ConversionProbability is { } p)
        {
            Assert.Equal(p, kept.ConversionProbability!.Value, 1e-12);
        }

        Assert.Equal(merged.RemovalEffects.Count, kept.RemovalEffects.Count);
        foreach (var (x, y) in merged.RemovalEffects.Zip(kept.RemovalEffects))
        {
            Assert.Equal(x.Channel, y.Channel);
            Assert.Equal(x.Conversions is null, y.Conversions is null);
            if (x.Conversions is { } re)
            {
                Assert.Equal(re, y.Conversions!.Value, 1e-12);
            }
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void AChannelInNoConvertingPathGetsNoShapleyCredit(PathSample sample)
    {
        // Adding such a channel to a coalition only adds non-converting paths: every marginal contribution is <= 0.
        var table = sample.ToTable();
        if (table.TotalConversions == 0d)
        {
            return;
        }

        var converting = sample.Rows.Where(r => r.Conversions > 0d).SelectMany(r => r.Path).ToHashSet();
        var result = AttributionEngine.Attribute(table, ShapleyModel.Fit(table));
        foreach (var credit in result.Channels.Where(c => !converting.Contains(c.Channel.Name)))
        {
            Assert.Equal(0d, credit.Conversions);
            Assert.Equal(0m, credit.Value.Amount);
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void AChannelFromWhichNoPathConvertsGetsNoMarkovCredit(PathSample sample)
    {
        // "lost" only ever ends non-converting paths, so no state holding it reaches CONVERSION: removing it changes
        // nothing, its removal effect is exactly 0. (A channel in no converting path can still earn Markov credit when
        // its paths lead on to states that convert elsewhere: the chain forgets which path it is on.)
        var rows = sample.Rows.Select((r, i) => i % 2 == 0 && r.Nulls > 0 ? r with { Path = [.. r.Path, "lost"], Conversions = 0, ValueMinor = 0 } : r);
        var extended = sample with { Rows = [.. rows, new SampleRow(["lost"], 0, 0, 3)] };
        var table = extended.ToTable();
        if (table.TotalConversions == 0d)
        {
            return;
        }

        foreach (var options in MarkovVariants)
        {
            var model = MarkovModel.Fit(table, options);
            Assert.Equal(0d, model.RemovalEffects.Get(new Channel("lost"))?.Conversions);
            var credit = Assert.NotNull(AttributionEngine.Attribute(table, model).Channels.Get(new Channel("lost")));
            Assert.Equal(0d, credit.Conversions);
            Assert.Equal(0m, credit.Value.Amount);
        }
    }
}
