using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

public class BreakEvenCpaTests
{
    [Fact]
    public void Of_Aov100At38PercentMargin_Is38()
    {
        // $100 x 0.38 = $38: the dropshipping example's margin per sale.
        Assert.Equal(new Money(38m, Currency.Usd), BreakEvenCpa.Of(new Money(100m, Currency.Usd), 0.38m));
    }

    [Fact]
    public void Of_InvalidInputs_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("averageOrderValue", () => BreakEvenCpa.Of(new Money(-1m, Currency.Usd), 0.5m));
        Assert.Throws<ArgumentOutOfRangeException>("marginRate", () => BreakEvenCpa.Of(new Money(1m, Currency.Usd), 0m));
    }

    [Fact]
    public void Of_CpaAtBreakEven_IsBreakEvenVerdict()
    {
        var usd = Currency.Usd;
        var cpa = BreakEvenCpa.Of(new Money(100m, usd), 0.38m);
        Assert.Equal(ProfitVerdict.BreakEven, CpaVersusMargin.Of(cpa * 14m, 14m, new Money(38m, usd)).Verdict);
    }
}
