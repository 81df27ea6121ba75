using PerfMetrics.Metrics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class BreakEvenRoasTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void BreakEvenRoas_Scale28MarginRate_IsTenToThe28()
    {
        // 1 / 1e-28 = 1e28, below Max (7.9e28): exact. A margin rate of exactly 1 gives a break-even ROAS of 1.
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m, BreakEvenRoas.Of(Tiny));
        Assert.Equal(1m, BreakEvenRoas.Of(1m));
    }
}
