using FsCheck;
using FsCheck.Xunit;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Lifetime;

public partial class LtvTests
{
    private static readonly PeriodUnit Month = PeriodUnit.Month;

    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    private static MoneyPerPeriod PerMonth(decimal amount) => new(Usd(amount), Month);

    [Fact]
    public void RetentionMargin_EndOfPeriod_HandWorked()
    {
        // m = 100, r = 0.8, d = 0.1: 100 x 0.8 / (1 + 0.1 - 0.8) = 80 / 0.3 = 266.666... -> 266.67
        var ltv = Ltv.RetentionMargin(PerMonth(100m), new RetentionRate(0.8m, Month), new DiscountRate(0.1m, Month), CashFlowTiming.EndOfPeriod);
        Assert.Equal(Usd(266.67m), ltv.Round());
        Assert.Equal(266.666667m, decimal.Round(ltv.Amount, 6));
    }

    [Fact]
    public void RetentionMargin_StartOfPeriod_HandWorked()
    {
        // m = 100, r = 0.8, d = 0.1: 100 x 1.1 / 0.3 = 366.666... -> 366.67
        var ltv = Ltv.RetentionMargin(PerMonth(100m), new RetentionRate(0.8m, Month), new DiscountRate(0.1m, Month), CashFlowTiming.StartOfPeriod);
        Assert.Equal(Usd(366.67m), ltv.Round());
    }

    [Fact]
    public void RetentionMargin_NoDiscount_IsMarginTimesExpectedPayments()
    {
        // d = 0, r = 0.75: start 100 / 0.25 = 400 (four payments expected); end 100 x 0.75 / 0.25 = 300.
        var r = new RetentionRate(0.75m, Month);
        Assert.Equal(Usd(400m), Ltv.RetentionMargin(PerMonth(100m), r, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod));
        Assert.Equal(Usd(300m), Ltv.RetentionMargin(PerMonth(100m), r, DiscountRate.None(Month), CashFlowTiming.EndOfPeriod));
    }

    [Fact]
    public void RetentionMargin_FiniteHorizon_HandWorked()
    {
        var r = new RetentionRate(0.8m, Month);
        var none = DiscountRate.None(Month);
        var three = new Periods(3m, Month);

        // Start, no discount, 3 months: 100 + 80 + 64 = 244.
        Assert.Equal(Usd(244m), Ltv.RetentionMargin(PerMonth(100m), r, none, CashFlowTiming.StartOfPeriod, three));

        // End, no discount, 3 months: 80 + 64 + 51.2 = 195.2.
        Assert.Equal(Usd(195.2m), Ltv.RetentionMargin(PerMonth(100m), r, none, CashFlowTiming.EndOfPeriod, three));

        // End, d = 0.1, 2 months: 80 / 1.1 + 64 / 1.21 = 72.727272... + 52.892561... = 125.619834... -> 125.62.
        var two = Ltv.RetentionMargin(PerMonth(100m), r, new DiscountRate(0.1m, Month), CashFlowTiming.EndOfPeriod, new Periods(2m, Month));
        Assert.Equal(Usd(125.62m), two.Round());

        // Zero horizon: nothing.
        Assert.Equal(Usd(0m), Ltv.RetentionMargin(PerMonth(100m), r, none, CashFlowTiming.StartOfPeriod, new Periods(0m, Month)));
    }

    [Fact]
    public void RetentionRevenue_IsTheSameFormulaUnderItsOwnName()
    {
        var r = new RetentionRate(0.8m, Month);
        var d = new DiscountRate(0.1m, Month);
        Assert.Equal(Usd(916.67m), Ltv.RetentionRevenue(PerMonth(250m), r, d, CashFlowTiming.StartOfPeriod).Round()); // 250 x 1.1 / 0.3
        Assert.Equal(Usd(450m), Ltv.RetentionRevenue(PerMonth(250m), r, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod, new Periods(2m, Month))); // 250 + 200
    }

    [Fact]
    public void RetentionZero_PaysOnlyTheFirstPeriodAtStart()
    {
        var r = new RetentionRate(0m, Month);
        Assert.Equal(Usd(100m), Ltv.RetentionMargin(PerMonth(100m), r, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod));
        Assert.Equal(Usd(0m), Ltv.RetentionMargin(PerMonth(100m), r, DiscountRate.None(Month), CashFlowTiming.EndOfPeriod));
    }

    [Fact]
    public void SimpleMargin_HandWorked()
    {
        // AOV 50, 0.5 purchases a month, 40% margin, 24 months: 50 x 0.5 x 0.4 x 24 = 240.
        var ltv = Ltv.SimpleMargin(Usd(50m), new PurchaseFrequency(0.5m, Month), 0.4m, new Periods(24m, Month));
        Assert.Equal(Usd(240m), ltv);
    }

    [Fact]
    public void SimpleRevenue_HandWorked()
    {
        // AOV 50, 0.5 purchases a month, 24 months: 600 of revenue.
        Assert.Equal(Usd(600m), Ltv.SimpleRevenue(Usd(50m), new PurchaseFrequency(0.5m, Month), new Periods(24m, Month)));
    }

