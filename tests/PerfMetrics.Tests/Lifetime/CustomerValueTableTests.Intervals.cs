using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>The delta-method intervals against independent oracles.</summary>
public partial class CustomerValueTableTests
{
    private static ModelFit<BgNbd> FitWith(BgNbd model, double[] covariance) =>
        new(model, -1d, [new("r", model.R, null), new("alpha", model.Alpha, null), new("a", model.A, null), new("b", model.B, null)], 1, true, 0d, covariance);

    private static ModelFit<GammaGamma> FitWith(GammaGamma model, double[] covariance) =>
        new(model, -1d, [new("p", model.P, null), new("q", model.Q, null), new("gamma", model.Gamma, null)], 1, true, 0d, covariance);

    private static double Logit(double p) => Math.Log(p / (1d - p));

    [Fact]
    public void ForCustomer_OnlyAUncertain_PAliveIntervalIsTheHandWorkedLogitInterval()
    {
        // BG/NBD P(alive) = 1 / (1 + a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)), so
        // logit P(alive) = -ln a + ln(b + x - 1) - (r + x) ln((alpha + T) / (alpha + t_x)) and d logit / d a = -1 / a.
        // With Var(a) = 0.04 and no other uncertainty, SE(logit) = 0.2 / a = 0.2 / 0.793 = 0.252207...; the 95% interval
        // is logistic(logit p -/+ 1.959964 x 0.252207).
        var covariance = new double[16];
        covariance[10] = 0.04;
        var fit = FitWith(Purchases, covariance);
        var customer = Row("1", 2, 30.43m, 38.86m, 22.35m);

        var row = CustomerValueTable.ForCustomer(fit, null, customer, 0.3m, DiscountRate.None(Week), Weeks(39));

        var p = Purchases.ProbabilityAlive(customer);
        var se = 0.2 / 0.793;
        var ci = row.ProbabilityAliveInterval!.Value;
        Assert.Equal(p, ci.Value);
        Assert.Equal(1d / (1d + Math.Exp(-(Logit(p) - (1.959963984540054 * se)))), ci.Lower, 1e-8);
        Assert.Equal(1d / (1d + Math.Exp(-(Logit(p) + (1.959963984540054 * se)))), ci.Upper, 1e-8);
        Assert.Equal(0.95, ci.Level);
    }

    [Fact]
    public void ForCustomer_OnlyGammaUncertain_ClvIntervalIsTheHandWorkedLogInterval()
    {
        // Gamma-Gamma E[M | x, m] = p (gamma + x m) / (p x + q - 1), so d ln E[M] / d gamma = 1 / (gamma + x m). With
        // Var(gamma) = 4 only (the purchase fit certain), SE(ln CLV) = 2 / (15.44 + 2 x 22.35) = 2 / 60.14 = 0.0332557...;
        // the 95% interval is CLV x exp(-/+ 1.959964 x 0.0332557) = CLV x exp(-/+ 0.0651800) = CLV x [0.936899, 1.067351].
        var spendCovariance = new double[9];
        spendCovariance[8] = 4d;
        var customer = Row("1", 2, 30.43m, 38.86m, 22.35m);

        var row = CustomerValueTable.ForCustomer(FitWith(Purchases, new double[16]), FitWith(Spend, spendCovariance), customer, 0.3m, Weekly(0.01m), Weeks(52));

        var clv = (double)row.Clv!.Value.Amount;
        var spread = Math.Exp(1.959963984540054 * 2d / 60.14);
        var ci = row.ClvInterval!.Value;
        Assert.Equal(clv / spread, (double)ci.Lower!.Value.Amount, 1e-9 * clv);
        Assert.Equal(clv * spread, (double)ci.Upper!.Value.Amount, 1e-9 * clv);
        Assert.Equal(0.936899, (double)ci.Lower!.Value.Amount / clv, 1e-6);
        Assert.Equal(1.067351, (double)ci.Upper!.Value.Amount / clv, 1e-6);
    }

