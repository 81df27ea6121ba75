using System.Globalization;
using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>
/// An aggregated conversion-path table: one row per distinct channel sequence with its conversions, conversion
/// value and null (non-converting) count, the input layout of the R package ChannelAttribution.
/// </summary>
/// <remarks>
/// <para>
/// Build one with <see cref="PathTableBuilder"/> (row by row or from journeys), read one from CSV with
/// <see cref="ReadCsv(TextReader, Currency, string)"/>, or combine two with <see cref="Merge(PathTable)"/>.
/// Identical sequences always aggregate into one row, so a table is a multiset of paths: the order rows were added in
/// never changes what a model credits.
/// </para>
/// <para>
/// Conversions and nulls are <see cref="double"/> counts, kept exactly as given (fractional counts written by other
/// tools are not truncated); values are exact <see cref="Money"/> in the table's one currency. Channels are interned to
/// small integer ids and all sequences share one flat array, so a million rows cost tens of megabytes.
/// Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("PathTable: {Count} paths, {TotalConversions} conversions, {TotalValue}")]
public sealed class PathTable
{
    private readonly Channel[] _channels;
    private readonly int[] _touches;
    private readonly int[] _offsets;
    private readonly double[] _conversions;
    private readonly double[] _nulls;
    private readonly decimal[] _values;
    private readonly double[] _valueDoubles;
    private readonly int _rows;

    // The conversions summed in the Markov chain's fixed point, computed on first use by a fitted Markov model and kept
    // (boxed, so publishing it is one atomic reference write; two threads racing compute the same value).
    private object? _conversionsFixed;

    /// <summary>Takes ownership of the arrays (the caller must not change them afterwards).</summary>
    internal PathTable(Currency currency, Channel[] channels, PathStore store)
    {
        Debug.Assert(!currency.IsDefault, "A path table needs a currency.");
        Currency = currency;
        _channels = channels;
        _touches = store.Touches;
        _offsets = store.Offsets;
        _conversions = store.Conversions;
        _nulls = store.Nulls;
        _values = store.Values;
        _rows = store.RowCount;

        _valueDoubles = new double[_rows];
        var (conversions, nulls, value) = Totals(_conversions.AsSpan(0, _rows), _nulls.AsSpan(0, _rows), _values.AsSpan(0, _rows), _valueDoubles, currency);
        TotalConversions = conversions;
        TotalNulls = nulls;
        TotalValue = new Money(value, currency);
        Rows = new RowList(this);
        Channels = Array.AsReadOnly(channels);
    }

    /// <summary>Gets the currency of every value in the table.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the number of rows (distinct channel sequences).</summary>
    public int Count => _rows;

    /// <summary>Gets the channels that occur in the table, in the order they were first seen.</summary>
    public IReadOnlyList<Channel> Channels { get; }

    /// <summary>Gets the sum of the conversions of all rows.</summary>
    public double TotalConversions { get; }

    /// <summary>Gets the sum of the null (non-converting journey) counts of all rows.</summary>
    public double TotalNulls { get; }

    /// <summary>Gets the exact sum of the conversion values of all rows (not rounded).</summary>
    public Money TotalValue { get; }

    /// <summary>Gets the rows, in the order their sequences were first added; each is materialised on access (indexing outside 0 to <see cref="Count"/> - 1 throws <see cref="ArgumentOutOfRangeException"/>).</summary>
    public IReadOnlyList<PathRow> Rows { get; }

    /// <summary>Gets the channel array indexed by channel id (shared, never mutate).</summary>
    internal Channel[] ChannelArray => _channels;

    /// <summary>Gets the number of interned channels (ids are 0 to <c>ChannelCount - 1</c>).</summary>
    internal int ChannelCount => _channels.Length;

    /// <summary>Gets the flat touch array: row <c>r</c> is <c>Touches[Offsets[r]..Offsets[r + 1]]</c> (shared, never mutate).</summary>
    internal int[] Touches => _touches;

    /// <summary>Gets the row offsets into <see cref="Touches"/>, <c>Count + 1</c> used entries (shared, never mutate).</summary>
    internal int[] Offsets => _offsets;

    /// <summary>Gets the per-row conversions (the first <see cref="Count"/> entries are used).</summary>
    internal ReadOnlySpan<double> ConversionCounts => _conversions.AsSpan(0, _rows);