    [Fact]
    public void ExpectedLifetime_IsOneOverChurn()
    {
        Assert.Equal(new Periods(5m, Month), Ltv.ExpectedLifetime(new RetentionRate(0.8m, Month)));
        Assert.Equal(new Periods(1m, PeriodUnit.Week), Ltv.ExpectedLifetime(new RetentionRate(0m, PeriodUnit.Week)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.01")]
    [InlineData("-0.4")]
    public void SimpleMargin_MarginRateOutsideZeroToOne_Throws(string text)
    {
        var rate = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(
            () => Ltv.SimpleMargin(Usd(50m), new PurchaseFrequency(1m, Month), rate, new Periods(12m, Month)));
        Assert.Equal("grossMarginRate", ex.ParamName);
        Assert.Contains($"was {text}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WeeklyRateWithMonthlyMargin_ThrowsNamingTheMismatch()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => Ltv.RetentionMargin(PerMonth(100m), new RetentionRate(0.8m, PeriodUnit.Week), DiscountRate.None(Month), CashFlowTiming.EndOfPeriod));
        Assert.Equal("retention", ex.ParamName);
        Assert.Contains("P1W", ex.Message, StringComparison.Ordinal);
        Assert.Contains("P1M", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountInAnotherUnit_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => Ltv.RetentionMargin(PerMonth(100m), new RetentionRate(0.8m, Month), new DiscountRate(0.1m, PeriodUnit.Year), CashFlowTiming.EndOfPeriod));
        Assert.Equal("discount", ex.ParamName);
    }

    [Fact]
    public void HorizonInAnotherUnitOrFractional_Throws()
    {
        var r = new RetentionRate(0.8m, Month);
        var d = DiscountRate.None(Month);
        Assert.Equal("horizon", Assert.Throws<ArgumentException>(
            () => Ltv.RetentionMargin(PerMonth(100m), r, d, CashFlowTiming.EndOfPeriod, new Periods(12m, PeriodUnit.Week))).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentOutOfRangeException>(
            () => Ltv.RetentionMargin(PerMonth(100m), r, d, CashFlowTiming.EndOfPeriod, new Periods(1.5m, Month))).ParamName);
    }

    [Fact]
    public void SimpleLifetimeInAnotherUnit_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(
            () => Ltv.SimpleRevenue(Usd(50m), new PurchaseFrequency(1m, PeriodUnit.Week), new Periods(12m, Month)));
        Assert.Equal("expectedLifetime", ex.ParamName);
    }

    [Fact]
    public void DefaultInputs_ThrowNamingTheParameter()
    {
        var r = new RetentionRate(0.8m, Month);
        var d = DiscountRate.None(Month);
        Assert.Equal("margin", Assert.Throws<ArgumentException>(() => Ltv.RetentionMargin(default, r, d, CashFlowTiming.EndOfPeriod)).ParamName);
        Assert.Equal("retention", Assert.Throws<ArgumentException>(() => Ltv.RetentionMargin(PerMonth(1m), default, d, CashFlowTiming.EndOfPeriod)).ParamName);
        Assert.Equal("discount", Assert.Throws<ArgumentException>(() => Ltv.RetentionMargin(PerMonth(1m), r, default, CashFlowTiming.EndOfPeriod)).ParamName);
        Assert.Equal("timing", Assert.Throws<ArgumentOutOfRangeException>(() => Ltv.RetentionMargin(PerMonth(1m), r, d, (CashFlowTiming)7)).ParamName);
        Assert.Equal("averageOrderValue", Assert.Throws<ArgumentException>(
            () => Ltv.SimpleRevenue(default, new PurchaseFrequency(1m, Month), new Periods(1m, Month))).ParamName);
        Assert.Equal("averageOrderValue", Assert.Throws<ArgumentOutOfRangeException>(
            () => Ltv.SimpleRevenue(Usd(-1m), new PurchaseFrequency(1m, Month), new Periods(1m, Month))).ParamName);
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool FiniteHorizonLtvApproachesTheInfiniteOneFromBelow(RetentionCase c)
    {
        // The gap after N periods is exactly infinite x q^N with q = r / (1 + d) < 1, so it shrinks geometrically;
        // checked here against a term-by-term decimal sum (the oracle), not the closed form.
        var infinite = Ltv.RetentionMargin(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing);
        var finite = Ltv.RetentionMargin(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing, new Periods(c.Horizon, PeriodUnit.Month));
        var longer = Ltv.RetentionMargin(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing, new Periods(c.Horizon + 1, PeriodUnit.Month));
        var veryLong = Ltv.RetentionMargin(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing, new Periods(1_000_000, PeriodUnit.Month));

        var oracle = 0m;
        var weight = c.Timing == CashFlowTiming.StartOfPeriod ? 1m : c.Retention / (1m + c.Discount);
        for (var t = 0; t < Math.Min(c.Horizon, 60); t++)
        {
            oracle += c.Margin.Amount.Amount * weight;
            weight *= c.Retention / (1m + c.Discount);
        }

        var tolerance = 1e-12m * (1m + infinite.Amount);
        var oracleMatches = c.Horizon > 60 || Math.Abs(oracle - finite.Amount) <= tolerance;
        var veryLongClose = Math.Abs(infinite.Amount - veryLong.Amount) <= 0.01m;
        return oracleMatches
            && finite.Amount <= infinite.Amount + tolerance
            && finite.Amount <= longer.Amount + tolerance
            && veryLongClose;
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool AHigherDiscountNeverRaisesTheLtvAndAHigherRetentionNeverLowersIt(RetentionCase c)
    {
        // d -> d + 0.01 and r -> r + 0.01, infinite and finite horizons. Strictly, when money arrives after the first
        // moment: end of period with r > 0 (m r / (1 + d - r) falls in d and rises in r), and any start-of-period value
        // with r > 0 rises in r. At the start with r = 0 the value is m whatever d is.
        var horizon = new Periods(c.Horizon, PeriodUnit.Month);
        var higherDiscount = new DiscountRate(Math.Min(1m, c.Discount + 0.01m), PeriodUnit.Month);
        var higherRetention = new RetentionRate(Math.Min(0.9999m, c.Retention + 0.01m), PeriodUnit.Month);

        var ltv = Ltv.RetentionMargin(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing);
        var discounted = Ltv.RetentionMargin(c.Margin, c.RetentionRate, higherDiscount, c.Timing);
        var retained = Ltv.RetentionMargin(c.Margin, higherRetention, c.DiscountRate, c.Timing);
        var finite = Ltv.RetentionMargin(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing, horizon);
        var finiteDiscounted = Ltv.RetentionMargin(c.Margin, c.RetentionRate, higherDiscount, c.Timing, horizon);
        var finiteRetained = Ltv.RetentionMargin(c.Margin, higherRetention, c.DiscountRate, c.Timing, horizon);

        var weak = discounted <= ltv && retained >= ltv && finiteDiscounted <= finite && finiteRetained >= finite;
        var strictCase = c.MarginCents > 0 && c.Retention is > 0m and < 0.9999m;
        var strict = !strictCase
            || (retained > ltv && (c.Timing == CashFlowTiming.StartOfPeriod || (discounted < ltv && c.Discount < 1m)));
        return weak && strict;
    }

    [Fact]
    public void RetentionMargin_IsTheExactDecimalProduct_NotRoundedToCents()
    {
        // The one money rule (docs/lifetime-value.md): money per period x the decimal factor, never rounded.
        // 100.00 x 0.8 / 0.3: 0.8 / 0.3 = 2.6666666666666666666666666667 (28 places), x 100.00 = 266.66666666666666666666666667.
        var ltv = Ltv.RetentionMargin(PerMonth(100.00m), new RetentionRate(0.8m, Month), new DiscountRate(0.1m, Month), CashFlowTiming.EndOfPeriod);
        Assert.Equal(100.00m * (0.8m / 0.3m), ltv.Amount);
        Assert.NotEqual(ltv, ltv.Round());
    }

    [Fact]
    public void TheSameUnitMismatch_ThrowsNamingBothUnits_InEveryLifetimeCalculator()
    {
        // A monthly margin and retention with a weekly discount: Ltv, Payback, CpaCeiling and sBG all refuse it the same
        // way (Clv's own case is in ClvTests); nothing is converted.
        var weekly = new DiscountRate(0.01m, PeriodUnit.Week);
        var r = new RetentionRate(0.8m, Month);
        var sbg = new ShiftedBetaGeometric(1d, 2d, Month);
        Action[] calls =
        [
            () => Ltv.RetentionMargin(PerMonth(100m), r, weekly, CashFlowTiming.EndOfPeriod),
            () => Payback.Period(Usd(100m), PerMonth(100m), r, weekly, CashFlowTiming.EndOfPeriod),
            () => CpaCeiling.FromPayback(PerMonth(100m), r, weekly, CashFlowTiming.EndOfPeriod, new Periods(3m, Month)),
            () => sbg.MarginLtv(PerMonth(100m), weekly, CashFlowTiming.EndOfPeriod),
            () => sbg.MarginLtv(PerMonth(100m), weekly, CashFlowTiming.EndOfPeriod, new Periods(3m, Month)),
            () => sbg.DiscountedExpectedResidualLifetime(weekly, 1),
        ];
        foreach (var call in calls)
        {
            var ex = Assert.Throws<ArgumentException>(call);
            Assert.Equal("discount", ex.ParamName);
            Assert.Contains("P1W", ex.Message, StringComparison.Ordinal);
            Assert.Contains("P1M", ex.Message, StringComparison.Ordinal);
        }

        // Converted on purpose, the weekly rate is refused as weekly still: ConvertTo throws for weeks to months.
        Assert.Throws<ArgumentException>(() => weekly.ConvertTo(Month));
    }
}
