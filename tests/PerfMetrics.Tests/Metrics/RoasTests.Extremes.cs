using PerfMetrics.Metrics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class RoasTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void Roas_MaxValueRevenueOverOneDollar_IsMaxValueAndOverOneCentThrows()
    {
        // ROAS = revenue / spend: Max / 1 = Max exact; Max / 0.01 = 100 Max does not fit: documented OverflowException.
        Assert.Equal(Max, Roas.Of(new Money(Max, Usd), new Money(1m, Usd)));
        Assert.Throws<OverflowException>(() => Roas.Of(new Money(Max, Usd), new Money(0.01m, Usd)));
        Assert.Equal(0m, Roas.Of(Money.Zero(Usd), new Money(Max, Usd)));
    }
}