    /// <summary>
    /// Gets the table's conversions summed in the Markov chain's fixed point (<see cref="MarkovCounts.ToFixed"/>): exact
    /// and independent of row order. Computed once per table, so crediting one table with several fitted models (or the
    /// same model again) passes over the rows once.
    /// </summary>
    internal Int128 ConversionsFixed
    {
        get
        {
            if (_conversionsFixed is Int128 known)
            {
                return known;
            }

            var total = Int128.Zero;
            foreach (var count in ConversionCounts)
            {
                total += MarkovCounts.ToFixed(count);
            }

            _conversionsFixed = total;
            return total;
        }
    }

    /// <summary>Gets the per-row null counts (the first <see cref="Count"/> entries are used).</summary>
    internal ReadOnlySpan<double> NullCounts => _nulls.AsSpan(0, _rows);

    /// <summary>Gets the per-row value amounts in <see cref="Currency"/> (the first <see cref="Count"/> entries are used).</summary>
    internal ReadOnlySpan<decimal> ValueAmounts => _values.AsSpan(0, _rows);

    /// <summary>Gets the per-row conversions array (the first <see cref="Count"/> entries are used; shared, never mutate).</summary>
    internal double[] ConversionArray => _conversions;

    /// <summary>Gets the per-row values in minor units as <see cref="double"/> (exact for whole minor units below 2^53; for ratios only, never for money).</summary>
    internal double[] ValueDoubles => _valueDoubles;

