using PerfMetrics.Metrics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class CtrTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void Ctr_OneClickInLongMaxImpressions_IsTheScale28Quotient()
    {
        // 1 / (2^63 - 1) = 1.0842021724855044...e-19. At decimal's scale 28 that is 1084202172 x 1e-28 (the next digit
        // is 4: 10^28 / (2^63 - 1) = 1,084,202,172.4855...). Every click and impression count fits.
        Assert.Equal(0.0000000000000000001084202172m, Ctr.Of(1, long.MaxValue));
        Assert.Equal(1m, Ctr.Of(long.MaxValue, long.MaxValue));
        Assert.Equal(1m, Cvr.Of(long.MaxValue, long.MaxValue));
    }
}
