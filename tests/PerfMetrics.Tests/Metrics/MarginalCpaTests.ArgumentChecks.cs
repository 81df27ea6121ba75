using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Argument checks of the metric calculators that the worked examples leave out: each call is valid but for one
/// argument, and the error names that argument and the rule it breaks (SPEC §6).
/// </summary>
public partial class MarginalCpaTests
{
    [Fact]
    public void MarginalCpa_NegativeHigherSpend_IsReportedAsNegative()
    {
        // -1 is also below the lower spend of 0, but the first broken rule is the sign.
        var ex = Assert.Throws<ArgumentOutOfRangeException>("higherSpend", () => MarginalCpa.Of(Money.Zero(Usd), 0m, D(-1m), 1m, D(38m)));
        Assert.StartsWith("higherSpend must be non-negative, was -1.00 USD.", ex.Message, StringComparison.Ordinal);
    }
}
