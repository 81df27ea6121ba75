using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Hardening;

/// <summary>
/// A cohort of one customer (issue 8, item 2): the RFM summary, the BG/NBD, Gamma-Gamma and shifted-beta-geometric fits
/// and their predictions. One customer cannot identify a heterogeneity model, so the fits are expected either to throw
/// their documented exception or to return finite parameters flagged <c>Converged = false</c>; nothing may be NaN,
/// infinite, or a conversion error from a NaN double to decimal.
/// </summary>
public class LifetimeExtremesTests
{
    private static readonly Currency Usd = Currency.Usd;
    private static readonly PeriodUnit Week = PeriodUnit.Week;
    private static readonly LocalDate Start = new(2026, 1, 5);
    private static readonly LocalDate End = Start.PlusDays(56);

    /// <summary>One customer buying on days 0, 14 and 28 (20.00, 30.00, 50.00), observed for 8 weeks.</summary>
    private static RfmSummary RepeatBuyer() => RfmSummary.Build(
        [
            new CustomerTransaction("solo", Start, new Money(20.00m, Usd)),
            new CustomerTransaction("solo", Start.PlusDays(14), new Money(30.00m, Usd)),
            new CustomerTransaction("solo", Start.PlusDays(28), new Money(50.00m, Usd)),
        ],
        Week,
        PurchaseMerging.SameDay,
        End);

    /// <summary>One customer with a single purchase (no repeat), observed for 8 weeks.</summary>
    private static RfmSummary OneTimeBuyer() =>
        RfmSummary.Build([new CustomerTransaction("solo", Start, new Money(20.00m, Usd))], Week, PurchaseMerging.SameDay, End);

    [Fact]
    public void RfmSummary_OneRepeatBuyer_HasTheHandCountedRow()
    {
        // Purchases on days 0, 14, 28; end on day 56. x = 2 repeats, t_x = 28 days = 4 weeks, T = 56 days = 8 weeks,
        // monetary value = mean of the repeats = (30 + 50) / 2 = 40.00.
        var row = Assert.Single(RepeatBuyer().Customers);
        Assert.Equal("solo", row.CustomerId);
        Assert.Equal(2, row.Frequency);
        Assert.Equal(4m, row.Recency.Count);
        Assert.Equal(8m, row.T.Count);
        Assert.Equal(new Money(40.00m, Usd), row.MonetaryValue);
    }

    [Fact]
    public void RfmSummary_OneTimeBuyer_HasNoMonetaryValue()
    {
        // x = 0, t_x = 0, T = 8 weeks; the mean of no repeat purchases is undefined: null, not 0.
        var row = Assert.Single(OneTimeBuyer().Customers);
        Assert.Equal(0, row.Frequency);
        Assert.Equal(0m, row.Recency.Count);
        Assert.Equal(8m, row.T.Count);
        Assert.Null(row.MonetaryValue);
    }

    [Fact]
    public void RfmSummary_OneCustomerWithAllPurchasesOnOneDay_MergesThemIntoOne()
    {
        // Three lines on the same day merge into one purchase (SPEC §5): x = 0 and no monetary value.
        var summary = RfmSummary.Build(
            [
                new CustomerTransaction("solo", Start, new Money(1m, Usd)),
                new CustomerTransaction("solo", Start, new Money(2m, Usd)),
                new CustomerTransaction("solo", Start, new Money(3m, Usd)),
            ],
            Week,
            PurchaseMerging.SameDay,
            Start);
        var row = Assert.Single(summary.Customers);
        Assert.Equal(0, row.Frequency);
        Assert.Equal(0m, row.T.Count);
    }

    [Fact]
    public void RfmSummary_OneCustomerSeenOnlyAfterTheEnd_ThrowsTheDocumentedArgumentException()
    {
        // The only line is after the observation end: nothing to summarise. Documented: ArgumentException ("no line is
        // on or before the observation end"), not an empty summary that a fit would then choke on.
        var ex = Assert.Throws<ArgumentException>(() =>
            RfmSummary.Build([new CustomerTransaction("solo", End.PlusDays(1), new Money(5m, Usd))], Week, PurchaseMerging.SameDay, End));
        Assert.Equal("transactions", ex.ParamName);
    }

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

    [Fact]
    public void BgNbdFit_OneRowColumns_MatchesTheSummaryFit()
    {
        // The column overload with the same single row (x = 2, t_x = 4, T = 8) is the same fit, bit for bit.
        var fromSummary = BgNbd.Fit(RepeatBuyer().Customers);
        var fromColumns = BgNbd.Fit(RfmRows.Of([2d], [4d], [8d], Week));
        Assert.Equal(fromSummary.Model, fromColumns.Model);
        Assert.Equal(fromSummary.LogLikelihood, fromColumns.LogLikelihood);
    }

    [Fact]
    public void GammaGammaFit_OneTimeBuyerOnly_ThrowsTheDocumentedArgumentException()
    {
        // Gamma-Gamma is fitted to repeat buyers; a cohort of one one-time buyer has none: ArgumentException, not NaN.
        var ex = Assert.Throws<ArgumentException>(() => GammaGamma.Fit(OneTimeBuyer().Customers));
        Assert.Contains("repeat", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

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

    [Fact]
    public void Clv_CohortOfOne_IsMoneyOrNullButNeverThrowsOnNaN()
    {
        // CLV from the one-customer fits: a finite amount (or null when the spend model's mean is infinite).
        var summary = RepeatBuyer();
        var purchases = BgNbd.Fit(summary.Customers).Model;
        var spend = GammaGamma.Fit(summary.Customers).Model;
        var clv = Clv.ForCustomer(purchases, spend, summary.Customers[0], 0.3m, new DiscountRate(0.01m, Week), new Periods(52m, Week));
        if (clv is { } value)
        {
            Assert.True(value.Amount >= 0m);
        }

        var total = Clv.Total(purchases, spend, summary, 0.3m, new DiscountRate(0.01m, Week), new Periods(52m, Week));
        Assert.Equal(clv, total);
    }

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

    [Fact]
    public void ShiftedBetaGeometricFit_SharesOfACohortOfOne_EqualTheCountFit()
    {
        // Shares 1, 1, 0 of a cohort of 1 are the counts 1, 1, 0.
        var fromCounts = ShiftedBetaGeometric.Fit([1L, 1L, 0L], PeriodUnit.Year);
        var fromShares = ShiftedBetaGeometric.Fit([1m, 1m, 0m], 1, PeriodUnit.Year);
        Assert.Equal(fromCounts.Model, fromShares.Model);
        Assert.Equal(fromCounts.Converged, fromShares.Converged);
    }

    private static void AssertFinite(double value) => Assert.True(double.IsFinite(value), $"{value} is not finite");
}
