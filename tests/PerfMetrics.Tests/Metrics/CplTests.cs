using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public class CplTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void Of_350For50Leads_Is7()
    {
        // 350 / 50 = 7.00 (50 x 7 = 350).
        Assert.Equal(new Money(7m, Usd), Cpl.Of(new Money(350m, Usd), 50m));
    }

    [Fact]
    public void Of_NoLeads_IsNull() => Assert.Null(Cpl.Of(new Money(350m, Usd), 0m));

    [Fact]
    public void Of_NegativeInputs_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("spend", () => Cpl.Of(new Money(-1m, Usd), 1m));
        Assert.Throws<ArgumentOutOfRangeException>("leads", () => Cpl.Of(new Money(1m, Usd), -1m));
    }

    [Fact]
    public void Of_Delivery_UsesLeads()
    {
        Assert.Equal(new Money(7m, Usd), Cpl.Of(new Money(350m, Usd), new Delivery(leads: 50)));
        Assert.Null(Cpl.Of(new Money(350m, Usd), new Delivery(acquisitions: 50)));
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CplIsNullExactlyWhenThereAreNoLeads(NonNegativeMoney cost, FractionalCount leads) =>
        Cpl.Of(cost.Value, leads.Value).HasValue == (leads.Numerator != 0);
}