    /// <summary>Returns the channel ids of one row's sequence, oldest touch first.</summary>
    internal ReadOnlySpan<int> Sequence(int row) => _touches.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);

    /// <summary>Reads a table from CSV text in the ChannelAttribution layout.</summary>
    /// <param name="reader">The text; read to its end, not disposed.</param>
    /// <param name="currency">The currency of the <c>total_conversion_value</c> column.</param>
    /// <param name="separator">
    /// The text between channels in a path, <c> &gt; </c> by default (the same default as <see cref="WriteCsv"/>). Spaces
    /// around the separator are not significant: it is trimmed before use and spaces around channels are trimmed, so
    /// <c>a&gt;b</c> and <c>a &gt; b</c> read alike.
    /// </param>
    /// <returns>The table; rows with the same path (after trimming) are aggregated.</returns>
    /// <remarks>
    /// <para>
    /// The first line is the header. It must name the columns <c>path</c> and <c>total_conversions</c>, and may name
    /// <c>total_conversion_value</c> and <c>total_null</c> (missing ones count as zero), in any order, case-insensitively;
    /// any other column is an error. Each later line is one row: a path such as <c>a &gt; b &gt; c</c>, a non-negative
    /// finite conversion count (fractions kept as given), a non-negative value (exact decimal, invariant culture, no
    /// thousands separators) and a non-negative finite null count. Fields may be quoted (<c>"a, b &gt; c"</c>, with
    /// <c>""</c> for a quote inside); a quoted field may not span lines. Line ends may be <c>\n</c> or <c>\r\n</c>
    /// (a carriage return anywhere else in a path is an error, as no channel name holds a line break); only a final line
    /// end is allowed to leave an empty last line.
    /// </para>
    /// <para>
    /// Nothing is skipped: the first bad line throws a <see cref="FormatException"/> whose message starts
    /// <c>Line N, column K (name):</c> and states the rule and the text received. A channel name that looks like a piece
    /// of another common separator (<c>search -</c> from <c>search -&gt; social</c> read with <c>&gt;</c>, or <c>a | b</c>) is
    /// such an error, and the message suggests the separator; <see cref="ReadCsvDetectingSeparator"/> finds it for you.
    /// </para>
    /// <para>Source of the layout: the R package ChannelAttribution (Altomare and Loris), <c>heuristic_models</c> and <c>markov_model</c> inputs.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// path,total_conversions,total_conversion_value,total_null
    /// email > search,2,81.37,5
    /// "display > email",0,0,3
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="separator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>, or <paramref name="separator"/> is empty or white space.</exception>
    /// <exception cref="FormatException">A line breaks the layout; the message names the line, the column and the text received.</exception>
    /// <exception cref="OverflowException">A path's aggregated value or the total value exceeds <see cref="decimal"/>'s range, or a count sum <see cref="double"/>'s.</exception>
    public static PathTable ReadCsv(TextReader reader, Currency currency, string separator = " > ")
    {
        Guard.NotNull(reader);
        Guard.NotNull(separator);
        RequireCurrency(currency, nameof(currency));
        if (string.IsNullOrWhiteSpace(separator))
        {
            Guard.ThrowArgument(nameof(separator), $"separator must contain a non-space character, was {Guard.Format(separator)}.");
        }

        return PathTableCsv.Read(reader, currency, separator.Trim());
    }

    /// <summary>Reads a table from CSV text in the ChannelAttribution layout, detecting the separator between channels.</summary>
    /// <param name="reader">The text; read to its end, not disposed.</param>
    /// <param name="currency">The currency of the <c>total_conversion_value</c> column.</param>
    /// <returns>The table, as <see cref="ReadCsv(TextReader, Currency, string)"/> reads it with the detected separator.</returns>
    /// <remarks>
    /// The separator is the one of <c>-&gt;</c>, <c>=&gt;</c>, <c>\u2192</c>, <c>&gt;</c>, <c>|</c> and <c>;</c> found most often in the
    /// paths of the first 1,000 rows (ties go to the longer, so <c>a -&gt; b</c> reads with <c>-&gt;</c>, not <c>&gt;</c>);
    /// <c>&gt;</c> when none occurs. The whole text is read into memory first. The rules and errors are those of
    /// <see cref="ReadCsv(TextReader, Currency, string)"/>.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    /// <exception cref="FormatException">A line breaks the layout; the message names the line, the column and the text received.</exception>
    /// <exception cref="OverflowException">A path's aggregated value or the total value exceeds <see cref="decimal"/>'s range, or a count sum <see cref="double"/>'s.</exception>
    public static PathTable ReadCsvDetectingSeparator(TextReader reader, Currency currency)
    {
        Guard.NotNull(reader);
        RequireCurrency(currency, nameof(currency));
        var text = reader.ReadToEnd();
        return PathTableCsv.Read(new StringReader(text), currency, PathTableCsv.DetectSeparator(text));
    }

    /// <summary>Writes the table as CSV text in the ChannelAttribution layout, readable by <see cref="ReadCsv(TextReader, Currency, string)"/>.</summary>
    /// <param name="writer">Where to write; not flushed or disposed.</param>
    /// <param name="separator">The text between channels, <c> &gt; </c> by default (the same default as <see cref="ReadCsv"/>).</param>
    /// <remarks>
    /// Writes the header <c>path,total_conversions,total_conversion_value,total_null</c> and one line per row in row
    /// order, with <c>\n</c> line ends. Counts use the shortest round-trip form of <see cref="double"/>, values the exact
    /// decimal amount, all in the invariant culture; a path is quoted when it contains a comma or a quote.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="separator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="separator"/> has no non-space character or holds a line break, or a channel name
    /// contains it or ends with the start of it (<c>a:</c> before <c>::</c>): the text could not be read back.</exception>
    public void WriteCsv(TextWriter writer, string separator = " > ")
    {
        Guard.NotNull(writer);
        Guard.NotNull(separator);
        if (string.IsNullOrWhiteSpace(separator))
        {
            Guard.ThrowArgument(nameof(separator), $"separator must contain a non-space character, was {Guard.Format(separator)}.");
        }

        if (separator.AsSpan().ContainsAny('\r', '\n'))
        {
            Guard.ThrowArgument(nameof(separator), $"separator must not contain a line break (it would split a row), was {Guard.Format(separator)}.");
        }

        PathTableCsv.Write(this, writer, separator);
    }

    /// <summary>Builds a table from journeys: each conversion is a row with 1 conversion and its value; each non-converting journey adds 1 null.</summary>
    /// <param name="conversions">The conversions; each needs at least one touchpoint and a value in <paramref name="currency"/> (or <c>default(Money)</c>).</param>
    /// <param name="currency">The currency of the values.</param>
    /// <param name="nonConverting">Optional journeys that did not convert, each a non-empty sequence of touchpoints in time order.</param>
    /// <returns>The aggregated table (timestamps are dropped; journeys with the same channel sequence share a row).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversions"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="currency"/> is <c>default(Currency)</c>; a conversion or a non-converting journey is null or has no
    /// touchpoints; or a non-converting journey holds <c>default(Touchpoint)</c> (the message names the index).
    /// </exception>
    /// <exception cref="CurrencyMismatchException">A conversion's value is in another currency.</exception>
    /// <exception cref="OverflowException">A path's aggregated value or the total value exceeds <see cref="decimal"/>'s range, or a count sum <see cref="double"/>'s.</exception>
    public static PathTable FromJourneys(IEnumerable<Conversion> conversions, Currency currency, IEnumerable<IEnumerable<Touchpoint>>? nonConverting = null)
    {
        Guard.NotNull(conversions);
        var builder = new PathTableBuilder(currency);
        var index = 0;
        foreach (var conversion in conversions)
        {
            // Errors name the caller's parameter and the index, as AttributionEngine.Attribute does for the same input.
            AttributionEngine.CheckAttributable(conversion, index, currency);

            builder.Add(conversion);
            index++;
        }

        if (nonConverting is not null)
        {
            index = 0;
            foreach (var journey in nonConverting)
            {
                if (journey is null)
                {
                    Guard.ThrowArgument(nameof(nonConverting), $"nonConverting[{index}] must not be null.");
                }

                builder.AddNonConverting(journey, nameof(nonConverting), $"nonConverting[{index}]");
                index++;
            }
        }

        return builder.Build();
    }

    /// <summary>Returns a table holding the rows of this table and of <paramref name="other"/>, identical paths aggregated.</summary>
    /// <param name="other">Another table in the same currency.</param>
    /// <returns>The merged table: the same as the table built from all rows of both (row order aside); this table's rows come first.</returns>
    /// <remarks>Merging is how partitions built in parallel become one table (scale-out).</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="other"/> is in another currency.</exception>
    /// <exception cref="OverflowException">An aggregated value or the total value exceeds <see cref="decimal"/>'s range, or a count sum <see cref="double"/>'s.</exception>
    public PathTable Merge(PathTable other)
    {
        Guard.NotNull(other);
        if (other.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, other.Currency, nameof(other));
        }

        var builder = new PathTableBuilder(Currency, _rows + other._rows, _offsets[_rows] + other._offsets[other._rows]);
        builder.Add(this);
        builder.Add(other);
        return builder.Build();
    }

    /// <summary>Returns a short description, for example <c>PathTable: 3 paths, 7 channels, 12 conversions, 481.20 USD, 30 nulls</c>.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() =>
        string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"PathTable: {Metrics.Display.Count((long)_rows)} paths, {_channels.Length} channels, {Metrics.Display.Quantity(TotalConversions)} conversions, {Metrics.Display.Money(TotalValue)}, {Metrics.Display.Quantity(TotalNulls)} nulls");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Conversions, double Nulls, decimal Value) Totals(
        ReadOnlySpan<double> conversions, ReadOnlySpan<double> nulls, ReadOnlySpan<decimal> values, Span<double> valueDoubles, Currency currency)
    {
        var totalConversions = 0d;
        var totalNulls = 0d;
        var totalValue = 0m;
        try
        {
            for (var row = 0; row < values.Length; row++)
            {
                totalConversions += conversions[row];
                totalNulls += nulls[row];
                totalValue += values[row];
                valueDoubles[row] = ToMinorUnitsDouble(values[row], currency);
            }
        }
        catch (OverflowException ex)
        {
            throw new OverflowException("The path table's total value overflowed decimal.", ex);
        }

        if (!double.IsFinite(totalConversions) || !double.IsFinite(totalNulls))
        {
            throw new OverflowException(string.Create(
                CultureInfo.InvariantCulture,
                $"The path table's totals overflowed double: total conversions {totalConversions}, total nulls {totalNulls}."));
        }

        return (totalConversions, totalNulls, totalValue);
    }

    /// <summary>Converts an amount to minor units as a double: exact decimal scaling first, so whole minor units convert exactly.</summary>
    internal static double ToMinorUnitsDouble(decimal amount, Currency currency)
    {
        try
        {
            return (double)(amount * Pow10.Power(currency.MinorUnits));
        }
        catch (OverflowException)
        {
            return (double)amount * (double)Pow10.Power(currency.MinorUnits);
        }
    }

    internal static void RequireCurrency(Currency currency, string paramName)
    {
        if (currency.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be a real currency, was default(Currency).");
        }
    }

    internal PathRow RowAt(int row)
    {
        var sequence = Sequence(row);
        var builder = ImmutableArray.CreateBuilder<Channel>(sequence.Length);
        foreach (var id in sequence)
        {
            builder.Add(_channels[id]);
        }

        return new PathRow(builder.MoveToImmutable(), _conversions[row], new Money(_values[row], Currency), _nulls[row]);
    }

    private sealed class RowList(PathTable table) : IReadOnlyList<PathRow>
    {
        public int Count => table._rows;

        public PathRow this[int index]
        {
            get
            {
                if ((uint)index >= (uint)table._rows)
                {
                    Guard.ThrowOutOfRange(nameof(index), index, $"must be between 0 and {table._rows - 1}");
                }

                return table.RowAt(index);
            }
        }

        public IEnumerator<PathRow> GetEnumerator()
        {
            for (var row = 0; row < table._rows; row++)
            {
                yield return table.RowAt(row);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
