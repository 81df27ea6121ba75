using PerfMetrics.Metrics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class RoiTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void Roi_MaxValueCost_IsMinusOneAndMaxValueRevenue_IsExact()
    {
        // ROI = (revenue - cost) / cost. Revenue 0 over cost Max: exactly -1. Revenue Max over cost 1: Max - 1.
        Assert.Equal(-1m, Roi.Of(Money.Zero(Usd), new Money(Max, Usd)));
        Assert.Equal(Max - 1m, Roi.Of(new Money(Max, Usd), new Money(1m, Usd)));
    }
}
