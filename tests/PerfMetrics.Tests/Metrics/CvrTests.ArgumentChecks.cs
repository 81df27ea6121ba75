using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Argument checks of the metric calculators that the worked examples leave out: each call is valid but for one
/// argument, and the error names that argument and the rule it breaks (SPEC §6).
/// </summary>
public partial class CvrTests
{
    [Fact]
    public void Cvr_FractionalConversionsOverNegativeClicks_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("clicks", () => Cvr.Of(1.5m, -10L));
}
