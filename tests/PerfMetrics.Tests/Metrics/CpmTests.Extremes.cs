using PerfMetrics.Metrics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class CpmTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void Cpm_HugeCostOverThousandImpressions_ThrowsDocumentedOverflow()
    {
        // CPM = 1000 x cost / impressions. Documented: "1000 x cost overflows decimal" (the product is formed first to
        // keep every digit). Max / 1000 x 1000 is therefore the largest cost that works.
        Assert.Throws<OverflowException>(() => Cpm.Of(new Money(Max, Usd), 1000));
        var largest = new Money(decimal.Truncate(Max / 1000m), Usd);
        Assert.Equal(largest.Amount, Cpm.Of(largest, 1000)!.Value.Amount);
    }
}
