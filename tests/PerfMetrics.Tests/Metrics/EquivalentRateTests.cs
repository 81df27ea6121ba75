using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class EquivalentRateTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    private static readonly Delivery Forecast = new(impressions: 50_000, clicks: 700, leads: 70, acquisitions: 14, revenue: D(1_400m));

    [Fact]
    public void CpaForCpc_At2PercentCvr_Is50Clicks()
    {
        // 2% CVR: 1 / 0.02 = 50 clicks per sale; 50 x 0.50 = 25.00 per sale.
        Assert.Equal(D(25m), EquivalentRate.CpaForCpc(D(0.50m), 0.02m));
        Assert.Null(EquivalentRate.CpaForCpc(D(0.50m), 0m));
    }

    [Fact]
    public void CpcForCpa_At2PercentCvr_Is50Cents() => Assert.Equal(D(0.50m), EquivalentRate.CpcForCpa(D(25m), 0.02m));

    [Fact]
    public void CpmForCpc_At1Point4PercentCtr()
    {
        // 1,000 impressions x 0.014 = 14 clicks; 14 x 0.50 = 7.00 per thousand.
        Assert.Equal(D(7m), EquivalentRate.CpmForCpc(D(0.50m), 0.014m));
    }

    [Fact]
    public void CpcForCpm_At1Point4PercentCtr()
    {
        // 7.00 per thousand impressions, 14 clicks per thousand: 7 / 14 = 0.50 per click.
        Assert.Equal(D(0.50m), EquivalentRate.CpcForCpm(D(7m), 0.014m));
        Assert.Null(EquivalentRate.CpcForCpm(D(7m), 0m));
    }

    [Fact]
    public void CpaForCpmAndBack()
    {
        // 1,000 impressions -> 14 clicks -> 14 x 0.02 = 0.28 sales; 7.00 / 0.28 = 25.00 per sale; and back 25 x 0.28 = 7.
        Assert.Equal(D(25m), EquivalentRate.CpaForCpm(D(7m), 0.014m, 0.02m));
        Assert.Equal(D(7m), EquivalentRate.CpmForCpa(D(25m), 0.014m, 0.02m));
        Assert.Null(EquivalentRate.CpaForCpm(D(7m), 0.014m, 0m));
        Assert.Null(EquivalentRate.CpaForCpm(D(7m), 0m, 0.02m));
    }

    [Fact]
    public void RevenueShareForCpa_IsCpaOverAov()
    {
        // $25 per sale on a $100 order is a 25 / 100 = 25% revenue share.
        Assert.Equal(0.25m, EquivalentRate.RevenueShareForCpa(D(25m), D(100m)));
        Assert.Equal(1.5m, EquivalentRate.RevenueShareForCpa(D(150m), D(100m)));
        Assert.Null(EquivalentRate.RevenueShareForCpa(D(25m), D(0m)));
        Assert.Throws<CurrencyMismatchException>(() => EquivalentRate.RevenueShareForCpa(D(25m), new Money(100m, Currency.Eur)));
    }

    [Fact]
    public void RateHelpers_RejectPercentagesAndNegativeRates()
    {
        Assert.Throws<ArgumentOutOfRangeException>("cvr", () => EquivalentRate.CpaForCpc(D(0.5m), 2m));
        Assert.Throws<ArgumentOutOfRangeException>("cvr", () => EquivalentRate.CpcForCpa(D(25m), -0.1m));
        Assert.Throws<ArgumentOutOfRangeException>("ctr", () => EquivalentRate.CpmForCpc(D(0.5m), 1.4m));
        Assert.Throws<ArgumentOutOfRangeException>("ctr", () => EquivalentRate.CpcForCpm(D(7m), 1.4m));
        Assert.Throws<ArgumentOutOfRangeException>("cvr", () => EquivalentRate.CpmForCpa(D(7m), 0.1m, 2m));
        Assert.Throws<ArgumentOutOfRangeException>("cpcRate", () => EquivalentRate.CpaForCpc(D(-0.5m), 0.02m));
        Assert.Throws<ArgumentOutOfRangeException>("cpmRate", () => EquivalentRate.CpaForCpm(D(-7m), 0.1m, 0.1m));
    }

    [Fact]
    public void Of_CpcAsEveryOtherKind_OnTheDropshippingForecast()
    {
        // CPC 0.50 x 700 clicks = 350. Same cost as: CPM 350 x 1000 / 50,000 = 7; CPL 350 / 70 = 5; CPA 350 / 14 = 25;
        // revenue share 350 / 1,400 = 25%; flat fee 350.
        var cpc = PaymentModel.Cpc(D(0.50m));
        Assert.Equal(PaymentModel.Cpm(D(7m)), EquivalentRate.Of(cpc, PaymentModelKind.Cpm, Forecast));
        Assert.Equal(PaymentModel.Cpl(D(5m)), EquivalentRate.Of(cpc, PaymentModelKind.Cpl, Forecast));
        Assert.Equal(PaymentModel.Cpa(D(25m)), EquivalentRate.Of(cpc, PaymentModelKind.Cpa, Forecast));
        Assert.Equal(PaymentModel.RevenueShare(0.25m), EquivalentRate.Of(cpc, PaymentModelKind.RevenueShare, Forecast));
        Assert.Equal(PaymentModel.FlatFee(D(350m)), EquivalentRate.Of(cpc, PaymentModelKind.FlatFee, Forecast));
        Assert.Equal(cpc, EquivalentRate.Of(cpc, PaymentModelKind.Cpc, Forecast));
    }

    [Fact]
    public void Of_HybridSource_MatchesItsTotalCost()
    {
        // Flat 100 + 10% of 1,400 = 240; as CPA: 240 / 14 = 17.142857...
        var hybrid = PaymentModel.Hybrid(PaymentModel.FlatFee(D(100m)), PaymentModel.RevenueShare(0.10m));
        var cpa = EquivalentRate.Of(hybrid, PaymentModelKind.Cpa, Forecast)!.Value;
        Assert.Equal(D(17.14m), cpa.Rate.Round());
    }

    [Fact]
    public void Of_TargetEventsAbsent_IsNull()
    {
        var cpc = PaymentModel.Cpc(D(0.50m));
        Assert.Null(EquivalentRate.Of(cpc, PaymentModelKind.Cpl, new Delivery(clicks: 700)));
        Assert.Null(EquivalentRate.Of(cpc, PaymentModelKind.RevenueShare, new Delivery(clicks: 700)));
        // 700 x 0.50 = 350 > 100 revenue: no share up to 100% matches.
        Assert.Null(EquivalentRate.Of(cpc, PaymentModelKind.RevenueShare, new Delivery(clicks: 700, revenue: D(100m))));
    }

    [Fact]
    public void Of_InvalidInputs_Throw()
    {
        Assert.Throws<ArgumentException>("model", () => EquivalentRate.Of(default, PaymentModelKind.Cpa, Forecast));
        Assert.Throws<ArgumentOutOfRangeException>("target", () => EquivalentRate.Of(PaymentModel.Cpc(D(1m)), PaymentModelKind.Hybrid, Forecast));
        Assert.Throws<ArgumentOutOfRangeException>("target", () => EquivalentRate.Of(PaymentModel.Cpc(D(1m)), (PaymentModelKind)42, Forecast));
        Assert.Throws<ArgumentException>("model", () => EquivalentRate.Of(PaymentModel.RevenueShare(0.1m), PaymentModelKind.Cpc, new Delivery(clicks: 1)));
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool TheEquivalentRateCostsTheSameOnTheForecast(ForecastCase c, PaymentModelKind target)
    {
        if (c.Model.Cost(c.Forecast).IsDefault && target != PaymentModelKind.RevenueShare)
        {
            return true; // no currency to price in; pinned by Of_InvalidInputs_Throw
        }

        var cost = c.Model.Cost(c.Forecast);
        var f = c.Forecast;
        if (EquivalentRate.Of(c.Model, target, f) is not { } equivalent)
        {
            // null only when the forecast lacks what the target pays for, or a share would exceed 100%.
            return target switch
            {
                PaymentModelKind.Cpc => f.Clicks == 0,
                PaymentModelKind.Cpm => f.Impressions == 0,
                PaymentModelKind.Cpl => f.Leads == 0,
                PaymentModelKind.Cpa => f.Acquisitions == 0,
                PaymentModelKind.RevenueShare => f.Revenue.Amount == 0m || cost.Amount > f.Revenue.Amount,
                _ => false,
            };
        }

        // rate = cost / units, so rate x units = cost up to decimal's 28 places per unit.
        var units = Math.Max(1m, f.Impressions + f.Clicks + f.Leads + f.Acquisitions + f.Revenue.Amount);
        var tolerance = (1e-20m * Math.Max(1m, cost.Amount)) + (1e-26m * units);
        return equivalent.Kind == target && Math.Abs(equivalent.Cost(f).Amount - cost.Amount) <= tolerance;
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CpcAndItsCpaEquivalentCostTheSameAtTheGivenCvr(NonNegativeMoney cpc, UnitRate cvr, Count scale)
    {
        // Build a delivery where the CVR holds exactly: clicks = 10,000 n, acquisitions = (10,000 x cvr) n.
        var n = Math.Max(1L, scale.Value % 1_000);
        var clicks = 10_000L * n;
        var acquisitions = (long)(cvr.Value * 10_000m) * n;
        var cpcCost = cpc.Value * clicks;
        if (EquivalentRate.CpaForCpc(cpc.Value, cvr.Value) is not { } cpa)
        {
            return cvr.Value == 0m;
        }

        var cpaCost = cpa * acquisitions;
        return Math.Abs(cpaCost.Amount - cpcCost.Amount) <= (1e-20m * Math.Max(1m, cpcCost.Amount)) + (1e-26m * acquisitions)
            && EquivalentRate.CpcForCpa(cpa, cvr.Value) * clicks is var back
            && Math.Abs(back.Amount - cpcCost.Amount) <= (1e-20m * Math.Max(1m, cpcCost.Amount)) + (1e-26m * clicks);
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CpmAndItsCpcEquivalentCostTheSameAtTheGivenCtr(NonNegativeMoney cpm, UnitRate ctr, Count scale)
    {
        // impressions = 10,000 n, clicks = (10,000 x ctr) n, so clicks / impressions = ctr exactly.
        var n = Math.Max(1L, scale.Value % 1_000);
        var impressions = 10_000L * n;
        var clicks = (long)(ctr.Value * 10_000m) * n;
        var cpmCost = cpm.Value * impressions / 1000m;
        if (EquivalentRate.CpcForCpm(cpm.Value, ctr.Value) is not { } cpc)
        {
            return ctr.Value == 0m;
        }

        var cpcCost = cpc * clicks;
        var cpmBack = EquivalentRate.CpmForCpc(cpc, ctr.Value) * impressions / 1000m;
        var tolerance = (1e-20m * Math.Max(1m, cpmCost.Amount)) + (1e-26m * impressions);
        return Math.Abs(cpcCost.Amount - cpmCost.Amount) <= tolerance && Math.Abs(cpmBack.Amount - cpmCost.Amount) <= tolerance;
    }
}
