using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public class MarginTests
{
    [Fact]
    public void FromRate_IsRevenueTimesRateInTheSameUnit()
    {
        // 12 EUR a month at 80%: 9.60 EUR a month (issue 17).
        var margin = Margin.FromRate(new MoneyPerPeriod(new Money(12m, Currency.Eur), PeriodUnit.Month), 0.8m);
        Assert.Equal(new MoneyPerPeriod(new Money(9.6m, Currency.Eur), PeriodUnit.Month), margin);
    }

    [Fact]
    public void FromRate_FullMarginIsTheRevenue()
    {
        var revenue = new MoneyPerPeriod(new Money(12.345m, Currency.Usd), PeriodUnit.Week);
        Assert.Equal(revenue, Margin.FromRate(revenue, 1m));
    }
}
