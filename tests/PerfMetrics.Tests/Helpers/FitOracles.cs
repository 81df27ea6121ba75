using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Tests.Helpers;

/// <summary>
/// Independent oracles for the fits: the log-likelihoods written the way the papers print them (not the library's
/// rearranged forms), and standard errors by brute-force finite differences of those log-likelihoods in the natural
/// parameters, inverted by Gauss-Jordan elimination. Only log-gamma and log-beta are shared with the library; they are
/// checked against known values in SpecialFunctionsTests.
/// </summary>
internal static class FitOracles
{
    /// <summary>sBG log-likelihood by Fader and Hardie's (2007) recursions: P(T = 1) = alpha / (alpha + beta), P(T = t) = P(T = t - 1) (beta + t - 2) / (alpha + beta + t - 1), S(t) = S(t - 1) - P(T = t).</summary>
    public static double ShiftedBetaGeometric(IReadOnlyList<long> survivors, double alpha, double beta)
    {
        var ll = 0d;
        var p = 0d;
        var s = 1d;
        for (var t = 1; t < survivors.Count; t++)
        {
            p = t == 1 ? alpha / (alpha + beta) : p * (beta + t - 2d) / (alpha + beta + t - 1d);
            s -= p;
            ll += (survivors[t - 1] - survivors[t]) * Math.Log(p);
        }

        return ll + (survivors[^1] * Math.Log(s));
    }

    /// <summary>One BG/NBD row, Fader, Hardie and Lee (2005) eq. 6, the two terms added by log-sum-exp.</summary>
    public static double BgNbdRow(double r, double alpha, double a, double b, double x, double tx, double t)
    {
        var common = SpecialFunctions.LogGamma(r + x) - SpecialFunctions.LogGamma(r) + (r * Math.Log(alpha)) - SpecialFunctions.LogBeta(a, b);
        var first = common + SpecialFunctions.LogBeta(a, b + x) - ((r + x) * Math.Log(alpha + t));
        if (x == 0d)
        {
            return first;
        }

        var second = common + SpecialFunctions.LogBeta(a + 1d, b + x - 1d) - ((r + x) * Math.Log(alpha + tx));
        var max = Math.Max(first, second);
        return max + Math.Log(Math.Exp(first - max) + Math.Exp(second - max));
    }

    /// <summary>One Gamma-Gamma row as the density of the mean value m of x transactions (lifetimes, CLVTools).</summary>
    public static double GammaGammaMeanRow(double p, double q, double gamma, double x, double m) =>
        SpecialFunctions.LogGamma((p * x) + q) - SpecialFunctions.LogGamma(p * x) - SpecialFunctions.LogGamma(q)
        + (q * Math.Log(gamma)) + (((p * x) - 1d) * Math.Log(m)) + (p * x * Math.Log(x)) - (((p * x) + q) * Math.Log(gamma + (m * x)));

    /// <summary>One Gamma-Gamma row as the density of the total x m (Fader, Hardie and Lee 2005): Gamma(px, nu) totals mixed over nu.</summary>
    public static double GammaGammaTotalRow(double p, double q, double gamma, double x, double m)
    {
        var total = x * m;
        return SpecialFunctions.LogGamma((p * x) + q) - SpecialFunctions.LogGamma(p * x) - SpecialFunctions.LogGamma(q)
            + (q * Math.Log(gamma)) + (((p * x) - 1d) * Math.Log(total)) - (((p * x) + q) * Math.Log(gamma + total));
    }

    /// <summary>Standard errors: square roots of the diagonal of the inverse of minus the Hessian, by central differences with steps 1e-4 x each parameter.</summary>
    public static double[] StandardErrors(Func<double[], double> logLikelihood, double[] at)
    {
        var n = at.Length;
        var h = at.Select(v => 1e-4 * v).ToArray();
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
                    return logLikelihood(p);
                }

                info[i, j] = -(Shifted(1, 1) - Shifted(1, -1) - Shifted(-1, 1) + Shifted(-1, -1)) / (4d * h[i] * h[j]);
            }
        }

        var inverse = Invert(info);
        return [.. Enumerable.Range(0, n).Select(i => Math.Sqrt(inverse[i, i]))];
    }

    /// <summary>Inverts a small matrix by Gauss-Jordan elimination with partial pivoting (the tests' independent oracle).</summary>
    internal static double[,] Invert(double[,] m)
    {
        var n = m.GetLength(0);
        var a = new double[n, 2 * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                a[i, j] = m[i, j];
            }

            a[i, n + i] = 1d;
        }

        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++)
            {
                if (Math.Abs(a[r, c]) > Math.Abs(a[pivot, c]))
                {
                    pivot = r;
                }
            }

            for (var k = 0; k < 2 * n; k++)
            {
                (a[c, k], a[pivot, k]) = (a[pivot, k], a[c, k]);
            }

            var d = a[c, c];
            for (var k = 0; k < 2 * n; k++)
            {
                a[c, k] /= d;
            }

            for (var r = 0; r < n; r++)
            {
                if (r != c)
                {
                    var f = a[r, c];
                    for (var k = 0; k < 2 * n; k++)
                    {
                        a[r, k] -= f * a[c, k];
                    }
                }
            }
        }

        var result = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                result[i, j] = a[i, n + j];
            }
        }

        return result;
    }
}
