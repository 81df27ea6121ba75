using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

public partial class TargetRoasTests
{
    [Fact]
    public void Of_40PercentMarginWith10PercentTarget_Is3Point333()
    {
        // SPEC §3: 1 / (0.40 - 0.10) = 1 / 0.30 = 3.333... Check: $3.333... revenue x 0.40 = $1.333... margin,
        // minus $1 spend = $0.333..., which is 10% of the revenue.
        var roas = TargetRoas.Of(0.40m, 0.10m);
        Assert.Equal(10m / 3m, roas);
        Assert.Equal(3.3333m, decimal.Round(roas, 4));
    }

    [Fact]
    public void Of_ZeroTarget_IsBreakEvenRoas() => Assert.Equal(BreakEvenRoas.Of(0.4m), TargetRoas.Of(0.4m, 0m));

    [Fact]
    public void Of_TargetAtOrAboveMargin_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TargetRoas.Of(0.4m, 0.4m));
        Assert.Equal("targetNetMarginRate", ex.ParamName);
        Assert.StartsWith("targetNetMarginRate must be less than marginRate (0.4)", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("targetNetMarginRate", () => TargetRoas.Of(0.4m, 0.5m));
    }

    [Fact]
    public void Of_InvalidRates_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("targetNetMarginRate", () => TargetRoas.Of(0.4m, -0.1m));
        Assert.Throws<ArgumentOutOfRangeException>("marginRate", () => TargetRoas.Of(0m, 0m));
        Assert.Throws<ArgumentOutOfRangeException>("marginRate", () => TargetRoas.Of(1.5m, 0.1m));
    }
}
