using PerfMetrics.Lifetime;
using MathNetFunctions = MathNet.Numerics.SpecialFunctions;

namespace PerfMetrics.Tests.Lifetime;

public partial class BgBbTests
{
    private static readonly PeriodUnit Year = PeriodUnit.Year;

    // Fader, Hardie and Shang (2010), "Customer-Base Analysis in a Discrete-Time Noncontractual Setting", Marketing
    // Science 29(6): the donations data (11,104 donors, 6 annual opportunities): alpha = 1.204, beta = 0.750,
    // gamma = 0.657, delta = 2.783, LL = -33,225.6.
    private static readonly BgBb Published = new(1.204, 0.750, 0.657, 2.783, Year);

    [Fact]
    public void Fit_Donations_MatchesFaderHardieShang2010()
    {
        var fit = BgBb.Fit(DonationsData.Rows, Year);

        Assert.True(fit.Converged, fit.ToString());
        Assert.Equal(1.204, Math.Round(fit.Model.Alpha, 3));
        Assert.Equal(0.750, Math.Round(fit.Model.Beta, 3));
        Assert.Equal(0.657, Math.Round(fit.Model.Gamma, 3));
        Assert.Equal(2.783, Math.Round(fit.Model.Delta, 3));
        Assert.Equal(-33225.6, Math.Round(fit.LogLikelihood, 1));
        Assert.Equal(11_104, DonationsData.Rows.Sum(r => r.Count));
        Assert.Empty(fit.Diagnostics);
    }

    /// <summary>Eq. 5 written out with MathNet's log-beta (the oracle), per customer.</summary>
    private static double Likelihood(double a, double b, double g, double d, int x, int tx, int n)
    {
        double B(double p, double q) => Math.Exp(MathNetFunctions.BetaLn(p, q));
        var l = B(a + x, b + n - x) / B(a, b) * B(g, d + n) / B(g, d);
        for (var i = 0; i <= n - tx - 1; i++)
        {
            l += B(a + x, b + tx - x + i) / B(a, b) * B(g + 1, d + tx + i) / B(g, d);
        }

        return l;
    }

    [Fact]
    public void Predictions_AgreeWithThePublishedClosedForms()
    {
        // Eqs. 7, 11 and 13 of the paper in their published closed forms (ratios of gamma functions over gamma - 1),
        // evaluated with MathNet: the library sums the survival probabilities instead.
        var (a, b, g, d) = (1.204, 0.750, 0.657, 2.783);
        double Lg(double z) => MathNetFunctions.GammaLn(z);
        foreach (var row in DonationsData.Rows)
        {
            var (x, tx, n) = (row.Frequency, row.Recency, row.Opportunities);
            var l = Likelihood(a, b, g, d, x, tx, n);
            var alive = Math.Exp(MathNetFunctions.BetaLn(a + x, b + n - x) - MathNetFunctions.BetaLn(a, b) + MathNetFunctions.BetaLn(g, d + n + 1) - MathNetFunctions.BetaLn(g, d)) / l;
            Assert.Equal(alive, Published.ProbabilityAlive(row), 1e-10);

            const int future = 5;
            var expected = Math.Exp(MathNetFunctions.BetaLn(a + x + 1, b + n - x) - MathNetFunctions.BetaLn(a, b)) / l * d / (g - 1)
                * Math.Exp(Lg(g + d) - Lg(1 + d)) * (Math.Exp(Lg(1 + d + n) - Lg(g + d + n)) - Math.Exp(Lg(1 + d + n + future) - Lg(g + d + n + future)));
            Assert.Equal(expected, Published.ConditionalExpectedTransactions(future, row), 1e-10);
        }

        var newCustomer = a / (a + b) * d / (g - 1) * (1 - Math.Exp(Lg(g + d) + Lg(1 + d + 10) - Lg(1 + d) - Lg(g + d + 10)));
        Assert.Equal(newCustomer, Published.ExpectedTransactions(10), 1e-10);
    }

    [Fact]
    public void Dert_AgreesWithTheHypergeometricForm()
    {
        // Eq. 14 with 2F1(1, delta + n + 1; gamma + delta + n + 1; 1 / (1 + d)) summed as its series (the oracle).
        var (a, b, g, dl) = (1.204, 0.750, 0.657, 2.783);
        const double d = 0.1;
        foreach (var row in DonationsData.Rows)
        {
            var (x, tx, n) = (row.Frequency, row.Recency, row.Opportunities);
            double hyper = 0, term = 1;
            for (var k = 0; k < 2000; k++)
            {
                hyper += term;
                term *= (dl + n + 1 + k) / (g + dl + n + 1 + k) / (1 + d);
            }

            var expected = Math.Exp(MathNetFunctions.BetaLn(a + x + 1, b + n - x) - MathNetFunctions.BetaLn(a, b) + MathNetFunctions.BetaLn(g, dl + n + 1) - MathNetFunctions.BetaLn(g, dl))
                / (1 + d) * hyper / Likelihood(a, b, g, dl, x, tx, n);

            var dert = Published.DiscountedExpectedResidualTransactions(new DiscountRate(0.1m, Year), row);

            Assert.Equal(expected, dert!.Value, 1e-9);
        }
    }

    [Fact]
    public void LogLikelihood_DonationsAtThePublishedParameters_IsThePublishedValue()
    {
        var ll = DonationsData.Rows.Sum(r => r.Count * Math.Log(Likelihood(1.204, 0.750, 0.657, 2.783, r.Frequency, r.Recency, r.Opportunities)));

        Assert.Equal(ll, DonationsData.Rows.Sum(r => r.Count * Published.LogLikelihood(r.Frequency, r.Recency, r.Opportunities)), 1e-6);
        Assert.Equal(-33225.6, Math.Round(ll, 1));
    }

    [Fact]
    public void Fit_StandardErrors_MatchFiniteDifferencesOfTheOracle()
    {
        // The analytic Hessian against a central second difference of the oracle log-likelihood at the estimate.
        var fit = BgBb.Fit(DonationsData.Rows, Year);
        double Ll(double[] p) => DonationsData.Rows.Sum(r => r.Count * Math.Log(Likelihood(p[0], p[1], p[2], p[3], r.Frequency, r.Recency, r.Opportunities)));
        var p0 = fit.Model;
        double[] at = [p0.Alpha, p0.Beta, p0.Gamma, p0.Delta];
        var h = 1e-4 * at[0];
        double[] up = [at[0] + h, at[1], at[2], at[3]], down = [at[0] - h, at[1], at[2], at[3]];
        var second = (Ll(up) - (2 * Ll(at)) + Ll(down)) / (h * h);
        var covariance = fit.Covariance("alpha", "alpha");

        Assert.NotNull(covariance);
        Assert.Equal(fit.Parameter("alpha").StandardError!.Value, Math.Sqrt(covariance!.Value), 1e-12);
        Assert.True(second < 0);
    }
}