    [Theory]
    [InlineData(0.04, 0.04)] // the CDNOW covariance / 25 (as from 25 times the data): first order is exact enough
    [InlineData(1.0, 0.30)] // the CDNOW covariance itself: a and b have standard errors of 23% and 29%, so curvature shows (delta 4-24% below)
    public void Intervals_OnCdnow_AgreeWithAMonteCarloDrawOfTheParameters(double scale, double tolerance)
    {
        // Independent oracle: 4,000 parameter vectors drawn from the multivariate normal N(estimate, scale x covariance)
        // of the CDNOW fits (MathNet's Cholesky factor and normal sampler, seeded), each pushed through the models'
        // public methods (BgNbd, GammaGamma, Clv.ForCustomer); the standard deviation of the transformed prediction
        // (logit P(alive), ln E[Y], ln CLV) is the delta-method standard error to first order. The sampling error of an
        // SD from 4,000 draws is about 1.1%.
        var purchases = FitWith(BgNbdFit.Model, [.. Covariance(BgNbdFit, 4).Select(c => c * scale)]);
        var spend = FitWith(SpendFit.Model, [.. Covariance(SpendFit, 3).Select(c => c * scale)]);
        var discount = Weekly(0.01m);
        var horizon = Weeks(26);
        var customers = new[] { Row("1", 2, 30.43m, 38.86m, 22.35m), Row("2", 7, 35m, 38m, 40m), Row("3", 1, 5m, 36m, 15m) };
        var z = 1.959963984540054;
        var draws = Draws(purchases.Model.ParameterValues, Covariance(purchases, 4), 4000, 11);
        var spendDraws = Draws(spend.Model.ParameterValues, Covariance(spend, 3), 4000, 12);
        var failures = new List<string>();

        foreach (var customer in customers)
        {
            var row = CustomerValueTable.ForCustomer(purchases, spend, customer, 0.3m, discount, horizon);
            var alive = new List<double>();
            var expected = new List<double>();
            var clv = new List<double>();
            for (var k = 0; k < draws.Length; k++)
            {
                var d = draws[k];
                var s = spendDraws[k];
                if (d.Any(v => v <= 0d) || s.Any(v => v <= 0d) || s[1] <= 1d)
                {
                    continue;
                }

                var model = new BgNbd(d[0], d[1], d[2], d[3], Week);
                alive.Add(Logit(model.ProbabilityAlive(customer)));
                expected.Add(Math.Log(model.ConditionalExpectedPurchases(horizon, customer)));
                var value = Clv.ForCustomer(model, new GammaGamma(s[0], s[1], s[2], Currency.Usd), customer, 0.3m, discount, horizon)!.Value;
                clv.Add(Math.Log((double)value.Amount));
            }

            var aliveCi = row.ProbabilityAliveInterval!.Value;
            var expectedCi = row.ExpectedPurchasesInterval!.Value;
            var clvCi = row.ClvInterval!.Value;
            Near("P(alive)", StandardDeviation(alive), (Logit(aliveCi.Upper) - Logit(aliveCi.Lower)) / (2d * z));
            Near("E[Y]", StandardDeviation(expected), Math.Log(expectedCi.Upper / expectedCi.Lower) / (2d * z));
            Near("CLV", StandardDeviation(clv), Math.Log((double)(clvCi.Upper!.Value.Amount / clvCi.Lower!.Value.Amount)) / (2d * z));
        }

        Assert.True(failures.Count == 0, string.Join("; ", failures));

        void Near(string what, double monteCarlo, double delta)
        {
            if (!(Math.Abs((delta / monteCarlo) - 1d) < tolerance))
            {
                failures.Add($"{what}: delta-method SE {delta:G4} vs Monte Carlo {monteCarlo:G4}");
            }
        }
    }

