using FsCheck;
using FsCheck.Xunit;
using PerfMetrics.Lifetime;
using MathNetFunctions = MathNet.Numerics.SpecialFunctions;

namespace PerfMetrics.Tests.Lifetime;

public partial class ShiftedBetaGeometricTests
{
    // Hardie's note "Fitting the sBG Model to Multi-Cohort Data" (brucehardie.com): 10,000 customers acquired each year
    // 2001-2005; survivors 10000, 8000, 6480, 5307, 4391 for the 2001 cohort and the same sequence truncated for each
    // later cohort. The note's fit: alpha = 3.80, beta = 15.19.
    private static readonly long[] Cohort2001 = [10000, 8000, 6480, 5307, 4391];

    private static IReadOnlyList<IReadOnlyList<long>> HardieCohorts() =>
        [.. Enumerable.Range(0, 5).Select(k => (IReadOnlyList<long>)Cohort2001[..(5 - k)])];

    [Fact]
    public void Fit_MultiCohort_MatchesHardiesNote()
    {
        var fit = ShiftedBetaGeometric.Fit(HardieCohorts(), Year);

        Assert.True(fit.Converged, fit.ToString());
        Assert.Equal(3.80, Math.Round(fit.Model.Alpha, 2));
        Assert.Equal(15.19, Math.Round(fit.Model.Beta, 2));
    }

    [Fact]
    public void Fit_MultiCohort_LogLikelihoodIsTheSumOfTheCohorts()
    {
        // The joint likelihood of independent cohorts: the sum of each cohort's sBG log-likelihood (one-cohort code).
        var fit = ShiftedBetaGeometric.Fit(HardieCohorts(), Year);
        var sum = HardieCohorts().Sum(c => ShiftedBetaGeometric.LogLikelihood([.. c.Select(v => (double)v)], fit.Model.Alpha, fit.Model.Beta));

        Assert.Equal(sum, fit.LogLikelihood, 1e-9);
    }

    [Fact]
    public void Fit_Endpoints_MaximiseTheBinomialLikelihoodOfTheOracle()
    {
        // Only the size and the survivors now: 4391 of 10000 after 4 years, 5307 after 3, 6480 after 2, 8000 after 1.
        // Oracle: the log-likelihood sum (n - m) ln(1 - S(t)) + m ln S(t) with MathNet's log-beta; at the estimate it is
        // at least its value at every point of a fine grid around it (a maximum), and the estimate is near the note's.
        CohortEndpoint[] endpoints = [new(10000, 4, 4391), new(10000, 3, 5307), new(10000, 2, 6480), new(10000, 1, 8000)];
        double Ll(double a, double b) => endpoints.Sum(e =>
        {
            var s = Math.Exp(MathNetFunctions.BetaLn(a, b + e.Periods) - MathNetFunctions.BetaLn(a, b));
            return ((e.Size - e.Survivors) * Math.Log(1 - s)) + (e.Survivors * Math.Log(s));
        });

        var fit = ShiftedBetaGeometric.Fit(endpoints, Year);
        var best = Ll(fit.Model.Alpha, fit.Model.Beta);

        Assert.Equal(best, fit.LogLikelihood, 1e-6);
        foreach (var da in new[] { -0.01, 0, 0.01 })
        {
            foreach (var db in new[] { -0.01, 0, 0.01 })
            {
                Assert.True(Ll(fit.Model.Alpha * (1 + da), fit.Model.Beta * (1 + db)) <= best + 1e-9);
            }
        }

        Assert.Equal(3.8, fit.Model.Alpha, 0.5);
        Assert.Equal(15.2, fit.Model.Beta, 2.0);
    }

    [Fact]
    public void Fit_MultiCohort_RisingSurvivors_ThrowsNamingTheCohort()
    {
        var ex = Assert.Throws<ArgumentException>(() => ShiftedBetaGeometric.Fit([[100L, 80], [100L, 90, 95]], Year));

        Assert.Equal("cohorts[1]", ex.ParamName);
        Assert.Contains("must never increase", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DiscountedExpectedLifetime_IsTheDiscountedSumOfSurvival()
    {
        // DEL = sum over t >= 0 of S(t) / (1 + d)^t (Fader and Hardie 2010), summed term by term with the product survival.
        var model = new ShiftedBetaGeometric(3.80, 15.19, Year);
        var expected = 0d;
        for (var t = 0; t < 3000; t++)
        {
            expected += ProductSurvival(3.80, 15.19, t) / Math.Pow(1.1, t);
        }

        Assert.Equal(expected, model.DiscountedExpectedLifetime(new DiscountRate(0.1m, Year))!.Value, 1e-9);
        Assert.Null(new ShiftedBetaGeometric(0.7, 1.2, Year).DiscountedExpectedLifetime(DiscountRate.None(Year)));
    }

    [Property(MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void DiscountedExpectedResidualLifetime_RisesWithTenure(PositiveInt alphaTenths, PositiveInt betaTenths, PositiveInt renewals)
    {
        // Fader and Hardie (2010): with heterogeneous churn, a customer who has renewed more often is more likely a
        // low-churn customer, so DERL rises with tenure (for every alpha, beta and discount).
        var model = new ShiftedBetaGeometric(0.1 * (1 + (alphaTenths.Get % 100)), 0.1 * (1 + (betaTenths.Get % 100)), Year);
        var discount = new DiscountRate(0.1m, Year);
        var n = renewals.Get % 50;

        Assert.True(model.DiscountedExpectedResidualLifetime(discount, n + 1) > model.DiscountedExpectedResidualLifetime(discount, n));
    }
}
