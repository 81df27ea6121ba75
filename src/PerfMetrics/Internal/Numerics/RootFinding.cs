namespace PerfMetrics.Internal.Numerics;

/// <summary>
/// Bracketed root finding for a monotone function: the Illinois variant of false position (Dowell and Jarratt 1971),
/// which keeps a bracket like bisection but converges superlinearly. Deterministic; never leaves the bracket.
/// </summary>
/// <remarks>
/// Each step takes the false-position point of the bracket; when the same end has been kept twice in a row its value is
/// halved (the Illinois modification), which stops false position from creeping towards the root from one side. A step
/// that falls outside the open bracket, or a non-finite end value, falls back to bisection. The search stops when the
/// value is exactly zero, when the bracket is narrower than <c>tolerance x max(1, |x|)</c>, or after
/// <c>maxIterations</c> steps. Allocates nothing.
/// </remarks>
internal static class RootFinding
{
    /// <summary>
    /// Narrows a bracket <c>[a, b]</c> of a decreasing function (<c>f(a) &gt; 0 &gt;= f(b)</c>) and returns the final
    /// bracket; its ends keep the sign property, so the root lies between them (both ends are the root when the function is exactly zero there).
    /// </summary>
    internal static (double Low, double High) Decreasing(Func<double, double> f, double a, double b, double fa, double fb, double tolerance, int maxIterations = 200)
    {
        var side = 0;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            if (b - a <= tolerance * Math.Max(1d, Math.Max(Math.Abs(a), Math.Abs(b))))
            {
                break;
            }

            var t = double.IsFinite(fa) && double.IsFinite(fb) && fa != fb ? ((a * fb) - (b * fa)) / (fb - fa) : double.NaN;
            if (!(t > a && t < b))
            {
                t = a + ((b - a) / 2d);
                if (!(t > a && t < b))
                {
                    break;
                }
            }

            var ft = f(t);
            if (ft > 0d)
            {
                a = t;
                fa = ft;
                if (side == 1)
                {
                    fb /= 2d;
                }

                side = 1;
            }
            else
            {
                b = t;
                fb = ft;
                if (ft == 0d)
                {
                    // An exact root: the bracket collapses onto it.
                    return (t, t);
                }

                if (side == -1)
                {
                    fa /= 2d;
                }

                side = -1;
            }
        }

        return (a, b);
    }
}
