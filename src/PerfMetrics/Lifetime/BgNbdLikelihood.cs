using System.Diagnostics;
using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The BG/NBD log-likelihood and its analytic gradient over validated (x, t_x, T, weight) rows, laid out for speed: rows
/// without repeat purchases and rows with them in separate arrays, and everything that depends only on x computed once
/// per distinct x per evaluation. Evaluations allocate nothing of their own (a parallel evaluation allocates only the
/// thread pool's small per-call bookkeeping) and are deterministic: fixed chunks, reduced in chunk order.
/// </summary>
internal sealed class BgNbdLikelihood
{
    private const int ChunkSize = ChunkedWork.ChunkSize;

    // Rows with x = 0: only T and the weight matter.
    private readonly double[] _zeroT;
    private readonly double[] _zeroW;

    // Rows with x > 0.
    private readonly int[] _k;
    private readonly double[] _tx;
    private readonly double[] _t;
    private readonly double[] _w;

    // Distinct x values (index 0 is x = 0) and the total weight at each.
    private readonly double[] _x;
    private readonly double[] _weightAtX;

    // Per-evaluation scratch, per distinct x.
    private readonly double[] _rPlusX;
    private readonly double[] _logRatio;
    private readonly double[] _invBMinus;

    // Per-chunk partial sums: value and four gradient components.
    private readonly double[] _partials;
    private readonly int _zeroChunks;
    private readonly int _chunks;
    private readonly Action<int> _chunkBody;
    private readonly ParallelOptions _parallel;

    // Statistics pass (once per fit): per chunk the compensated log-likelihood, the gradient (4) and Hessian (10).
    private CompensatedSum[] _chunkLogLikelihood = [];
    private double[] _statistics = [];
    private Action<int>? _statisticsBody;
    private double _r;
    private double _alpha;
    private double _a;
    private double _b;

    // 1 for the modified BG/NBD (Batislam, Denizel and Filiztekin 2007), whose customers may drop out at time 0: its
    // likelihood is the BG/NBD's with b + x - 1 read as b + x and B(a, b + x) as B(a, b + x + 1), and the second term present
    // for x = 0 as well; 0 for the BG/NBD.
    private readonly double _shift;
    private readonly bool _modified;

    internal BgNbdLikelihood(double[] x, double[] tx, double[] t, double[]? w, int maxDegreeOfParallelism = -1, bool modified = false)
    {
        _modified = modified;
        _shift = modified ? 1d : 0d;
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var rowIndex = new int[x.Length];
        _x = FrequencyIndex.Build(x, rowIndex, includeZero: true);
        var zeroCount = 0;
        foreach (var k in rowIndex)
        {
            zeroCount += k == 0 && !modified ? 1 : 0;
        }

        _weightAtX = new double[_x.Length];
        _zeroT = new double[zeroCount];
        _zeroW = new double[zeroCount];
        var positive = x.Length - zeroCount;
        _k = new int[positive];
        _tx = new double[positive];
        _t = new double[positive];
        _w = new double[positive];
        var z = 0;
        var p = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var weight = w is null ? 1d : w[i];
            TotalWeight += weight;
            RepeatWeight += x[i] > 0d ? weight : 0d;
            if (x[i] == 0d && !modified)
            {
                _zeroT[z] = t[i];
                _zeroW[z] = weight;
                z++;
                _weightAtX[0] += weight;
            }
            else
            {
                var k = rowIndex[i];
                _k[p] = k;
                _weightAtX[k] += weight;
                _tx[p] = tx[i];
                _t[p] = t[i];
                _w[p] = weight;
                p++;
            }
        }

