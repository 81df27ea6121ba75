using System.Diagnostics;
using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>
/// The sufficient statistics of a Markov chain of order k over a path table: weighted transition counts between states
/// (the last k channels), into CONVERSION and NULL, and the conversion value of the paths ending in each state.
/// Counts of disjoint partitions of the data <see cref="Merge">merge</see> into exactly the counts of the whole.
/// </summary>
/// <remarks>
/// <para>
/// Each path row with weight w = conversions + nulls &gt; 0 adds w to START -&gt; s1, s1 -&gt; s2, ..., and at its
/// last state s adds its conversions to s -&gt; CONVERSION and its nulls to s -&gt; NULL (a path with no nulls
/// converts every time). A state is the sequence of the last k channels seen, fewer at the start of a path.
/// Consecutive repeats of a channel are merged unless <see cref="MarkovOptions.KeepRepeats"/> is set.
/// </para>
/// <para>
/// Counts are kept in integer fixed point (units of 2^-32 of a count) and values as exact decimals, and states are
/// kept in a canonical order (channels in ordinal order of names), so the counts, and every result solved from them,
/// do not depend on the order of rows or on how the data was partitioned: merging the counts of partitions gives
/// bit-identical results to counting the whole. Integer and binary-fraction counts (such as 0.25) are exact; other
/// fractional counts are rounded to the nearest 2^-32.
/// </para>
/// <para>Scale-out: count each partition where it lives (a thread, a worker), send the counts, merge them in any order and
/// solve once with <see cref="MarkovModel.Fit(MarkovCounts, MarkovOptions)"/>. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{StateCount} states, order {Options.Order}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed partial class MarkovCounts
{
    internal const int FractionBits = 32;
    private const int DenseCodeLimit = 1 << 22;

    internal MarkovCounts(
        MarkovOptions options, Currency currency, Channel[] channels, long[] codes, int[] rowStart, int[] columns, Int128[] counts, decimal[] values, KeyValuePair<long, decimal>[] orphans, decimal totalValue)
    {
        Orphans = orphans;
        Options = options;
        Currency = currency;
        ChannelArray = channels;
        Channels = Array.AsReadOnly(channels);
        Codes = codes;
        RowStart = rowStart;
        Columns = columns;
        Counts = counts;
        Values = values;
        TotalValue = new Money(totalValue, currency);
        var conversions = Int128.Zero;
        for (var e = 0; e < columns.Length; e++)
        {
            if (columns[e] == channels.Length)
            {
                conversions += counts[e];
            }
        }

        TotalConversions = ToCount(conversions);
    }

    /// <summary>The same counts under other options for the same chain (value mode, degree of parallelism); the arrays are shared, being immutable.</summary>
    internal MarkovCounts WithOptions(MarkovOptions options, string paramName)
    {
        if (!Options.SameChain(options))
        {
            Guard.ThrowArgument(paramName, $"{paramName} must have the order and repeat handling of the counts ({Options}), was {options}.");
        }

        return new MarkovCounts(options, Currency, ChannelArray, Codes, RowStart, Columns, Counts, Values, Orphans, TotalValue.Amount);
    }

    /// <summary>Gets the options the counts were made with (order and repeat handling shape the states).</summary>
    public MarkovOptions Options { get; }

    /// <summary>Gets the currency of the values.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the channels, in ordinal order of names.</summary>
    public IReadOnlyList<Channel> Channels { get; }

    /// <summary>Gets the number of transient states, START included (0 when no row has conversions or nulls).</summary>
    public int StateCount => Codes.Length;

    /// <summary>Gets the total conversions counted.</summary>
    public double TotalConversions { get; }

    /// <summary>Gets the total conversion value of the counted rows (all rows, including rows without conversions or nulls).</summary>
    public Money TotalValue { get; }

    internal Channel[] ChannelArray { get; }

    /// <summary>Gets the state codes in ascending order: base (channels + 1) digits, the most recent channel lowest, 0 = START.</summary>
    internal long[] Codes { get; }

    /// <summary>Gets where each state's entries start in <see cref="Columns"/> and <see cref="Counts"/> (one more than states).</summary>
    internal int[] RowStart { get; }

    /// <summary>Gets each entry's column, ascending within a state: 0 to channels - 1 a channel, channels CONVERSION, channels + 1 NULL.</summary>
    internal int[] Columns { get; }

    /// <summary>Gets each entry's count (non-zero), in fixed point.</summary>
    internal Int128[] Counts { get; }

    /// <summary>Gets the conversion value of all paths ending in each state (paid per conversion there in the value-weighted chain).</summary>
    internal decimal[] Values { get; }

    /// <summary>
    /// Gets the value of paths without conversions or nulls whose last state is not (yet) a state: kept so that a later
    /// merge with a partition where the state exists adds it there, as counting the whole would.
    /// </summary>
    internal KeyValuePair<long, decimal>[] Orphans { get; }

    /// <summary>Counts the transitions of a path table.</summary>
    /// <param name="table">The paths.</param>
    /// <param name="options">The options; <see cref="MarkovOptions.Default"/> when null.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The table has so many channels that states of this order cannot be numbered in 62 bits.</exception>
    /// <exception cref="OverflowException">A count exceeds about 2^94, or the total value exceeds <see cref="decimal"/>'s range.</exception>
    public static MarkovCounts Of(PathTable table, MarkovOptions? options = null)
    {
        Guard.NotNull(table);
        options ??= MarkovOptions.Default;
        return Count(table, options);
    }

    /// <summary>
    /// Counts several partitions of the data in parallel (one task per partition) and merges the counts: the result is
    /// identical to counting the merged table, whatever the number of threads.
    /// </summary>
    /// <param name="partitions">The partitions (for example path tables built from disjoint shares of the journeys); at least one.</param>
    /// <param name="options">The options (also how many partitions are counted at once, <see cref="MarkovOptions.MaxDegreeOfParallelism"/>); <see cref="MarkovOptions.Default"/> when null.</param>
    /// <returns>The merged counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partitions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="partitions"/> is empty or holds null, or too many channels (see <see cref="Of"/>).</exception>
    /// <exception cref="CurrencyMismatchException">The partitions are in different currencies.</exception>
    /// <exception cref="OverflowException">A merged count exceeds about 2^94.</exception>
    public static MarkovCounts OfPartitions(IReadOnlyList<PathTable> partitions, MarkovOptions? options = null)
    {
        Guard.NotNull(partitions);
        if (partitions.Count == 0)
        {
            Guard.ThrowArgument(nameof(partitions), "partitions must hold at least one path table, was empty.");
        }

        for (var i = 0; i < partitions.Count; i++)
        {
            if (partitions[i] is null)
            {
                Guard.ThrowArgument(nameof(partitions), $"partitions[{i}] must not be null.");
            }

            if (partitions[i].Currency != partitions[0].Currency)
            {
                MoneyGuard.ThrowCurrencyMismatch(partitions[0].Currency, partitions[i].Currency, $"{nameof(partitions)}[{i}]");
            }
        }

        options ??= MarkovOptions.Default;
        var parts = new MarkovCounts[partitions.Count];
        try
        {
            Parallel.For(
                0,
                partitions.Count,
                new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism },
                i => parts[i] = Count(partitions[i], options));
        }
        catch (AggregateException e)
        {
            // Surface the documented exception of the failing partition, not the parallel wrapper.
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }

        var merged = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            merged = merged.Merge(parts[i]);
        }

        return merged;
    }

    /// <summary>Adds the counts of another partition: the result equals the counts of both partitions' rows together.</summary>
    /// <param name="other">Counts made with the same order and repeat handling, in the same currency.</param>
    /// <returns>The merged counts (this instance's <see cref="Options"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The order or repeat handling differs, or the union of channels is too large for the order.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">A count exceeds about 2^94.</exception>
    public MarkovCounts Merge(MarkovCounts other)
    {
        Guard.NotNull(other);
        if (!Options.SameChain(other.Options))
        {
            Guard.ThrowArgument(nameof(other), $"other must have the same order and repeat handling ({Options}), was {other.Options}.");
        }

        if (Currency != other.Currency)
        {
            MoneyGuard.ThrowCurrencyMismatch(Currency, other.Currency, nameof(other));
        }

        var union = ChannelArray.Union(other.ChannelArray).ToArray();
        Array.Sort(union, (a, b) => a.CompareTo(b));
        var baseNew = Radix(union.Length, Options.Order, nameof(other));
        var index = new Dictionary<long, int>();
        var codes = new List<long>();
        var values = new List<decimal>();
        var entries = new Entries();
        var orphans = new Dictionary<long, decimal>();
        foreach (var part in (ReadOnlySpan<MarkovCounts>)[this, other])
        {
            var map = new int[part.ChannelArray.Length];
            for (var i = 0; i < map.Length; i++)
            {
                map[i] = Array.BinarySearch(union, part.ChannelArray[i], Comparer<Channel>.Create((a, b) => a.CompareTo(b)));
            }

            var oldChannels = part.ChannelArray.Length;
            var oldBase = oldChannels + 1L;
            foreach (var (code, value) in part.Orphans)
            {
                var recoded = Recode(code, oldBase, baseNew, map);
                orphans[recoded] = orphans.GetValueOrDefault(recoded) + value;
            }

            for (var s = 0; s < part.Codes.Length; s++)
            {
                var code = Recode(part.Codes[s], oldBase, baseNew, map);
                if (!index.TryGetValue(code, out var at))
                {
                    at = codes.Count;
                    index.Add(code, at);
                    codes.Add(code);
                    values.Add(0m);
                }

                values[at] += part.Values[s];
                for (var e = part.RowStart[s]; e < part.RowStart[s + 1]; e++)
                {
                    var column = part.Columns[e];
                    entries.Add(at, column < oldChannels ? map[column] : column - oldChannels + union.Length, part.Counts[e]);
                }
            }
        }

        return Canonical(Options, Currency, union, [.. codes], entries, [.. values], orphans, TotalValue.Amount + other.TotalValue.Amount);
    }

    /// <summary>Returns a short description: states, order, channels.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Markov counts ({Options}): {StateCount} states, {ChannelArray.Length} channels, {TotalConversions} conversions");

    internal static double ToCount(Int128 fixedCount) => Math.ScaleB((double)fixedCount, -FractionBits);

    internal static Int128 ToFixed(double count) => (Int128)Math.Round(Math.ScaleB(count, FractionBits));

    private static long Radix(int channelCount, int order, string paramName)
    {
        var radix = channelCount + 1L;
        var modulus = 1L;
        for (var i = 0; i < order; i++)
        {
            if (modulus > (1L << 62) / radix)
            {
                Guard.ThrowArgument(
                    paramName,
                    string.Create(CultureInfo.InvariantCulture, $"{paramName} has too many channels for Markov states of order {order} (states are numbered in 62 bits), was {channelCount} channels."));
            }

            modulus *= radix;
        }

        return radix;
    }

    private static long Recode(long code, long oldBase, long newBase, int[] map)
    {
        var result = 0L;
        var scale = 1L;
        while (code > 0)
        {
            var digit = (int)(code % oldBase);
            code /= oldBase;
            result += (map[digit - 1] + 1L) * scale;
            scale *= newBase;
        }

        return result;
    }

    private static MarkovCounts Count(PathTable table, MarkovOptions options)
    {
        var channels = table.ChannelArray;
        var c = channels.Length;
        var k = options.Order;
        var radix = Radix(c, k, nameof(table));
        var modulus = 1L;
        for (var i = 0; i < k; i++)
        {
            modulus *= radix;
        }

        // Canonical digits: a channel's digit is 1 + its rank in ordinal order of names.
        var sorted = (Channel[])channels.Clone();
        var ids = new int[c];
        for (var i = 0; i < c; i++)
        {
            ids[i] = i;
        }

        Array.Sort(sorted, ids, Comparer<Channel>.Create((a, b) => a.CompareTo(b)));
        var digitOf = new int[c];
        for (var rank = 0; rank < c; rank++)
        {
            digitOf[ids[rank]] = rank + 1;
        }

        var width = c + 2;
        int[]? dense = null;
        Dictionary<long, int>? sparse = null;
        if (modulus <= DenseCodeLimit)
        {
            dense = new int[modulus];
            Array.Fill(dense, -1);
        }
        else
        {
            sparse = [];
        }

        var codes = new List<long>();

        // Few channels: a dense row of columns per state (fast); many: only the cells that occur (small).
        var denseRows = width <= 34;
        var counts = new Int128[denseRows ? width * 16 : 0];
        var cells = denseRows ? null : new Dictionary<long, Int128>();
        var values = new decimal[16];
        var conversions = table.ConversionCounts;
        var nulls = table.NullCounts;
        var amounts = table.ValueAmounts;
        var totalValue = 0m;
        var keepRepeats = options.KeepRepeats;
        var keep = modulus / radix;
        var order = k;
        var orphans = new Dictionary<long, decimal>();

        int StateOf(long code)
        {
            int at;
            if (dense is not null)
            {
                at = dense[code];
                if (at >= 0)
                {
                    return at;
                }

                dense[code] = at = codes.Count;
            }
            else if (!sparse!.TryGetValue(code, out at))
            {
                sparse.Add(code, at = codes.Count);
            }
            else
            {
                return at;
            }

            codes.Add(code);
            if (codes.Count > values.Length)
            {
                Array.Resize(ref values, values.Length * 2);
                if (denseRows)
                {
                    Array.Resize(ref counts, values.Length * width);
                }
            }

            return at;
        }

        for (var row = 0; row < table.Count; row++)
        {
            totalValue += amounts[row];
            var weight = conversions[row] + nulls[row];
            if (weight == 0d)
            {
                if (amounts[row] != 0m)
                {
                    // No transitions, but the value belongs to the last state's paths if another partition counts it.
                    var last = 0L;
                    foreach (var id in table.Sequence(row))
                    {
                        var digit = digitOf[id];
                        if (keepRepeats || last % radix != digit)
                        {
                            last = ((last % (modulus / radix)) * radix) + digit;
                        }
                    }

                    orphans[last] = orphans.GetValueOrDefault(last) + amounts[row];
                }

                continue;
            }

            var w = ToFixed(weight);
            var code = 0L;
            var lastDigit = 0;
            var state = StateOf(0L);
            foreach (var id in table.Sequence(row))
            {
                var digit = digitOf[id];
                if (!keepRepeats && lastDigit == digit)
                {
                    continue;
                }

                if (denseRows)
                {
                    counts[(state * width) + digit - 1] += w;
                }
                else
                {
                    AddCell(cells!, ((long)state * width) + digit - 1, w);
                }

                code = (order == 1 ? 0L : (code % keep) * radix) + digit;
                lastDigit = digit;
                state = StateOf(code);
            }

            var toConversion = ToFixed(conversions[row]);
            var toNull = ToFixed(nulls[row]);
            if (denseRows)
            {
                counts[(state * width) + c] += toConversion;
                counts[(state * width) + c + 1] += toNull;
            }
            else
            {
                AddCell(cells!, ((long)state * width) + c, toConversion);
                AddCell(cells!, ((long)state * width) + c + 1, toNull);
            }

            values[state] += amounts[row];
        }

        var entries = new Entries();
        if (denseRows)
        {
            for (var state = 0; state < codes.Count; state++)
            {
                for (var column = 0; column < width; column++)
                {
                    var count = counts[(state * width) + column];
                    if (count != Int128.Zero)
                    {
                        entries.Add(state, column, count);
                    }
                }
            }
        }
        else
        {
            foreach (var (key, count) in cells!)
            {
                if (count != Int128.Zero)
                {
                    entries.Add((int)(key / width), (int)(key % width), count);
                }
            }
        }

        return Canonical(options, table.Currency, sorted, [.. codes], entries, values, orphans, totalValue);
    }

    private static void AddCell(Dictionary<long, Int128> cells, long key, Int128 count)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(cells, key, out _);
        slot += count;
    }

    private static MarkovCounts Canonical(
        MarkovOptions options, Currency currency, Channel[] channels, long[] codes, Entries entries, decimal[] values, Dictionary<long, decimal> orphans, decimal totalValue)
    {
        // States in ascending code order; entries by (state, column), equal cells (from merged partitions) summed.
        var order = new int[codes.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var keys = (long[])codes.Clone();
        Array.Sort(keys, order);
        var rank = new int[codes.Length];
        var sortedValues = new decimal[codes.Length];
        for (var s = 0; s < order.Length; s++)
        {
            rank[order[s]] = s;
            sortedValues[s] = values[order[s]];
        }

        var count = entries.Count;
        var sortKeys = new long[count];
        var at = new int[count];
        var width = channels.Length + 2L;
        for (var e = 0; e < count; e++)
        {
            sortKeys[e] = (rank[entries.States[e]] * width) + entries.Columns[e];
            at[e] = e;
        }

        Array.Sort(sortKeys, at);
        var rowStart = new int[codes.Length + 1];
        var columns = new List<int>(count);
        var counts = new List<Int128>(count);
        var previous = -1L;
        for (var i = 0; i < count; i++)
        {
            var value = entries.Counts[at[i]];
            if (sortKeys[i] == previous)
            {
                counts[^1] += value;
                continue;
            }

            previous = sortKeys[i];
            columns.Add((int)(sortKeys[i] % width));
            counts.Add(value);
            rowStart[(sortKeys[i] / width) + 1] = columns.Count;
        }

        // Rows without entries (none expected) start where the previous row ended.
        for (var s = 1; s < rowStart.Length; s++)
        {
            rowStart[s] = Math.Max(rowStart[s], rowStart[s - 1]);
        }

        var left = new List<KeyValuePair<long, decimal>>();
        foreach (var (code, value) in orphans)
        {
            var found = Array.BinarySearch(keys, code);
            if (found >= 0)
            {
                sortedValues[found] += value;
            }
            else
            {
                left.Add(new(code, value));
            }
        }

        left.Sort((a, b) => a.Key.CompareTo(b.Key));
        return new MarkovCounts(options, currency, channels, keys, rowStart, [.. columns], [.. counts], sortedValues, [.. left], totalValue);
    }

    /// <summary>A growable list of (state, column, count) cells.</summary>
    private sealed class Entries
    {
        private int[] _states = new int[16];
        private int[] _columns = new int[16];
        private Int128[] _counts = new Int128[16];

        internal int Count { get; private set; }

        internal int[] States => _states;

        internal int[] Columns => _columns;

        internal Int128[] Counts => _counts;

        internal void Add(int state, int column, Int128 count)
        {
            if (Count == _states.Length)
            {
                Array.Resize(ref _states, Count * 2);
                Array.Resize(ref _columns, Count * 2);
                Array.Resize(ref _counts, Count * 2);
            }

            _states[Count] = state;
            _columns[Count] = column;
            _counts[Count] = count;
            Count++;
        }
    }
}
