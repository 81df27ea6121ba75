using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Benchmarks.Metrics;

/// <summary>
/// The decision layer of issue 17: a channel report over a period with a margin-rate rule, a campaign report of 1,000
/// campaigns priced on three alternatives, and payback on a fitted sBG curve, each beside the same arithmetic on raw
/// <see cref="decimal"/> or <see cref="double"/>. Inputs generated in code from a fixed seed.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MedianColumn]
public class DecisionsBenchmarks
{
    private static readonly Currency Usd = Currency.Usd;
    private AttributionResult _credit = null!;
    private Spend[] _spends = null!;
    private DateInterval _april = null!;
    private decimal[] _spendAmounts = null!;
    private decimal[] _revenueAmounts = null!;
    private CampaignDelivery[] _campaigns = null!;
    private PaymentModel[] _models = null!;
    private ShiftedBetaGeometric _sbg = null!;
    private MoneyPerPeriod _margin;
    private DiscountRate _discount;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(17);
        var builder = new PathTableBuilder(Usd);
        for (var c = 0; c < 20; c++)
        {
            builder.Add([new Channel($"c{c}")], random.Next(1, 200), new Money(random.Next(100, 50_000), Usd), random.Next(0, 500));
        }

        _credit = AttributionEngine.Attribute(builder.ToPathTable(), AttributionModels.LastTouch);
        _april = new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30));
        _spends = Enumerable.Range(0, 200)
            .Select(i => new Spend(new Channel($"c{i % 20}"), new Money(random.Next(10, 5_000), Usd), new DateInterval(new LocalDate(2026, 3, 1).PlusDays(i % 40), new LocalDate(2026, 4, 10).PlusDays(i % 30))))
            .ToArray();
        _spendAmounts = _spends.Select(s => s.Amount.Amount).ToArray();
        _revenueAmounts = _credit.Channels.Items.Select(c => c.Value.Amount).ToArray();
        _models = [PaymentModel.Cpc(new Money(0.5m, Usd)), PaymentModel.Cpa(new Money(30m, Usd)), PaymentModel.RevenueShare(0.2m)];
        _campaigns = Enumerable.Range(0, 1_000)
            .Select(i => new CampaignDelivery($"campaign {i}", new Channel($"c{i % 20}"), _models[i % 3], new Delivery(impressions: 100_000, clicks: random.Next(100, 5_000), acquisitions: random.Next(1, 100), revenue: new Money(random.Next(100, 20_000), Usd))))
            .ToArray();
        _sbg = ShiftedBetaGeometric.Fit([1000, 631, 468, 382, 326], PeriodUnit.Month).Model;
        _margin = new MoneyPerPeriod(new Money(9.6m, Currency.Eur), PeriodUnit.Month);
        _discount = new DiscountRate(0.1m, PeriodUnit.Year).ConvertTo(PeriodUnit.Month);
    }

    [BenchmarkCategory("ChannelReport"), Benchmark(Baseline = true)]
    public decimal ChannelReport_RawDecimal()
    {
        // The sums a report needs (spend and revenue totals), without channels, pro rata or verdicts.
        var spend = 0m;
        foreach (var s in _spendAmounts)
        {
            spend += s;
        }

        var revenue = 0m;
        foreach (var r in _revenueAmounts)
        {
            revenue += r;
        }

        return revenue * 0.35m - spend;
    }

    [BenchmarkCategory("ChannelReport"), Benchmark]
    public ChannelReport ChannelReport_ForPeriod() => ChannelReport.ForPeriod(_credit, _spends, _april, VerdictRule.MarginRate(0.35m));

    [BenchmarkCategory("CampaignReport"), Benchmark]
    public CampaignReport CampaignReport_1000Campaigns() => CampaignReport.Of(_campaigns, new Money(38m, Usd), _models);

    [BenchmarkCategory("Payback"), Benchmark]
    public Periods? Payback_FittedCurve() => Payback.Period(new Money(45m, Currency.Eur), _margin, _sbg, _discount, CashFlowTiming.StartOfPeriod);

    [BenchmarkCategory("Payback"), Benchmark(Baseline = true)]
    public int Payback_RawDouble()
    {
        // The same sums in double, month by month (the brute-force oracle of the tests).
        double survival = 1, sum = 0, x = 1 / (1 + (double)_discount.Value);
        for (var t = 0; ; t++)
        {
            if (t > 0)
            {
                survival *= (_sbg.Beta + t - 1) / (_sbg.Alpha + _sbg.Beta + t - 1);
            }

            sum += 9.6 * survival * Math.Pow(x, t);
            if (sum >= 45)
            {
                return t + 1;
            }
        }
    }
}
