namespace PerfMetrics.Internal.Numerics;

/// <summary>An objective to minimise: the value at a point (a span of parameters). Must not keep the span.</summary>
/// <param name="parameters">The point; valid only during the call.</param>
/// <returns>The value; NaN or +infinity mark a point outside the feasible region (treated as worse than any finite value).</returns>
internal delegate double Objective(ReadOnlySpan<double> parameters);

/// <summary>The outcome of a minimisation: the best point found, its value, the work done and whether it converged.</summary>
internal readonly struct OptimizationResult
{
    internal OptimizationResult(double[] parameters, double value, int iterations, int evaluations, bool converged)
    {
        Parameters = parameters;
        Value = value;
        Iterations = iterations;
        Evaluations = evaluations;
        Converged = converged;
    }

    /// <summary>Gets the best point found (always finite; the start point when nothing finite was found).</summary>
    public double[] Parameters { get; }

    /// <summary>Gets the objective at <see cref="Parameters"/>; +infinity when no finite value was found.</summary>
    public double Value { get; }

    /// <summary>Gets the number of Nelder-Mead iterations over all restarts.</summary>
    public int Iterations { get; }

    /// <summary>Gets the number of objective evaluations.</summary>
    public int Evaluations { get; }

    /// <summary>Gets a value indicating whether the tolerances were met (and a restart confirmed the minimum) within the iteration budget.</summary>
    public bool Converged { get; }
}

/// <summary>
/// The Nelder-Mead downhill simplex minimiser (Nelder and Mead 1965) with the standard coefficients (reflection 1,
/// expansion 2, contraction 1/2, shrink 1/2). Deterministic: the same objective and start give the same result.
/// </summary>
/// <remarks>
/// <para>
/// Work on unconstrained parameters (for example logarithms of positive ones) and return +infinity or NaN for points
/// outside the domain: both are treated as worse than every finite value, so they are never chosen as the best point.
/// </para>
/// <para>
/// Convergence: the spread of values over the simplex is at most <c>valueTolerance x max(1, |best|)</c> and every vertex
/// lies within <c>parameterTolerance</c> of the best one (max norm). The simplex is then rebuilt around the best point
/// and minimised again (a restart guards against a collapsed simplex); the run has converged when a restart moves the
/// best value by no more than the value tolerance.
/// </para>
/// <para>
/// Allocation: the working arrays are allocated once per call; evaluations allocate nothing (the objective receives
/// slices of a preallocated buffer).
/// </para>
/// </remarks>
internal static class NelderMead
{
    /// <summary>Minimises <paramref name="objective"/> from <paramref name="start"/>.</summary>
    /// <param name="objective">The function to minimise.</param>
    /// <param name="start">The start point (finite).</param>
    /// <param name="initialStep">The size of the first simplex along each axis.</param>
    /// <param name="valueTolerance">Relative tolerance on the spread of values.</param>
    /// <param name="parameterTolerance">Absolute tolerance on the simplex size.</param>
    /// <param name="maxIterations">The iteration budget over all restarts.</param>
    /// <param name="maxRestarts">How many confirming restarts at most.</param>
    internal static OptimizationResult Minimize(
        Objective objective,
        ReadOnlySpan<double> start,
        double initialStep = 0.5,
        double valueTolerance = 1e-13,
        double parameterTolerance = 1e-9,
        int maxIterations = 20_000,
        int maxRestarts = 5)
    {
        ArgumentNullException.ThrowIfNull(objective);
        var n = start.Length;
        if (n == 0)
        {
            throw new ArgumentException("start must have at least one parameter.", nameof(start));
        }

        foreach (var x in start)
        {
            if (!double.IsFinite(x))
            {
                throw new ArgumentOutOfRangeException(nameof(start), x, "start must be finite.");
            }
        }

        var state = new State(objective, n);
        start.CopyTo(state.Best);
        state.BestValue = state.Evaluate(state.Best);

        var iterations = 0;
        var converged = false;
        for (var restart = 0; restart <= maxRestarts && iterations < maxIterations; restart++)
        {
            var before = state.BestValue;
            var met = state.Run(initialStep, valueTolerance, parameterTolerance, maxIterations, ref iterations);
            if (!met)
            {
                break;
            }

            if (restart > 0 && double.IsFinite(state.BestValue)
                && Math.Abs(before - state.BestValue) <= valueTolerance * Math.Max(1d, Math.Abs(state.BestValue)))
            {
                converged = true;
                break;
            }

            initialStep = Math.Max(initialStep * 0.5, parameterTolerance * 100d);
        }

        converged &= double.IsFinite(state.BestValue);
        return new OptimizationResult((double[])state.Best.Clone(), state.BestValue, iterations, state.Evaluations, converged);
    }

    private sealed class State
    {
        private readonly Objective _objective;
        private readonly int _n;
        private readonly double[] _simplex; // (n + 1) rows of n
        private readonly double[] _values;  // n + 1
        private readonly int[] _order;      // vertex indices sorted by value
        private readonly double[] _centroid;
        private readonly double[] _reflected;
        private readonly double[] _trial;

        internal State(Objective objective, int n)
        {
            _objective = objective;
            _n = n;
            _simplex = new double[(n + 1) * n];
            _values = new double[n + 1];
            _order = new int[n + 1];
            _centroid = new double[n];
            _reflected = new double[n];
            _trial = new double[n];
            Best = new double[n];
        }

