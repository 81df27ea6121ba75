using BenchmarkDotNet.Attributes;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>
/// BG/NBD fits (SPEC §7): the CDNOW summary repeated 100 times (235,700 rows, not grouped; target 0.2 s) and 1,000,000
/// synthetic customers with distinct (x, t_x, T) from gen_rfm.py (target 2 s). Baseline: one log-likelihood evaluation.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BgNbdBenchmarks
{
    private double[] _x = [], _tx = [], _t = [];
    private double[] _sx = [], _stx = [], _st = [];

    [GlobalSetup]
    public void Setup()
    {
        (_x, _tx, _t, _) = ClvData.Cdnow(100);
        (_sx, _stx, _st, _) = ClvData.Synthetic();
    }

    [Benchmark(Baseline = true)]
    public double LogLikelihoodOnceCdnowX100() => BgNbd.LogLikelihood(_x, _tx, _t, null, 0.243, 4.414, 0.793, 2.426);

    [Benchmark]
    public BgNbdFit FitCdnowX100() => BgNbd.Fit(_x, _tx, _t, PeriodUnit.Week);

    [Benchmark]
    public BgNbdFit FitSynthetic1M() => BgNbd.Fit(_sx, _stx, _st, PeriodUnit.Week);
}
