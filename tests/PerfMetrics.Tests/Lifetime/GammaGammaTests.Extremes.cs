using PerfMetrics.Lifetime;
using static PerfMetrics.Tests.Helpers.LifetimeExtremes;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// A cohort of one customer (issue 8, item 2). One customer cannot identify a heterogeneity model, so the fits are
/// expected either to throw their documented exception or to return finite parameters flagged <c>Converged = false</c>;
/// nothing may be NaN, infinite, or a conversion error from a NaN double to decimal. Shared cohorts: <see cref="LifetimeExtremes"/>.
/// </summary>
public partial class GammaGammaTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void GammaGammaFit_OneTimeBuyerOnly_ThrowsTheDocumentedArgumentException()
    {
        // Gamma-Gamma is fitted to repeat buyers; a cohort of one one-time buyer has none: ArgumentException, not NaN.
        var ex = Assert.Throws<ArgumentException>(() => GammaGamma.Fit(OneTimeBuyer().Customers));
        Assert.Contains("repeat", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void GammaGammaFit_OneRepeatBuyer_IsFiniteAndItsPredictionsAreMoney()
    {
        // One repeat buyer (x = 2, mean 40.00) cannot identify p, q, gamma; the fit must still be finite, and the
        // conditional expected value (computed in double and converted to decimal) must not fail on a NaN.
        var summary = RepeatBuyer();
        var fit = GammaGamma.Fit(summary.Customers);
        Assert.All(new[] { fit.Model.P, fit.Model.Q, fit.Model.Gamma, fit.LogLikelihood }, v => Assert.True(double.IsFinite(v), fit.ToString()));
        if (fit.Converged)
        {
            Assert.All(new[] { fit.Model.P, fit.Model.Q, fit.Model.Gamma }, v => Assert.InRange(Math.Log(v), -20d, 20d));
        }

        var expected = fit.Model.ConditionalExpectedValue(summary.Customers[0]);
        Assert.NotNull(expected);
        Assert.True(expected.Value.Amount > 0m);
    }
}
