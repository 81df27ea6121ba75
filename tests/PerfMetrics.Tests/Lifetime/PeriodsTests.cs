using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public class PeriodsTests
{
    [Fact]
    public void Constructor_Negative_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Periods(-1m, PeriodUnit.Month));
        Assert.Equal("count", ex.ParamName);
        Assert.Throws<ArgumentException>(() => new Periods(1m, default));
    }

    [Fact]
    public void Members_RoundTrip()
    {
        var p = new Periods(2.5m, PeriodUnit.Year);
        Assert.Equal(2.5m, p.Count);
        Assert.Equal(PeriodUnit.Year, p.Unit);
        Assert.False(p.IsWhole);
        Assert.True(new Periods(12m, PeriodUnit.Month).IsWhole);
        Assert.Equal("2.5 x P1Y", p.ToString());
        Assert.Equal(new Periods(2.50m, PeriodUnit.Months(12)), p);
        Assert.True(p != new Periods(2.5m, PeriodUnit.Month));
    }
}
