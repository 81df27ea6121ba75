using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// Simulation oracle: customers drawn from the BG/NBD story itself (Gamma rates, Beta dropout, Poisson purchases,
/// dropout only after a repeat purchase), written here independently of the likelihood; the fit must recover the
/// generating parameters within three standard errors (from the observed information matrix).
/// </summary>
public partial class BgNbdTests
{
    [Fact]
    public void Fit_SimulatedCustomers_RecoversTheGeneratingParametersWithinThreeStandardErrors()
    {
        double[] truth = [0.243, 4.414, 0.793, 2.426];
        var (x, tx, t) = Simulate(truth, 60_000, seed: 20_050_101);

        var fit = BgNbd.Fit(RfmRows.Of(x, tx, t, PeriodUnit.Week));

        Assert.True(fit.Converged, fit.ToString());
        double[] estimate = [fit.Model.R, fit.Model.Alpha, fit.Model.A, fit.Model.B];
        var se = StandardErrors(x, tx, t, estimate);
        for (var i = 0; i < 4; i++)
        {
            Assert.True(
                Math.Abs(estimate[i] - truth[i]) <= 3d * se[i],
                $"parameter {i}: estimate {estimate[i]}, truth {truth[i]}, standard error {se[i]} ({fit})");
        }
    }

    /// <summary>Standard errors: square roots of the diagonal of the inverse of minus the Hessian (central differences).</summary>
    internal static double[] StandardErrors(double[] x, double[] tx, double[] t, double[] at)
    {
        double Ll(double[] p) => BgNbd.LogLikelihood(x, tx, t, null, p[0], p[1], p[2], p[3]);
        var n = at.Length;
        var h = new double[n];
        for (var i = 0; i < n; i++)
        {
            h[i] = 1e-4 * at[i];
        }

        var info = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                double Shifted(double si, double sj)
                {
                    var p = (double[])at.Clone();
                    p[i] += si * h[i];
                    p[j] += sj * h[j];
                    return Ll(p);
                }

                info[i, j] = -(Shifted(1, 1) - Shifted(1, -1) - Shifted(-1, 1) + Shifted(-1, -1)) / (4d * h[i] * h[j]);
            }
        }

        var inverse = FitOracles.Invert(info);
        var se = new double[n];
        for (var i = 0; i < n; i++)
        {
            se[i] = Math.Sqrt(inverse[i, i]);
        }

        return se;
    }

    private static (double[] X, double[] Tx, double[] T) Simulate(double[] p, int customers, int seed)
    {
        var rng = new Random(seed);
        var (x, tx, t) = (new double[customers], new double[customers], new double[customers]);
        for (var i = 0; i < customers; i++)
        {
            var lambda = Gamma(rng, p[0]) / p[1];
            var g1 = Gamma(rng, p[2]);
            var dropout = g1 / (g1 + Gamma(rng, p[3]));
            var age = Math.Round(27d + (12d * rng.NextDouble()), 2);
            double clock = 0, last = 0;
            var count = 0;
            while (true)
            {
                clock += -Math.Log(1d - rng.NextDouble()) / lambda;
                if (clock > age)
                {
                    break;
                }

                count++;
                last = clock;
                if (rng.NextDouble() < dropout)
                {
                    break;
                }
            }

            x[i] = count;
            tx[i] = count == 0 ? 0d : last;
            t[i] = age;
        }

        return (x, tx, t);
    }

    /// <summary>Gamma(shape, 1) by Marsaglia and Tsang (2000), boosted by U^(1/shape) below shape 1.</summary>
    private static double Gamma(Random rng, double shape)
    {
        if (shape < 1d)
        {
            return Gamma(rng, shape + 1d) * Math.Pow(rng.NextDouble(), 1d / shape);
        }

        var d = shape - (1d / 3d);
        var c = 1d / Math.Sqrt(9d * d);
        while (true)
        {
            var z = Math.Sqrt(-2d * Math.Log(1d - rng.NextDouble())) * Math.Cos(2d * Math.PI * rng.NextDouble());
            var v = Math.Pow(1d + (c * z), 3);
            if (v <= 0d)
            {
                continue;
            }

            if (Math.Log(1d - rng.NextDouble()) < (0.5 * z * z) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }
}
