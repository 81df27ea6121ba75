using BenchmarkDotNet.Attributes;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>Closed-form LTV, ceilings and payback against the same arithmetic on raw decimal.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class LtvBenchmarks
{
    private MoneyPerPeriod _margin;
    private RetentionRate _retention;
    private DiscountRate _discount;
    private Periods _horizon;
    private Money _cac;

    [GlobalSetup]
    public void Setup()
    {
        var month = PeriodUnit.Month;
        _margin = new MoneyPerPeriod(new Money(100m, Currency.Usd), month);
        _retention = new RetentionRate(0.8m, month);
        _discount = new DiscountRate(0.01m, month);
        _horizon = new Periods(36m, month);
        _cac = new Money(300m, Currency.Usd);
    }

    [Benchmark(Baseline = true)]
    public decimal RawDecimalRetentionLtv()
    {
        decimal m = 100m, r = 0.8m, d = 0.01m;
        return m * ((1m + d) / (1m + d - r));
    }

    [Benchmark]
    public Money RetentionMarginInfinite() => Ltv.RetentionMargin(_margin, _retention, _discount, CashFlowTiming.StartOfPeriod);

    [Benchmark]
    public Money RetentionMargin36Months() => Ltv.RetentionMargin(_margin, _retention, _discount, CashFlowTiming.StartOfPeriod, _horizon);

    [Benchmark]
    public Money CeilingFromLtv() => CpaCeiling.FromLtv(Ltv.RetentionMargin(_margin, _retention, _discount, CashFlowTiming.StartOfPeriod));

    [Benchmark]
    public CeilingCheck CheckCpa() => CpaCeiling.Check(new Money(25m, Currency.Usd), new Money(88.89m, Currency.Usd));

    [Benchmark]
    public Periods? PaybackPeriod() => Payback.Period(_cac, _margin, _retention, _discount, CashFlowTiming.StartOfPeriod);
}
