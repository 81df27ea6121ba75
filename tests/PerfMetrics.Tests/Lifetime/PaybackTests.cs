using FsCheck.Xunit;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Lifetime;

public partial class PaybackTests
{
    private static readonly PeriodUnit Month = PeriodUnit.Month;

    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    private static MoneyPerPeriod PerMonth(decimal amount) => new(Usd(amount), Month);

    [Fact]
    public void Period_StartOfPeriod_HandWorked()
    {
        // 100 a month, r = 0.8, no discount, at the start: cumulative 100, 180, 244: a CAC of 200 pays back in 3 months.
        var periods = Payback.Period(Usd(200m), PerMonth(100m), new RetentionRate(0.8m, Month), DiscountRate.None(Month), CashFlowTiming.StartOfPeriod);
        Assert.Equal(new Periods(3m, Month), periods);

        // Exactly reaching the CAC counts: 180 pays back in 2.
        Assert.Equal(new Periods(2m, Month), Payback.Period(Usd(180m), PerMonth(100m), new RetentionRate(0.8m, Month), DiscountRate.None(Month), CashFlowTiming.StartOfPeriod));
    }

    [Fact]
    public void Period_EndOfPeriodDiscounted_HandWorked()
    {
        // End of period, d = 0.1: 72.73, +52.89 = 125.62, +38.47 = 164.09, +27.98 = 192.07, +20.35 = 212.41: a CAC of 200 needs 5.
        var periods = Payback.Period(Usd(200m), PerMonth(100m), new RetentionRate(0.8m, Month), new DiscountRate(0.1m, Month), CashFlowTiming.EndOfPeriod);
        Assert.Equal(new Periods(5m, Month), periods);
    }

    [Fact]
    public void Period_CacEqualToTheLifetimeValue_IsNeverRepaid()
    {
        // Review finding: 10 a month, r = 0.8, no discount, start of period: LTV = 10 / (1 - 0.8) = 50 exactly.
        // Every partial sum 10 (1 - 0.8^n) / 0.2 is below 50, so a CAC of 50 is never repaid (it used to say 311 months).
        Assert.Null(Payback.Period(Usd(50m), PerMonth(10m), new RetentionRate(0.8m, Month), DiscountRate.None(Month), CashFlowTiming.StartOfPeriod));

        // With no retention the lifetime value is the first payment, reached exactly in one period.
        Assert.Equal(new Periods(1m, Month), Payback.Period(Usd(10m), PerMonth(10m), new RetentionRate(0m, Month), DiscountRate.None(Month), CashFlowTiming.StartOfPeriod));
    }

    [Fact]
    public void Period_LtvNotAboveCac_IsNull()
    {
        // Undiscounted LTV at the start = 100 / 0.2 = 500: a CAC above 500 is never reached.
        var r = new RetentionRate(0.8m, Month);
        Assert.Null(Payback.Period(Usd(500.01m), PerMonth(100m), r, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod));
        Assert.Null(Payback.Period(Usd(10_000m), PerMonth(100m), r, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod));
        Assert.NotNull(Payback.Period(Usd(499.99m), PerMonth(100m), r, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod));
        Assert.Null(Payback.Period(Usd(1m), PerMonth(100m), new RetentionRate(0m, Month), DiscountRate.None(Month), CashFlowTiming.EndOfPeriod));
    }

    [Fact]
    public void Period_ZeroCac_IsZeroPeriods() =>
        Assert.Equal(new Periods(0m, Month), Payback.Period(Usd(0m), PerMonth(100m), new RetentionRate(0.5m, Month), DiscountRate.None(Month), CashFlowTiming.EndOfPeriod));

    [Fact]
    public void Period_NoRetentionAtStart_IsOnePeriodWhenTheFirstMarginCovers()
    {
        var r = new RetentionRate(0m, Month);
        Assert.Equal(new Periods(1m, Month), Payback.Period(Usd(100m), PerMonth(100m), r, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod));
        Assert.Null(Payback.Period(Usd(100.01m), PerMonth(100m), r, DiscountRate.None(Month), CashFlowTiming.StartOfPeriod));
    }

