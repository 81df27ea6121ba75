using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Edges of <see cref="EquivalentRate"/> that the worked examples do not reach: a revenue share of exactly 100%, a
/// revenue share asked for across currencies, every parameter of the rate helpers checked on its own, and the text of
/// the errors (SPEC §6: the message names the parameter, the rule and the value).
/// </summary>
public partial class EquivalentRateTests
{
    [Fact]
    public void Of_RevenueShareCostingAllTheRevenue_IsOneHundredPercent()
    {
        // CPC $0.50 x 200 clicks = $100 cost on $100 revenue: the equal revenue share is 100 / 100 = 1 (the whole
        // revenue), a valid share. Only a cost above the revenue has no share (a share cannot exceed 1).
        var cpc = PaymentModel.Cpc(D(0.50m));
        Assert.Equal(PaymentModel.RevenueShare(1m), EquivalentRate.Of(cpc, PaymentModelKind.RevenueShare, new Delivery(clicks: 200, revenue: D(100m))));
        Assert.Null(EquivalentRate.Of(cpc, PaymentModelKind.RevenueShare, new Delivery(clicks: 201, revenue: D(100m))));
    }

    [Fact]
    public void Of_RevenueShareOfACostInAnotherCurrency_Throws()
    {
        // A CPC in euros against revenue in dollars: 50 EUR / 100 USD is no share at all, whatever the numbers say.
        var cpcInEuros = PaymentModel.Cpc(new Money(0.50m, Currency.Eur));
        var ex = Assert.Throws<CurrencyMismatchException>(
            () => EquivalentRate.Of(cpcInEuros, PaymentModelKind.RevenueShare, new Delivery(clicks: 100, revenue: D(100m))));
        Assert.Equal("model", ex.ParamName);
    }

    [Fact]
    public void Of_InvalidInputs_MessagesNameTheRule()
    {
        var noModel = Assert.Throws<ArgumentException>("model", () => EquivalentRate.Of(default, PaymentModelKind.Cpa, new Delivery(acquisitions: 1)));
        Assert.StartsWith("model must be a payment model, was default(PaymentModel).", noModel.Message, StringComparison.Ordinal);

        var hybrid = Assert.Throws<ArgumentOutOfRangeException>(
            "target", () => EquivalentRate.Of(PaymentModel.Cpc(D(1m)), PaymentModelKind.Hybrid, new Delivery(clicks: 1)));
        Assert.StartsWith("target must be Cpc, Cpm, Cpl, Cpa, RevenueShare or FlatFee (a single-rate model), was Hybrid.", hybrid.Message, StringComparison.Ordinal);

        // A revenue share of no revenue costs default(Money): no rate in a currency can equal it.
        var noCurrency = Assert.Throws<ArgumentException>(
            "model", () => EquivalentRate.Of(PaymentModel.RevenueShare(0.1m), PaymentModelKind.Cpc, new Delivery(clicks: 1)));
        Assert.Contains("default(Money)", noCurrency.Message, StringComparison.Ordinal);
        Assert.Contains("no Cpc rate", noCurrency.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RateHelpers_CheckEveryParameter()
    {
        // Each call is valid but for one argument, so each assertion needs that argument's own check.
        Assert.Throws<ArgumentOutOfRangeException>("cpaRate", () => EquivalentRate.CpcForCpa(D(-25m), 0.02m));
        Assert.Throws<ArgumentOutOfRangeException>("cpcRate", () => EquivalentRate.CpmForCpc(D(-0.5m), 0.014m));
        Assert.Throws<ArgumentOutOfRangeException>("cpmRate", () => EquivalentRate.CpcForCpm(D(-7m), 0.014m));
        Assert.Throws<ArgumentOutOfRangeException>("ctr", () => EquivalentRate.CpaForCpm(D(7m), 1.4m, 0.02m));
        Assert.Throws<ArgumentOutOfRangeException>("cvr", () => EquivalentRate.CpaForCpm(D(7m), 0.014m, 2m));
        Assert.Throws<ArgumentOutOfRangeException>("cpaRate", () => EquivalentRate.CpmForCpa(D(-25m), 0.014m, 0.02m));
        Assert.Throws<ArgumentOutOfRangeException>("ctr", () => EquivalentRate.CpmForCpa(D(25m), -0.014m, 0.02m));
        Assert.Throws<ArgumentOutOfRangeException>("cpaRate", () => EquivalentRate.RevenueShareForCpa(D(-25m), D(100m)));
        Assert.Throws<ArgumentOutOfRangeException>("averageOrderValue", () => EquivalentRate.RevenueShareForCpa(D(25m), D(-100m)));
    }

    [Fact]
    public void RevenueShareForCpa_CurrencyMismatchWithZeroAov_StillThrows()
    {
        // The currency check comes before the zero test: 25 USD against 0 EUR is a mix-up, not an undefined share.
        var ex = Assert.Throws<CurrencyMismatchException>(() => EquivalentRate.RevenueShareForCpa(D(25m), Money.Zero(Currency.Eur)));
        Assert.Equal("averageOrderValue", ex.ParamName);
    }
}
