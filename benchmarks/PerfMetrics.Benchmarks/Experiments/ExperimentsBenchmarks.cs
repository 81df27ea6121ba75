using BenchmarkDotNet.Attributes;
using NodaTime;
using PerfMetrics.Experiments;

namespace PerfMetrics.Benchmarks.Experiments;

/// <summary>
/// Issue 18's budgets: a time-based regression over 100 geos x 100 days in under 5 ms, and sample-size solving in
/// microseconds. Inputs are generated in code with a fixed seed. The baseline is the least-squares line alone on
/// pre-summed doubles (what any TBR must do at least).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ExperimentsBenchmarks
{
    private GeoObservation[] _observations = [];
    private GeoAssignment _assignment = null!;
    private DateInterval _preTest = null!;
    private DateInterval _test = null!;
    private double[] _x = [];
    private double[] _y = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(18);
        var start = new LocalDate(2026, 1, 1);
        var geos = Enumerable.Range(0, 100).Select(g => g.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var size = geos.Select(_ => 500 + random.Next(5_000)).ToArray();
        var list = new List<GeoObservation>(100 * 100);
        for (var d = 0; d < 100; d++)
        {
            var season = 1d + (0.2 * Math.Sin(d * 2 * Math.PI / 7));
            for (var g = 0; g < geos.Length; g++)
            {
                var lift = g % 2 == 0 && d >= 70 ? 1.1 : 1d;
                var sales = size[g] * season * lift * (0.9 + (0.2 * random.NextDouble()));
                list.Add(new GeoObservation(geos[g], start.PlusDays(d), Math.Round((decimal)sales, 2)));
            }
        }

        _observations = [.. list];
        _assignment = new GeoAssignment(geos.Where((_, i) => i % 2 == 0), geos.Where((_, i) => i % 2 == 1));
        _preTest = new DateInterval(start, start.PlusDays(69));
        _test = new DateInterval(start.PlusDays(70), start.PlusDays(99));
        _x = [.. Enumerable.Range(0, 70).Select(d => 100_000d + (1_000 * Math.Sin(d)))];
        _y = [.. _x.Select((x, d) => (0.98 * x) + (200 * Math.Cos(d)))];
    }

    [Benchmark(Baseline = true)]
    public double LeastSquaresLineOnly()
    {
        double sx = 0, sy = 0;
        for (var i = 0; i < _x.Length; i++)
        {
            sx += _x[i];
            sy += _y[i];
        }

        double mx = sx / _x.Length, my = sy / _y.Length, sxx = 0, sxy = 0;
        for (var i = 0; i < _x.Length; i++)
        {
            sxx += (_x[i] - mx) * (_x[i] - mx);
            sxy += (_x[i] - mx) * (_y[i] - my);
        }

        return sxy / sxx;
    }

    [Benchmark]
    public TbrResult Tbr100GeosBy100Days() => TimeBasedRegression.Analyze(_observations, _assignment, _preTest, _test);

    [Benchmark]
    public double TbrMinimumDetectableIroas() => TimeBasedRegression.MinimumDetectableIroas(_observations, _assignment, _preTest, 30, 50_000m);

    [Benchmark]
    public SampleSizePlan SampleSize() => PowerAnalysis.SampleSize(0.02, 0.023, 0.8, secondGroupShare: 0.9);

    [Benchmark]
    public double? MinimumDetectableRate() => PowerAnalysis.MinimumDetectableRate(100_000, 0.02, 0.8);

    [Benchmark]
    public HoldoutResult Holdout() => HoldoutTest.Analyze(new GroupCounts(90_000, 1_100), new GroupCounts(10_000, 100), new Money(9_000m, Currency.Usd));

    [Benchmark]
    public AbTestResult AbTestWithExactProbability() => AbTest.Compare(new GroupCounts(50_000, 1_000), new GroupCounts(50_000, 1_080));
}
