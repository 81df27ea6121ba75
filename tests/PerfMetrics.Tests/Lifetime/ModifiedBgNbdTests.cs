using PerfMetrics.Lifetime;
using MathNetFunctions = MathNet.Numerics.SpecialFunctions;

namespace PerfMetrics.Tests.Lifetime;

public partial class ModifiedBgNbdTests
{
    private static readonly PeriodUnit Week = PeriodUnit.Week;
    private static readonly ModifiedBgNbd Model = new(0.525, 6.183, 0.891, 1.614, Week);

    private static Periods Weeks(decimal count) => new(count, Week);

    [Fact]
    public void Fit_CdnowSummary_MatchesTheMbgNbdLogLikelihood()
    {
        // Issue 20 (Batislam, Denizel and Filiztekin 2007's model on CDNOW, as lifetimes' ModifiedBetaGeoFitter reports it):
        // LL = -9582.13 on the 2,357-customer, 39-week CDNOW summary.
        var fit = ModifiedBgNbd.Fit(ParetoNbdTests.CdnowRows());

        Assert.True(fit.Converged, fit.ToString());
        Assert.Equal(-9582.13, Math.Round(fit.LogLikelihood, 2));
        Assert.Empty(fit.Diagnostics);
        Assert.All(fit.Parameters, p => Assert.NotNull(p.StandardError));
    }

    [Fact]
    public void LogLikelihood_IsTheSumOfThePublishedPerCustomerTerms()
    {
        // Oracle written from the paper with MathNet's log-beta and log-gamma:
        // L = B(a, b + x + 1)/B(a, b) G(r + x) alpha^r / (G(r) (alpha + T)^(r + x)) + B(a + 1, b + x)/B(a, b) G(r + x) alpha^r / (G(r) (alpha + t_x)^(r + x)).
        var rows = CdnowData.Summary;
        double[] x = [.. rows.Select(r => (double)r.X)], tx = [.. rows.Select(r => r.Tx)], t = [.. rows.Select(r => r.T)];
        var (rr, alpha, a, b) = (0.525, 6.183, 0.891, 1.614);
        var expected = 0d;
        for (var i = 0; i < x.Length; i++)
        {
            var common = MathNetFunctions.GammaLn(rr + x[i]) - MathNetFunctions.GammaLn(rr) + (rr * Math.Log(alpha)) - MathNetFunctions.BetaLn(a, b);
            var first = MathNetFunctions.BetaLn(a, b + x[i] + 1) - ((rr + x[i]) * Math.Log(alpha + t[i]));
            var second = MathNetFunctions.BetaLn(a + 1, b + x[i]) - ((rr + x[i]) * Math.Log(alpha + tx[i]));
            var max = Math.Max(first, second);
            expected += common + max + Math.Log(Math.Exp(first - max) + Math.Exp(second - max));
        }

        Assert.Equal(expected, ModifiedBgNbd.LogLikelihood(x, tx, t, null, rr, alpha, a, b), 1e-8);
    }

    [Fact]
    public void ProbabilityAlive_WithoutRepeatPurchases_IsBelowOne()
    {
        // Hand-worked: x = 0, T = 38.86: 1 / (1 + a / b ((alpha + T) / alpha)^r) = 1 / (1 + 0.552 x 7.285^0.525).
        var expected = 1d / (1d + (0.891 / 1.614 * Math.Pow((6.183 + 38.86) / 6.183, 0.525)));

        Assert.Equal(expected, Model.ProbabilityAlive(0, Weeks(0m), Weeks(38.86m)), 1e-12);
        Assert.True(Model.ProbabilityAlive(0, Weeks(0m), Weeks(38.86m)) < 1d);
    }

    [Fact]
    public void PurchaseCountProbability_IsADistributionWhoseMeanIsTheExpectedPurchases()
    {
        foreach (var t in new[] { 1m, 39m, 78m })
        {
            double total = 0, mean = 0;
            for (var n = 0; n < 400; n++)
            {
                var p = Model.PurchaseCountProbability(n, Weeks(t));
                total += p;
                mean += n * p;
            }

            Assert.Equal(1d, total, 1e-9);
            Assert.Equal(Model.ExpectedPurchases(Weeks(t)), mean, 1e-7);
        }
    }

    [Fact]
    public void ConditionalExpectedPurchases_NewCustomer_IsTheUnconditionalExpectation()
    {
        // x = t_x = T = 0: eq. for E[Y(t) | 0, 0, 0] and E[X(t)] are two formulas for one number.
        foreach (var t in new[] { 0.5m, 13m, 39m, 520m })
        {
            Assert.Equal(Model.ExpectedPurchases(Weeks(t)), Model.ConditionalExpectedPurchases(Weeks(t), 0, Weeks(0m), Weeks(0m)), 1e-10);
        }
    }
}
