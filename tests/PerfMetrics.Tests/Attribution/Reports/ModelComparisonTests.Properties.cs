using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfMetrics.Attribution;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Attribution.Reports;

/// <summary>
/// The invariants of attribution for the comparison of every model, rule-based and fitted, in one engine call:
/// each column is what the model gives alone, conserves conversions and value, and does not depend on row order,
/// on how the table was split and merged, or on the channels' names.
/// </summary>
public partial class ModelComparisonTests
{
    private static readonly IAttributionModel[] AllModels =
    [
        AttributionModels.FirstTouch,
        AttributionModels.LastTouch,
        AttributionModels.LastNonDirect(),
        AttributionModels.Linear,
        AttributionModels.PositionBased(),
        AttributionModels.SimplifiedShapley,
        AttributionModels.Markov(),
        AttributionModels.Markov(new MarkovOptions(2, keepRepeats: true)),
        AttributionModels.Markov(new MarkovOptions(3, valueMode: MarkovValueMode.ConversionShare)),
        AttributionModels.Shapley,
    ];

    /// <summary>Data-driven models need a conversion to credit value by; tables without one are left to the unit tests.</summary>
    private static bool Attributable(PathTable table) => table.TotalConversions > 0d;

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void EveryColumnOfTheComparisonIsTheModelAttributedAlone(PathSample sample)
    {
        var table = sample.ToTable();
        if (!Attributable(table))
        {
            return;
        }

        var comparison = AttributionEngine.Compare(table, AllModels);
        Assert.Equal(AllModels.Length, comparison.Results.Count);
        for (var m = 0; m < AllModels.Length; m++)
        {
            Assert.Equal(AttributionEngine.Attribute(table, AllModels[m]), comparison.Results[m]);
            Assert.Equal(AllModels[m].Name, comparison.Results[m].ModelName);
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void EveryColumnConservesConversionsAndValueAndListsEveryChannel(PathSample sample)
    {
        var table = sample.ToTable();
        if (!Attributable(table))
        {
            return;
        }

        var expectedValue = Money.FromMinorUnits(sample.Rows.Sum(r => r.ValueMinor), sample.Currency);
        var channels = table.Channels.Select(c => c.Name).Order(StringComparer.Ordinal).ToArray();
        foreach (var result in AttributionEngine.Compare(table, AllModels).Results)
        {
            Assert.Equal(channels, result.Channels.Select(c => c.Channel.Name));
            var sum = result.Channels.Sum(c => c.Conversions);
            Assert.True(Math.Abs(sum - table.TotalConversions) <= 1e-9 * table.TotalConversions, $"{result.ModelName}: {sum} vs {table.TotalConversions}");
            Assert.Equal(expectedValue, result.TotalValue);
            Assert.Equal(expectedValue, Money.Sum(result.Channels.Select(c => c.Value), sample.Currency));
            Assert.All(result.Channels, c => Assert.True(c.Conversions >= 0d && c.Value.Amount >= 0m, $"{result.ModelName} {c}"));
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void ReorderingRowsOrMergingHalvesChangesNoValueAndConversionsOnlyInRounding(PathSample sample, NonNegativeInt cut, int seed)
    {
        var whole = sample.ToTable();
        if (!Attributable(whole))
        {
            return;
        }

        var shuffled = sample.Rows.ToArray();
        new Random(seed).Shuffle(shuffled);
        var at = cut.Item % (shuffled.Length + 1);
        var merged = sample.ToTable(shuffled.Take(at)).Merge(sample.ToTable(shuffled.Skip(at)));
        var before = AttributionEngine.Compare(whole, AllModels);
        foreach (var after in new[] { AttributionEngine.Compare(sample.ToTable(shuffled), AllModels), AttributionEngine.Compare(merged, AllModels) })
        {
            foreach (var (x, y) in before.Results.Zip(after.Results))
            {
                Assert.Equal(x.ModelName, y.ModelName);
                Assert.Equal(x.TotalValue, y.TotalValue);
                foreach (var (a, b) in x.Channels.Zip(y.Channels))
                {
                    Assert.Equal(a.Channel, b.Channel);
                    Assert.Equal(a.Value, b.Value);
                    Assert.Equal(a.Conversions, b.Conversions, 1e-9);
                }
            }
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void RenamingChannelsInOrderPermutesEveryColumnExactly(PathSample sample)
    {
        var table = sample.ToTable();
        if (!Attributable(table))
        {
            return;
        }

        // Last non-direct is left out: it singles out the channel named "direct", which the renaming renames.
        IAttributionModel[] models = [.. AllModels.Where(m => m.Name != "last non-direct")];
        var renamed = sample with { Rows = [.. sample.Rows.Select(r => r with { Path = [.. r.Path.Select(n => "z-" + n)] })] };
        var before = AttributionEngine.Compare(table, models);
        var after = AttributionEngine.Compare(renamed.ToTable(), models);
        foreach (var (x, y) in before.Results.Zip(after.Results))
        {
            Assert.Equal(x.Channels.Select(c => "z-" + c.Channel.Name), y.Channels.Select(c => c.Channel.Name));
            Assert.Equal(x.Channels.Select(c => (c.Conversions, c.Value)), y.Channels.Select(c => (c.Conversions, c.Value)));
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void AFittedModelReusedOnItsTableEqualsTheCatalogModel(PathSample sample)
    {
        var table = sample.ToTable();
        if (!Attributable(table))
        {
            return;
        }

        var fitted = AttributionEngine.Compare(table, [MarkovModel.Fit(table), MarkovModel.Fit(table, new MarkovOptions(2, keepRepeats: true)), ShapleyModel.Fit(table)]);
        var catalog = AttributionEngine.Compare(table, [AttributionModels.Markov(), AttributionModels.Markov(new MarkovOptions(2, keepRepeats: true)), AttributionModels.Shapley]);
        Assert.Equal(catalog, fitted);
        Assert.Equal(catalog.GetHashCode(), fitted.GetHashCode());
    }
}
