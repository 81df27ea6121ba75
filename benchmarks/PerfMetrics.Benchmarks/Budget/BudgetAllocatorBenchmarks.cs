using BenchmarkDotNet.Attributes;
using PerfMetrics.Budget;

namespace PerfMetrics.Benchmarks.Budget;

/// <summary>
/// Budget allocation at the sizes of issue 19: 50 concave channels (target under 1 ms), 10 S-shaped channels on a
/// 1,000-step grid (under 50 ms), 1,000 parameter draws of 10 concave channels (under 1 s). Inputs are generated from
/// a seeded <see cref="Random"/>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BudgetAllocatorBenchmarks
{
    private static readonly Currency Usd = Currency.Usd;
    private BudgetChannel[] _concave50 = [];
    private BudgetChannel[] _sShaped10 = [];
    private IReadOnlyList<BudgetChannel>[] _draws = [];
    private AllocationOptions _sequential = null!;
    private double[] _spends = [];
    private double[] _halves = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(19);
        _concave50 = [.. Enumerable.Range(0, 50).Select(i => Channel(random, i, sShaped: false))];
        _sShaped10 = [.. Enumerable.Range(0, 10).Select(i => Channel(random, i, sShaped: true))];
        _draws = [.. Enumerable.Range(0, 1_000).Select(_ => (IReadOnlyList<BudgetChannel>)[.. Enumerable.Range(0, 10).Select(i => Channel(random, i, sShaped: false))])];
        _sequential = new AllocationOptions(maxDegreeOfParallelism: 1);
        _spends = [.. Enumerable.Range(0, 50).Select(_ => random.Next(1_000, 20_000) * 1d)];
        _halves = [.. Enumerable.Range(0, 50).Select(_ => random.Next(2_000, 20_000) * 1d)];
    }

    /// <summary>Baseline: 50 Michaelis-Menten responses on raw doubles, the floor of any allocation's work.</summary>
    [Benchmark(Baseline = true)]
    public double RawResponses50()
    {
        var sum = 0d;
        for (var i = 0; i < _spends.Length; i++)
        {
            sum += 50_000d * _spends[i] / (_halves[i] + _spends[i]);
        }

        return sum;
    }

    [Benchmark]
    public BudgetAllocation Concave50Channels() => BudgetAllocator.Allocate(_concave50, new Money(250_000m, Usd));

    [Benchmark]
    public BudgetAllocation SShaped10ChannelsGrid1000() => BudgetAllocator.Allocate(_sShaped10, new Money(80_000m, Usd));

    [Benchmark]
    public AllocationDistribution Draws1000x10Channels() => BudgetAllocator.AllocateDraws(_draws, new Money(80_000m, Usd), options: _sequential);

    [Benchmark]
    public ProfitPlan MaximizeProfit50Channels() => BudgetAllocator.MaximizeProfit(_concave50, 0.4m);

    private static BudgetChannel Channel(Random random, int index, bool sShaped)
    {
        var max = new Money(random.Next(10_000, 100_000), Usd);
        var half = new Money(random.Next(2_000, 20_000), Usd);
        var curve = sShaped
            ? ResponseCurve.Hill(max, half, 1.5 + random.NextDouble())
            : (index % 3) switch
            {
                0 => ResponseCurve.Hill(max, half, 0.5 + (random.NextDouble() / 2d)),
                1 => ResponseCurve.MichaelisMenten(max, half),
                _ => ResponseCurve.Logistic(max, half),
            };
        return new BudgetChannel(new PerfMetrics.Channel($"c{index}"), curve, new Money(5_000m, Usd));
    }
}
