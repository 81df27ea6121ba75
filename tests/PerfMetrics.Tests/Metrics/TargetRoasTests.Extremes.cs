using PerfMetrics.Metrics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class TargetRoasTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void TargetRoas_MarginOneTinyStepAboveTarget_IsTenToThe28()
    {
        // 1 / (0.5000000000000000000000000001 - 0.5) = 1 / 1e-28 = 1e28.
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m, TargetRoas.Of(0.5000000000000000000000000001m, 0.5m));
    }
}
