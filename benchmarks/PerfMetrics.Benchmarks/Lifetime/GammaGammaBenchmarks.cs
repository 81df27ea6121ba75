using BenchmarkDotNet.Attributes;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>
/// Gamma-Gamma fits (SPEC §7) on the repeat buyers (x &gt; 0) of the CDNOW summary repeated 100 times (94,600 of 235,700
/// rows; target 0.05 s) and of the 1,000,000 synthetic customers (404,447; target 0.2 s), through the public door
/// (mean values as <see cref="Money"/>). Baseline: the same fit on the 946 CDNOW repeat buyers.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class GammaGammaBenchmarks
{
    private double[] _x1 = [], _x100 = [], _xs = [];
    private Money[] _m1 = [], _m100 = [], _ms = [];

    [GlobalSetup]
    public void Setup()
    {
        (_x1, _m1) = Repeat(ClvData.Cdnow(1));
        (_x100, _m100) = Repeat(ClvData.Cdnow(100));
        var (sx, _, _, sm) = ClvData.Synthetic();
        (_xs, _ms) = Repeat((sx, sx, sx, sm));
    }

    [Benchmark(Baseline = true)]
    public GammaGammaFit FitCdnow946() => GammaGamma.Fit(_x1, _m1);

    [Benchmark]
    public GammaGammaFit FitCdnowX100RepeatBuyers() => GammaGamma.Fit(_x100, _m100);

    [Benchmark]
    public GammaGammaFit FitSynthetic1MRepeatBuyers() => GammaGamma.Fit(_xs, _ms);

    private static (double[] X, Money[] M) Repeat((double[] X, double[] Tx, double[] T, double[] M) rows)
    {
        var x = new List<double>();
        var m = new List<Money>();
        for (var i = 0; i < rows.X.Length; i++)
        {
            if (rows.X[i] > 0)
            {
                x.Add(rows.X[i]);
                m.Add(new Money(Math.Round((decimal)rows.M[i], 2), Currency.Usd));
            }
        }

        return ([.. x], [.. m]);
    }
}
