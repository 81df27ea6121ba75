using System.Numerics;
using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class CpaVersusMarginTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    [Fact]
    public void Of_SpecDropshippingExample_IsProfitable()
    {
        // SPEC §3 worked example: $350 spent, 14 sales, $38 margin each.
        //   CPA                    = 350 / 14        = 25.00
        //   profit per sale        = 38 - 25         = 13.00
        //   total profit           = 38 x 14 - 350   = 532 - 350 = 182.00  (= 13 x 14)
        //   headroom share         = 13 / 38         = 0.342105...
        //   verdict                = 25 < 38         -> Profitable
        var r = CpaVersusMargin.Of(D(350m), 14m, D(38m));

        Assert.Equal(D(25.00m), r.Cpa);
        Assert.Equal(D(38.00m), r.UnitMargin);
        Assert.Equal(D(13.00m), r.Headroom);
        Assert.Equal(D(182.00m), r.TotalProfit);
        Assert.Equal(D(13.00m), r.Headroom);
        Assert.Equal(0.3421m, decimal.Round(r.HeadroomShare!.Value, 4));
        Assert.Equal(ProfitVerdict.Profitable, r.Verdict);
        Assert.Equal(14m, r.Acquisitions);
        Assert.Equal(D(350m), r.Spend);
    }

    [Fact]
    public void Of_SpecSecondExample_CpaIs25()
    {
        // SPEC §3: $300 and 12 sales -> CPA 300 / 12 = 25.00; with the $38 margin: 38 x 12 - 300 = 156 profit.
        var r = CpaVersusMargin.Of(D(300m), 12m, D(38m));
        Assert.Equal(D(25.00m), r.Cpa);
        Assert.Equal(D(156m), r.TotalProfit);
        Assert.Equal(ProfitVerdict.Profitable, r.Verdict);
    }

    [Fact]
    public void Of_CpaEqualToMargin_IsBreakEven()
    {
        // $532 for 14 sales: CPA = 532 / 14 = 38 = margin; total profit 38 x 14 - 532 = 0; headroom 0, share 0.
        var r = CpaVersusMargin.Of(D(532m), 14m, D(38m));
        Assert.Equal(ProfitVerdict.BreakEven, r.Verdict);
        Assert.Equal(D(0m), r.TotalProfit);
        Assert.Equal(D(0m), r.Headroom);
        Assert.Equal(0m, r.HeadroomShare);
    }

    [Fact]
    public void Of_OneCentAboveBreakEven_IsUnprofitable()
    {
        // $532.01 for 14 sales: CPA = 38.000714... > 38; total profit = 532 - 532.01 = -0.01. No tolerance.
        var r = CpaVersusMargin.Of(D(532.01m), 14m, D(38m));
        Assert.Equal(ProfitVerdict.Unprofitable, r.Verdict);
        Assert.Equal(D(-0.01m), r.TotalProfit);
        Assert.True(r.Headroom!.Value < D(0m));
    }

    [Fact]
    public void Of_CpaAboveMargin_IsUnprofitable()
    {
        // $700 for 14 sales: CPA = 50 > 38; profit per sale 38 - 50 = -12; total 532 - 700 = -168 (= -12 x 14);
        // headroom share = -12 / 38 = -0.3157...
        var r = CpaVersusMargin.Of(D(700m), 14m, D(38m));
        Assert.Equal(ProfitVerdict.Unprofitable, r.Verdict);
        Assert.Equal(D(50m), r.Cpa);
        Assert.Equal(D(-12m), r.Headroom);
        Assert.Equal(D(-168m), r.TotalProfit);
        Assert.Equal(-0.3158m, decimal.Round(r.HeadroomShare!.Value, 4));
    }

    [Fact]
    public void Of_NoAcquisitions_IsUndefinedButTotalProfitIsMinusSpend()
    {
        // $350 and no sales: CPA undefined; total profit = 38 x 0 - 350 = -350.
        var r = CpaVersusMargin.Of(D(350m), 0m, D(38m));
        Assert.Equal(ProfitVerdict.Undefined, r.Verdict);
        Assert.Null(r.Cpa);
        Assert.Null(r.Headroom);
        Assert.Null(r.Headroom);
        Assert.Null(r.HeadroomShare);
        Assert.Equal(D(-350m), r.TotalProfit);
    }

    [Fact]
    public void Of_ZeroMargin_HeadroomShareIsNull()
    {
        // Margin 0, CPA 25: headroom -25, but a share of a zero margin has no meaning -> null.
        var r = CpaVersusMargin.Of(D(350m), 14m, D(0m));
        Assert.Equal(ProfitVerdict.Unprofitable, r.Verdict);
        Assert.Equal(D(-25m), r.Headroom);
        Assert.Null(r.HeadroomShare);
    }

    [Fact]
    public void Of_FreeAcquisitions_HeadroomShareIsOne()
    {
        // Nothing spent, 3 sales at $38: CPA 0, headroom 38, share 38 / 38 = 1.
        var r = CpaVersusMargin.Of(D(0m), 3m, D(38m));
        Assert.Equal(ProfitVerdict.Profitable, r.Verdict);
        Assert.Equal(1m, r.HeadroomShare);
        Assert.Equal(D(114m), r.TotalProfit);
    }

    [Fact]
    public void Of_ZeroSpendAndZeroMargin_IsBreakEven() =>
        Assert.Equal(ProfitVerdict.BreakEven, CpaVersusMargin.Of(D(0m), 3m, D(0m)).Verdict);

    [Fact]
    public void Of_FractionalAttributedAcquisitions_Works()
    {
        // A channel credited with 2.5 sales for $60: CPA 60 / 2.5 = 24; profit 38 x 2.5 - 60 = 95 - 60 = 35.
        var r = CpaVersusMargin.Of(D(60m), 2.5m, D(38m));
        Assert.Equal(D(24m), r.Cpa);
        Assert.Equal(D(35m), r.TotalProfit);
        Assert.Equal(ProfitVerdict.Profitable, r.Verdict);
    }

    [Fact]
    public void Of_InexactDivision_VerdictIsDecidedWithoutTheDivision()
    {
        // $1 for 3 sales against a margin of 1/3 as decimal (0.3333...3, 28 threes). The decimal CPA 1 / 3 equals the
        // margin digit for digit, but 3 x 0.3333...3 = 0.9999...9 (exact, 28 nines) < 1: the sales really lose 1e-28 USD.
        var margin = D(1m / 3m);
        var r = CpaVersusMargin.Of(D(1m), 3m, margin);
        Assert.Equal(margin, r.Cpa);
        Assert.Equal(ProfitVerdict.Unprofitable, r.Verdict);
        Assert.Equal(D(-0.0000000000000000000000000001m), r.TotalProfit);
    }

    [Fact]
    public void Of_DefaultSpend_TakesTheMarginCurrency()
    {
        var r = CpaVersusMargin.Of(default, 2m, D(38m));
        Assert.Equal(Money.Zero(Usd), r.Spend);
        Assert.Equal(Money.Zero(Usd), r.Cpa);
        Assert.Equal(D(76m), r.TotalProfit);
    }

    [Fact]
    public void Of_DefaultMargin_TakesTheSpendCurrency()
    {
        var r = CpaVersusMargin.Of(D(10m), 2m, default);
        Assert.Equal(Money.Zero(Usd), r.UnitMargin);
        Assert.Equal(D(-10m), r.TotalProfit);
        Assert.Equal(ProfitVerdict.Unprofitable, r.Verdict);
    }

    [Fact]
    public void Of_Delivery_UsesItsAcquisitions() =>
        Assert.Equal(
            CpaVersusMargin.Of(D(350m), 14m, D(38m)),
            CpaVersusMargin.Of(D(350m), new Delivery(clicks: 700, acquisitions: 14), D(38m)));

    [Fact]
    public void Of_CurrencyMismatch_Throws()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => CpaVersusMargin.Of(D(350m), 14m, new Money(38m, Currency.Eur)));
        Assert.Equal("spend", ex.ParamName);
    }

    [Fact]
    public void Of_NegativeSpend_ThrowsNamingParameterAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CpaVersusMargin.Of(D(-12m), 14m, D(38m)));
        Assert.Equal("spend", ex.ParamName);
        Assert.StartsWith("spend must be non-negative, was -12.00 USD.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NegativeAcquisitions_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("acquisitions", () => CpaVersusMargin.Of(D(1m), -1m, D(38m)));

    [Fact]
    public void Of_NegativeMargin_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("unitMargin", () => CpaVersusMargin.Of(D(1m), 1m, D(-38m)));

    [Fact]
    public void Default_IsUndefinedWithZeros()
    {
        var r = default(MarginCheck);
        Assert.Equal(ProfitVerdict.Undefined, r.Verdict);
        Assert.Null(r.Cpa);
        Assert.Null(r.Headroom);
        Assert.Null(r.HeadroomShare);
        Assert.Equal(default(Money), r.TotalProfit);
        Assert.Equal(0m, r.Acquisitions);
        Assert.Equal(r, CpaVersusMargin.Of(default, 0m, default));
    }

    [Fact]
    public void Equality_ComparesEveryField()
    {
        var a = CpaVersusMargin.Of(D(350m), 14m, D(38m));
        var same = CpaVersusMargin.Of(D(350.00m), 14m, D(38.0m));
        var other = CpaVersusMargin.Of(D(350m), 14m, D(39m));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a.Equals((object)same));
        Assert.True(a != other);
        Assert.False(a.Equals(other));
        Assert.False(a.Equals("x"));
    }

    [Fact]
    public void ToString_IsInvariantAndReadable()
    {
        Assert.Equal(
            "Profitable: CPA 25.00 USD vs margin 38.00 USD, headroom 13.00 USD, total profit 182.00 USD",
            CpaVersusMargin.Of(D(350.00m), 14m, D(38.00m)).ToString());
        Assert.Equal(
            "Undefined: CPA undefined vs margin 38.00 USD, headroom undefined, total profit -350.00 USD",
            CpaVersusMargin.Of(D(350m), 0m, D(38m)).ToString());
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool VerdictMatchesAnIntegerOracleOnMinorUnits(MarginCase c)
    {
        // Oracle independent of decimal: compare margin x acquisitions with spend in whole minor units (BigInteger).
        var expected = c.Acquisitions == 0
            ? ProfitVerdict.Undefined
            : BigInteger.Compare(new BigInteger(c.MarginMinor) * c.Acquisitions, c.SpendMinor) switch
            {
                > 0 => ProfitVerdict.Profitable,
                0 => ProfitVerdict.BreakEven,
                _ => ProfitVerdict.Unprofitable,
            };
        return CpaVersusMargin.Of(c.Spend, c.Acquisitions, c.UnitMargin).Verdict == expected;
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool TotalProfitMatchesAnIntegerOracleOnMinorUnits(MarginCase c)
    {
        var expectedMinor = (new BigInteger(c.MarginMinor) * c.Acquisitions) - c.SpendMinor;
        var r = CpaVersusMargin.Of(c.Spend, c.Acquisitions, c.UnitMargin);
        return new BigInteger(r.TotalProfit.Amount / c.Currency.MinorUnit) == expectedMinor;
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool VerdictAgreesWithTheSignOfTotalProfit(NonNegativeMoney spend, FractionalCount acquisitions, Count marginMinor)
    {
        var margin = Money.FromMinorUnits(Math.Min(marginMinor.Value, 1_000_000_000L), spend.Value.Currency);
        var r = CpaVersusMargin.Of(spend.Value, acquisitions.Value, margin);
        return r.Verdict switch
        {
            ProfitVerdict.Undefined => acquisitions.Value == 0m && r.Cpa is null,
            ProfitVerdict.Profitable => r.TotalProfit.Amount > 0m,
            ProfitVerdict.BreakEven => r.TotalProfit.Amount == 0m,
            ProfitVerdict.Unprofitable => r.TotalProfit.Amount < 0m,
            _ => false,
        };
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool HeadroomTimesAcquisitionsIsTheTotalProfit(MarginCase c)
    {
        var r = CpaVersusMargin.Of(c.Spend, c.Acquisitions, c.UnitMargin);
        if (r.Headroom is not { } perAcquisition)
        {
            return c.Acquisitions == 0;
        }

        // margin - CPA keeps 28-29 significant digits, so the per-unit error is about 1e-28 of the margin or the CPA,
        // and multiplying by the acquisitions scales it up: tolerance relative to margin x acquisitions and spend.
        var product = perAcquisition * c.Acquisitions;
        var scale = Math.Max(1m, (c.UnitMargin.Amount * c.Acquisitions) + c.Spend.Amount);
        return Math.Abs(product.Amount - r.TotalProfit.Amount) <= 1e-24m * scale;
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool HeadroomShareIsNullExactlyWhenAcquisitionsOrMarginAreZero(MarginCase c) =>
        CpaVersusMargin.Of(c.Spend, c.Acquisitions, c.UnitMargin).HeadroomShare.HasValue
            == (c.Acquisitions != 0 && c.MarginMinor != 0);
}
