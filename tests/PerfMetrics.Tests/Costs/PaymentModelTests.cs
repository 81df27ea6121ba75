namespace PerfMetrics.Tests;

public partial class PaymentModelTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money Dollars(decimal amount) => new(amount, Usd);

    private static readonly Delivery Week = new(impressions: 120_000, clicks: 700, leads: 40, acquisitions: 14, revenue: Dollars(1250m));

    [Fact]
    public void Cpc_PaysPerClick()
    {
        // 0.50 USD x 700 clicks = 350.00 USD.
        Assert.Equal(Dollars(350m), PaymentModel.Cpc(Dollars(0.50m)).Cost(Week));
    }

    [Fact]
    public void Cpm_PaysPerThousandImpressions()
    {
        // 5.00 USD per mille x 120,000 impressions / 1000 = 600.00 USD.
        Assert.Equal(Dollars(600m), PaymentModel.Cpm(Dollars(5m)).Cost(Week));
    }

    [Fact]
    public void Cpl_PaysPerLead() => Assert.Equal(Dollars(320m), PaymentModel.Cpl(Dollars(8m)).Cost(Week)); // 8 x 40

    [Fact]
    public void Cpa_PaysPerAcquisition() => Assert.Equal(Dollars(350m), PaymentModel.Cpa(Dollars(25m)).Cost(Week)); // 25 x 14

    [Fact]
    public void RevenueShare_PaysAShareOfRevenue()
    {
        // 10% of 1,250.00 USD = 125.00 USD.
        Assert.Equal(Dollars(125m), PaymentModel.RevenueShare(0.10m).Cost(Week));
        Assert.Equal(default, PaymentModel.RevenueShare(0.10m).Cost(new Delivery(clicks: 5)));
    }

    [Fact]
    public void FlatFee_PaysTheFeeWhateverIsDelivered()
    {
        Assert.Equal(Dollars(500m), PaymentModel.FlatFee(Dollars(500m)).Cost(Week));
        Assert.Equal(Dollars(500m), PaymentModel.FlatFee(Dollars(500m)).Cost(default));
    }

    [Fact]
    public void Hybrid_PaysTheSumOfItsParts()
    {
        // Influencer deal: 500.00 flat + 10% of 1,250.00 = 625.00 USD.
        var model = PaymentModel.Hybrid(PaymentModel.FlatFee(Dollars(500m)), PaymentModel.RevenueShare(0.10m));
        Assert.Equal(Dollars(625m), model.Cost(Week));
        Assert.Equal(PaymentModelKind.Hybrid, model.Kind);
        Assert.Equal(2, model.Parts.Length);
        Assert.Equal("Hybrid(FlatFee 500.00 USD + RevenueShare 0.1)", model.ToString());
    }

    [Fact]
    public void Hybrid_FlattensNestedHybrids()
    {
        var inner = PaymentModel.Hybrid(PaymentModel.Cpc(Dollars(0.1m)), PaymentModel.Cpa(Dollars(2m)));
        var outer = PaymentModel.Hybrid(inner, PaymentModel.FlatFee(Dollars(1m)));
        Assert.Equal(3, outer.Parts.Length);
        Assert.DoesNotContain(outer.Parts, p => p.Kind == PaymentModelKind.Hybrid);
        Assert.Equal(Dollars(70m + 28m + 1m), outer.Cost(Week));
    }

    [Fact]
    public void Hybrid_BadInput_Throws()
    {
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => PaymentModel.Hybrid()).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentException>(() => PaymentModel.Hybrid(default(PaymentModel))).ParamName);
        Assert.Throws<ArgumentNullException>(() => PaymentModel.Hybrid(null!));
        var mismatch = Assert.Throws<CurrencyMismatchException>(() =>
            PaymentModel.Hybrid(PaymentModel.Cpc(Dollars(1m)), PaymentModel.FlatFee(new Money(1m, Currency.Eur))));
        Assert.Equal("parts[1]", mismatch.ParamName);
    }

    [Fact]
    public void Hybrid_RevenueInAnotherCurrency_ThrowsMismatchOnCost()
    {
        var model = PaymentModel.Hybrid(PaymentModel.FlatFee(Dollars(1m)), PaymentModel.RevenueShare(0.1m));
        Assert.Throws<CurrencyMismatchException>(() => model.Cost(new Delivery(revenue: new Money(10m, Currency.Eur))));
    }

    [Fact]
    public void Factories_RejectNegativeAndCurrencylessRates()
    {
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => PaymentModel.Cpc(Dollars(-0.5m)));
        Assert.Equal("perClick", negative.ParamName);
        Assert.Contains("perClick must be non-negative, was -0.50 USD", negative.Message, StringComparison.Ordinal);
        Assert.Equal("perThousand", Assert.Throws<ArgumentOutOfRangeException>(() => PaymentModel.Cpm(Dollars(-1m))).ParamName);
        Assert.Equal("perLead", Assert.Throws<ArgumentOutOfRangeException>(() => PaymentModel.Cpl(Dollars(-1m))).ParamName);
        Assert.Equal("perAcquisition", Assert.Throws<ArgumentOutOfRangeException>(() => PaymentModel.Cpa(Dollars(-1m))).ParamName);
        Assert.Equal("fee", Assert.Throws<ArgumentOutOfRangeException>(() => PaymentModel.FlatFee(Dollars(-1m))).ParamName);
        Assert.Equal("perClick", Assert.Throws<ArgumentException>(() => PaymentModel.Cpc(default)).ParamName);
        Assert.Equal("share", Assert.Throws<ArgumentOutOfRangeException>(() => PaymentModel.RevenueShare(1.01m)).ParamName);
        Assert.Equal("share", Assert.Throws<ArgumentOutOfRangeException>(() => PaymentModel.RevenueShare(-0.01m)).ParamName);
    }

    [Fact]
    public void Default_CostThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => default(PaymentModel).Cost(Week));
        Assert.Equal("None", default(PaymentModel).ToString());
        Assert.Empty(default(PaymentModel).Parts);
    }

    [Fact]
    public void Properties_ExposeTheRate()
    {
        var cpc = PaymentModel.Cpc(Dollars(0.5m));
        Assert.Equal(PaymentModelKind.Cpc, cpc.Kind);
        Assert.Equal(Dollars(0.5m), cpc.Rate);
        Assert.Equal(0m, cpc.Share);
        Assert.Equal("CPC 0.50 USD", cpc.ToString());
        Assert.Equal(0.25m, PaymentModel.RevenueShare(0.25m).Share);
    }

    [Fact]
    public void Equality_FollowsContract() =>
        ContractAssert.Equality(PaymentModel.Cpc(Dollars(0.5m)), PaymentModel.Cpc(Dollars(0.50m)), PaymentModel.Cpa(Dollars(0.5m)));
}

