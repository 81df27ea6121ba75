using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

public class MaxCpmTests
{
    [Fact]
    public void Of_Cpc76CentsAt1Point5PercentCtr_Is11Point40()
    {
        // 1,000 impressions x 0.015 = 15 clicks; 15 x 0.76 = 11.40 per thousand.
        Assert.Equal(new Money(11.40m, Currency.Usd), MaxCpm.Of(new Money(0.76m, Currency.Usd), 0.015m));
    }

    [Fact]
    public void Of_InvalidInputs_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("ctr", () => MaxCpm.Of(new Money(1m, Currency.Usd), 1.5m));
        Assert.Throws<ArgumentOutOfRangeException>("maxCpc", () => MaxCpm.Of(new Money(-1m, Currency.Usd), 0.5m));
    }
}
