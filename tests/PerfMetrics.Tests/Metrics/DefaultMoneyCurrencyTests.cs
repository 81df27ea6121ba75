using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// <c>default(Money)</c> is a currency-less zero (STYLE: money). When one input of a calculator is such a zero and another
/// input names a currency, every money in the result is in that currency: a zero difference comes out as 0 USD, not as
/// default(Money). Hand-worked values in each test.
/// </summary>
public class DefaultMoneyCurrencyTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

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

    [Fact]
    public void PaymentModelComparison_NoCurrencyInForecastOrMargin_TakesTheModelCurrency()
    {
        // 700 clicks, 14 sales, no revenue and no margin given: CPC $0.50 costs 350 USD, CPA 350 / 14 = 25 USD, and the
        // gross profit is a zero in the models' currency, so the advertiser's profit is 0 - 350 = -350 USD.
        var forecast = new Delivery(clicks: 700, acquisitions: 14);
        var row = Assert.Single(PaymentModelComparison.Of(forecast, default, [PaymentModel.Cpc(D(0.50m))]));
        Assert.Equal(D(350m), row.Cost);
        Assert.Equal(D(25m), row.EffectiveCpa);
        Assert.Equal(Money.Zero(Usd), row.GrossProfit);
        Assert.Equal(D(-350m), row.AdvertiserProfit);
        Assert.Equal(ProfitVerdict.Unprofitable, row.Verdict);
    }

    [Fact]
    public void PaymentModelComparison_ModelsInTwoCurrencies_ThrowsNamingTheSecond()
    {
        // Without a currency in the forecast, the first model's (USD) is the comparison's; a EUR model after it is a mix.
        var forecast = new Delivery(clicks: 700, acquisitions: 14);
        var ex = Assert.Throws<CurrencyMismatchException>(
            () => PaymentModelComparison.Of(forecast, default, [PaymentModel.Cpc(D(0.50m)), PaymentModel.Cpc(new Money(0.45m, Currency.Eur))]));
        Assert.Equal("models[1]", ex.ParamName);
    }
}
