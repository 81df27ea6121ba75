using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Generators;

/// <summary>One generated path-table row: channel names, conversions (multiples of 1/4, exact in binary), value in minor units, nulls.</summary>
public sealed record SampleRow(string[] Path, double Conversions, long ValueMinor, double Nulls)
{
    public override string ToString() => $"[{string.Join(" > ", Path)}: {Conversions}, {ValueMinor}, {Nulls}]";
}

/// <summary>A generated path table as raw rows (duplicates allowed, so aggregation is exercised).</summary>
public sealed record PathSample(Currency Currency, SampleRow[] Rows)
{
    public PathTable ToTable() => ToTable(Rows);

    public PathTable ToTable(IEnumerable<SampleRow> rows)
    {
        var builder = new PathTableBuilder(Currency);
        foreach (var row in rows)
        {
            builder.Add(row.Path.Select(name => new Channel(name)), row.Conversions, Money.FromMinorUnits(row.ValueMinor, Currency), row.Nulls);
        }

        return builder.ToPathTable();
    }

    public override string ToString() => $"{Currency}: {string.Join(", ", Rows.Select(r => r.ToString()))}";
}

/// <summary>Generated journeys: conversions with timestamped touchpoints.</summary>
public sealed record JourneySample(Currency Currency, Conversion[] Conversions)
{
    public override string ToString() => string.Join("; ", Conversions.Select(c => c.ToString()));
}

/// <summary>FsCheck arbitraries for attribution, attached per property with <c>Arbitrary = [typeof(AttributionArbitraries)]</c>.</summary>
public static class AttributionGenerators
{
    internal static readonly string[] Names = ["direct", "display", "email", "search", "social", "video"];

    internal static readonly Instant Epoch = Instant.FromUtc(2026, 3, 1, 0, 0);

    public static Gen<Currency> Currencies() => Gen.Elements(Currency.Usd, Currency.Jpy, Currency.FromCode("BHD"));

    public static Gen<string[]> Paths(int maxLength) =>
        from length in Gen.Choose(1, maxLength)
        from names in Gen.ArrayOf(Gen.Elements(Names), length)
        select names;

    /// <summary>Paths in which no channel repeats.</summary>
    public static Gen<string[]> DistinctPaths() =>
        from length in Gen.Choose(1, Names.Length)
        from shuffled in Gen.Shuffle(Names)
        select shuffled.Take(length).ToArray();

    public static Gen<SampleRow> Rows(Gen<string[]> paths) =>
        from path in paths
        from quarters in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 40)))
        from value in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, 2_000_000)))
        from nulls in Gen.Choose(0, 12)
        select new SampleRow(path, quarters / 4d, value, nulls);

    public static Gen<PathSample> Samples(Gen<string[]> paths) =>
        from currency in Currencies()
        from count in Gen.Choose(1, 40)
        from rows in Gen.ArrayOf(Rows(paths), count)
        select new PathSample(currency, rows);

    public static Gen<JourneySample> Journeys() =>
        from currency in Currencies()
        from count in Gen.Choose(1, 25)
        from conversions in Gen.ArrayOf(Conversion(currency), count)
        select new JourneySample(currency, conversions);

    private static Gen<Conversion> Conversion(Currency currency) =>
        from path in Paths(6)
        from hoursBefore in Gen.ArrayOf(Gen.Choose(0, 24 * 60), path.Length)
        from value in Gen.Choose(0, 500_000)
        select new Conversion(
            Epoch,
            Money.FromMinorUnits(value, currency),
            path.Select((name, i) => new Touchpoint(new Channel(name), Epoch - Duration.FromHours(hoursBefore[i]))).ToArray());
}

/// <summary>Arbitraries: general path tables (repeats allowed) and journeys.</summary>
public static class AttributionArbitraries
{
    public static Arbitrary<PathSample> PathSamples() => AttributionGenerators.Samples(AttributionGenerators.Paths(8)).ToArbitrary();

    public static Arbitrary<JourneySample> JourneySamples() => AttributionGenerators.Journeys().ToArbitrary();
}

/// <summary>Arbitraries: path tables whose paths have a single touch.</summary>
public static class SingleTouchArbitraries
{
    public static Arbitrary<PathSample> PathSamples() => AttributionGenerators.Samples(AttributionGenerators.Paths(1)).ToArbitrary();
}

/// <summary>Arbitraries: path tables whose paths never repeat a channel.</summary>
public static class DistinctChannelArbitraries
{
    public static Arbitrary<PathSample> PathSamples() => AttributionGenerators.Samples(AttributionGenerators.DistinctPaths()).ToArbitrary();
}
