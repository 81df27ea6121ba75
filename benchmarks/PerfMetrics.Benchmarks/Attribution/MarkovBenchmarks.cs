using BenchmarkDotNet.Attributes;
using PerfMetrics.Attribution;

namespace PerfMetrics.Benchmarks.Attribution;

/// <summary>
/// Exact Markov removal-effect attribution on the parsed 1,000,000-row path table (SPEC §7: first order with values
/// &lt;= 0.5 s after parsing, the R package's simulated one 4.1 s; order 3 &lt;= 3 s), and scale-out: counting two
/// partitions on two threads against counting the whole on one (identical results). Baseline: first order, fit + credit.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MarkovBenchmarks
{
    private PathTable? _table;
    private PathTable[] _halves = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = PathsFile.Locate();
        if (path is null)
        {
            return;
        }

        using (var reader = new StreamReader(path))
        {
            _table = PathTable.ReadCsv(reader, Currency.Usd);
        }

        // Two partitions: the first and the second half of the rows.
        var first = new PathTableBuilder(Currency.Usd);
        var second = new PathTableBuilder(Currency.Usd);
        var rows = _table.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            (i < rows.Count / 2 ? first : second).Add(row.Path, row.Conversions, row.Value, row.Nulls);
        }

        _halves = [first.ToPathTable(), second.ToPathTable()];
        var whole = AttributionEngine.Attribute(_table, MarkovModel.Fit(MarkovCounts.Of(_table)));
        var split = AttributionEngine.Attribute(_table, MarkovModel.Fit(MarkovCounts.OfPartitions(_halves, new MarkovOptions(maxDegreeOfParallelism: 2))));
        if (whole != split)
        {
            throw new InvalidOperationException("two partitions must give the identical result to the whole");
        }
    }

    [Benchmark(Baseline = true)]
    public AttributionResult? FirstOrder() => Run(MarkovOptions.Default);

    [Benchmark]
    public AttributionResult? FirstOrderConversionShare() => Run(new MarkovOptions(valueMode: MarkovValueMode.ConversionShare));

    [Benchmark]
    public AttributionResult? SecondOrder() => Run(new MarkovOptions(2));

    [Benchmark]
    public AttributionResult? ThirdOrder() => Run(new MarkovOptions(3));

    [Benchmark]
    public AttributionResult? FourthOrder() => Run(new MarkovOptions(4));

    [Benchmark]
    public AttributionResult? WholeOnOneThread() =>
        _table is null ? null : AttributionEngine.Attribute(_table, MarkovModel.Fit(MarkovCounts.OfPartitions([_table], new MarkovOptions(maxDegreeOfParallelism: 1))));

    [Benchmark]
    public AttributionResult? TwoPartitionsOnTwoThreads() =>
        _table is null ? null : AttributionEngine.Attribute(_table, MarkovModel.Fit(MarkovCounts.OfPartitions(_halves, new MarkovOptions(maxDegreeOfParallelism: 2))));

    private AttributionResult? Run(MarkovOptions options) => _table is null ? null : AttributionEngine.Attribute(_table, AttributionModels.Markov(options));
}
