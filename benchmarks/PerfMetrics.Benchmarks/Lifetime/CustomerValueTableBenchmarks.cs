using BenchmarkDotNet.Attributes;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>
/// The per-customer value table (issue 20, target 2 s): 1,000,000 customers, each its own row with its own id, from the
/// CDNOW summary repeated (2,357 histories x 425, cut at 1,000,000; mean repeat values in USD rounded to cents), BG/NBD
/// and Gamma-Gamma at the published CDNOW parameters, 52 weekly periods discounted at 1% a week. Identical histories are
/// computed once (exact), so the cost is the grouping, the ranking and the rows. Also the same table with delta-method
/// intervals (from fits with a covariance, 95%).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CustomerValueTableBenchmarks
{
    private static readonly DiscountRate Discount = new(0.01m, PeriodUnit.Week);
    private static readonly Periods Horizon = new(52, PeriodUnit.Week);
    private static readonly CustomerValueOptions WithIntervals = new(intervals: true);
    private CustomerRfm[] _cdnow = [];
    private ModelFit<BgNbd>? _purchases;
    private ModelFit<GammaGamma>? _spend;

    [GlobalSetup]
    public void Setup()
    {
        var (x, tx, t, z) = ClvData.Cdnow(425);
        _cdnow = ClvData.Rows((x[..1_000_000], tx[..1_000_000], t[..1_000_000], z[..1_000_000]));
        var cdnow = ClvData.Rows(ClvData.Cdnow(1));
        _purchases = BgNbd.Fit(cdnow);
        _spend = GammaGamma.Fit(cdnow.Where(r => r.Frequency > 0));
    }

    [Benchmark(Baseline = true)]
    public CustomerValueTable TableCdnow1M() => CustomerValueTable.Create(_purchases!.Model, _spend!.Model, _cdnow, 0.3m, Discount, Horizon);

    [Benchmark]
    public CustomerValueTable TableWithIntervalsCdnow1M() => CustomerValueTable.Create(_purchases!, _spend, _cdnow, 0.3m, Discount, Horizon, WithIntervals);
}
