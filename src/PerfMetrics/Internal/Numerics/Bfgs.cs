namespace PerfMetrics.Internal.Numerics;

/// <summary>An objective with its gradient: returns the value at a point and writes the gradient. Must not keep the spans.</summary>
/// <param name="parameters">The point; valid only during the call.</param>
/// <param name="gradient">Receives the gradient at the point (same length as <paramref name="parameters"/>).</param>
/// <returns>The value; NaN or +infinity mark a point outside the feasible region (the gradient is then ignored).</returns>
internal delegate double GradientObjective(ReadOnlySpan<double> parameters, Span<double> gradient);

/// <summary>
/// The BFGS quasi-Newton minimiser (Nocedal and Wright, Numerical Optimization, 2nd ed., algorithm 6.1) with a
/// backtracking Armijo line search. Deterministic; use it when a gradient is available (analytically or by
/// <see cref="CentralDifferences"/>), since it needs far fewer evaluations than <see cref="NelderMead"/> on smooth
/// likelihoods.
/// </summary>
/// <remarks>
/// <para>
/// Points where the objective is NaN or +infinity are rejected by the line search (the step is halved), so the result is
/// always a finite point. The inverse-Hessian approximation starts as the identity, is rescaled by <c>y's / y'y</c> after
/// the first step, is updated only when the curvature condition <c>y's &gt; 0</c> holds, and is reset to the identity when
/// it stops producing descent directions.
/// </para>
/// <para>
/// Convergence: the largest gradient component is at most <c>gradientTolerance x max(1, |f|)</c>, or the value stops
/// changing (relative change at most <c>valueTolerance</c>) over a step that is also tiny. A trial point that meets the
/// gradient tolerance is accepted even when its value is higher by rounding noise (at most 1e-13 relative), since
/// sums over many data rows cannot resolve the last ulps. Working arrays are
/// allocated once per call; evaluations allocate nothing.
/// </para>
/// </remarks>
internal static class Bfgs
{
    /// <summary>Relative increase of the value accepted as rounding noise when the gradient already meets its tolerance.</summary>
    private const double NoiseTolerance = 1e-13;

    /// <summary>Minimises <paramref name="objective"/> from <paramref name="start"/>.</summary>
    /// <param name="objective">The objective and its gradient.</param>
    /// <param name="start">The starting point.</param>
    /// <param name="gradientTolerance">Converged when the largest gradient component is at most this times <c>max(1, |f|)</c>.</param>
    /// <param name="valueTolerance">Converged when the relative change of the value over a tiny step is at most this.</param>
    /// <param name="maxIterations">The iteration budget.</param>
    /// <param name="handOverTolerance">
    /// When positive, stop as converged as soon as the largest gradient component is at most this times <c>max(1, |f|)</c>,
    /// for a caller that finishes with exact Newton steps (quadratic convergence near the minimum, where BFGS is linear).
    /// Until then the iterates are exactly those of a run without it, and so is every failure.
    /// </param>
    internal static OptimizationResult Minimize(
        GradientObjective objective,
        ReadOnlySpan<double> start,
        double gradientTolerance = 1e-9,
        double valueTolerance = 1e-15,
        int maxIterations = 2_000,
        double handOverTolerance = 0d)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var n = start.Length;
        if (n == 0)
        {
            throw new ArgumentException("start must have at least one parameter.", nameof(start));
        }

