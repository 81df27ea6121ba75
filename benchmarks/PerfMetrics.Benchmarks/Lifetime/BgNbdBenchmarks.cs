using BenchmarkDotNet.Attributes;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>
/// BG/NBD fits (SPEC §7): the CDNOW summary repeated 100 times (235,700 rows, not grouped; target 0.2 s) and 1,000,000
/// synthetic customers with distinct (x, t_x, T) from gen_rfm.py (target 2 s), both as CustomerRfm rows through the public door. Baseline: one log-likelihood evaluation.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BgNbdBenchmarks
{
    private double[] _x = [], _tx = [], _t = [];
    private CustomerRfm[] _cdnow = [], _synthetic = [];

    [GlobalSetup]
    public void Setup()
    {
        var cdnow = ClvData.Cdnow(100);
        (_x, _tx, _t, _) = cdnow;
        _cdnow = ClvData.Rows(cdnow);
        _synthetic = ClvData.Rows(ClvData.Synthetic());
    }

    [Benchmark(Baseline = true)]
    public double LogLikelihoodOnceCdnowX100() => BgNbd.LogLikelihood(_x, _tx, _t, null, 0.243, 4.414, 0.793, 2.426);

    [Benchmark]
    public ModelFit<BgNbd> FitCdnowX100() => BgNbd.Fit(_cdnow);

    [Benchmark]
    public ModelFit<BgNbd> FitSynthetic1M() => BgNbd.Fit(_synthetic);
}
