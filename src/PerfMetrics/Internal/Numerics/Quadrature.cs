namespace PerfMetrics.Internal.Numerics;

/// <summary>
/// Adaptive Gauss-Kronrod quadrature (the 7-point Gauss and 15-point Kronrod pair of QUADPACK, Piessens et al. 1983):
/// an interval whose two estimates differ by more than its share of the tolerance is halved, deterministically,
/// depth first. For smooth integrands with a sharp peak (a power of a large exponent) the bisection finds the peak.
/// </summary>
internal static class Quadrature
{
    // Nodes and weights of the 15-point Kronrod rule and the embedded 7-point Gauss rule (QUADPACK qk15).
    private static readonly double[] KronrodNodes =
    [
        0.991455371120812639206854697526329,
        0.949107912342758524526189684047851,
        0.864864423359769072789712788640926,
        0.741531185599394439863864773280788,
        0.586087235467691130294144845693013,
        0.405845151377397166906606412076961,
        0.207784955007898467600689403773245,
        0d,
    ];

    private static readonly double[] KronrodWeights =
    [
        0.022935322010529224963732008058970,
        0.063092092629978553290700663189204,
        0.104790010322250183839876322541518,
        0.140653259715525918745189590510238,
        0.169004726639267902826583426598550,
        0.190350578064785409913256402421014,
        0.204432940075298892414161999234649,
        0.209482141084727828012999174891714,
    ];

    // Gauss weights for the Kronrod nodes 1, 3, 5 (odd indexes) and the centre.
    private static readonly double[] GaussWeights =
    [
        0.129484966168869693270611432679082,
        0.279705391489276667901467771423780,
        0.381830050505118944950369775488975,
        0.417959183673469387755102040816327,
    ];

    /// <summary>Returns the integral of <paramref name="f"/> over [<paramref name="a"/>, <paramref name="b"/>] to about <paramref name="relativeTolerance"/>.</summary>
    internal static double Integrate(Func<double, double> f, double a, double b, double relativeTolerance = 1e-12)
    {
        if (a == b)
        {
            return 0d;
        }

        var whole = Rule(f, a, b, out var error);
        return Refine(f, a, b, whole, error, relativeTolerance * Math.Abs(whole), 0);
    }

    /// <summary>
    /// Returns the integral of <paramref name="f"/> over [0, infinity), through the substitution <c>u = L t / (1 - t)</c>
    /// with <c>L = <paramref name="scale"/></c> (where the integrand's mass lies), which maps it onto [0, 1).
    /// </summary>
    internal static double IntegrateToInfinity(Func<double, double> f, double scale, double relativeTolerance = 1e-12) =>
        Integrate(
            t =>
            {
                if (t >= 1d)
                {
                    return 0d;
                }

                var one = 1d - t;
                return f(scale * t / one) * scale / (one * one);
            },
            0d,
            1d,
            relativeTolerance);

    private static double Refine(Func<double, double> f, double a, double b, double estimate, double error, double tolerance, int depth)
    {
        if (error <= Math.Max(tolerance, 1e-300) || depth >= 40)
        {
            return estimate;
        }

        var mid = 0.5 * (a + b);
        var left = Rule(f, a, mid, out var leftError);
        var right = Rule(f, mid, b, out var rightError);
        return Refine(f, a, mid, left, leftError, 0.5 * tolerance, depth + 1) + Refine(f, mid, b, right, rightError, 0.5 * tolerance, depth + 1);
    }

    private static double Rule(Func<double, double> f, double a, double b, out double error)
    {
        var centre = 0.5 * (a + b);
        var half = 0.5 * (b - a);
        var fc = f(centre);
        var kronrod = fc * KronrodWeights[7];
        var gauss = fc * GaussWeights[3];
        for (var j = 0; j < 7; j++)
        {
            var dx = half * KronrodNodes[j];
            var sum = f(centre - dx) + f(centre + dx);
            kronrod += KronrodWeights[j] * sum;
            if (j % 2 == 1)
            {
                gauss += GaussWeights[j / 2] * sum;
            }
        }

        error = Math.Abs((kronrod - gauss) * half);
        return kronrod * half;
    }
}