    [Fact]
    public void Period_NoChurnNoDiscount_IsCeilingOfCacOverMargin()
    {
        Assert.Equal(new Periods(3m, Month), Payback.Period(Usd(250m), PerMonth(100m)));
        Assert.Equal(new Periods(2m, Month), Payback.Period(Usd(200m), PerMonth(100m)));
        Assert.Equal(new Periods(0m, Month), Payback.Period(Usd(0m), PerMonth(0m)));
        Assert.Null(Payback.Period(Usd(1m), PerMonth(0m)));
    }

    [Fact]
    public void Period_BadInput_Throws()
    {
        var r = new RetentionRate(0.8m, Month);
        Assert.Equal("cac", Assert.Throws<ArgumentOutOfRangeException>(() => Payback.Period(Usd(-1m), PerMonth(100m))).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => Payback.Period(new Money(1m, Currency.Eur), PerMonth(100m)));
        Assert.Throws<CurrencyMismatchException>(() => Payback.Period(new Money(1m, Currency.Eur), PerMonth(100m), r, DiscountRate.None(Month), CashFlowTiming.EndOfPeriod));
        Assert.Equal("discount", Assert.Throws<ArgumentException>(
            () => Payback.Period(Usd(1m), PerMonth(100m), r, DiscountRate.None(PeriodUnit.Week), CashFlowTiming.EndOfPeriod)).ParamName);
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool PaybackIsTheFirstPeriodWhoseCumulativeMarginReachesTheCac(RetentionCase c)
    {
        // Oracle: walk N = 0, 1, 2, ... through the finite-horizon LTV and stop at the first that reaches the CAC.
        var cac = Money.FromMinorUnits(c.MarginCents * (c.Horizon % 13) / 4, Currency.Usd);
        var result = Payback.Period(cac, c.Margin, c.RetentionRate, c.DiscountRate, c.Timing);

        for (var n = 0; n <= 400; n++)
        {
            var cumulative = Ltv.RetentionMargin(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing, new Periods(n, PeriodUnit.Month));
            if (cumulative >= cac)
            {
                return result is { } p && p.Count == n && p.Unit == PeriodUnit.Month;
            }
        }

        // Not reached within 400 periods: either never (null) or later than that.
        return result is null || result.Value.Count > 400;
    }

    [Fact]
    public void Period_CacEqualToTheFirstMargin_PaysBackInOnePeriod()
    {
        // Exact decimal sums: a CAC of one month's margin, paid at the start, is repaid by the first payment.
        var p = Payback.Period(Usd(8462.66m), PerMonth(8462.66m), new RetentionRate(0.9999m, Month), new DiscountRate(0.0896m, Month), CashFlowTiming.StartOfPeriod);
        Assert.Equal(new Periods(1m, Month), p);
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool TheCeilingForAPaybackWindowPaysBackWithinTheWindow(RetentionCase c)
    {
        var window = new Periods(c.Horizon, PeriodUnit.Month);
        var ceiling = CpaCeiling.FromPayback(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing, window);
        var payback = Payback.Period(ceiling, c.Margin, c.RetentionRate, c.DiscountRate, c.Timing);

        // Mathematically the ceiling of any finite window is below the lifetime value when retention is positive. At
        // decimal precision a window of hundreds of periods makes the two equal, and a CAC equal to the whole lifetime
        // value is never repaid (null): both branches are pinned.
        var lifetimeValue = Ltv.RetentionMargin(c.Margin, c.RetentionRate, c.DiscountRate, c.Timing);
        if (c.RetentionRate.Value > 0m && ceiling >= lifetimeValue)
        {
            return payback is null;
        }

        return payback is { } p && p.Count <= c.Horizon;
    }
}
