using NodaTime;
using PerfMetrics.Lifetime;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class PaybackTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void PaybackPeriod_RetentionOneTinyStepBelowOne_FindsThePeriodInsteadOfNever()
    {
        // Regression: past 100,000 periods the search estimated n with double logarithms, and (double)q = 1 exactly for
        // q = 1 - 1e-28, so the estimate was NaN and the answer null ("never"), although the lifetime value is about
        // 10^28 USD. CAC 1,000,000.50 USD, margin 1 USD a month, no discount, paid at the end of each month: the
        // payments are q, q^2, ..., so n payments sum to n - n(n+1)/2 x 1e-28, within 1e-16 of n for n near 10^6. The sum
        // first reaches 1,000,000.50 in month 1,000,001. (A CAC of exactly 1,000,000 would be decided by a shortfall of
        // 5e-17 USD, below the precision of the closed form used past 100,000 periods; the half dollar keeps clear of it.)
        var month = PeriodUnit.Month;
        var period = Payback.Period(
            new Money(1_000_000.50m, Extremes.Usd),
            new MoneyPerPeriod(new Money(1m, Extremes.Usd), month),
            new RetentionRate(0.9999999999999999999999999999m, month),
            DiscountRate.None(month),
            CashFlowTiming.EndOfPeriod);
        Assert.NotNull(period);
        Assert.Equal(1_000_001m, period.Value.Count);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void PaybackPeriod_LifetimeValueBeyondDecimalRange_FindsThePeriodInsteadOfOverflowing()
    {
        // Margin 10 USD a month and retention 1 - 1e-28: the lifetime value, about 10^29 USD, does not fit decimal, but
        // the payback of a 95 USD CAC is plainly 10 months (paid at the start: 10 + 10q + ... reaches 95 in month 10).
        var month = PeriodUnit.Month;
        var period = Payback.Period(
            new Money(95m, Extremes.Usd),
            new MoneyPerPeriod(new Money(10m, Extremes.Usd), month),
            new RetentionRate(0.9999999999999999999999999999m, month),
            DiscountRate.None(month),
            CashFlowTiming.StartOfPeriod);
        Assert.Equal(10m, period!.Value.Count);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void PaybackPeriod_SimpleFormWithScale28Margin_IsExactOrTheDocumentedOverflow()
    {
        // ceiling(CAC / m): 1 USD over 1e-28 a month is 10^28 months (fits); 10 USD over 1e-28 is 10^29 (does not):
        // documented OverflowException.
        var month = PeriodUnit.Month;
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m, Payback.Period(new Money(1m, Extremes.Usd), new MoneyPerPeriod(new Money(Tiny, Extremes.Usd), month))!.Value.Count);
        Assert.Throws<OverflowException>(() => Payback.Period(new Money(10m, Extremes.Usd), new MoneyPerPeriod(new Money(Tiny, Extremes.Usd), month)));
    }
}
