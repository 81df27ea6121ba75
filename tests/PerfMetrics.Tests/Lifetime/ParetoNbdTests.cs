using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public partial class ParetoNbdTests
{
    private static readonly PeriodUnit Week = PeriodUnit.Week;

    // Fader, Hardie and Lee (2005), "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis", JMR 42(4), and
    // "Counting Your Customers the Easy Way" (table 1): the Pareto/NBD on CDNOW (2,357 customers, 39 weeks):
    // r = 0.553, alpha = 10.578, s = 0.606, beta = 11.669, LL = -9595.0.
    private static readonly ParetoNbd Published = new(0.553, 10.578, 0.606, 11.669, Week);

    private static Periods Weeks(decimal count) => new(count, Week);

    internal static CustomerRfm[] CdnowRows()
    {
        var rows = CdnowData.Summary;
        return RfmRows.Of([.. rows.Select(r => (double)r.X)], [.. rows.Select(r => r.Tx)], [.. rows.Select(r => r.T)], Week);
    }

    [Fact]
    public void Fit_CdnowLog_MatchesFaderHardieLee2005()
    {
        // The RFM summary built from the transaction log has the exact periods FHL used (the summary file rounds t_x and T
        // to 2 decimals, which moves the flat beta by 0.001: see the next test).
        var summary = RfmSummary.Build(CdnowData.Transactions(), Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd);

        var fit = ParetoNbd.Fit(summary.Customers);

        Assert.True(fit.Converged, fit.ToString());
        Assert.Equal(0.553, Math.Round(fit.Model.R, 3));
        Assert.Equal(10.578, Math.Round(fit.Model.Alpha, 3));
        Assert.Equal(0.606, Math.Round(fit.Model.S, 3));
        Assert.Equal(11.669, Math.Round(fit.Model.Beta, 3));
        Assert.Equal(-9595.0, Math.Round(fit.LogLikelihood, 1));
        Assert.Empty(fit.Diagnostics);
    }

    [Fact]
    public void Fit_CdnowSummaryFile_IsThePublishedFitWithinTheRoundingOfThePeriods()
    {
        var fit = ParetoNbd.Fit(CdnowRows());

        Assert.True(fit.Converged, fit.ToString());
        Assert.Equal(0.553, fit.Model.R, 0.0005);
        Assert.Equal(10.578, fit.Model.Alpha, 0.001);
        Assert.Equal(0.606, fit.Model.S, 0.0005);
        Assert.Equal(11.669, fit.Model.Beta, 0.002);
        Assert.Equal(-9595.0, Math.Round(fit.LogLikelihood, 1));
    }

    [Fact]
    public void ConditionalExpectedPurchases_LifetimesUnderflowCase_IsFiniteAndContinuous()
    {
        // lifetimes' test_conditional_expectation_underflow: r 0.55, alpha 10.58, s 0.61, beta 11.67; t = 10, x = 132 and
        // 133, t_x = T = 200: a small change of input must give a small change of output (|left - right| < 0.05).
        var model = new ParetoNbd(0.55, 10.58, 0.61, 11.67, Week);

        var left = model.ConditionalExpectedPurchases(Weeks(10m), 132, Weeks(200m), Weeks(200m));
        var right = model.ConditionalExpectedPurchases(Weeks(10m), 133, Weeks(200m), Weeks(200m));

        Assert.True(double.IsFinite(left) && double.IsFinite(right));
        Assert.True(Math.Abs(left - right) < 0.05, $"{left} vs {right}");
    }

    [Theory]
    [InlineData(160, 30.0, 39.0)]
    [InlineData(250, 38.0, 39.0)]
    [InlineData(1000, 5.0, 300.0)]
    [InlineData(5000, 299.0, 300.0)]
    public void ProbabilityAlive_HeavyBuyers_IsAProbabilityNeverNaN(int x, double tx, double t)
    {
        // CLVTools issue 100: customers with x above 160 got NaN. Log space keeps every term finite.
        var alive = Published.ProbabilityAlive(x, Weeks((decimal)tx), Weeks((decimal)t));
        var expected = Published.ConditionalExpectedPurchases(Weeks(52m), x, Weeks((decimal)tx), Weeks((decimal)t));

        Assert.InRange(alive, 0d, 1d);
        Assert.True(double.IsFinite(expected) && expected >= 0d);
    }

    [Theory]
    [InlineData(0, 0.0, 38.86)]
    [InlineData(1, 1.71, 38.86)]
    [InlineData(2, 30.43, 38.86)]
    [InlineData(7, 10.0, 38.0)]
    [InlineData(20, 35.0, 39.0)]
    public void ProbabilityAlive_AgreesWithTheIntegralFormOfTheLikelihood(int x, double tx, double t)
    {
        // Independent oracle (no 2F1): the dropped-out term is s integral over t_x..T of (alpha + tau)^-(r + x)
        // (beta + tau)^-(s + 1) d tau (the customer dies at tau with density s beta^s / (beta + tau)^(s + 1) after their
        // purchases), integrated by MathNet's adaptive quadrature; P(alive) = alive term / (alive term + dropped term).
        var (r, alpha, s, beta) = (0.553, 10.578, 0.606, 11.669);
        var aliveTerm = Math.Pow(alpha + t, -(r + x)) * Math.Pow(beta + t, -s);
        var dead = tx == t ? 0d : s * MathNet.Numerics.Integrate.OnClosedInterval(
            tau => Math.Pow(alpha + tau, -(r + x)) * Math.Pow(beta + tau, -(s + 1)), tx, t, 1e-14);

        Assert.Equal(aliveTerm / (aliveTerm + dead), Published.ProbabilityAlive(x, Weeks((decimal)tx), Weeks((decimal)t)), 1e-9);
    }

    [Fact]
    public void PurchaseCountProbability_IsADistributionWhoseMeanIsTheExpectedPurchases()
    {
        // Two formulas, one answer: sum_n P(X(t) = n) = 1 and sum_n n P(X(t) = n) = E[X(t)] (closed form).
        foreach (var t in new[] { 1m, 39m, 78m })
        {
            double total = 0, mean = 0;
            for (var n = 0; n < 300; n++)
            {
                var p = Published.PurchaseCountProbability(n, Weeks(t));
                total += p;
                mean += n * p;
            }

            Assert.Equal(1d, total, 1e-8);
            Assert.Equal(Published.ExpectedPurchases(Weeks(t)), mean, 1e-6);
        }
    }

    [Theory]
    [InlineData(0, 0.0, 38.86, 0.0018)]
    [InlineData(2, 30.43, 38.86, 0.0018)]
    [InlineData(10, 38.0, 39.0, 0.0002)]
    public void Dert_AgreesWithTheIncompleteGammaForm(int x, double tx, double t, double weekly)
    {
        // FHL (2005), "RFM and CLV", eq. 2: DERT = P(alive) (r + x) / (alpha + T) x B e^z z^(s - 1) Gamma(1 - s, z) with
        // B = beta + T, z = delta B (the confluent hypergeometric Psi(s, s; z) = e^z Gamma(1 - s, z)); MathNet's upper
        // incomplete gamma is the oracle (s < 1 here). Weekly rates of 0.18% and 0.02% are about 10% and 1% a year.
        var discount = new DiscountRate((decimal)weekly, Week);
        var delta = Math.Log(1d + (double)discount.Value);
        var b = 11.669 + t;
        var z = delta * b;
        var integral = b * Math.Exp(z) * Math.Pow(z, 0.606 - 1d) * MathNet.Numerics.SpecialFunctions.GammaUpperIncomplete(1d - 0.606, z);
        var expected = Published.ProbabilityAlive(x, Weeks((decimal)tx), Weeks((decimal)t)) * (0.553 + x) / (10.578 + t) * integral;

        var dert = Published.DiscountedExpectedResidualPurchases(discount, x, Weeks((decimal)tx), Weeks((decimal)t));

        Assert.NotNull(dert);
        Assert.Equal(expected, dert!.Value, expected * 1e-9);
    }

    [Fact]
    public void Dert_WithoutDiscount_IsInfiniteForSBelowOne()
    {
        Assert.Null(Published.DiscountedExpectedResidualPurchases(DiscountRate.None(Week), 2, Weeks(30.43m), Weeks(38.86m)));
    }
}
