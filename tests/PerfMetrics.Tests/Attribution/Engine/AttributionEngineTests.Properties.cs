using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Attribution.Engine;

/// <summary>Property tests of the invariants of SPEC §4 over random path tables and journeys.</summary>
public partial class AttributionEngineTests
{
    private static readonly IAttributionModel[] PathTableModels =
    [
        AttributionModels.FirstTouch,
        AttributionModels.LastTouch,
        AttributionModels.LastNonDirect(),
        AttributionModels.Linear,
        AttributionModels.PositionBased(),
        AttributionModels.PositionBased(0.3, 0.5),
        AttributionModels.SimplifiedShapley,
    ];

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void CreditedConversionsSumToTheTotalConversions(PathSample sample)
    {
        var table = sample.ToTable();
        foreach (var model in PathTableModels)
        {
            var result = AttributionEngine.Attribute(table, model);
            var sum = result.Channels.Sum(c => c.Conversions);
            Assert.Equal(table.TotalConversions, result.TotalConversions);
            Assert.True(Math.Abs(sum - table.TotalConversions) <= 1e-9 * Math.Max(1d, table.TotalConversions), $"{model.Name}: {sum} vs {table.TotalConversions}");
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void CreditedValueSumsExactlyToTheTotalValueRoundedToMinorUnits(PathSample sample)
    {
        var table = sample.ToTable();
        var expected = Money.FromMinorUnits(sample.Rows.Sum(r => r.ValueMinor), sample.Currency);
        foreach (var model in PathTableModels)
        {
            var result = AttributionEngine.Attribute(table, model);
            Assert.Equal(expected, result.TotalValue);
            Assert.Equal(expected, Money.Sum(result.Channels.Select(c => c.Value), sample.Currency));
            Assert.All(result.Channels, c => Assert.Equal(c.Value, c.Value.Round()));
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void EachChannelsValueIsWithinOneMinorUnitOfItsExactShare(PathSample sample)
    {
        // Oracle: exact decimal shares from the textbook rules, computed row by row here (no engine code involved).
        var table = sample.ToTable();
        var oracles = new (IAttributionModel Model, Func<string[], string, decimal> Share)[]
        {
            (AttributionModels.FirstTouch, (path, c) => path[0] == c ? 1m : 0m),
            (AttributionModels.LastTouch, (path, c) => path[^1] == c ? 1m : 0m),
            (AttributionModels.Linear, (path, c) => (decimal)path.Count(p => p == c) / path.Length),
            (AttributionModels.SimplifiedShapley, (path, c) => path.Contains(c) ? 1m / path.Distinct().Count() : 0m),
        };
        var unit = sample.Currency.MinorUnit;
        foreach (var (model, share) in oracles)
        {
            var result = AttributionEngine.Attribute(table, model);
            foreach (var credit in result.Channels)
            {
                var exact = sample.Rows.Sum(r => r.ValueMinor * unit * share(r.Path, credit.Channel.Name));
                Assert.True(Math.Abs(credit.Value.Amount - exact) <= unit, $"{model.Name} {credit.Channel}: {credit.Value} vs exact {exact}");
            }
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void OneHugeRowDoesNotCoarsenTheSharesOfSmallRows(PathSample sample)
    {
        // Regression (review finding): the value grid was tied to the largest row, so next to one row of 10^15 minor
        // units a small row's shares were rounded to whole units and drifted by many minor units. Oracle: exact
        // decimal linear shares computed here, row by row.
        var huge = new SampleRow(["huge"], 1d, 1_000_000_000_000_000L, 0d);
        var rows = sample.Rows.Append(huge).ToArray();
        var result = AttributionEngine.Attribute(sample.ToTable(rows), AttributionModels.Linear);
        var unit = sample.Currency.MinorUnit;
        foreach (var credit in result.Channels)
        {
            var exact = rows.Sum(r => r.ValueMinor * unit * r.Path.Count(p => p == credit.Channel.Name) / r.Path.Length);
            Assert.True(Math.Abs(credit.Value.Amount - exact) <= unit, $"{credit.Channel}: {credit.Value} vs exact {exact}");
        }
    }

    [Fact]
    public void HugeRowNextToManySmallRows_KeepsEachShareWithinAMinorUnit()
    {
        // x: 10^15 VND; a > b > c, a > b > c > a ... 1,000 distinct rows of 7 VND each, split linearly.
        // Exact: x = 10^15; a, b, c get 7000 x their occurrence shares; before the fix a got 52 VND instead of ~2333.
        var vnd = Currency.FromCode("VND");
        var builder = new PathTableBuilder(vnd);
        builder.Add([new Channel("x")], 1d, new Money(1_000_000_000_000_000m, vnd), 0d);
        var exact = new Dictionary<string, decimal> { ["x"] = 1_000_000_000_000_000m, ["a"] = 0m, ["b"] = 0m, ["c"] = 0m };
        for (var k = 1; k <= 1000; k++)
        {
            var path = Enumerable.Repeat(new[] { "a", "b", "c" }, k).SelectMany(p => p).ToArray();
            builder.Add(path.Select(n => new Channel(n)), 1d, new Money(7m, vnd), 0d);
            foreach (var name in path)
            {
                exact[name] += 7m / path.Length;
            }
        }

        var result = AttributionEngine.Attribute(builder.ToPathTable(), AttributionModels.Linear);
        Assert.All(result.Channels, c => Assert.True(Math.Abs(c.Value.Amount - exact[c.Channel.Name]) <= 1m, $"{c.Channel}: {c.Value} vs {exact[c.Channel.Name]}"));
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void NoCreditIsNegative(PathSample sample)
    {
        var table = sample.ToTable();
        foreach (var model in PathTableModels)
        {
            Assert.All(AttributionEngine.Attribute(table, model).Channels, c =>
            {
                Assert.True(c.Conversions >= 0d);
                Assert.True(c.Value.Amount >= 0m);
                Assert.True(c.Share is null or >= 0d);
            });
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void RenamingChannelsInOrderPermutesTheResultExactly(PathSample sample)
    {
        // A renaming that keeps the names' order keeps even the largest-remainder tie-breaks: results match exactly.
        var renamed = sample with { Rows = [.. sample.Rows.Select(r => r with { Path = [.. r.Path.Select(n => "z-" + n)] })] };
        var direct = new[] { new Channel("z-direct") };
        foreach (var (model, renamedModel) in PathTableModels.Zip(PathTableModels.Select(m => m.Name == "last non-direct" ? AttributionModels.LastNonDirect(direct) : m)))
        {
            var before = AttributionEngine.Attribute(sample.ToTable(), model);
            var after = AttributionEngine.Attribute(renamed.ToTable(), renamedModel);
            Assert.Equal(before.Channels.Count, after.Channels.Count);
            foreach (var credit in before.Channels)
            {
                var moved = Assert.NotNull(after.Channels.Get(new Channel("z-" + credit.Channel.Name)));
                Assert.Equal(credit.Conversions, moved.Conversions);
                Assert.Equal(credit.Value, moved.Value);
            }
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void RenamingChannelsInAnyOrderPermutesTheResultUpToTieBreaks(PathSample sample)
    {
        // Reversing the alphabet changes which channel wins a largest-remainder tie, so values may move by one minor unit.
        var map = AttributionGenerators.Names.Zip(AttributionGenerators.Names.Reverse().Select(n => "r-" + n)).ToDictionary(p => p.First, p => p.Second);
        var renamed = sample with { Rows = [.. sample.Rows.Select(r => r with { Path = [.. r.Path.Select(n => map[n])] })] };
        foreach (var model in new[] { AttributionModels.FirstTouch, AttributionModels.LastTouch, AttributionModels.Linear, AttributionModels.PositionBased(), AttributionModels.SimplifiedShapley })
        {
            var before = AttributionEngine.Attribute(sample.ToTable(), model);
            var after = AttributionEngine.Attribute(renamed.ToTable(), model);
            Assert.Equal(before.TotalValue, after.TotalValue);
            foreach (var credit in before.Channels)
            {
                var moved = Assert.NotNull(after.Channels.Get(new Channel(map[credit.Channel.Name])));
                Assert.Equal(credit.Conversions, moved.Conversions, 1e-9);
                Assert.True(Math.Abs(credit.Value.Amount - moved.Value.Amount) <= sample.Currency.MinorUnit);
            }
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void ReorderingTheRowsOfATableChangesNothing(PathSample sample, int seed)
    {
        var shuffled = sample.Rows.ToArray();
        new Random(seed).Shuffle(shuffled);
        foreach (var model in PathTableModels)
        {
            var before = AttributionEngine.Attribute(sample.ToTable(), model);
            var after = AttributionEngine.Attribute(sample.ToTable(shuffled), model);
            Assert.Equal(before.Channels.Select(c => c.Channel), after.Channels.Select(c => c.Channel));
            foreach (var (x, y) in before.Channels.Zip(after.Channels))
            {
                Assert.Equal(x.Conversions, y.Conversions, 1e-9);
                Assert.Equal(x.Value, y.Value);
            }
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void MergingTablesBuiltFromTwoHalvesGivesTheTableOfTheWhole(PathSample sample, NonNegativeInt cut)
    {
        var at = cut.Item % (sample.Rows.Length + 1);
        var merged = sample.ToTable(sample.Rows.Take(at)).Merge(sample.ToTable(sample.Rows.Skip(at)));
        var whole = sample.ToTable();
        Assert.Equal(Canonical(whole), Canonical(merged));
        Assert.Equal(whole.TotalValue, merged.TotalValue);
        foreach (var model in PathTableModels)
        {
            var expected = AttributionEngine.Attribute(whole, model);
            var actual = AttributionEngine.Attribute(merged, model);
            foreach (var (x, y) in expected.Channels.Zip(actual.Channels))
            {
                Assert.Equal(x.Channel, y.Channel);
                Assert.Equal(x.Conversions, y.Conversions, 1e-9);
                Assert.Equal(x.Value, y.Value);
            }
        }
    }

    [Property(Arbitrary = [typeof(SingleTouchArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void LinearEqualsFirstEqualsLastOnSingleTouchPaths(PathSample sample)
    {
        var table = sample.ToTable();
        var linear = AttributionEngine.Attribute(table, AttributionModels.Linear).Channels;
        Assert.Equal(linear, AttributionEngine.Attribute(table, AttributionModels.FirstTouch).Channels);
        Assert.Equal(linear, AttributionEngine.Attribute(table, AttributionModels.LastTouch).Channels);
        Assert.Equal(linear, AttributionEngine.Attribute(table, AttributionModels.PositionBased()).Channels);
    }

    [Property(Arbitrary = [typeof(DistinctChannelArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void SimplifiedShapleyEqualsLinearOnPathsWithoutRepeatedChannels(PathSample sample)
    {
        var table = sample.ToTable();
        Assert.Equal(
            AttributionEngine.Attribute(table, AttributionModels.Linear).Channels,
            AttributionEngine.Attribute(table, AttributionModels.SimplifiedShapley).Channels);
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void JourneysAndTheirPathTableGetTheSameCredit(JourneySample sample)
    {
        var table = PathTable.FromJourneys(sample.Conversions, sample.Currency);
        foreach (var model in PathTableModels)
        {
            var fromJourneys = AttributionEngine.Attribute(sample.Conversions, sample.Currency, model);
            var fromTable = AttributionEngine.Attribute(table, model);
            Assert.Equal(fromTable.TotalValue, fromJourneys.TotalValue);
            foreach (var (x, y) in fromTable.Channels.Zip(fromJourneys.Channels))
            {
                Assert.Equal(x.Channel, y.Channel);
                Assert.Equal(x.Conversions, y.Conversions, 1e-9);
                Assert.Equal(x.Value, y.Value);
            }
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void TimeDecayConservesConversionsAndValueOnJourneys(JourneySample sample)
    {
        foreach (var model in new[] { AttributionModels.TimeDecay(), AttributionModels.TimeDecay(Duration.FromHours(1)) })
        {
            var result = AttributionEngine.Attribute(sample.Conversions, sample.Currency, model);
            Assert.Equal(sample.Conversions.Length, result.Channels.Sum(c => c.Conversions), 1e-9);
            Assert.Equal(Money.Sum(sample.Conversions.Select(c => c.Value), sample.Currency), Money.Sum(result.Channels.Select(c => c.Value), sample.Currency));
            Assert.All(result.Channels, c => Assert.True(c.Conversions >= 0d && c.Value.Amount >= 0m));
        }
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void ATableSurvivesACsvRoundTrip(PathSample sample)
    {
        var table = sample.ToTable();
        using var writer = new StringWriter();
        table.WriteCsv(writer);
        var read = PathTable.ReadCsv(new StringReader(writer.ToString()), sample.Currency);
        Assert.Equal(table.Rows, read.Rows);
        Assert.Equal(table.TotalValue, read.TotalValue);
    }

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void EveryChannelWithSpendOrCreditAppearsInTheReportAndNoneIsDropped(PathSample sample, PositiveInt spendMinor, bool withMargin)
    {
        // Spend on every other known channel plus one ("tv") that never occurs in a path.
        var result = AttributionEngine.Attribute(sample.ToTable(), AttributionModels.Linear);
        var period = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
        var spends = AttributionGenerators.Names.Where((_, i) => i % 2 == 0).Append("tv")
            .Select(n => new Spend(new Channel(n), Money.FromMinorUnits(spendMinor.Item, sample.Currency), period))
            .ToList();
        var report = ChannelReport.Of(result, spends, withMargin ? Money.FromMinorUnits(500, sample.Currency) : null);

        var expected = result.Channels.Select(c => c.Channel).Union(spends.Select(s => s.Channel)).Order().ToList();
        Assert.Equal(expected, report.Rows.Select(r => r.Channel));
        Assert.Equal(Money.Sum(spends.Select(s => s.Amount), sample.Currency), report.Total.Spend);
        Assert.Equal(result.TotalValue, report.Total.Revenue);
        foreach (var row in report.Rows)
        {
            var known = row.Spend is not null && row.Conversions is not null;
            Assert.Equal(known && row.Conversions > 0d, row.Cpa is not null);
            Assert.Equal(known, row.Roas is not null);
            Assert.Equal(withMargin, row.Verdict is not null);
        }
    }

    /// <summary>A table as a sorted list of rows, independent of row order and channel ids.</summary>
    internal static List<string> Canonical(PathTable table) =>
        [.. table.Rows.Select(r => r.ToString()).Order(StringComparer.Ordinal)];
}
