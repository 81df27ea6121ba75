using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The BG/BB log-likelihood (Fader, Hardie and Shang 2010, eq. 5) with its analytic gradient and Hessian in
/// (alpha, beta, gamma, delta). Every term is a product of two beta-function ratios whose arguments are the parameters
/// plus whole numbers, so one evaluation first tabulates ln Gamma, psi and psi' at <c>p + j</c> for j = 0..n + 1 by the
/// recurrences <c>ln Gamma(z + 1) = ln Gamma(z) + ln z</c>, <c>psi(z + 1) = psi(z) + 1 / z</c>,
/// <c>psi'(z + 1) = psi'(z) - 1 / z^2</c>, and then reads the terms from the tables.
/// </summary>
internal sealed class BgBbLikelihood
{
    private readonly int[] _x;
    private readonly int[] _tx;
    private readonly int[] _n;
    private readonly double[] _w;
    private readonly int _size;

    // Tables at alpha + j, beta + j, alpha + beta + j, gamma + j, delta + j, gamma + delta + j: ln Gamma, psi, psi'.
    private readonly double[][] _lg = new double[6][];
    private readonly double[][] _psi = new double[6][];
    private readonly double[][] _tri = new double[6][];

    internal BgBbLikelihood(int[] x, int[] tx, int[] n, double[] w)
    {
        _x = x;
        _tx = tx;
        _n = n;
        _w = w;
        var max = 0;
        foreach (var v in n)
        {
            max = Math.Max(max, v);
        }

        _size = max + 2;
        for (var k = 0; k < 6; k++)
        {
            _lg[k] = new double[_size];
            _psi[k] = new double[_size];
            _tri[k] = new double[_size];
        }

        foreach (var v in w)
        {
            TotalWeight += v;
        }

        for (var i = 0; i < x.Length; i++)
        {
            RepeatWeight += x[i] > 0 ? w[i] : 0d;
        }
    }

    internal double TotalWeight { get; }

    internal double RepeatWeight { get; }

    /// <summary>
    /// The log-likelihood at p = (alpha, beta, gamma, delta); writes the gradient (4) and, when not empty, the Hessian
    /// (4 x 4, row-major) in those parameters.
    /// </summary>
    internal double Evaluate(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian)
    {
        var (alpha, beta, gamma, delta) = (p[0], p[1], p[2], p[3]);
        Tabulate(0, alpha);
        Tabulate(1, beta);
        Tabulate(2, alpha + beta);
        Tabulate(3, gamma);
        Tabulate(4, delta);
        Tabulate(5, gamma + delta);
        var wantHessian = !hessian.IsEmpty;
        gradient.Clear();
        if (wantHessian)
        {
            hessian.Clear();
        }

        var ll = default(CompensatedSum);
        Span<double> g = stackalloc double[4];
        Span<double> h = stackalloc double[16];
        Span<double> gi = stackalloc double[4];
        Span<double> hi = stackalloc double[16];
        for (var row = 0; row < _x.Length; row++)
        {
            int x = _x[row], tx = _tx[row], n = _n[row];
            g.Clear();
            h.Clear();

            // Log-sum-exp over the terms: the alive term, then one term per opportunity after t_x at which the customer died.
            var first = Term(x, n - x, 0, n, gi, hi, wantHessian);
            var max = first;
            for (var i = 0; i < n - tx; i++)
            {
                max = Math.Max(max, Term(x, tx - x + i, 1, tx + i, gi, hi, false));
            }

            var sum = 0d;
            first = Term(x, n - x, 0, n, gi, hi, wantHessian);
            Accumulate(Math.Exp(first - max), gi, hi, g, h, wantHessian, ref sum);
            for (var i = 0; i < n - tx; i++)
            {
                var term = Term(x, tx - x + i, 1, tx + i, gi, hi, wantHessian);
                Accumulate(Math.Exp(term - max), gi, hi, g, h, wantHessian, ref sum);
            }

            var w = _w[row];
            ll.Add(w * (max + Math.Log(sum)));
            for (var a = 0; a < 4; a++)
            {
                g[a] /= sum;
            }

            for (var a = 0; a < 4; a++)
            {
                gradient[a] += w * g[a];
                if (wantHessian)
                {
                    for (var b = 0; b < 4; b++)
                    {
                        hessian[(a * 4) + b] += w * ((h[(a * 4) + b] / sum) - (g[a] * g[b]));
                    }
                }
            }
        }

        return ll.Value;
    }

    /// <summary>
    /// <c>ln[B(alpha + x, beta + k) / B(alpha, beta) x B(gamma + e, delta + m) / B(gamma, delta)]</c> with its gradient and
    /// (block-diagonal) Hessian in (alpha, beta, gamma, delta).
    /// </summary>
    private double Term(int x, int k, int e, int m, Span<double> g, Span<double> h, bool wantHessian)
    {
        var value = _lg[0][x] + _lg[1][k] - _lg[2][x + k] - (_lg[0][0] + _lg[1][0] - _lg[2][0])
            + _lg[3][e] + _lg[4][m] - _lg[5][e + m] - (_lg[3][0] + _lg[4][0] - _lg[5][0]);
        var dab = _psi[2][0] - _psi[2][x + k];
        var dgd = _psi[5][0] - _psi[5][e + m];
        g[0] = _psi[0][x] - _psi[0][0] + dab;
        g[1] = _psi[1][k] - _psi[1][0] + dab;
        g[2] = _psi[3][e] - _psi[3][0] + dgd;
        g[3] = _psi[4][m] - _psi[4][0] + dgd;
        if (wantHessian)
        {
            h.Clear();
            var tab = _tri[2][0] - _tri[2][x + k];
            var tgd = _tri[5][0] - _tri[5][e + m];
            h[0] = _tri[0][x] - _tri[0][0] + tab;
            h[1] = tab;
            h[4] = tab;
            h[5] = _tri[1][k] - _tri[1][0] + tab;
            h[10] = _tri[3][e] - _tri[3][0] + tgd;
            h[11] = tgd;
            h[14] = tgd;
            h[15] = _tri[4][m] - _tri[4][0] + tgd;
        }

        return value;
    }

    /// <summary>Adds a term of relative size <paramref name="scale"/>: its share of the gradient and of the second moments.</summary>
    private static void Accumulate(double scale, ReadOnlySpan<double> gi, ReadOnlySpan<double> hi, Span<double> g, Span<double> h, bool wantHessian, ref double sum)
    {
        sum += scale;
        for (var a = 0; a < 4; a++)
        {
            g[a] += scale * gi[a];
            if (wantHessian)
            {
                for (var b = 0; b < 4; b++)
                {
                    h[(a * 4) + b] += scale * ((gi[a] * gi[b]) + hi[(a * 4) + b]);
                }
            }
        }
    }

    private void Tabulate(int k, double z)
    {
        var lg = _lg[k];
        var psi = _psi[k];
        var tri = _tri[k];
        lg[0] = SpecialFunctions.LogGamma(z);
        psi[0] = SpecialFunctions.Digamma(z);
        tri[0] = SpecialFunctions.Trigamma(z);
        for (var j = 1; j < _size; j++)
        {
            var prev = z + j - 1d;
            lg[j] = lg[j - 1] + Math.Log(prev);
            psi[j] = psi[j - 1] + (1d / prev);
            tri[j] = tri[j - 1] - (1d / (prev * prev));
        }
    }
}
