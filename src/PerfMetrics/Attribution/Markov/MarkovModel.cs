using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>
/// A fitted Markov chain of order k over the paths, with its exact conversion probability and the removal effect of each
/// channel; as an <see cref="IAttributionModel"/>, <see cref="AttributionEngine"/> turns the removal effects into credit.
/// </summary>
/// <remarks>
/// <para>
/// States: START, CONVERSION and NULL (absorbing) and, as transient states, the last k channels seen (fewer at the start
/// of a path). Transition probabilities are the weighted counts of <see cref="MarkovCounts"/> over the counts leaving the
/// state. P(conversion) is the probability of absorption into CONVERSION from START, solved exactly from the linear system
/// h(s) = p(s, CONVERSION) + sum over t of p(s, t) h(t): a dense Gaussian elimination with partial pivoting when at most 200
/// states can reach CONVERSION, otherwise Gauss-Seidel sweeps until the largest change is below 1e-13 of the largest
/// unknown (converged well inside 1e-12). No matrix powers, no simulation, no step cap.
/// </para>
/// <para>
/// Removal effect of channel c: every transition into a state whose most recent channel is c goes to NULL instead;
/// RE(c) = 1 - P(conversion without c) / P(conversion). Credited conversions = RE(c) / sum of RE x total conversions.
/// Value: by default (<see cref="MarkovValueMode.ValueWeighted"/>) absorption into CONVERSION from a state pays the mean
/// value per conversion of the paths ending there (their value over their conversions), the value removal effect is 1 - E(value without c) / E(value), and the
/// total value is allocated in proportion to it (falling back to the conversion removal effects when no converting path
/// has value); with <see cref="MarkovValueMode.ConversionShare"/> the value is allocated in proportion to the conversion
/// removal effects. Value is allocated by the engine's largest-remainder method, so it sums exactly to the total.
/// </para>
/// <para>
/// Fit once, use many times: <c>AttributionEngine.Attribute(table, markov)</c> credits the table's total conversions and
/// value over the table's channels in proportion to this model's removal effects (channels the model does not know earn
/// nothing); on the table it was fitted to, that is Markov attribution. <c>AttributionModels.Markov(new MarkovOptions(order))</c> fits on the
/// table being attributed instead. <see cref="IAttributionModel.Weigh"/> throws: removal effects belong to the whole
/// table, not to one path.
/// </para>
/// <para>
/// Deterministic: the counts are exact integers in a canonical state order and the solves run in a fixed order, so the
/// same data gives bit-identical output on every run, every thread count and every partitioning. The solves of the
/// channels run in parallel. Immutable and thread-safe.
/// </para>
/// <para>Source of the method: Anderl, Becker, von Wangenheim, Schumann, "Mapping the customer journey: Lessons learned from
/// graph-based online attribution modeling", IJRM 33 (2016); conventions of the R package ChannelAttribution.</para>
/// </remarks>
[DebuggerDisplay("{Name,nq}: P(conversion) = {ConversionProbability}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class MarkovModel : IAttributionModel, ITableModel
{
    internal const int DefaultDirectSolveLimit = 200;
    private const double Tolerance = 1e-13;
    private const int MaxSweeps = 1_000_000;

    private readonly MarkovCounts _counts;
    private readonly double[] _removal;
    private readonly double[] _valueRemoval;
    private readonly double _expectedValue;

    private readonly Lazy<IReadOnlyList<MarkovTransition>> _transitions;

    private MarkovModel(MarkovCounts counts, MarkovState[] states, Func<MarkovTransition[]> transitions, double? conversionProbability, double[] removal, double[] valueRemoval, double expectedValue)
    {
        _counts = counts;
        _removal = removal;
        _valueRemoval = valueRemoval;
        _expectedValue = expectedValue;
        States = Array.AsReadOnly(states);
        _transitions = new Lazy<IReadOnlyList<MarkovTransition>>(() => Array.AsReadOnly(transitions()), LazyThreadSafetyMode.ExecutionAndPublication);
        ConversionProbability = conversionProbability;
        var defined = conversionProbability > 0d;
        var valueDefined = defined && expectedValue > 0d;
        var channels = counts.ChannelArray;
        var effects = new ChannelRemovalEffect[channels.Length];
        for (var i = 0; i < effects.Length; i++)
        {
            effects[i] = new ChannelRemovalEffect(channels[i], defined ? removal[i] : null, valueDefined ? valueRemoval[i] : null);
        }

        RemovalEffects = new ChannelList<ChannelRemovalEffect>(effects, static effect => effect.Channel);
    }

    /// <summary>Gets the model name used in results, for example <c>markov (order 2)</c>.</summary>
    public string Name => Options.ModelName;

    /// <summary>Gets the counts the chain was fitted to (its stored form: refitting them gives this model bit for bit).</summary>
    internal MarkovCounts Counts => _counts;

    /// <summary>Gets the options of the fit.</summary>
    public MarkovOptions Options => _counts.Options;

    /// <summary>Gets the transient states (START first, then channel states in a canonical order).</summary>
    public IReadOnlyList<MarkovState> States { get; }

    /// <summary>Gets every transition with a positive count, grouped by <see cref="MarkovTransition.From"/> in the order of <see cref="States"/>.</summary>
    /// <remarks>Built on first access (thread-safe), since large chains have many transitions.</remarks>
    public IReadOnlyList<MarkovTransition> Transitions => _transitions.Value;

    /// <summary>Gets the probability of absorption into CONVERSION from START; null when no path has conversions or nulls.</summary>
    public double? ConversionProbability { get; }

    /// <summary>
    /// Gets each channel's removal effects (on P(conversion) and on the expected value), in ordinal order of channel names;
    /// look one up with <see cref="ChannelList{T}.Get(Channel)"/>. Every channel of the counts is listed; its effects are
    /// null when undefined (P(conversion) 0 or undefined; no converting path with value).
    /// </summary>
    public ChannelList<ChannelRemovalEffect> RemovalEffects { get; }

    /// <summary>Fits a Markov chain to a path table.</summary>
    /// <param name="table">The paths.</param>
    /// <param name="options">The options; <see cref="MarkovOptions.Default"/> (order 1) when null.</param>
    /// <returns>The fitted chain.</returns>
    /// <example>
    /// <code>
    /// var markov = MarkovModel.Fit(table, new MarkovOptions(order: 2));
    /// Console.WriteLine(markov.ConversionProbability);
    /// AttributionResult credit = AttributionEngine.Attribute(table, markov);
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The table has too many channels to number the states of this order in 62 bits.</exception>
    /// <exception cref="InvalidOperationException">The iterative solver did not converge (not expected for a chain built from paths).</exception>
    public static MarkovModel Fit(PathTable table, MarkovOptions? options = null) => Fit(MarkovCounts.Of(table, options));

    /// <summary>Fits a Markov chain to counts, for example the merged counts of partitions or counts read from JSON.</summary>
    /// <param name="counts">The counts.</param>
    /// <param name="options">
    /// The options of the fit: null for the counts' own <see cref="MarkovCounts.Options"/>. Otherwise they must describe the
    /// same chain (order and repeat handling), and their value mode and degree of parallelism apply; counts read from JSON
    /// carry the default ones, so this is how such counts are fitted with, say, one thread.
    /// </param>
    /// <returns>The fitted chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="options"/> has another order or repeat handling than the counts.</exception>
    /// <exception cref="InvalidOperationException">The iterative solver did not converge (not expected for a chain built from paths).</exception>
    public static MarkovModel Fit(MarkovCounts counts, MarkovOptions? options = null)
    {
        Guard.NotNull(counts);
        return Fit(options is null ? counts : counts.WithOptions(options, nameof(options)), DefaultDirectSolveLimit);
    }

    /// <summary>Throws: a Markov model credits a whole table through <see cref="AttributionEngine"/>, not one path.</summary>
    /// <param name="path">Ignored.</param>
    /// <param name="weights">Ignored.</param>
    /// <exception cref="ArgumentException">Always.</exception>
    void IAttributionModel.Weigh(AttributionPath path, Span<double> weights) => ThrowNotPerPath(Name);

    /// <inheritdoc/>
    (double[] Conversions, double[] Value, double TotalConversions) ITableModel.Ratios(PathTable table, Channel[] channels) =>
        Ratios(table, channels, fittedToTable: false);

    /// <summary>The ratios of <see cref="ITableModel.Ratios"/>; <paramref name="fittedToTable"/> says the counts are the table's own.</summary>
    internal (double[] Conversions, double[] Value, double TotalConversions) Ratios(PathTable table, Channel[] channels, bool fittedToTable)
    {
        var conversions = new double[channels.Length];
        var value = new double[channels.Length];
        if (ConversionProbability > 0d)
        {
            var valueWeighted = Options.ValueMode == MarkovValueMode.ValueWeighted && _expectedValue > 0d;
            var known = _counts.ChannelArray;
            var byName = Comparer<Channel>.Create((a, b) => a.CompareTo(b));
            for (var i = 0; i < channels.Length; i++)
            {
                var at = Array.BinarySearch(known, channels[i], byName);
                if (at >= 0)
                {
                    conversions[i] = _removal[at];
                    value[i] = valueWeighted ? _valueRemoval[at] : _removal[at];
                }
            }
        }

        // The table's conversions summed in the chain's fixed point (exact and independent of row order): on the table the
        // model was fitted to, exactly the conversions the chain counted, so then the count's total serves.
        if (fittedToTable)
        {
            return (conversions, value, _counts.TotalConversions);
        }

        return (conversions, value, MarkovCounts.ToCount(table.ConversionsFixed));
    }

    /// <summary>Throws the error of a data-driven model asked to weigh one path.</summary>
    internal static void ThrowNotPerPath(string name) =>
        Guard.ThrowArgument(
            "path",
            $"model \"{name}\" credits a whole path table (a fitted data-driven model), not one path; apply it with AttributionEngine.Attribute or AttributionEngine.Compare.");

    /// <summary>Returns the name, P(conversion) and the removal effects as invariant text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var lines = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{Name}: {States.Count} states, P(conversion) = {(ConversionProbability is { } p ? Metrics.Display.Number(p) : "undefined")}") };
        for (var i = 0; i < _counts.ChannelArray.Length; i++)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"  {_counts.ChannelArray[i]}: removal effect {(RemovalEffects.Items[i].Conversions is { } re ? Metrics.Display.Number(re) : "undefined")}"));
        }

        return string.Join('\n', lines);
    }

    internal static MarkovModel Fit(MarkovCounts counts, int directSolveLimit)
    {
        Guard.NotNull(counts);
        var chain = new Chain(counts);
        var states = chain.BuildStates();
        MarkovTransition[] Transitions() => chain.BuildTransitions(states);
        var c = counts.ChannelArray.Length;
        var removal = new double[c];
        var valueRemoval = new double[c];
        if (chain.StateCount == 0)
        {
            return new MarkovModel(counts, states, Transitions, null, removal, valueRemoval, 0d);
        }

        var conversion = new double[c + 1];
        var value = new double[c + 1];
        try
        {
            // The whole chain first: its solution warm-starts the iterative solves without a channel (fixed, so deterministic).
            (conversion[0], value[0]) = chain.Solve(-1, directSolveLimit);
            Parallel.For(
                1,
                c + 1,
                new ParallelOptions { MaxDegreeOfParallelism = counts.Options.MaxDegreeOfParallelism },
                r => (conversion[r], value[r]) = chain.Solve(r - 1, directSolveLimit));
        }
        catch (AggregateException e)
        {
            // Surface the solver's own exception (documented), not the parallel wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        var p = conversion[0];
        var ev = value[0];
        for (var i = 0; i < c; i++)
        {
            removal[i] = p > 0d ? Math.Max(0d, 1d - (conversion[i + 1] / p)) : 0d;
            valueRemoval[i] = ev > 0d ? Math.Max(0d, 1d - (value[i + 1] / ev)) : 0d;
        }

        return new MarkovModel(counts, states, Transitions, p, removal, valueRemoval, ev);
    }

    /// <summary>The chain in solver form: per state its successors with probabilities, P(CONVERSION) and the value paid there.</summary>
    private sealed class Chain
    {
        private readonly MarkovCounts _counts;
        private readonly long _radix;
        private readonly int[] _start;
        private readonly int[] _targets;
        private readonly double[] _probabilities;
        private readonly double[] _toConversion;
        private readonly double[] _payoff;
        private readonly double[] _toNull;
        private readonly bool[] _reaches;
        private double[]? _wholeH;
        private double[]? _wholeG;

        internal Chain(MarkovCounts counts)
        {
            _counts = counts;
            var c = counts.ChannelArray.Length;
            var width = c + 2;
            var codes = counts.Codes;
            var n = codes.Length;
            _radix = c + 1L;
            var modulus = 1L;
            for (var i = 0; i < counts.Options.Order; i++)
            {
                modulus *= _radix;
            }

            var keep = modulus / _radix;
            _start = new int[n + 1];
            var targets = new List<int>();
            var probabilities = new List<double>();
            _toConversion = new double[n];
            _toNull = new double[n];
            _payoff = new double[n];
            var predecessors = new List<int>[n];
            for (var s = 0; s < n; s++)
            {
                predecessors[s] = [];
            }

            for (var s = 0; s < n; s++)
            {
                var first = counts.RowStart[s];
                var end = counts.RowStart[s + 1];
                var outTotal = Int128.Zero;
                var conversionCount = Int128.Zero;
                var nullCount = Int128.Zero;
                for (var e = first; e < end; e++)
                {
                    outTotal += counts.Counts[e];
                }

                var total = (double)outTotal;
                for (var e = first; e < end; e++)
                {
                    var column = counts.Columns[e];
                    if (column == c)
                    {
                        conversionCount = counts.Counts[e];
                        continue;
                    }

                    if (column == c + 1)
                    {
                        nullCount = counts.Counts[e];
                        continue;
                    }

                    var next = ((codes[s] % keep) * _radix) + column + 1;
                    var t = Array.BinarySearch(codes, next);
                    Debug.Assert(t >= 0, "every counted successor is a counted state");
                    targets.Add(t);
                    probabilities.Add((double)counts.Counts[e] / total);
                    predecessors[t].Add(s);
                }

                _start[s + 1] = targets.Count;
                _toConversion[s] = (double)conversionCount / total;
                _toNull[s] = (double)nullCount / total;
                if (conversionCount != Int128.Zero)
                {
                    // Mean value per conversion of the paths ending here (currency units), paid on absorption into CONVERSION.
                    _payoff[s] = (double)counts.Values[s] / MarkovCounts.ToCount(conversionCount);
                }
            }

            _targets = [.. targets];
            _probabilities = [.. probabilities];

            // States from which CONVERSION can be reached; the others have h = 0 and are left out of every solve.
            _reaches = new bool[n];
            var queue = new Queue<int>();
            for (var s = 0; s < n; s++)
            {
                if (_toConversion[s] > 0d)
                {
                    _reaches[s] = true;
                    queue.Enqueue(s);
                }
            }

            while (queue.TryDequeue(out var t))
            {
                foreach (var s in predecessors[t])
                {
                    if (!_reaches[s])
                    {
                        _reaches[s] = true;
                        queue.Enqueue(s);
                    }
                }
            }
        }

        internal int StateCount => _toConversion.Length;

        internal MarkovState[] BuildStates()
        {
            var states = new MarkovState[StateCount];
            for (var s = 0; s < states.Length; s++)
            {
                states[s] = StateAt(s);
            }

            return states;
        }

        internal MarkovTransition[] BuildTransitions(MarkovState[] states)
        {
            var c = _counts.ChannelArray.Length;
            var width = c + 2;
            var conversion = new MarkovState(MarkovStateKind.Conversion, null);
            var nullState = new MarkovState(MarkovStateKind.Null, null);
            var list = new List<MarkovTransition>();
            for (var s = 0; s < states.Length; s++)
            {
                var i = _start[s];
                for (var e = _counts.RowStart[s]; e < _counts.RowStart[s + 1]; e++)
                {
                    var column = _counts.Columns[e];
                    var count = MarkovCounts.ToCount(_counts.Counts[e]);
                    if (column < c)
                    {
                        list.Add(new MarkovTransition(states[s], states[_targets[i]], count, _probabilities[i]));
                        i++;
                    }
                    else if (column == c)
                    {
                        list.Add(new MarkovTransition(states[s], conversion, count, _toConversion[s]));
                    }
                    else
                    {
                        list.Add(new MarkovTransition(states[s], nullState, count, _toNull[s]));
                    }
                }
            }

            return [.. list];
        }

        /// <summary>Solves for P(conversion) and E(value) from START with the states of <paramref name="removed"/> cut (-1: none).</summary>
        internal (double Conversion, double Value) Solve(int removed, int directSolveLimit)
        {
            var n = StateCount;
            if (!_reaches[0])
            {
                return (0d, 0d);
            }

            var kept = new bool[n];
            var count = 0;
            for (var s = 0; s < n; s++)
            {
                kept[s] = _reaches[s] && (s == 0 || removed < 0 || (int)(_counts.Codes[s] % _radix) != removed + 1);
                count += kept[s] ? 1 : 0;
            }

            return count <= directSolveLimit ? SolveDense(kept, count) : SolveGaussSeidel(kept, removed < 0);
        }

        private (double Conversion, double Value) SolveDense(bool[] kept, int count)
        {
            var n = StateCount;
            var position = new int[n];
            var index = 0;
            for (var s = 0; s < n; s++)
            {
                position[s] = kept[s] ? index++ : -1;
            }

            // (I - Q) x = b for the kept states, two right-hand sides: P(CONVERSION) and the value paid there.
            var a = new double[count, count];
            var b = new double[count, 2];
            for (var s = 0; s < n; s++)
            {
                var i = position[s];
                if (i < 0)
                {
                    continue;
                }

                a[i, i] += 1d;
                b[i, 0] = _toConversion[s];
                b[i, 1] = _toConversion[s] * _payoff[s];
                for (var e = _start[s]; e < _start[s + 1]; e++)
                {
                    var j = position[_targets[e]];
                    if (j >= 0)
                    {
                        a[i, j] -= _probabilities[e];
                    }
                }
            }

            GaussianElimination(a, b, count);
            return (b[0, 0], b[0, 1]);
        }

        private (double Conversion, double Value) SolveGaussSeidel(bool[] kept, bool whole)
        {
            var n = StateCount;
            var h = !whole && _wholeH is not null ? (double[])_wholeH.Clone() : new double[n];
            var g = !whole && _wholeG is not null ? (double[])_wholeG.Clone() : new double[n];

            for (var sweep = 0; sweep < MaxSweeps; sweep++)
            {
                double maxDelta = 0d, maxH = 0d, maxDeltaG = 0d, maxG = 0d;

                // Successors mostly have longer histories and larger codes: sweep from the end so values flow back to START.
                for (var s = n - 1; s >= 0; s--)
                {
                    if (!kept[s])
                    {
                        continue;
                    }

                    var sumH = _toConversion[s];
                    var sumG = _toConversion[s] * _payoff[s];
                    var self = 0d;
                    for (var e = _start[s]; e < _start[s + 1]; e++)
                    {
                        var t = _targets[e];
                        if (t == s)
                        {
                            self += _probabilities[e];
                        }
                        else if (kept[t])
                        {
                            sumH += _probabilities[e] * h[t];
                            sumG += _probabilities[e] * g[t];
                        }
                    }

                    var newH = sumH / (1d - self);
                    var newG = sumG / (1d - self);
                    maxDelta = Math.Max(maxDelta, Math.Abs(newH - h[s]));
                    maxDeltaG = Math.Max(maxDeltaG, Math.Abs(newG - g[s]));
                    h[s] = newH;
                    g[s] = newG;
                    maxH = Math.Max(maxH, newH);
                    maxG = Math.Max(maxG, newG);
                }

                if (maxDelta <= Tolerance * maxH && maxDeltaG <= Tolerance * maxG)
                {
                    if (whole)
                    {
                        _wholeH = h;
                        _wholeG = g;
                    }

                    return (h[0], g[0]);
                }
            }

            Guard.ThrowInvalidOperation(string.Create(CultureInfo.InvariantCulture, $"The Markov chain solve did not converge to 1e-12 within {MaxSweeps} Gauss-Seidel sweeps ({n} states)."));
            return default;
        }

        private static void GaussianElimination(double[,] a, double[,] b, int n)
        {
            for (var col = 0; col < n; col++)
            {
                var pivot = col;
                for (var r = col + 1; r < n; r++)
                {
                    if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                    {
                        pivot = r;
                    }
                }

                if (pivot != col)
                {
                    for (var k = 0; k < n; k++)
                    {
                        (a[col, k], a[pivot, k]) = (a[pivot, k], a[col, k]);
                    }

                    (b[col, 0], b[pivot, 0]) = (b[pivot, 0], b[col, 0]);
                    (b[col, 1], b[pivot, 1]) = (b[pivot, 1], b[col, 1]);
                }

                var d = a[col, col];
                for (var r = col + 1; r < n; r++)
                {
                    var f = a[r, col] / d;
                    if (f == 0d)
                    {
                        continue;
                    }

                    for (var k = col; k < n; k++)
                    {
                        a[r, k] -= f * a[col, k];
                    }

                    b[r, 0] -= f * b[col, 0];
                    b[r, 1] -= f * b[col, 1];
                }
            }

            for (var r = n - 1; r >= 0; r--)
            {
                double s0 = b[r, 0], s1 = b[r, 1];
                for (var k = r + 1; k < n; k++)
                {
                    s0 -= a[r, k] * b[k, 0];
                    s1 -= a[r, k] * b[k, 1];
                }

                b[r, 0] = s0 / a[r, r];
                b[r, 1] = s1 / a[r, r];
            }
        }

        private MarkovState StateAt(int s)
        {
            var code = _counts.Codes[s];
            if (code == 0L)
            {
                return new MarkovState(MarkovStateKind.Start, null);
            }

            var digits = new List<Channel>();
            while (code > 0)
            {
                digits.Add(_counts.ChannelArray[(int)(code % _radix) - 1]);
                code /= _radix;
            }

            digits.Reverse();
            return new MarkovState(MarkovStateKind.Channels, [.. digits]);
        }
    }
}