        internal double[] Best { get; }

        internal double BestValue { get; set; }

        internal int Evaluations { get; private set; }

        internal double Evaluate(ReadOnlySpan<double> x)
        {
            Evaluations++;
            var value = _objective(x);
            return double.IsNaN(value) ? double.PositiveInfinity : value;
        }

        /// <summary>Runs one simplex from <see cref="Best"/>; returns whether the tolerances were met.</summary>
        internal bool Run(double step, double valueTolerance, double parameterTolerance, int maxIterations, ref int iterations)
        {
            var n = _n;
            for (var i = 0; i <= n; i++)
            {
                var row = Row(i);
                Best.CopyTo(row);
                if (i > 0)
                {
                    row[i - 1] += step;
                }

                _values[i] = i == 0 ? BestValue : Evaluate(row);
                _order[i] = i;
            }

            var met = false;
            while (iterations < maxIterations)
            {
                Sort();
                var best = _order[0];
                var worst = _order[n];
                var secondWorst = _order[n - 1 < 0 ? 0 : n - 1];
                if (HasConverged(valueTolerance, parameterTolerance))
                {
                    met = true;
                    break;
                }

                iterations++;

                // Centroid of every vertex but the worst.
                Array.Clear(_centroid);
                for (var k = 0; k < n; k++)
                {
                    var row = Row(_order[k]);
                    for (var j = 0; j < n; j++)
                    {
                        _centroid[j] += row[j];
                    }
                }

                for (var j = 0; j < n; j++)
                {
                    _centroid[j] /= n;
                }

                var worstRow = Row(worst);
                Combine(_centroid, worstRow, 1d, _reflected); // c + (c - w)
                var reflectedValue = Evaluate(_reflected);

                if (reflectedValue < _values[best])
                {
                    Combine(_centroid, worstRow, 2d, _trial); // expansion c + 2 (c - w)
                    var expandedValue = Evaluate(_trial);
                    if (expandedValue < reflectedValue)
                    {
                        Replace(worst, _trial, expandedValue);
                    }
                    else
                    {
                        Replace(worst, _reflected, reflectedValue);
                    }

                    continue;
                }

                if (reflectedValue < _values[secondWorst])
                {
                    Replace(worst, _reflected, reflectedValue);
                    continue;
                }

                if (reflectedValue < _values[worst])
                {
                    Combine(_centroid, worstRow, 0.5, _trial); // outside contraction c + (c - w) / 2
                    var value = Evaluate(_trial);
                    if (value <= reflectedValue)
                    {
                        Replace(worst, _trial, value);
                        continue;
                    }
                }
                else
                {
                    Combine(_centroid, worstRow, -0.5, _trial); // inside contraction c - (c - w) / 2
                    var value = Evaluate(_trial);
                    if (value < _values[worst])
                    {
                        Replace(worst, _trial, value);
                        continue;
                    }
                }

                Shrink(best);
            }

            Sort();
            var bestIndex = _order[0];
            if (_values[bestIndex] <= BestValue || !double.IsFinite(BestValue))
            {
                if (double.IsFinite(_values[bestIndex]))
                {
                    Row(bestIndex).CopyTo(Best);
                    BestValue = _values[bestIndex];
                }
            }

            return met;
        }

        private Span<double> Row(int i) => _simplex.AsSpan(i * _n, _n);

        private bool HasConverged(double valueTolerance, double parameterTolerance)
        {
            var best = _values[_order[0]];
            var worst = _values[_order[_n]];
            if (!double.IsFinite(best) || !double.IsFinite(worst))
            {
                return false;
            }

            if (worst - best > valueTolerance * Math.Max(1d, Math.Abs(best)))
            {
                return false;
            }

            var bestRow = Row(_order[0]);
            for (var i = 1; i <= _n; i++)
            {
                var row = Row(_order[i]);
                for (var j = 0; j < _n; j++)
                {
                    if (Math.Abs(row[j] - bestRow[j]) > parameterTolerance)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private void Combine(ReadOnlySpan<double> centroid, ReadOnlySpan<double> worst, double coefficient, Span<double> into)
        {
            for (var j = 0; j < _n; j++)
            {
                into[j] = centroid[j] + (coefficient * (centroid[j] - worst[j]));
            }
        }

        private void Replace(int vertex, ReadOnlySpan<double> point, double value)
        {
            point.CopyTo(Row(vertex));
            _values[vertex] = value;
        }

        private void Shrink(int best)
        {
            var bestRow = Row(best);
            for (var i = 0; i <= _n; i++)
            {
                if (i == best)
                {
                    continue;
                }

                var row = Row(i);
                for (var j = 0; j < _n; j++)
                {
                    row[j] = bestRow[j] + (0.5 * (row[j] - bestRow[j]));
                }

                _values[i] = Evaluate(row);
            }
        }

        private void Sort()
        {
            // Insertion sort by value; ties keep the lower index first, so runs are deterministic.
            for (var i = 1; i < _order.Length; i++)
            {
                var key = _order[i];
                var keyValue = _values[key];
                var j = i - 1;
                while (j >= 0 && (_values[_order[j]] > keyValue || (_values[_order[j]] == keyValue && _order[j] > key)))
                {
                    _order[j + 1] = _order[j];
                    j--;
                }

                _order[j + 1] = key;
            }
        }
    }
}
