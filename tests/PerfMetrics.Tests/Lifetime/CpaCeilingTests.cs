using FsCheck.Xunit;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Lifetime;

public partial class CpaCeilingTests
{
    private static readonly PeriodUnit Month = PeriodUnit.Month;

    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    [Fact]
    public void FromLtv_DefaultRatioIsThree()
    {
        Assert.Equal(3m, CpaCeiling.DefaultTargetLtvToCacRatio);
        Assert.Equal(Usd(100m), CpaCeiling.FromLtv(Usd(300m)));

        // 266.666... / 3 = 88.888... -> 88.89
        var ltv = Ltv.RetentionMargin(new MoneyPerPeriod(Usd(100m), Month), new RetentionRate(0.8m, Month), new DiscountRate(0.1m, Month), CashFlowTiming.EndOfPeriod);
        Assert.Equal(Usd(88.89m), CpaCeiling.FromLtv(ltv).Round());
    }

    [Fact]
    public void WorkedExample_FromDocsLifetimeValue_Holds()
    {
        // docs/lifetime-value.md: $100 a year, r = 0.8, d = 0.1 per year.
        var year = PeriodUnit.Year;
        var m = new MoneyPerPeriod(Usd(100m), year);
        var r = new RetentionRate(0.8m, year);
        var d = new DiscountRate(0.1m, year);
        var start = Ltv.RetentionMargin(m, r, d, CashFlowTiming.StartOfPeriod);
        var end = Ltv.RetentionMargin(m, r, d, CashFlowTiming.EndOfPeriod);

        Assert.Equal(Usd(122.22m), CpaCeiling.FromLtv(start).Round());                   // 366.67 / 3
        Assert.Equal(Usd(88.89m), CpaCeiling.FromLtv(end).Round());                      // 266.67 / 3
        Assert.Equal(Usd(225.62m), CpaCeiling.FromPayback(m, r, d, CashFlowTiming.StartOfPeriod, new Periods(3m, year)).Round()); // 100 + 72.73 + 52.89
        Assert.Equal(Usd(244m), CpaCeiling.FromPayback(m, r, DiscountRate.None(year), CashFlowTiming.StartOfPeriod, new Periods(3m, year)));
        Assert.Equal(new Periods(5m, year), Payback.Period(Usd(200m), m, r, d, CashFlowTiming.EndOfPeriod));
        Assert.Equal(new Periods(5m, year), Ltv.ExpectedLifetime(r));
    }

