using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PerfMetrics.Metrics;

namespace PerfMetrics.Benchmarks.Metrics;

/// <summary>
/// KPI and CPA-vs-margin calls against the same arithmetic on raw <see cref="decimal"/> (SPEC §7: zero allocations,
/// within 2x of raw decimal). One baseline per category.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MedianColumn]
public class MetricsBenchmarks
{
    private Money _spend;
    private Money _revenue;
    private Money _margin;
    private decimal _spendAmount;
    private decimal _revenueAmount;
    private decimal _marginAmount;
    private decimal _acquisitions;
    private long _clicks;
    private long _impressions;

    [GlobalSetup]
    public void Setup()
    {
        // The dropshipping example: $350 spend, 14 sales, $38 margin, $1,400 revenue, 700 clicks, 50,000 impressions.
        _spendAmount = 350m;
        _revenueAmount = 1_400m;
        _marginAmount = 38m;
        _acquisitions = 14m;
        _clicks = 700;
        _impressions = 50_000;
        _spend = new Money(_spendAmount, Currency.Usd);
        _revenue = new Money(_revenueAmount, Currency.Usd);
        _margin = new Money(_marginAmount, Currency.Usd);
    }

    [BenchmarkCategory("CPA"), Benchmark(Baseline = true)]
    public decimal? Cpa_RawDecimal() => _acquisitions == 0m ? null : _spendAmount / _acquisitions;

    [BenchmarkCategory("CPA"), Benchmark]
    public Money? Cpa_Of() => Cpa.Of(_spend, _acquisitions);

    [BenchmarkCategory("ROAS"), Benchmark(Baseline = true)]
    public decimal? Roas_RawDecimal() => _spendAmount == 0m ? null : _revenueAmount / _spendAmount;

    [BenchmarkCategory("ROAS"), Benchmark]
    public decimal? Roas_Of() => Roas.Of(_revenue, _spend);

    [BenchmarkCategory("CTR"), Benchmark(Baseline = true)]
    public decimal? Ctr_RawDecimal() => _impressions == 0 ? null : (decimal)_clicks / _impressions;

    [BenchmarkCategory("CTR"), Benchmark]
    public decimal? Ctr_Of() => Ctr.Of(_clicks, _impressions);

    [BenchmarkCategory("CPM"), Benchmark(Baseline = true)]
    public decimal? Cpm_RawDecimal() => _impressions == 0 ? null : _spendAmount * 1000m / _impressions;

    [BenchmarkCategory("CPM"), Benchmark]
    public Money? Cpm_Of() => Cpm.Of(_spend, _impressions);

    [BenchmarkCategory("CpaVersusMargin"), Benchmark(Baseline = true)]
    public (decimal? Cpa, decimal TotalProfit, decimal? Headroom, decimal? HeadroomShare, int Verdict) CpaVersusMargin_RawDecimal()
    {
        var totalProfit = (_marginAmount * _acquisitions) - _spendAmount;
        if (_acquisitions == 0m)
        {
            return (null, totalProfit, null, null, 0);
        }

        var cpa = _spendAmount / _acquisitions;
        var headroom = _marginAmount - cpa;
        decimal? share = _marginAmount == 0m ? null : headroom / _marginAmount;
        return (cpa, totalProfit, headroom, share, Math.Sign(totalProfit) + 2);
    }

    [BenchmarkCategory("CpaVersusMargin"), Benchmark]
    public (Money? Cpa, Money TotalProfit, Money? Headroom, decimal? HeadroomShare, ProfitVerdict Verdict) CpaVersusMargin_Of()
    {
        var r = CpaVersusMargin.Of(_spend, _acquisitions, _margin);
        return (r.Cpa, r.TotalProfit, r.Headroom, r.HeadroomShare, r.Verdict);
    }
}
