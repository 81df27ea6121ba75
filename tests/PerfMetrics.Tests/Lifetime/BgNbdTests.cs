using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public partial class BgNbdTests
{
    private static readonly PeriodUnit Week = PeriodUnit.Week;

    // Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way", Marketing Science 24(2): CDNOW, 2,357
    // customers, 39-week calibration: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4.
    private static readonly BgNbd Published = new(0.243, 4.414, 0.793, 2.426, Week);

    private static Periods Weeks(decimal count) => new(count, Week);

    private static (double[] X, double[] Tx, double[] T) Cdnow()
    {
        var rows = CdnowData.Summary;
        return ([.. rows.Select(r => (double)r.X)], [.. rows.Select(r => r.Tx)], [.. rows.Select(r => r.T)]);
    }

    [Fact]
    public void Fit_CdnowSummary_MatchesFaderHardieLee2005()
    {
        var (x, tx, t) = Cdnow();

        var fit = BgNbd.Fit(RfmRows.Of(x, tx, t, Week));

        Assert.True(fit.Converged, fit.ToString());
        Assert.Equal(0.243, Math.Round(fit.Model.R, 3));
        Assert.Equal(4.414, Math.Round(fit.Model.Alpha, 3));
        Assert.Equal(0.793, Math.Round(fit.Model.A, 3));
        Assert.Equal(2.426, Math.Round(fit.Model.B, 3));
        Assert.Equal(-9582.4, Math.Round(fit.LogLikelihood, 1));
        Assert.Equal(Week, fit.Model.Unit);
    }

    [Fact]
    public void Fit_RepeatedRows_IsTheFitOfTheDistinctRows_WithTheLogLikelihoodScaled()
    {
        // CDNOW written 30 times (70,710 rows, ungrouped) is a repeated base: the fit merges identical histories into
        // weighted rows. The likelihood of k copies is k times the likelihood, so the estimate is the same point and the
        // log-likelihood is 30 x -9582.43 (Fader, Hardie and Lee 2005).
        var (x, tx, t) = Cdnow();
        var once = BgNbd.Fit(RfmRows.Of(x, tx, t, Week));
        var repeated = BgNbd.Fit(Enumerable.Repeat(RfmRows.Of(x, tx, t, Week), 30).SelectMany(rows => rows).ToArray());

        Assert.True(repeated.Converged, repeated.ToString());
        Assert.Equal(once.Model.R, repeated.Model.R, 1e-7);
        Assert.Equal(once.Model.Alpha, repeated.Model.Alpha, 1e-6);
        Assert.Equal(once.Model.A, repeated.Model.A, 1e-6);
        Assert.Equal(once.Model.B, repeated.Model.B, 1e-5);
        Assert.Equal(30 * once.LogLikelihood, repeated.LogLikelihood, 1e-6);
        Assert.Equal(once.Parameters[0].StandardError!.Value / Math.Sqrt(30), repeated.Parameters[0].StandardError!.Value, 1e-8);
    }

    [Fact]
    public void Fit_RfmSummaryBuiltFromTheLog_MatchesThePublishedFit()
    {
        // The exact (unrounded) periods of the log give the same parameters to 3 decimals as the 2-decimal summary file.
        var summary = RfmSummary.Build(CdnowData.Transactions(), Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd);

        var fit = BgNbd.Fit(summary.Customers);

        Assert.True(fit.Converged, fit.ToString());
        Assert.Equal(0.243, fit.Model.R, 0.0015);
        Assert.Equal(4.414, fit.Model.Alpha, 0.02);
        Assert.Equal(0.793, fit.Model.A, 0.005);
        Assert.Equal(2.426, fit.Model.B, 0.02);
    }

    [Fact]
    public void ConditionalExpectedPurchases_CdnowCustomer_MatchesThePaper()
    {
        // Fader, Hardie and Lee (2005), section 4: a customer with x = 2, t_x = 30.43, T = 38.86 is expected to make
        // 1.226 purchases in the next 39 weeks.
        var expected = Published.ConditionalExpectedPurchases(Weeks(39m), 2, Weeks(30.43m), Weeks(38.86m));

        Assert.Equal(1.226, Math.Round(expected, 3));
    }

    [Fact]
    public void ConditionalExpectedPurchases_NewCustomerWithoutHistory_IsTheUnconditionalExpectation()
    {
        // With x = t_x = T = 0 the conditional formula (eq. 10) reduces to eq. 9: two formulas, one answer.
        foreach (var t in new[] { 0.5m, 1m, 13m, 39m, 78m, 520m })
        {
            Assert.Equal(Published.ExpectedPurchases(Weeks(t)), Published.ConditionalExpectedPurchases(Weeks(t), 0, Weeks(0m), Weeks(0m)), 1e-10);
        }
    }

    [Fact]
    public void ConditionalExpectedPurchases_HeavyBuyer_IsFiniteAndGrowsWithTheHorizon()
    {
        // x = 434 in 13.94 weeks: the published form multiplies a 2F1 near 1e300 by a power near 1e-300 (NaN in doubles);
        // Euler's transformation keeps it finite. A buyer this busy who is alive buys about (r + x) / (alpha + T) = 29
        // a week, so 74 weeks give at most about 29 x 74 = 2,150.
        var model = new BgNbd(0.0665, 1.2723, 0.0517, 11.2386, Week);

        var shorter = model.ConditionalExpectedPurchases(Weeks(74m), 434, Weeks(6.61m), Weeks(13.94m));
        var longer = model.ConditionalExpectedPurchases(Weeks(115m), 434, Weeks(6.61m), Weeks(13.94m));

        Assert.True(double.IsFinite(shorter) && shorter >= 0d, shorter.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(longer >= shorter);
        Assert.True(shorter < 2_150d);
    }

    [Fact]
    public void PurchaseCountProbability_IsADistributionWhoseMeanIsTheExpectedPurchases()
    {
        // Brute-force oracle: sum_n P(X(t) = n) = 1 and sum_n n P(X(t) = n) = E[X(t)] (eq. 8 against eq. 9).
        foreach (var t in new[] { 1m, 39m, 78m })
        {
            double total = 0, mean = 0;
            for (var n = 0; n < 400; n++)
            {
                var p = Published.PurchaseCountProbability(n, Weeks(t));
                total += p;
                mean += n * p;
            }

            Assert.Equal(1d, total, 1e-9);
            Assert.Equal(Published.ExpectedPurchases(Weeks(t)), mean, 1e-7);
        }
    }

    [Fact]
    public void ExpectedPurchases_AtAEqualToOne_IsTheLimitOfItsNeighbours()
    {
        var atOne = new BgNbd(0.5, 3, 1, 2, Week).ExpectedPurchases(Weeks(10m));
        var below = new BgNbd(0.5, 3, 1 - 1e-4, 2, Week).ExpectedPurchases(Weeks(10m));
        var above = new BgNbd(0.5, 3, 1 + 1e-4, 2, Week).ExpectedPurchases(Weeks(10m));

        Assert.True(double.IsFinite(atOne));
        Assert.Equal((below + above) / 2, atOne, 1e-6);
    }

    [Fact]
    public void ProbabilityAlive_HandWorked()
    {
        // x = 2, t_x = 30.43, T = 38.86: odds of dropout = a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)
        // = 0.793 / 3.426 x (43.274 / 34.844)^2.243 = 0.231465 x 1.6252... ; P(alive) = 1 / (1 + odds).
        var odds = 0.793 / 3.426 * Math.Pow(43.274 / 34.844, 2.243);

        Assert.Equal(1d / (1d + odds), Published.ProbabilityAlive(2, Weeks(30.43m), Weeks(38.86m)), 1e-12);
        Assert.Equal(1d, Published.ProbabilityAlive(0, Weeks(0m), Weeks(38.86m)));
    }

    [Fact]
    public void Fit_LargeInputEvaluatedInParallelChunks_IsDeterministicAndEqualsTheWeightedFit()
    {
        // 30 copies of CDNOW = 70,710 rows, above the 65,536-row threshold of the chunked parallel evaluation.
        var (x, tx, t) = Cdnow();
        double[] bx = [.. Enumerable.Repeat(x, 30).SelectMany(a => a)];
        double[] btx = [.. Enumerable.Repeat(tx, 30).SelectMany(a => a)];
        double[] bt = [.. Enumerable.Repeat(t, 30).SelectMany(a => a)];

        var first = BgNbd.Fit(RfmRows.Of(bx, btx, bt, Week));
        var second = BgNbd.Fit(RfmRows.Of(bx, btx, bt, Week));
        var weighted = BgNbd.FitColumns(x, tx, t, [.. Enumerable.Repeat(30d, x.Length)], Week);

        Assert.Equal(first.Model, second.Model);
        Assert.Equal(first.LogLikelihood, second.LogLikelihood);
        Assert.Equal(weighted.LogLikelihood, first.LogLikelihood, 1e-6);
        Assert.Equal(-9582.4, Math.Round(first.LogLikelihood / 30, 1));
        Assert.Equal(weighted.Model.R, first.Model.R, 1e-6);
    }

    [Fact]
    public void Fit_NobodyRepeats_ReportsNotConverged()
    {
        var fit = BgNbd.Fit(RfmRows.Of([0d, 0d, 0d], [0d, 0d, 0d], [10d, 20d, 30d], Week));

        Assert.False(fit.Converged);
        Assert.True(double.IsFinite(fit.Model.R));
    }

    [Theory]
    [InlineData(1.5, 1, 2, "frequency[1]")]          // fractional frequency
    [InlineData(-1, 0, 2, "frequency[1]")]           // negative
    [InlineData(double.NaN, 0, 2, "frequency[1]")]   // NaN
    [InlineData(1, double.NaN, 2, "recency[1]")]
    [InlineData(1, 1, -2, "age[1]")]
    [InlineData(1, 1, double.PositiveInfinity, "age[1]")]
    public void RowCheck_BadValue_ThrowsOutOfRangeNamingTheRow(double x, double tx, double t, string name)
    {
        // The check every fitted row passes after conversion to doubles (CustomerRfm already rules these out).
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BgNbd.CheckRow(x, tx, t, 1));

        Assert.Equal(name, ex.ParamName);
    }

    [Theory]
    [InlineData(1, 3, 2)]  // t_x > T
    [InlineData(1, 0, 2)]  // x > 0 with t_x = 0
    [InlineData(0, 1, 2)]  // x = 0 with t_x > 0
    public void RowCheck_InconsistentRow_ThrowsNamingTheRow(double x, double tx, double t)
    {
        var ex = Assert.Throws<ArgumentException>(() => BgNbd.CheckRow(x, tx, t, 1));

        Assert.Equal("recency[1]", ex.ParamName);
    }

    [Fact]
    public void Fit_EmptyMismatchedOrBadWeights_Throws()
    {
        Assert.Throws<ArgumentException>(() => BgNbd.Fit([]));
        var mixed = Assert.Throws<ArgumentException>(() => BgNbd.Fit([.. RfmRows.Of([0d], [0d], [1d], Week), .. RfmRows.Of([0d], [0d], [1d], PeriodUnit.Day)]));
        Assert.Equal("customers[1]", mixed.ParamName);
        var empty = Assert.Throws<ArgumentException>(() => BgNbd.Fit([default(CustomerRfm)]));
        Assert.Equal("customers[0]", empty.ParamName);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BgNbd.Fit(RfmRows.Of([0d], [0d], [1d], Week), new FitOptions(0)));
        Assert.Equal("maxDegreeOfParallelism", ex.ParamName);
    }

    [Fact]
    public void Predictions_InAnotherUnit_Throw()
    {
        Assert.Throws<ArgumentException>(() => Published.ExpectedPurchases(new Periods(1m, PeriodUnit.Day)));
        Assert.Throws<ArgumentException>(() => Published.ConditionalExpectedPurchases(new Periods(1m, PeriodUnit.Month), 0, Weeks(0m), Weeks(1m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Published.PurchaseCountProbability(-1, Weeks(1m)));

        // default(CustomerRfm) has unit-less periods: rejected, never read as weeks.
        Assert.Throws<ArgumentException>(() => Published.ProbabilityAlive(default(CustomerRfm)));
        Assert.Throws<ArgumentException>(() => Published.ConditionalExpectedPurchases(Weeks(1m), default(CustomerRfm)));
        Assert.Throws<ArgumentException>(() => new BgNbd(1, 1, 1, 1, default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BgNbd(double.NaN, 1, 1, 1, Week));
    }

    [Fact]
    public void Equality_And_Text()
    {
        var same = new BgNbd(0.243, 4.414, 0.793, 2.426, Week);

        Assert.True(Published == same);
        Assert.False(Published != same);
        Assert.Equal(Published.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(Published, new BgNbd(0.243, 4.414, 0.793, 2.426, PeriodUnit.Day));
        Assert.Equal("BG/NBD(r=0.243, alpha=4.414, a=0.793, b=2.426, per week)", Published.ToString());
    }
}