    [Fact]
    public void FromLtv_OtherRatio_Divides() => Assert.Equal(Usd(75m), CpaCeiling.FromLtv(Usd(300m), 4m));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void FromLtv_NonPositiveRatio_Throws(int ratio)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CpaCeiling.FromLtv(Usd(300m), ratio));
        Assert.Equal("targetLtvToCacRatio", ex.ParamName);
        Assert.Contains($"was {ratio}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromLtv_NegativeOrDefaultLtv_Throws()
    {
        Assert.Equal("marginLtv", Assert.Throws<ArgumentOutOfRangeException>(() => CpaCeiling.FromLtv(Usd(-1m))).ParamName);
        Assert.Equal("marginLtv", Assert.Throws<ArgumentException>(() => CpaCeiling.FromLtv(default)).ParamName);
    }

    [Fact]
    public void FromPayback_HandWorked()
    {
        // 100 a month, r = 0.8, no discount, paid at the start: 3 months repay 100 + 80 + 64 = 244.
        var ceiling = CpaCeiling.FromPayback(
            new MoneyPerPeriod(Usd(100m), Month), new RetentionRate(0.8m, Month), DiscountRate.None(Month), CashFlowTiming.StartOfPeriod, new Periods(3m, Month));
        Assert.Equal(Usd(244m), ceiling);
    }

    [Fact]
    public void FromPayback_WindowInAnotherUnit_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => CpaCeiling.FromPayback(
            new MoneyPerPeriod(Usd(100m), Month), new RetentionRate(0.8m, Month), DiscountRate.None(Month), CashFlowTiming.StartOfPeriod, new Periods(3m, PeriodUnit.Quarter)));
        Assert.Equal("paybackWindow", ex.ParamName);
    }

    [Fact]
    public void Check_DropshippingCpaAgainstCeiling_IsWithin()
    {
        // $350 spent, 14 sales: CPA 25.00. Ceiling 88.89: headroom 63.89, 71.9% of the ceiling.
        var check = CpaCeiling.Check(Usd(350m), 14, Usd(88.89m));
        Assert.NotNull(check);
        Assert.Equal(Usd(25m), check.Value.Cpa);
        Assert.Equal(Usd(88.89m), check.Value.Ceiling);
        Assert.Equal(Usd(63.89m), check.Value.Headroom);
        Assert.Equal(0.7188m, decimal.Round(check.Value.HeadroomShare!.Value, 4));
        Assert.Equal(CeilingVerdict.WithinCeiling, check.Value.Verdict);
        Assert.Equal("WithinCeiling: CPA 25.00 USD, ceiling 88.89 USD, headroom 63.89 USD", check.Value.ToString());
    }

    [Fact]
    public void Check_AtAndAboveCeiling()
    {
        // One verdict rule (docs/metrics.md, "Verdicts"): exact, no tolerance. Until 0.2 a ceiling of 25.004 against a CPA
        // of 25 was AtCeiling (both rounded to the cent first); the CPA is 0.004 below it, so there is headroom.
        Assert.Equal(CeilingVerdict.WithinCeiling, CpaCeiling.Check(Usd(25m), Usd(25.004m)).Verdict);
        Assert.Equal(Usd(0.004m), CpaCeiling.Check(Usd(25m), Usd(25.004m)).Headroom);
        Assert.Equal(CeilingVerdict.AboveCeiling, CpaCeiling.Check(Usd(25.004m), Usd(25m)).Verdict);
        Assert.Equal(CeilingVerdict.AtCeiling, CpaCeiling.Check(Usd(25m), Usd(25m)).Verdict);
        Assert.Equal(CeilingVerdict.AtCeiling, CpaCeiling.Check(Usd(25.00m), Usd(25.0000m)).Verdict);
        Assert.Equal(CeilingVerdict.AtCeiling, CpaCeiling.Check(Usd(25.004m).Round(), Usd(25m)).Verdict); // round first for a tolerance
        var above = CpaCeiling.Check(Usd(30m), Usd(25m));
        Assert.Equal(CeilingVerdict.AboveCeiling, above.Verdict);
        Assert.Equal(Usd(-5m), above.Headroom);
        Assert.Equal(-0.2m, above.HeadroomShare);
    }

    [Fact]
    public void Check_ZeroCeiling_HasNoShare()
    {
        var check = CpaCeiling.Check(Usd(1m), Usd(0m));
        Assert.Null(check.HeadroomShare);
        Assert.Equal(CeilingVerdict.AboveCeiling, check.Verdict);
    }

    [Fact]
    public void Check_NoAcquisitions_IsNull() => Assert.Null(CpaCeiling.Check(Usd(350m), 0, Usd(88.89m)));

    [Fact]
    public void Check_BadInput_Throws()
    {
        Assert.Throws<CurrencyMismatchException>(() => CpaCeiling.Check(Usd(25m), new Money(30m, Currency.Eur)));
        Assert.Equal("acquisitions", Assert.Throws<ArgumentOutOfRangeException>(() => CpaCeiling.Check(Usd(1m), -1, Usd(1m))).ParamName);
        Assert.Equal("cpa", Assert.Throws<ArgumentOutOfRangeException>(() => CpaCeiling.Check(Usd(-1m), Usd(1m))).ParamName);
        Assert.Equal("ceiling", Assert.Throws<ArgumentException>(() => CpaCeiling.Check(Usd(1m), default)).ParamName);
    }

    [Fact]
    public void CeilingCheck_Equality()
    {
        var a = CpaCeiling.Check(Usd(25m), Usd(30m));
        var b = CpaCeiling.Check(Usd(25m), Usd(30m));
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.True(a != CpaCeiling.Check(Usd(26m), Usd(30m)));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CeilingIncreasesWithLtvAndDecreasesWithTheTargetRatio(CeilingCase c)
    {
        var low = Money.FromMinorUnits(Math.Min(c.LtvCents, c.OtherLtvCents), Currency.Usd);
        var high = Money.FromMinorUnits(Math.Max(c.LtvCents, c.OtherLtvCents), Currency.Usd);
        var smallRatio = Math.Min(c.Ratio, c.OtherRatio);
        var largeRatio = Math.Max(c.Ratio, c.OtherRatio);
        return CpaCeiling.FromLtv(low, c.Ratio) <= CpaCeiling.FromLtv(high, c.Ratio)
            && CpaCeiling.FromLtv(high, largeRatio) <= CpaCeiling.FromLtv(high, smallRatio)
            && (low == high || CpaCeiling.FromLtv(low, c.Ratio) < CpaCeiling.FromLtv(high, c.Ratio));
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool ALongerPaybackWindowNeverLowersTheCeiling(RetentionCase c)
    {
        var shorter = CpaCeiling.FromPayback(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing, new Periods(c.Horizon, PeriodUnit.Month));
        var longer = CpaCeiling.FromPayback(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing, new Periods(c.Horizon + 1 + (c.Horizon % 7), PeriodUnit.Month));
        return shorter <= longer;
    }
}
