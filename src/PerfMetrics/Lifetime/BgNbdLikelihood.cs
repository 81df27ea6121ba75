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
    /// <summary>Rows per chunk: the unit of parallel work and of the ordered reduction.</summary>
    private const int ChunkSize = 16_384;

    /// <summary>Row counts below this are evaluated on the calling thread.</summary>
    private const int ParallelThreshold = 4 * ChunkSize;

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
    private double _r;
    private double _alpha;
    private double _a;
    private double _b;

    internal BgNbdLikelihood(double[] x, double[] tx, double[] t, double[]? w)
    {
        var rowIndex = new int[x.Length];
        _x = FrequencyIndex.Build(x, rowIndex, includeZero: true);
        var zeroCount = 0;
        foreach (var k in rowIndex)
        {
            zeroCount += k == 0 ? 1 : 0;
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
            if (x[i] == 0d)
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
                _tx[p] = tx[i];
                _t[p] = t[i];
                _w[p] = weight;
                p++;
                _weightAtX[k] += weight;
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

    internal int Rows => _zeroT.Length + _t.Length;

    /// <summary>Gets a value indicating whether some row has repeat purchases (without any, a and b are not identified).</summary>
    internal bool HasRepeatBuyers => _t.Length > 0;

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
            if (x > 0d)
            {
                _logRatio[k] = logA - Math.Log(b + x - 1d);
                _invBMinus[k] = 1d / (b + x - 1d);
            }

            if (w == 0d)
            {
                continue;
            }

            if (x == 0d)
            {
                ll += w * r * logAlpha;
                gr += w * logAlpha;
                gAlpha += w * r / alpha;
                continue;
            }

            var psiABX = SpecialFunctions.Digamma(a + b + x);
            ll += w * (SpecialFunctions.LogGamma(r + x) - lgR + (r * logAlpha) + SpecialFunctions.LogBeta(a, b + x) - lbAB);
            gr += w * (SpecialFunctions.Digamma(r + x) - psiR + logAlpha);
            gAlpha += w * r / alpha;
            ga += w * (psiAB - psiABX);
            gb += w * (SpecialFunctions.Digamma(b + x) - psiB + psiAB - psiABX);
        }

        if (Rows >= ParallelThreshold)
        {
            Parallel.For(0, _chunks, _chunkBody);
        }
        else
        {
            for (var c = 0; c < _chunks; c++)
            {
                EvaluateChunk(c);
            }
        }

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