        foreach (var v in start)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentOutOfRangeException(nameof(start), v, "start must be finite.");
            }
        }

        var x = start.ToArray();
        var g = new double[n];
        var trialX = new double[n];
        var trialG = new double[n];
        var direction = new double[n];
        var s = new double[n];
        var y = new double[n];
        var hy = new double[n];
        var h = new double[n * n];
        SetIdentity(h, n);

        var evaluations = 1;
        var f = Evaluate(objective, x, g);
        if (!double.IsFinite(f) || !AllFinite(g))
        {
            return new OptimizationResult(x, double.PositiveInfinity, 0, evaluations, converged: false);
        }

        var iterations = 0;
        var converged = false;
        var firstUpdate = true;
        while (iterations < maxIterations)
        {
            if (MaxAbs(g) <= Math.Max(gradientTolerance, handOverTolerance) * Math.Max(1d, Math.Abs(f)))
            {
                converged = true;
                break;
            }

            iterations++;

            // Search direction p = -H g; fall back to steepest descent when it is not a descent direction.
            var slope = Direction(h, g, direction, n);
            if (!(slope < 0d))
            {
                SetIdentity(h, n);
                firstUpdate = true;
                slope = Direction(h, g, direction, n);
            }

            // Backtracking line search with the Armijo condition f(x + a p) <= f(x) + c a g'p.
            const double Armijo = 1e-4;
            var step = 1d;
            var accepted = false;
            var trialF = double.NaN;
            for (var k = 0; k < 60; k++)
            {
                for (var i = 0; i < n; i++)
                {
                    trialX[i] = x[i] + (step * direction[i]);
                }

                evaluations++;
                trialF = Evaluate(objective, trialX, trialG);
                if (double.IsFinite(trialF) && AllFinite(trialG) && trialF <= f + (Armijo * step * slope))
                {
                    accepted = true;
                    break;
                }

                // At the minimum the value stops decreasing before the gradient vanishes: sums over many rows carry
                // rounding noise of a few ulps. A point that already meets the gradient tolerance and is worse only
                // within that noise is the answer; rejecting it would halve the step 60 times for nothing.
                if (double.IsFinite(trialF) && AllFinite(trialG)
                    && MaxAbs(trialG) <= gradientTolerance * Math.Max(1d, Math.Abs(trialF))
                    && trialF <= f + (NoiseTolerance * Math.Max(1d, Math.Abs(f))))
                {
                    accepted = true;
                    break;
                }

                step *= 0.5;
            }

            if (!accepted)
            {
                // No decrease along a descent direction at any representable step: we are at the minimum to precision.
                converged = MaxAbs(g) <= Math.Sqrt(gradientTolerance) * Math.Max(1d, Math.Abs(f));
                break;
            }

            var sy = 0d;
            var maxStep = 0d;
            for (var i = 0; i < n; i++)
            {
                s[i] = trialX[i] - x[i];
                y[i] = trialG[i] - g[i];
                sy += s[i] * y[i];
                maxStep = Math.Max(maxStep, Math.Abs(s[i]) / Math.Max(1d, Math.Abs(x[i])));
            }

            var change = Math.Abs(f - trialF);
            Array.Copy(trialX, x, n);
            Array.Copy(trialG, g, n);
            f = trialF;

            if (change <= valueTolerance * Math.Max(1d, Math.Abs(f)) && maxStep <= 1e-12)
            {
                converged = true;
                break;
            }

            if (sy > 1e-300)
            {
                if (firstUpdate)
                {
                    // Scale the initial identity by y's / y'y (Nocedal and Wright eq. 6.20).
                    var yy = 0d;
                    for (var i = 0; i < n; i++)
                    {
                        yy += y[i] * y[i];
                    }

                    SetIdentity(h, n, sy / yy);
                    firstUpdate = false;
                }

                Update(h, s, y, hy, sy, n);
            }
        }

        return new OptimizationResult(x, f, iterations, evaluations, converged);
    }

    /// <summary>
    /// Wraps a value-only objective with a central-difference gradient (step <c>1e-6 x max(1, |x_i|)</c>, 2n extra
    /// evaluations per gradient). The returned delegate owns a scratch buffer: use it from one thread at a time.
    /// </summary>
    internal static GradientObjective CentralDifferences(Objective objective, int dimension)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var scratch = new double[dimension];
        return (x, gradient) =>
        {
            var value = objective(x);
            if (!double.IsFinite(value))
            {
                return value;
            }

            x.CopyTo(scratch);
            for (var i = 0; i < x.Length; i++)
            {
                var step = 1e-6 * Math.Max(1d, Math.Abs(x[i]));
                scratch[i] = x[i] + step;
                var up = objective(scratch);
                scratch[i] = x[i] - step;
                var down = objective(scratch);
                scratch[i] = x[i];
                gradient[i] = (up - down) / (2d * step);
            }

            return value;
        };
    }

    private static double Evaluate(GradientObjective objective, double[] x, double[] gradient)
    {
        var value = objective(x, gradient);
        return double.IsNaN(value) ? double.PositiveInfinity : value;
    }

    /// <summary>Writes <c>p = -H g</c> and returns the slope <c>g'p</c>.</summary>
    private static double Direction(double[] h, double[] g, double[] p, int n)
    {
        var slope = 0d;
        for (var i = 0; i < n; i++)
        {
            var sum = 0d;
            for (var j = 0; j < n; j++)
            {
                sum += h[(i * n) + j] * g[j];
            }

            p[i] = -sum;
            slope += g[i] * p[i];
        }

        return slope;
    }

    /// <summary>BFGS inverse-Hessian update: <c>H += (s'y + y'Hy) ss' / (s'y)^2 - (Hy s' + s y'H) / s'y</c>.</summary>
    private static void Update(double[] h, double[] s, double[] y, double[] hy, double sy, int n)
    {
        var yhy = 0d;
        for (var i = 0; i < n; i++)
        {
            var sum = 0d;
            for (var j = 0; j < n; j++)
            {
                sum += h[(i * n) + j] * y[j];
            }

            hy[i] = sum;
            yhy += y[i] * sum;
        }

        var a = (sy + yhy) / (sy * sy);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                h[(i * n) + j] += (a * s[i] * s[j]) - (((hy[i] * s[j]) + (s[i] * hy[j])) / sy);
            }
        }
    }

    private static void SetIdentity(double[] h, int n, double scale = 1d)
    {
        Array.Clear(h);
        for (var i = 0; i < n; i++)
        {
            h[(i * n) + i] = scale;
        }
    }

    private static double MaxAbs(double[] v)
    {
        var max = 0d;
        foreach (var e in v)
        {
            max = Math.Max(max, Math.Abs(e));
        }

        return max;
    }

    private static bool AllFinite(double[] v)
    {
        foreach (var e in v)
        {
            if (!double.IsFinite(e))
            {
                return false;
            }
        }

        return true;
    }
}