    private static double[] Covariance<TModel>(ModelFit<TModel> fit, int n)
        where TModel : class
    {
        var c = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                c[(i * n) + j] = fit.Covariance(fit.Parameters[i].Name, fit.Parameters[j].Name)!.Value;
            }
        }

        return c;
    }

    private static double[][] Draws(double[] mean, double[] covariance, int count, int seed)
    {
        var n = mean.Length;
        var factor = Matrix<double>.Build.Dense(n, n, (i, j) => covariance[(i * n) + j]).Cholesky().Factor;
        var normal = new Normal(0d, 1d, new Random(seed));
        var draws = new double[count][];
        for (var k = 0; k < count; k++)
        {
            var e = Vector<double>.Build.Dense(n, _ => normal.Sample());
            var v = factor * e;
            draws[k] = [.. Enumerable.Range(0, n).Select(i => mean[i] + v[i])];
        }

        return draws;
    }

    private static double StandardDeviation(List<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }

    [Fact]
    public void Intervals_ForMbgNbdAndParetoNbdFits_ContainTheModelsOwnPredictions()
    {
        // The same delta method through the other two models' fits on CDNOW (their covariances: analytic Hessian for
        // MBG/NBD, central differences for Pareto/NBD).
        var rows = Cdnow.Take(40).ToArray();
        var tables = new[]
        {
            CustomerValueTable.Create(ModifiedBgNbd.Fit(Cdnow), SpendFit, rows, 0.3m, Weekly(0.01m), Weeks(39), new CustomerValueOptions(true)),
            CustomerValueTable.Create(ParetoNbd.Fit(Cdnow), SpendFit, rows, 0.3m, Weekly(0.01m), Weeks(39), new CustomerValueOptions(true)),
        };

        Assert.Equal(["MBG/NBD", "Pareto/NBD"], tables.Select(t => t.Model));
        foreach (var row in tables.SelectMany(t => t.Rows))
        {
            var alive = row.ProbabilityAliveInterval!.Value;
            var purchases = row.ExpectedPurchasesInterval!.Value;
            var clv = row.ClvInterval!.Value;
            Assert.InRange(row.ProbabilityAlive, alive.Lower, alive.Upper);
            Assert.True(alive.Lower < alive.Upper && alive.Lower >= 0d && alive.Upper <= 1d);
            Assert.InRange(row.ExpectedPurchases, purchases.Lower, purchases.Upper);
            Assert.True(purchases.Lower < purchases.Upper);
            Assert.InRange(row.Clv!.Value.Amount, clv.Lower!.Value.Amount, clv.Upper!.Value.Amount);
        }
    }

    [Fact]
    public void Intervals_WithoutACovariance_AreNull()
    {
        var noCovariance = new ModelFit<BgNbd>(Purchases, -1d, [new("r", 0.243, null), new("alpha", 4.414, null), new("a", 0.793, null), new("b", 2.426, null)], 1, false, 0d);

        var row = CustomerValueTable.ForCustomer(noCovariance, SpendFit, Row("1", 2, 30.43m, 38.86m, 22.35m), 0.3m, DiscountRate.None(Week), Weeks(39));

        Assert.Null(row.ProbabilityAliveInterval);
        Assert.Null(row.ExpectedPurchasesInterval);
        Assert.Null(row.ClvInterval);
        Assert.NotNull(row.Clv);
    }

    [Fact]
    public void Intervals_ForANewLookingCustomer_PAliveIsCertainForBgNbd()
    {
        // BG/NBD: a customer without repeat purchases is alive with probability 1, whatever the parameters.
        var row = CustomerValueTable.ForCustomer(BgNbdFit, SpendFit, Row("0", 0, 0m, 30m, null), 0.3m, DiscountRate.None(Week), Weeks(39));

        Assert.Equal(new PerfMetrics.Experiments.Estimate(1d, 1d, 1d, 0.95), row.ProbabilityAliveInterval);
        Assert.True(row.ExpectedPurchasesInterval!.Value.Lower < row.ExpectedPurchases);
    }

    [Fact]
    public void Create_WithIntervals_KeepsThePlainValues()
    {
        var plain = CustomerValueTable.Create(BgNbdFit, SpendFit, Cdnow.Take(100), 0.3m, Weekly(0.01m), Weeks(52));
        var withIntervals = CustomerValueTable.Create(BgNbdFit, SpendFit, Cdnow.Take(100), 0.3m, Weekly(0.01m), Weeks(52), new CustomerValueOptions(intervals: true));

        Assert.Equal(plain.Rows.Select(r => r.Clv), withIntervals.Rows.Select(r => r.Clv));
        Assert.All(plain.Rows, r => Assert.Null(r.ClvInterval));
        Assert.All(withIntervals.Rows, r => Assert.NotNull(r.ClvInterval));
        Assert.Null(plain.ConfidenceLevel);
        Assert.Equal(0.95, withIntervals.ConfidenceLevel);
    }
}
