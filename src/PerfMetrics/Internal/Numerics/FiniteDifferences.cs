namespace PerfMetrics.Internal.Numerics;

/// <summary>
/// Central finite differences of a smooth scalar function: the Hessian at a point, for the observed information of
/// fits whose likelihood has no analytic second derivatives (Pareto/NBD, the beta-discrete-Weibull model).
/// </summary>
/// <remarks>
/// Steps are relative, <c>h_i = step x max(|x_i|, 1e-8)</c>: diagonal <c>(f(x + h e_i) - 2 f(x) + f(x - h e_i)) / h_i^2</c>,
/// off-diagonal <c>(f(++) - f(+-) - f(-+) + f(--)) / (4 h_i h_j)</c>, truncation error O(h^2) and rounding error about
/// <c>eps |f| / h^2</c>; the default step 1e-4 balances the two for a log-likelihood of a few thousand. The gradient
/// uses a step 100 times smaller (rounding error about <c>eps |f| / h</c>).
/// </remarks>
internal static class FiniteDifferences
{
    /// <summary>Writes the gradient and the Hessian (row-major n x n) of <paramref name="f"/> at <paramref name="x"/>; returns f(x).</summary>
    internal static double GradientAndHessian(Func<double[], double> f, ReadOnlySpan<double> x, Span<double> gradient, Span<double> hessian, double step = 1e-4)
    {
        var n = x.Length;
        var point = x.ToArray();
        var h = new double[n];
        for (var i = 0; i < n; i++)
        {
            h[i] = step * Math.Max(Math.Abs(x[i]), 1e-8);
        }

        var f0 = f(point);
        for (var i = 0; i < n; i++)
        {
            point[i] = x[i] + h[i];
            var up = f(point);
            point[i] = x[i] - h[i];
            var down = f(point);
            point[i] = x[i];
            var g = 1e-2 * h[i];
            point[i] = x[i] + g;
            var gUp = f(point);
            point[i] = x[i] - g;
            var gDown = f(point);
            point[i] = x[i];
            gradient[i] = (gUp - gDown) / (2d * g);
            hessian[(i * n) + i] = (up - (2d * f0) + down) / (h[i] * h[i]);
            for (var j = 0; j < i; j++)
            {
                point[i] = x[i] + h[i];
                point[j] = x[j] + h[j];
                var pp = f(point);
                point[j] = x[j] - h[j];
                var pm = f(point);
                point[i] = x[i] - h[i];
                var mm = f(point);
                point[j] = x[j] + h[j];
                var mp = f(point);
                point[i] = x[i];
                point[j] = x[j];
                var value = (pp - pm - mp + mm) / (4d * h[i] * h[j]);
                hessian[(i * n) + j] = value;
                hessian[(j * n) + i] = value;
            }
        }

        return f0;
    }
}
