using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public partial class PaybackTests
{
    private static readonly MoneyPerPeriod TenAMonth = new(new Money(10m, Currency.Usd), Month);

    [Fact]
    public void Payback_SlowDecay_SolvesInsteadOfLooping()
    {
        // r = 0.999999, no discount, start: S(n) = (1 - r^n) / 1e-6. CAC = 5,000,000 with 10 a month needs
        // S(n) >= 500,000: r^n <= 0.5, n >= ln 0.5 / ln 0.999999 = 693,146.8 -> 693,147 months.
        var retention = new RetentionRate(0.999999m, Month);
        var payback = Payback.Period(new Money(5_000_000m, Currency.Usd), TenAMonth, retention, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod);
        Assert.Equal(new Periods(693_147m, Month), payback);
    }
}
