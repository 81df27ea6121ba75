using PerfMetrics.Lifetime;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class LtvTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void RetentionMargin_RetentionOneTinyStepBelowOne_IsHugeButExactOrOverflows()
    {
        // Paid at end, d = 0: LTV = m r / (1 - r) with 1 - r = 1e-28: m = 0.0001 gives 0.9999999999999999999999999999e24
        // = 999,999,999,999,999,999,999,999.9999 (r x 1e24); m = 10 gives about 1e29 > Max: OverflowException.
        var unit = PeriodUnit.Month;
        var retention = new RetentionRate(0.9999999999999999999999999999m, unit);
        var ltv = Ltv.RetentionMargin(new MoneyPerPeriod(new Money(0.0001m, Extremes.Usd), unit), retention, DiscountRate.None(unit), CashFlowTiming.EndOfPeriod);
        Assert.Equal(999_999_999_999_999_999_999_999.9999m, ltv.Amount);
        Assert.Throws<OverflowException>(() =>
            Ltv.RetentionMargin(new MoneyPerPeriod(new Money(10m, Extremes.Usd), unit), retention, DiscountRate.None(unit), CashFlowTiming.EndOfPeriod));
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void ExpectedLifetime_RetentionOneTinyStepBelowOne_IsTenToThe28Periods()
    {
        // 1 / (1 - r) with 1 - r = 1e-28: 10^28 months, exact (below Max).
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m, Ltv.ExpectedLifetime(new RetentionRate(0.9999999999999999999999999999m, PeriodUnit.Month)).Count);
    }
}
