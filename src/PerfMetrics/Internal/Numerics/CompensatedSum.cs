namespace PerfMetrics.Internal.Numerics;

/// <summary>
/// A running sum with Neumaier's compensation (Neumaier 1974, the improved Kahan-Babuska sum): the rounding error of
/// every addition is carried in a second double and added back at the end, so the result is within about one rounding of
/// the exact sum of the added doubles (error at most <c>2 eps |S| + n eps^2 sum |x_i|</c>), independent of their order
/// of magnitude and, unlike Kahan's original, also when an addend is larger than the running sum.
/// </summary>
/// <remarks>
/// A mutable struct: keep it in a local or field and call <see cref="Add(double)"/>; it allocates nothing. Adding two
/// partial sums with <see cref="Add(CompensatedSum)"/> keeps both compensations, so a sum split into fixed chunks and
/// combined in chunk order is deterministic whatever thread computed each chunk.
/// </remarks>
internal struct CompensatedSum
{
    private double _sum;
    private double _compensation;

    /// <summary>Gets the compensated sum.</summary>
    internal readonly double Value => _sum + _compensation;

    /// <summary>Adds one value.</summary>
    internal void Add(double value)
    {
        var t = _sum + value;

        // The low-order bits lost by t: exact (Fast2Sum) when the larger magnitude is taken first.
        _compensation += Math.Abs(_sum) >= Math.Abs(value) ? (_sum - t) + value : (value - t) + _sum;
        _sum = t;
    }

    /// <summary>Adds another partial sum (its running sum, then its compensation).</summary>
    internal void Add(CompensatedSum other)
    {
        Add(other._sum);
        Add(other._compensation);
    }
}
