using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public partial class LtvTests
{
    private static readonly MoneyPerPeriod TenAMonth = new(new Money(10m, Currency.Usd), Month);

    [Fact]
    public void RetentionMargin_HugeHorizon_MatchesTheClosedForm()
    {
        // r = 0.9999999999, d = 0, start of period, N = 1e8: 10 x (1 - r^N) / (1 - r); r^N = e^(-0.01) = 0.990049834,
        // so 10 x 0.009950166 / 1e-10 = 995,016,625.8 (to 1 dollar). Term by term this took 12.7 s.
        var retention = new RetentionRate(0.9999999999m, Month);
        var value = Ltv.RetentionMargin(TenAMonth, retention, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod, new Periods(100_000_000m, Month));
        Assert.InRange(value.Amount, 995_016_625m, 995_016_627m);
    }

    [Fact]
    public void RetentionMargin_LongerHorizonNeverGivesLess_AcrossTheTermByTermLimit()
    {
        var retention = new RetentionRate(0.99999m, Month);
        var discount = new DiscountRate(0.000001m, Month);
        var previous = 0m;
        foreach (var n in new[] { 99_999m, 100_000m, 100_001m, 150_000m, 1_000_000m, 2_000_000_000m })
        {
            var value = Ltv.RetentionMargin(TenAMonth, retention, discount, CashFlowTiming.EndOfPeriod, new Periods(n, Month)).Amount;
            Assert.True(value >= previous, $"{n}: {value} < {previous}");
            previous = value;
        }
    }
}