        _rPlusX = new double[_x.Length];
        _logRatio = new double[_x.Length];
        _invBMinus = new double[_x.Length];
        _zeroChunks = (zeroCount + ChunkSize - 1) / ChunkSize;
        _chunks = _zeroChunks + ((positive + ChunkSize - 1) / ChunkSize);
        _partials = new double[_chunks * 5];
        _chunkBody = EvaluateChunk;
    }

    internal double TotalWeight { get; }

    /// <summary>Gets the total weight of the rows with a repeat purchase.</summary>
    internal double RepeatWeight { get; }

    internal int Rows => _zeroT.Length + _t.Length;

    /// <summary>Gets a value indicating whether some row has repeat purchases (without any, a and b are not identified).</summary>
    internal bool HasRepeatBuyers => RepeatWeight > 0d;

    /// <summary>The log-likelihood at (r, alpha, a, b) without the gradient.</summary>
    internal double LogLikelihood(double r, double alpha, double a, double b)
    {
        Span<double> gradient = stackalloc double[4];
        return Evaluate(r, alpha, a, b, gradient);
    }

    /// <summary>The negative mean log-likelihood over <c>(ln r, ln alpha, ln a, ln b)</c> and its gradient, for the optimiser.</summary>
    internal double NegativeMeanLogLikelihood(ReadOnlySpan<double> logParameters, Span<double> gradient)
    {
        foreach (var v in logParameters)
        {
            if (Math.Abs(v) > BgNbd.LogParameterBound)
            {
                return double.PositiveInfinity;
            }
        }

        var r = Math.Exp(logParameters[0]);
        var alpha = Math.Exp(logParameters[1]);
        var a = Math.Exp(logParameters[2]);
        var b = Math.Exp(logParameters[3]);
        var ll = Evaluate(r, alpha, a, b, gradient);
        var scale = -1d / TotalWeight;
        gradient[0] *= scale * r;
        gradient[1] *= scale * alpha;
        gradient[2] *= scale * a;
        gradient[3] *= scale * b;
        return scale * ll;
    }

    /// <summary>Returns the log-likelihood and writes d LL / d(r, alpha, a, b).</summary>
    private double Evaluate(double r, double alpha, double a, double b, Span<double> gradient)
    {
        _r = r;
        _alpha = alpha;
        _a = a;
        _b = b;

        // Terms that depend on x only, summed with the total weight at each x:
        // ln Gamma(r + x) - ln Gamma(r) + r ln alpha + ln B(a, b + x) - ln B(a, b).
        var logAlpha = Math.Log(alpha);
        var lgR = SpecialFunctions.LogGamma(r);
        var psiR = SpecialFunctions.Digamma(r);
        var lbAB = SpecialFunctions.LogBeta(a, b);
        var psiAB = SpecialFunctions.Digamma(a + b);
        var psiB = SpecialFunctions.Digamma(b);
        var logA = Math.Log(a);
        double ll = 0, gr = 0, gAlpha = 0, ga = 0, gb = 0;
        for (var k = 0; k < _x.Length; k++)
        {
            var x = _x[k];
            var w = _weightAtX[k];
            _rPlusX[k] = r + x;
            if (x > 0d || _modified)
            {
                _logRatio[k] = logA - Math.Log(b + x - 1d + _shift);
                _invBMinus[k] = 1d / (b + x - 1d + _shift);
            }

            if (w == 0d)
            {
                continue;
            }

            if (x == 0d && !_modified)
            {
                ll += w * r * logAlpha;
                gr += w * logAlpha;
                gAlpha += w * r / alpha;
                continue;
            }

            var bx = b + x + _shift;
            var psiABX = SpecialFunctions.Digamma(a + bx);
            ll += w * (SpecialFunctions.LogGamma(r + x) - lgR + (r * logAlpha) + SpecialFunctions.LogBeta(a, bx) - lbAB);
            gr += w * (SpecialFunctions.Digamma(r + x) - psiR + logAlpha);
            gAlpha += w * r / alpha;
            ga += w * (psiAB - psiABX);
            gb += w * (SpecialFunctions.Digamma(bx) - psiB + psiAB - psiABX);
        }

        RunChunks(_chunkBody);

        // Ordered reduction: the same sum whatever the thread schedule.
        for (var c = 0; c < _chunks; c++)
        {
            var o = c * 5;
            ll += _partials[o];
            gr += _partials[o + 1];
            gAlpha += _partials[o + 2];
            ga += _partials[o + 3];
            gb += _partials[o + 4];
        }

        gradient[0] = gr;
        gradient[1] = gAlpha;
        gradient[2] = ga;
        gradient[3] = gb;
        return ll;
    }

    /// <summary>
    /// The log-likelihood at (r, alpha, a, b), summed with compensation (Neumaier) per chunk and over the chunks in order,
    /// with its gradient and Hessian in (r, alpha, a, b) (row-major 4 x 4), all analytic. Called once or twice per fit (the
    /// Newton step that ends the maximisation, and the standard errors).
    /// </summary>
    /// <remarks>
    /// Per row with x &gt; 0 the log-likelihood is <c>A(x) + softplus(d) - (r + x) ln(alpha + T)</c> with
    /// <c>d = ln a - ln(b + x - 1) + (r + x) G</c>, <c>G = ln(alpha + T) - ln(alpha + t_x)</c>; with p = sigmoid(d) the
    /// Hessian of softplus(d) is <c>p (1 - p) grad d grad d' + p Hess d</c>, where <c>grad d = (G, (r + x) D, 1 / a,
    /// -1 / (b + x - 1))</c>, <c>D = 1 / (alpha + T) - 1 / (alpha + t_x)</c>, and the non-zero second derivatives of d
    /// are <c>D</c> (r, alpha), <c>(r + x) (1 / (alpha + t_x)^2 - 1 / (alpha + T)^2)</c> (alpha, alpha), <c>-1 / a^2</c>
    /// and <c>1 / (b + x - 1)^2</c>. <c>A(x) = ln Gamma(r + x) - ln Gamma(r) + r ln alpha + ln B(a, b + x) - ln B(a, b)</c>
    /// contributes trigamma differences. A row with x = 0 contributes <c>r ln alpha - r ln(alpha + T)</c>.
    /// </remarks>
    internal double Statistics(double r, double alpha, double a, double b, Span<double> gradient, Span<double> hessian)
    {
        _r = r;
        _alpha = alpha;
        _a = a;
        _b = b;
        var logAlpha = Math.Log(alpha);
        var lgR = SpecialFunctions.LogGamma(r);
        var psiR = SpecialFunctions.Digamma(r);
        var triR = SpecialFunctions.Trigamma(r);
        var lbAB = SpecialFunctions.LogBeta(a, b);
        var psiAB = SpecialFunctions.Digamma(a + b);
        var triAB = SpecialFunctions.Trigamma(a + b);
        var psiB = SpecialFunctions.Digamma(b);
        var triB = SpecialFunctions.Trigamma(b);
        var logA = Math.Log(a);
        var ll = default(CompensatedSum);
        Span<double> g = stackalloc double[4];
        Span<double> h = stackalloc double[10];
        g.Clear();
        h.Clear();
        for (var k = 0; k < _x.Length; k++)
        {
            var x = _x[k];
            var w = _weightAtX[k];
            _rPlusX[k] = r + x;
            if (x > 0d || _modified)
            {
                _logRatio[k] = logA - Math.Log(b + x - 1d + _shift);
                _invBMinus[k] = 1d / (b + x - 1d + _shift);
            }

            if (w == 0d)
            {
                continue;
            }

            ll.Add(w * r * logAlpha);
            g[0] += w * logAlpha;
            g[1] += w * r / alpha;
            h[1] += w / alpha;
            h[4] -= w * r / (alpha * alpha);
            if (x == 0d && !_modified)
            {
                continue;
            }

            var bx = b + x + _shift;
            var psiABX = SpecialFunctions.Digamma(a + bx);
            var triABX = SpecialFunctions.Trigamma(a + bx);
            ll.Add(w * (SpecialFunctions.LogGamma(r + x) - lgR + SpecialFunctions.LogBeta(a, bx) - lbAB));
            g[0] += w * (SpecialFunctions.Digamma(r + x) - psiR);
            g[2] += w * (psiAB - psiABX);
            g[3] += w * (SpecialFunctions.Digamma(bx) - psiB + psiAB - psiABX);
            h[0] += w * (SpecialFunctions.Trigamma(r + x) - triR);
            h[7] += w * (triAB - triABX);
            h[8] += w * (triAB - triABX);
            h[9] += w * (SpecialFunctions.Trigamma(bx) - triB + triAB - triABX);
        }

        if (_statistics.Length == 0)
        {
            // Once per likelihood: a fit runs the pass once or twice (see BgNbd.Maximize).
            _chunkLogLikelihood = new CompensatedSum[_chunks];
            _statistics = new double[_chunks * 14];
            _statisticsBody = StatisticsChunk;
        }

        RunChunks(_statisticsBody!);
        for (var c = 0; c < _chunks; c++)
        {
            var o = c * 14;
            ll.Add(_chunkLogLikelihood[c]);
            for (var i = 0; i < 4; i++)
            {
                g[i] += _statistics[o + i];
            }

            for (var i = 0; i < 10; i++)
            {
                h[i] += _statistics[o + 4 + i];
            }
        }

        g.CopyTo(gradient);

        // Upper triangle in row order: (0,0) (0,1) (0,2) (0,3) (1,1) (1,2) (1,3) (2,2) (2,3) (3,3).
        var index = 0;
        for (var i = 0; i < 4; i++)
        {
            for (var j = i; j < 4; j++)
            {
                hessian[(i * 4) + j] = h[index];
                hessian[(j * 4) + i] = h[index];
                index++;
            }
        }

        return ll.Value;
    }

    private void RunChunks(Action<int> body) => ChunkedWork.Run(_chunks, Rows, _parallel, body);

    private void StatisticsChunk(int chunk)
    {
        var ll = default(CompensatedSum);
        double g0 = 0, g1 = 0, g2 = 0, g3 = 0;
        double h00 = 0, h01 = 0, h02 = 0, h03 = 0, h11 = 0, h12 = 0, h13 = 0, h22 = 0, h23 = 0, h33 = 0;
        var alpha = _alpha;
        var r = _r;
        if (chunk < _zeroChunks)
        {
            var start = chunk * ChunkSize;
            var end = Math.Min(start + ChunkSize, _zeroT.Length);
            for (var i = start; i < end; i++)
            {
                var w = _zeroW[i];
                var s = alpha + _zeroT[i];
                var logS = Math.Log(s);
                ll.Add(-w * r * logS);
                g0 -= w * logS;
                g1 -= w * r / s;
                h01 -= w / s;
                h11 += w * r / (s * s);
            }
        }
        else
        {
            var invA = 1d / _a;
            var start = (chunk - _zeroChunks) * ChunkSize;
            var end = Math.Min(start + ChunkSize, _t.Length);
            for (var i = start; i < end; i++)
            {
                var k = _k[i];
                var w = _w[i];
                var rx = _rPlusX[k];
                var inv = _invBMinus[k];
                var sT = alpha + _t[i];
                var sTx = alpha + _tx[i];
                var logST = Math.Log(sT);
                var gap = logST - Math.Log(sTx);
                var d = _logRatio[k] + (rx * gap);
                var e = Math.Exp(-Math.Abs(d));
                var softplus = Math.Max(d, 0d) + Math.Log(1d + e);
                var p = d > 0d ? 1d / (1d + e) : e / (1d + e);
                var q = e / ((1d + e) * (1d + e));
                var invT = 1d / sT;
                var invTx = 1d / sTx;
                var diff = invT - invTx;
                var rxDiff = rx * diff;
                ll.Add(w * (softplus - (rx * logST)));
                g0 += w * ((p * gap) - logST);
                g1 -= w * rx * (((1d - p) * invT) + (p * invTx));
                g2 += w * p * invA;
                g3 -= w * p * inv;
                h00 += w * q * gap * gap;
                h01 += w * ((q * gap * rxDiff) + (p * diff) - invT);
                h02 += w * q * gap * invA;
                h03 -= w * q * gap * inv;
                h11 += w * ((q * rxDiff * rxDiff) + (p * rx * ((invTx * invTx) - (invT * invT))) + (rx * invT * invT));
                h12 += w * q * rxDiff * invA;
                h13 -= w * q * rxDiff * inv;
                h22 += w * (q - p) * invA * invA;
                h23 -= w * q * inv * invA;
                h33 += w * (q + p) * inv * inv;
            }
        }

        _chunkLogLikelihood[chunk] = ll;
        var o = chunk * 14;
        var stats = _statistics;
        stats[o] = g0;
        stats[o + 1] = g1;
        stats[o + 2] = g2;
        stats[o + 3] = g3;
        stats[o + 4] = h00;
        stats[o + 5] = h01;
        stats[o + 6] = h02;
        stats[o + 7] = h03;
        stats[o + 8] = h11;
        stats[o + 9] = h12;
        stats[o + 10] = h13;
        stats[o + 11] = h22;
        stats[o + 12] = h23;
        stats[o + 13] = h33;
    }

    private void EvaluateChunk(int chunk)
    {
        double ll = 0, gr = 0, gAlpha = 0, ga = 0, gb = 0;
        var alpha = _alpha;
        if (chunk < _zeroChunks)
        {
            // x = 0: the likelihood's T-part is (alpha + T)^-r.
            var r = _r;
            var start = chunk * ChunkSize;
            var end = Math.Min(start + ChunkSize, _zeroT.Length);
            for (var i = start; i < end; i++)
            {
                var w = _zeroW[i];
                var s = alpha + _zeroT[i];
                var logS = Math.Log(s);
                ll -= w * r * logS;
                gr -= w * logS;
                gAlpha -= w * r / s;
            }
        }
        else
        {
            // x > 0: ln[(alpha + T)^-(r+x) + a / (b + x - 1) (alpha + t_x)^-(r+x)]
            //      = -(r + x) ln(alpha + T) + softplus(d),  d = ln(a / (b + x - 1)) + (r + x) ln((alpha + T) / (alpha + t_x)).
            // softplus is evaluated without overflow for any d (log-sum-exp), and p = sigmoid(d) is the weight of the
            // second term (the posterior probability that the customer has dropped out).
            var invA = 1d / _a;
            var start = (chunk - _zeroChunks) * ChunkSize;
            var end = Math.Min(start + ChunkSize, _t.Length);
            for (var i = start; i < end; i++)
            {
                var k = _k[i];
                var w = _w[i];
                var rx = _rPlusX[k];
                var sT = alpha + _t[i];
                var sTx = alpha + _tx[i];
                var logST = Math.Log(sT);
                var logGap = logST - Math.Log(sTx);
                var d = _logRatio[k] + (rx * logGap);
                double softplus, p;
                if (d > 0d)
                {
                    var e = Math.Exp(-d);
                    softplus = d + Math.Log(1d + e);
                    p = 1d / (1d + e);
                }
                else
                {
                    var e = Math.Exp(d);
                    softplus = Math.Log(1d + e);
                    p = e / (1d + e);
                }

                ll += w * (softplus - (rx * logST));
                gr += w * ((p * logGap) - logST);
                gAlpha -= w * rx * (((1d - p) / sT) + (p / sTx));
                ga += w * p * invA;
                gb -= w * p * _invBMinus[k];
            }
        }

        var o = chunk * 5;
        _partials[o] = ll;
        _partials[o + 1] = gr;
        _partials[o + 2] = gAlpha;
        _partials[o + 3] = ga;
        _partials[o + 4] = gb;
        Debug.Assert(double.IsFinite(ll) || double.IsNaN(ll), "Chunk sums are finite for finite parameters.");
    }
}
