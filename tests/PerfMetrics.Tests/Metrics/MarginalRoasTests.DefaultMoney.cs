using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// <c>default(Money)</c> is a currency-less zero (STYLE: money). When one input of a calculator is such a zero and another
/// input names a currency, every money in the result is in that currency: a zero difference comes out as 0 USD, not as
/// default(Money). Hand-worked values in each test.
/// </summary>
public partial class MarginalRoasTests
{
    [Fact]
    public void MarginalRoas_DefaultSpends_DeltaSpendIsZeroInTheRevenueCurrency()
    {
        // No spend at either level, revenue $100 -> $300 at a 50% margin: delta spend 0 USD (ROAS undefined),
        // incremental profit 200 x 0.5 - 0 = 100 USD.
        var r = MarginalRoas.Of(default, D(100m), default, D(300m), 0.5m);
        Assert.Equal(Money.Zero(Usd), r.DeltaSpend);
        Assert.Equal(D(200m), r.DeltaRevenue);
        Assert.Null(r.MarginalRoas);
        Assert.Equal(D(100m), r.IncrementalProfit);
        Assert.Equal(ProfitVerdict.Undefined, r.Verdict);
    }

    [Fact]
    public void MarginalRoas_DefaultRevenues_DeltaRevenueIsZeroInTheSpendCurrency()
    {
        // $100 -> $200 spend with no revenue at either level: delta revenue 0 USD, marginal ROAS 0 / 100 = 0,
        // incremental profit 0 x 0.5 - 100 = -100 USD.
        var r = MarginalRoas.Of(D(100m), default, D(200m), default, 0.5m);
        Assert.Equal(Money.Zero(Usd), r.DeltaRevenue);
        Assert.Equal(0m, r.MarginalRoas);
        Assert.Equal(D(-100m), r.IncrementalProfit);
        Assert.Equal(ProfitVerdict.Unprofitable, r.Verdict);
    }
}
