using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Argument checks of the metric calculators that the worked examples leave out: each call is valid but for one
/// argument, and the error names that argument and the rule it breaks (SPEC §6).
/// </summary>
public partial class PaymentModelComparisonTests
{
    [Fact]
    public void PaymentModelComparison_FromMarginRate_NullModels_Throws() =>
        Assert.Throws<ArgumentNullException>("models", () => PaymentModelComparison.FromMarginRate(new Delivery(clicks: 1), 0.4m, null!));
}
