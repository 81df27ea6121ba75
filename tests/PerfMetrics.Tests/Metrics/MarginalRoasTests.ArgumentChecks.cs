using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Argument checks of the metric calculators that the worked examples leave out: each call is valid but for one
/// argument, and the error names that argument and the rule it breaks (SPEC §6).
/// </summary>
public partial class MarginalRoasTests
{
    [Fact]
    public void MarginalRoas_NegativeSpendOrRevenue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>("lowerSpend", () => MarginalRoas.Of(D(-1m), D(1m), D(2m), D(3m), 0.4m));
        Assert.Throws<ArgumentOutOfRangeException>("higherRevenue", () => MarginalRoas.Of(D(1m), D(1m), D(2m), D(-3m), 0.4m));
        var ex = Assert.Throws<ArgumentOutOfRangeException>("higherSpend", () => MarginalRoas.Of(Money.Zero(Usd), D(1m), D(-1m), D(3m), 0.4m));
        Assert.StartsWith("higherSpend must be non-negative, was -1.00 USD.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarginalRoas_HigherSpendBelowLowerSpend_MessageNamesBoth()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("higherSpend", () => MarginalRoas.Of(D(2m), D(1m), D(1m), D(1m), 0.4m));
        Assert.StartsWith("higherSpend must be at least lowerSpend (2.00 USD), was 1.00 USD.", ex.Message, StringComparison.Ordinal);
    }
}
