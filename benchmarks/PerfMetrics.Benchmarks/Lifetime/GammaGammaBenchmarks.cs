using BenchmarkDotNet.Attributes;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>
/// Gamma-Gamma fits (SPEC §7) on the repeat buyers (x &gt; 0) of the CDNOW summary repeated 100 times (94,600 of 235,700
/// rows; target 0.05 s) and of the 1,000,000 synthetic customers (404,447; target 0.2 s), through the public door
/// (<see cref="CustomerRfm"/> rows of repeat buyers, mean values as <see cref="Money"/>). Baseline: the same fit on the 946 CDNOW repeat buyers.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class GammaGammaBenchmarks
{
    private CustomerRfm[] _r1 = [], _r100 = [], _rs = [];

    [GlobalSetup]
    public void Setup()
    {
        _r1 = RepeatBuyers(ClvData.Cdnow(1));
        _r100 = RepeatBuyers(ClvData.Cdnow(100));
        _rs = RepeatBuyers(ClvData.Synthetic());
    }

    [Benchmark(Baseline = true)]
    public ModelFit<GammaGamma> FitCdnow946() => GammaGamma.Fit(_r1);

    [Benchmark]
    public ModelFit<GammaGamma> FitCdnowX100RepeatBuyers() => GammaGamma.Fit(_r100);

    [Benchmark]
    public ModelFit<GammaGamma> FitSynthetic1MRepeatBuyers() => GammaGamma.Fit(_rs);

    private static CustomerRfm[] RepeatBuyers((double[] X, double[] Tx, double[] T, double[] M) columns) =>
        [.. ClvData.Rows(columns).Where(r => r.Frequency > 0)];
}
