using BenchmarkDotNet.Attributes;
using PerfMetrics.Attribution;

namespace PerfMetrics.Benchmarks.Attribution;

/// <summary>
/// The exact conversion-probability Shapley value over 15 channels (SPEC §7: &lt;= 1 s) on a generated table of
/// 200,000 random paths (1 to 10 touches); baseline: the simplified closed form on the same table.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ShapleyBenchmarks
{
    private PathTable? _table;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        var channels = Enumerable.Range(0, 15).Select(i => new Channel($"channel{i:00}")).ToArray();
        var builder = new PathTableBuilder(Currency.Usd);
        var path = new List<Channel>();
        for (var row = 0; row < 200_000; row++)
        {
            path.Clear();
            var length = random.Next(1, 11);
            for (var t = 0; t < length; t++)
            {
                path.Add(channels[random.Next(channels.Length)]);
            }

            var conversions = random.Next(0, 3);
            builder.Add(path, conversions, Money.FromMinorUnits(conversions * random.Next(1_000, 20_000), Currency.Usd), random.Next(0, 4));
        }

        _table = builder.ToPathTable();
    }

    [Benchmark(Baseline = true)]
    public AttributionResult SimplifiedShapley() => AttributionEngine.Attribute(_table!, AttributionModels.SimplifiedShapley);

    [Benchmark]
    public AttributionResult ExactShapley15Channels() => AttributionEngine.Attribute(_table!, AttributionModels.Shapley);
}
