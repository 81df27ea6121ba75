using PerfMetrics.Lifetime;
using static PerfMetrics.Tests.Helpers.Extremes;
using static PerfMetrics.Tests.Helpers.LifetimeExtremes;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>. Also a
/// cohort of one customer: the fits return finite parameters flagged <c>Converged = false</c> (<see cref="LifetimeExtremes"/>).
/// </summary>
public partial class ShiftedBetaGeometricTests
{
    [Trait("Category", "Extremes")]
    [Theory]
    [InlineData("0.0000000000000000000000000001", 610502833.71013133, 610502834.71013133)]
    [InlineData("0.00000000000000000001", 2616296.8847189501, 2616297.8847189501)]
    [InlineData("0.000000000001", 11208.125458433414, 11209.125458422206)]
    public void ShiftedBetaGeometric_TinyPositiveDiscount_IsFiniteAndMatchesAHighPrecisionOracle(string discount, double derl, double startLtv)
    {
        // Regression: the discount factor 1 / (1 + d) was formed in double, where it is exactly 1 for d below about 1e-16,
        // so DERL and the infinite-horizon LTV came back null ("infinite") for alpha <= 1 although any positive discount
        // makes them finite. Oracle: mpmath 2F1 at 60 digits, alpha = 0.704, beta = 1.182 (Fader and Hardie's "Regular"):
        // DERL(n = 0) = beta / (alpha + beta) x 2F1(1, beta + 1; alpha + beta + 1; 1 / (1 + d)),
        // LTV at the start of periods = 2F1(1, beta; alpha + beta; 1 / (1 + d)) margins.
        var year = PeriodUnit.Year;
        var model = new ShiftedBetaGeometric(0.704, 1.182, year);
        var rate = new DiscountRate(decimal.Parse(discount, System.Globalization.CultureInfo.InvariantCulture), year);
        var actual = model.DiscountedExpectedResidualLifetime(rate, 0);
        Assert.NotNull(actual);
        Assert.Equal(derl, actual.Value, derl * 1e-10);
        var ltv = model.MarginLtv(new MoneyPerPeriod(new Money(1m, Extremes.Usd), year), rate, CashFlowTiming.StartOfPeriod);
        Assert.NotNull(ltv);
        Assert.Equal((decimal)startLtv, ltv.Value.Amount, 2);

        // No discount at all stays infinite (null): alpha <= 1 means the expected lifetime itself is infinite.
        Assert.Null(model.DiscountedExpectedResidualLifetime(DiscountRate.None(year), 0));
    }

    [Trait("Category", "Extremes")]
    [Theory]
    [InlineData(new long[] { 1, 0 })]
    [InlineData(new long[] { 1, 1, 0 })]
    [InlineData(new long[] { 1, 1, 1, 1 })]
    public void ShiftedBetaGeometricFit_CohortOfOne_IsFiniteAndNotConverged(long[] survivors)
    {
        // A cohort of one customer who churns in period 1, in period 2, or never within 3 periods. Documented: with
        // everybody churning at once, nobody churning, or no sign of heterogeneity, alpha or beta run off towards 0 or
        // infinity and the fit is reported as not converged; the parameters stay finite (the search is confined to
        // |ln alpha|, |ln beta| <= 30) and so do S(t), r(t) and the expected lifetime.
        var fit = ShiftedBetaGeometric.Fit(survivors, PeriodUnit.Year);
        var model = fit.Model;
        Assert.True(double.IsFinite(model.Alpha) && double.IsFinite(model.Beta), fit.ToString());
        Assert.False(double.IsNaN(fit.LogLikelihood), fit.ToString());
        Assert.False(fit.Converged, fit.ToString());
        for (var t = 1; t <= 5; t++)
        {
            Assert.InRange(model.Survival(t), 0d, 1d);
            Assert.InRange(model.Retention(t), 0d, 1d);
            Assert.InRange(model.ChurnProbability(t), 0d, 1d);
        }

        Assert.All(model.ProjectSurvivors(1, 10), s => Assert.InRange(s, 0d, 1d));
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void ShiftedBetaGeometricFit_SharesOfACohortOfOne_EqualTheCountFit()
    {
        // Shares 1, 1, 0 of a cohort of 1 are the counts 1, 1, 0.
        var fromCounts = ShiftedBetaGeometric.Fit([1L, 1L, 0L], PeriodUnit.Year);
        var fromShares = ShiftedBetaGeometric.Fit([1m, 1m, 0m], 1, PeriodUnit.Year);
        Assert.Equal(fromCounts.Model, fromShares.Model);
        Assert.Equal(fromCounts.Converged, fromShares.Converged);
    }
}
