using BenchmarkDotNet.Attributes;
using PerfMetrics.Attribution;

namespace PerfMetrics.Benchmarks.Attribution;

/// <summary>
/// Rule-based models on the parsed 1,000,000-row path table (SPEC §7: first + last + linear together &lt;= 0.3 s after
/// parsing; the R package's heuristics 2.0 s). Baseline: the three together, the figure the target is about.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AttributionEngineBenchmarks
{
    private PathTable? _table;

    [GlobalSetup]
    public void Setup()
    {
        var path = PathsFile.Locate();
        if (path is not null)
        {
            using var reader = new StreamReader(path);
            _table = PathTable.ReadCsv(reader, Currency.Usd);
        }
    }

    [Benchmark(Baseline = true)]
    public AttributionResult[] FirstLastLinear() =>
        _table is null
            ? []
            :
            [
                AttributionEngine.Attribute(_table, AttributionModels.FirstTouch),
                AttributionEngine.Attribute(_table, AttributionModels.LastTouch),
                AttributionEngine.Attribute(_table, AttributionModels.Linear),
            ];

    [Benchmark]
    public AttributionResult? Linear() => Run(AttributionModels.Linear);

    [Benchmark]
    public AttributionResult? PositionBased() => Run(AttributionModels.PositionBased());

    [Benchmark]
    public AttributionResult? LastNonDirect() => Run(AttributionModels.LastNonDirect());

    [Benchmark]
    public AttributionResult? SimplifiedShapley() => Run(AttributionModels.SimplifiedShapley);

    [Benchmark]
    public PathTable? MergeWithItself() => _table is null ? null : _table.Merge(_table);

    private AttributionResult? Run(IAttributionModel model) => _table is null ? null : AttributionEngine.Attribute(_table, model);
}
