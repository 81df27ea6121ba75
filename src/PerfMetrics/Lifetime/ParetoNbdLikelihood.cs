using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The Pareto/NBD log-likelihood over validated (x, t_x, T, weight) rows, laid out for speed: identical histories are
/// merged into one row with their total weight (exact, and the CDNOW x100 benchmark input collapses 100-fold), and
/// <c>ln Gamma(r + x) - ln Gamma(r)</c> is computed once per distinct x. Deterministic: fixed chunks of rows, each summed
/// with compensation, combined in chunk order.
/// </summary>
internal sealed class ParetoNbdLikelihood
{
    private readonly double[] _x;
    private readonly double[] _tx;
    private readonly double[] _t;
    private readonly double[] _w;
    private readonly int[] _k;
    private readonly double[] _distinctX;
    private readonly double[] _logGammaRatio;
    private readonly CompensatedSum[] _partials;
    private readonly int _chunks;
    private readonly ParallelOptions _parallel;
    private readonly Action<int> _chunkBody;
    private double _r;
    private double _alpha;
    private double _s;
    private double _beta;

    internal ParetoNbdLikelihood(double[] x, double[] tx, double[] t, double[]? w, int maxDegreeOfParallelism = -1)
    {
        _parallel = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var merged = RfmHistory.Merge(new RfmHistory.Columns(x, tx, t, w, default));
        _x = merged.X;
        _tx = merged.Tx;
        _t = merged.T;
        _w = merged.W!;
        foreach (var weight in _w)
        {
            TotalWeight += weight;
        }

        for (var i = 0; i < _x.Length; i++)
        {
            RepeatWeight += _x[i] > 0d ? _w[i] : 0d;
        }
        _k = new int[_x.Length];
        _distinctX = FrequencyIndex.Build(_x, _k, includeZero: false);
        _logGammaRatio = new double[_distinctX.Length];
        _chunks = ChunkedWork.Count(_x.Length);
        _partials = new CompensatedSum[_chunks];
        _chunkBody = EvaluateChunk;
    }

    /// <summary>Gets the total weight (customers) of the rows.</summary>
    internal double TotalWeight { get; }

    /// <summary>Gets the total weight of the rows with a repeat purchase.</summary>
    internal double RepeatWeight { get; }

    /// <summary>Gets the number of distinct histories.</summary>
    internal int DistinctRows => _x.Length;

    /// <summary>
    /// The log-likelihood at (r, alpha, s, beta), summed with compensation. May throw <see cref="ArithmeticException"/>
    /// where the hypergeometric series cannot be summed (parameters far outside any data's range).
    /// </summary>
    internal double LogLikelihood(double r, double alpha, double s, double beta)
    {
        _r = r;
        _alpha = alpha;
        _s = s;
        _beta = beta;
        var lgR = SpecialFunctions.LogGamma(r);
        for (var k = 0; k < _distinctX.Length; k++)
        {
            _logGammaRatio[k] = SpecialFunctions.LogGamma(r + _distinctX[k]) - lgR;
        }

        ChunkedWork.Run(_chunks, _x.Length, _parallel, _chunkBody);
        var sum = default(CompensatedSum);
        sum.Add(TotalWeight * ((r * Math.Log(alpha)) + (s * Math.Log(beta))));
        for (var c = 0; c < _chunks; c++)
        {
            sum.Add(_partials[c]);
        }

        return sum.Value;
    }

    private void EvaluateChunk(int chunk)
    {
        var sum = default(CompensatedSum);
        var start = chunk * ChunkedWork.ChunkSize;
        var end = Math.Min(start + ChunkedWork.ChunkSize, _x.Length);
        for (var i = start; i < end; i++)
        {
            var (alive, dead) = ParetoNbd.LogTerms(_r, _alpha, _s, _beta, _x[i], _tx[i], _t[i]);
            sum.Add(_w[i] * (_logGammaRatio[_k[i]] + ParetoNbd.LogSumExp(alive, dead)));
        }

        _partials[chunk] = sum;
    }
}
