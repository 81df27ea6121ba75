using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// <c>default(Money)</c> is a currency-less zero (STYLE: money). When one input of a calculator is such a zero and another
/// input names a currency, every money in the result is in that currency: a zero difference comes out as 0 USD, not as
/// default(Money). Hand-worked values in each test.
/// </summary>
public partial class PaymentModelComparisonTests
{
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
