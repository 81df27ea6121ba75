using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// <c>default(Money)</c> is a currency-less zero (STYLE: money). When one input of a calculator is such a zero and another
/// input names a currency, every money in the result is in that currency: a zero difference comes out as 0 USD, not as
/// default(Money). Hand-worked values in each test.
/// </summary>
public partial class MarginalCpaTests
{
    [Fact]
    public void MarginalCpa_DefaultSpends_DeltaSpendIsZeroInTheMarginCurrency()
    {
        // No spend at either level, 0 -> 2 sales at a $38 margin: delta spend 0 USD, marginal CPA 0 / 2 = 0 USD,
        // incremental profit 38 x 2 - 0 = 76 USD.
        var r = MarginalCpa.Of(default, 0m, default, 2m, D(38m));
        Assert.Equal(Money.Zero(Usd), r.DeltaSpend);
        Assert.Equal(Money.Zero(Usd), r.MarginalCpa);
        Assert.Equal(D(76m), r.IncrementalProfit);
        Assert.Equal(ProfitVerdict.Profitable, r.Verdict);
    }

    [Fact]
    public void MarginalCpa_DefaultMargin_UnitMarginIsZeroInTheSpendCurrency()
    {
        // $100 -> $200 for 0 -> 4 sales with no margin: marginal CPA 100 / 4 = 25 USD, headroom 0 - 25 = -25 USD,
        // incremental profit 0 x 4 - 100 = -100 USD.
        var r = MarginalCpa.Of(D(100m), 0m, D(200m), 4m, default);
        Assert.Equal(Money.Zero(Usd), r.UnitMargin);
        Assert.Equal(D(25m), r.MarginalCpa);
        Assert.Equal(D(-25m), r.Headroom);
        Assert.Equal(D(-100m), r.IncrementalProfit);
        Assert.Equal(ProfitVerdict.Unprofitable, r.Verdict);
    }
}
