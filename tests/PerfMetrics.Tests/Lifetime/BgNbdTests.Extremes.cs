using PerfMetrics.Lifetime;
using static PerfMetrics.Tests.Helpers.LifetimeExtremes;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// A cohort of one customer (issue 8, item 2). One customer cannot identify a heterogeneity model, so the fits are
/// expected either to throw their documented exception or to return finite parameters flagged <c>Converged = false</c>;
/// nothing may be NaN, infinite, or a conversion error from a NaN double to decimal. Shared cohorts: <see cref="LifetimeExtremes"/>.
/// </summary>
public partial class BgNbdTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void BgNbdFit_OneCustomerFirstSeenOnTheLastDay_IsFiniteAndNotConverged()
    {
        // x = 0, t_x = 0, T = 0: the customer carries no information at all (likelihood 1 for every parameter). The fit
        // must not divide by T = 0 into NaN; it reports not converged (no repeat buyers) with finite parameters.
        var summary = RfmSummary.Build([new CustomerTransaction("solo", End, new Money(5m, Usd))], Week, PurchaseMerging.SameDay, End);
        var fit = BgNbd.Fit(summary.Customers);
        Assert.False(fit.Converged);
        Assert.All(new[] { fit.Model.R, fit.Model.Alpha, fit.Model.A, fit.Model.B, fit.LogLikelihood }, v => Assert.True(double.IsFinite(v), fit.ToString()));
        AssertFinite(fit.Model.ConditionalExpectedPurchases(new Periods(52m, Week), summary.Customers[0]));
        Assert.InRange(fit.Model.ProbabilityAlive(summary.Customers[0]), 0d, 1d);
    }

    [Trait("Category", "Extremes")]
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BgNbdFit_CohortOfOne_IsFiniteAndHonestAboutConvergence(bool repeatBuyer)
    {
        // One customer does not identify r, alpha, a, b. Documented: a fit without repeat buyers, or with a parameter
        // beyond e^+-20, is reported as not converged. Either way the parameters and every prediction are finite.
        var summary = repeatBuyer ? RepeatBuyer() : OneTimeBuyer();
        var fit = BgNbd.Fit(summary.Customers);
        var model = fit.Model;
        Assert.All(new[] { model.R, model.Alpha, model.A, model.B, fit.LogLikelihood }, v => Assert.True(double.IsFinite(v), fit.ToString()));
        if (!repeatBuyer)
        {
            Assert.False(fit.Converged, "a and b are not identified without a repeat purchase");
        }

        if (fit.Converged)
        {
            Assert.All(new[] { model.R, model.Alpha, model.A, model.B }, v => Assert.InRange(Math.Log(v), -20d, 20d));
        }

        var row = summary.Customers[0];
        var horizon = new Periods(52m, Week);
        AssertFinite(model.ExpectedPurchases(horizon));
        AssertFinite(model.PurchaseCountProbability(0, horizon));
        AssertFinite(model.ProbabilityAlive(row));
        AssertFinite(model.ConditionalExpectedPurchases(horizon, row));
        Assert.InRange(model.ProbabilityAlive(row), 0d, 1d);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void BgNbdFit_OneRowColumns_MatchesTheSummaryFit()
    {
        // The column overload with the same single row (x = 2, t_x = 4, T = 8) is the same fit, bit for bit.
        var fromSummary = BgNbd.Fit(RepeatBuyer().Customers);
        var fromColumns = BgNbd.Fit(RfmRows.Of([2d], [4d], [8d], Week));
        Assert.Equal(fromSummary.Model, fromColumns.Model);
        Assert.Equal(fromSummary.LogLikelihood, fromColumns.LogLikelihood);
    }
}
