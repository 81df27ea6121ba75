using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class PaymentModelComparisonTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    // The dropshipping forecast: 50,000 impressions, 700 clicks (CTR 1.4%), 14 sales (CVR 2%), $1,400 revenue (AOV $100),
    // $38 margin per sale, so a gross profit of 14 x 38 = $532 before advertising.
    private static readonly Delivery Forecast = new(impressions: 50_000, clicks: 700, acquisitions: 14, revenue: D(1_400m));

    [Fact]
    public void Of_DropshippingForecast_CostsCpaAndProfitPerModel()
    {
        var rows = PaymentModelComparison.Of(
            Forecast,
            D(38m),
            [
                PaymentModel.Cpc(D(0.50m)),                                         // 700 x 0.50 = 350
                PaymentModel.Cpm(D(7m)),                                            // 50,000 / 1,000 x 7 = 350
                PaymentModel.Cpa(D(30m)),                                           // 14 x 30 = 420
                PaymentModel.RevenueShare(0.20m),                                   // 1,400 x 0.20 = 280
                PaymentModel.FlatFee(D(600m)),                                      // 600
                PaymentModel.Hybrid(PaymentModel.FlatFee(D(100m)), PaymentModel.RevenueShare(0.10m)), // 100 + 140 = 240
            ]);

        Assert.Equal([D(350m), D(350m), D(420m), D(280m), D(600m), D(240m)], rows.Select(r => r.Cost));
        // effective CPA = cost / 14: 25, 25, 30, 20, 42.857..., 17.142...
        Assert.Equal([D(25m), D(25m), D(30m), D(20m)], rows.Take(4).Select(r => r.EffectiveCpa!.Value));
        Assert.Equal(D(42.86m), rows[4].EffectiveCpa!.Value.Round());
        // profit = 532 - cost: 182, 182, 112, 252, -68, 292
        Assert.Equal([D(182m), D(182m), D(112m), D(252m), D(-68m), D(292m)], rows.Select(r => r.AdvertiserProfit));
        Assert.All(rows, r => Assert.Equal(D(532m), r.GrossProfit));
        Assert.Equal(
            [ProfitVerdict.Profitable, ProfitVerdict.Profitable, ProfitVerdict.Profitable, ProfitVerdict.Profitable, ProfitVerdict.Unprofitable, ProfitVerdict.Profitable],
            rows.Select(r => r.Verdict));
    }

    [Fact]
    public void Of_VerdictMatchesCpaVersusMarginOnTheModelCost()
    {
        var rows = PaymentModelComparison.Of(Forecast, D(38m), [PaymentModel.Cpa(D(38m)), PaymentModel.Cpa(D(38.01m))]);
        Assert.Equal(CpaVersusMargin.Of(D(532m), 14m, D(38m)).Verdict, rows[0].Verdict);
        Assert.Equal(ProfitVerdict.BreakEven, rows[0].Verdict);
        Assert.Equal(ProfitVerdict.Unprofitable, rows[1].Verdict);
    }

    [Fact]
    public void FromMarginRate_UsesRevenueTimesRate()
    {
        // 1,400 x 0.38 = 532, the same gross profit as 14 x $38.
        var byRate = PaymentModelComparison.FromMarginRate(Forecast, 0.38m, [PaymentModel.Cpc(D(0.50m))]);
        var byUnit = PaymentModelComparison.Of(Forecast, D(38m), [PaymentModel.Cpc(D(0.50m))]);
        Assert.Equal(byUnit[0], byRate[0]);
    }

    [Fact]
    public void Of_NoAcquisitions_CpaUndefinedAndProfitIsMinusCost()
    {
        var rows = PaymentModelComparison.Of(new Delivery(clicks: 700), D(38m), [PaymentModel.Cpc(D(0.50m)), PaymentModel.Cpa(D(30m))]);
        Assert.Null(rows[0].EffectiveCpa);
        Assert.Equal(D(-350m), rows[0].AdvertiserProfit);
        Assert.Equal(ProfitVerdict.Undefined, rows[0].Verdict);
        Assert.Equal(D(0m), rows[1].Cost);
    }

    [Fact]
    public void Of_RevenueShareWithoutRevenue_CostIsZeroInTheMarginCurrency()
    {
        var rows = PaymentModelComparison.Of(new Delivery(clicks: 10, acquisitions: 1), D(38m), [PaymentModel.RevenueShare(0.2m)]);
        Assert.Equal(Money.Zero(Usd), rows[0].Cost);
        Assert.Equal(D(38m), rows[0].AdvertiserProfit);
    }

    [Fact]
    public void Of_EmptyModels_IsEmpty() => Assert.Empty(PaymentModelComparison.Of(Forecast, D(38m), []));

    [Fact]
    public void Of_InvalidInputs_Throw()
    {
        Assert.Throws<ArgumentNullException>("models", () => PaymentModelComparison.Of(Forecast, D(38m), null!));
        var ex = Assert.Throws<ArgumentException>(() => PaymentModelComparison.Of(Forecast, D(38m), [PaymentModel.Cpc(D(1m)), default]));
        Assert.Equal("models", ex.ParamName);
        Assert.StartsWith("models[1] must be a payment model", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("unitMargin", () => PaymentModelComparison.Of(Forecast, D(-1m), []));
        Assert.Throws<ArgumentOutOfRangeException>("marginRate", () => PaymentModelComparison.FromMarginRate(Forecast, 38m, []));
        var mismatch = Assert.Throws<CurrencyMismatchException>(
            () => PaymentModelComparison.Of(Forecast, D(38m), [PaymentModel.Cpc(new Money(1m, Currency.Eur))]));
        Assert.Equal("models[0]", mismatch.ParamName);
        Assert.Throws<CurrencyMismatchException>(() => PaymentModelComparison.Of(Forecast, new Money(38m, Currency.Eur), []));
    }

    [Fact]
    public void Outcome_EqualityDefaultAndToString()
    {
        var a = PaymentModelComparison.Of(Forecast, D(38m), [PaymentModel.Cpc(D(0.50m))])[0];
        var b = PaymentModelComparison.Of(Forecast, D(38m), [PaymentModel.Cpc(D(0.50m))])[0];
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != default);
        Assert.Equal(ProfitVerdict.Undefined, default(PaymentModelOutcome).Verdict);
        Assert.Equal("CPC 0.50 USD: cost 350.00 USD, effective CPA 25.00 USD, profit 182.00 USD (Profitable)", a.ToString());
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool ProfitPlusCostIsTheSameForEveryModel(ForecastCase a, ForecastCase b)
    {
        // Whatever the model, advertiser profit + cost = gross profit = margin x acquisitions of the shared forecast.
        var rows = PaymentModelComparison.Of(a.Forecast, new Money(38m, Currency.Usd), [a.Model, b.Model]);
        var gross = new Money(38m, Currency.Usd) * a.Forecast.Acquisitions;
        return rows.All(r => r.AdvertiserProfit + r.Cost == gross);
    }
}
