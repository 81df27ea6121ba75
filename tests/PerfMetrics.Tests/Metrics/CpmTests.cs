using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class CpmTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void Of_350For50000Impressions_Is7PerThousand()
    {
        // 50,000 impressions are 50 thousands; 350 / 50 = 7.00 per thousand.
        Assert.Equal(new Money(7m, Usd), Cpm.Of(new Money(350m, Usd), 50_000));
    }

    [Fact]
    public void Of_FewerThanAThousandImpressions_ScalesUp()
    {
        // 0.50 for 250 impressions: 4 x 250 = 1,000, so a thousand would cost 4 x 0.50 = 2.00.
        Assert.Equal(new Money(2m, Usd), Cpm.Of(new Money(0.50m, Usd), 250));
    }

    [Fact]
    public void Of_NoImpressions_IsNull() => Assert.Null(Cpm.Of(new Money(350m, Usd), 0));

    [Fact]
    public void Of_NegativeInputs_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("spend", () => Cpm.Of(new Money(-1m, Usd), 1));
        Assert.Throws<ArgumentOutOfRangeException>("impressions", () => Cpm.Of(new Money(1m, Usd), -1));
    }

    [Fact]
    public void Of_Delivery_UsesImpressions() =>
        Assert.Equal(new Money(7m, Usd), Cpm.Of(new Money(350m, Usd), new Delivery(impressions: 50_000)));

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CpmIsNullExactlyWhenThereAreNoImpressions(NonNegativeMoney cost, Count impressions) =>
        Cpm.Of(cost.Value, impressions.Value).HasValue == (impressions.Value != 0);
}
