using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PerfMetrics.Attribution;

/// <summary>
/// Reads and writes path tables in the ChannelAttribution CSV layout. The reader works on spans of a reused buffer:
/// no string is allocated per row or per channel (only once per distinct channel name).
/// </summary>
internal static class PathTableCsv
{
    internal const string PathColumn = "path";
    internal const string ConversionsColumn = "total_conversions";
    internal const string ValueColumn = "total_conversion_value";
    internal const string NullsColumn = "total_null";

    private static readonly string[] KnownColumns = [PathColumn, ConversionsColumn, ValueColumn, NullsColumn];

    // Header fields are named "column" in messages (their names are what is being checked).
    private static readonly string[] HeaderFieldName = ["column"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static PathTable Read(TextReader reader, Currency currency, string separator)
    {
        var lines = new LineReader(reader);
        var fields = new Field[8];
        var scratch = new char[256];
        if (!lines.TryReadLine(out var headerLine))
        {
            throw Error(1, 1, PathColumn, "the header line is missing; expected path,total_conversions,total_conversion_value,total_null", string.Empty);
        }

        if (!headerLine.IsEmpty && headerLine[0] == '\uFEFF')
        {
            headerLine = headerLine[1..];
        }

        // columnOf[k] = the index of known column k in the file, or -1 when absent.
        var headerCount = Split(headerLine, 1, ref fields, ref scratch, HeaderFieldName, int.MaxValue);
        var columnOf = new[] { -1, -1, -1, -1 };
        var headerNames = new string[headerCount];
        for (var column = 0; column < headerCount; column++)
        {
            var name = Text(headerLine, scratch, fields[column]).Trim();
            var known = -1;
            for (var k = 0; k < KnownColumns.Length; k++)
            {
                if (name.Equals(KnownColumns[k], StringComparison.OrdinalIgnoreCase))
                {
                    known = k;
                }
            }

            if (known < 0)
            {
                throw Error(1, column + 1, name.ToString(), "unknown column; expected path, total_conversions, total_conversion_value or total_null", name);
            }

            if (columnOf[known] >= 0)
            {
                throw Error(1, column + 1, name.ToString(), "the column appears twice", name);
            }

            columnOf[known] = column;
            headerNames[column] = KnownColumns[known];
        }

        for (var k = 0; k < 2; k++)
        {
            if (columnOf[k] < 0)
            {
                throw Error(1, headerCount + 1, KnownColumns[k], "the header must name this column", headerLine);
            }
        }

        var builder = new PathTableBuilder(currency, 1024, 4096);
        var ids = new int[16];
        var batch = new Batch(builder.Store);
        var lineNumber = 1;
        while (lines.TryReadLine(out var line))
        {
            lineNumber++;
            if (line.IsEmpty)
            {
                throw Error(lineNumber, 1, PathColumn, "the line is empty (blank lines are not allowed)", line);
            }

            var count = Split(line, lineNumber, ref fields, ref scratch, headerNames, headerCount);
            if (count < headerCount)
            {
                throw Error(
                    lineNumber,
                    count + 1,
                    headerNames[count],
                    $"the field is missing; the header has {headerCount} columns, the line has {count}",
                    line);
            }

            var pathColumn = columnOf[0];
            var length = ParsePath(Text(line, scratch, fields[pathColumn]), separator, builder, ref ids, lineNumber, pathColumn + 1);
            var conversions = ParseCount(line, scratch, fields, columnOf[1], lineNumber);
            var nulls = columnOf[3] < 0 ? 0d : ParseCount(line, scratch, fields, columnOf[3], lineNumber);
            var value = 0m;
            if (columnOf[2] >= 0)
            {
                var text = Text(line, scratch, fields[columnOf[2]]);
                if (!TryParseSimpleDecimal(text, out value)
                    && (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || value < 0m))
                {
                    throw Error(lineNumber, columnOf[2] + 1, ValueColumn, "must be a non-negative decimal number", text);
                }
            }

            batch.Add(ids.AsSpan(0, length), conversions, value, nulls);
        }

        batch.Flush();
        return builder.Build();
    }

    internal static void Write(PathTable table, TextWriter writer, string separator)
    {
        var forbidden = separator.Trim();
        var channels = table.ChannelArray;
        foreach (var channel in channels)
        {
            if (channel.Name.Contains(forbidden, StringComparison.Ordinal) || channel.Name.AsSpan().ContainsAny('\r', '\n'))
            {
                throw new ArgumentException(
                    $"separator must not occur in a channel name (the path could not be read back), but channel {Quote(channel.Name)} contains {Quote(forbidden)} or a line break.",
                    nameof(separator));
            }
        }

        writer.Write("path,total_conversions,total_conversion_value,total_null\n");
        var path = new StringBuilder();
        var conversions = table.ConversionCounts;
        var nulls = table.NullCounts;
        var values = table.ValueAmounts;
        for (var row = 0; row < table.Count; row++)
        {
            path.Clear();
            var sequence = table.Sequence(row);
            for (var i = 0; i < sequence.Length; i++)
            {
                if (i > 0)
                {
                    path.Append(separator);
                }

                path.Append(channels[sequence[i]].Name);
            }

            var text = path.ToString();
            if (text.AsSpan().ContainsAny(',', '"') || text != text.Trim())
            {
                text = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            }

            writer.Write(text);
            writer.Write(',');
            writer.Write(conversions[row].ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(values[row].ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(nulls[row].ToString(CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    private static string Quote(string text) => Internal.Guard.Format(text);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int ParsePath(ReadOnlySpan<char> text, string separator, PathTableBuilder builder, ref int[] ids, int lineNumber, int column)
    {
        // One pass: find each separator, trim the channel between, intern it. A one-character separator (the usual
        // ">") is scanned for directly; longer ones with IndexOf.
        var length = 0;
        var start = 0;
        var single = separator.Length == 1 ? separator[0] : '\0';
        while (true)
        {
            int end;
            if (single != '\0')
            {
                end = start;
                while (end < text.Length && text[end] != single)
                {
                    end++;
                }
            }
            else
            {
                var at = text[start..].IndexOf(separator, StringComparison.Ordinal);
                end = at < 0 ? text.Length : start + at;
            }

            var first = start;
            var last = end;
            while (first < last && char.IsWhiteSpace(text[first]))
            {
                first++;
            }

            while (last > first && char.IsWhiteSpace(text[last - 1]))
            {
                last--;
            }

            if (first == last)
            {
                if (length == 0 && end == text.Length)
                {
                    throw Error(lineNumber, column, PathColumn, "must name at least one channel", text);
                }

                throw Error(lineNumber, column, PathColumn, $"channel {length + 1} is empty (nothing between two separators \"{separator}\")", text);
            }

            if (length == ids.Length)
            {
                Array.Resize(ref ids, length * 2);
            }

            ids[length++] = builder.Interner.GetOrAdd(text[first..last]);
            if (end == text.Length)
            {
                return length;
            }

            start = end + separator.Length;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double ParseCount(ReadOnlySpan<char> line, char[] scratch, Field[] fields, int column, int lineNumber)
    {
        var text = Text(line, scratch, fields[column]);
        if (!TryParseSimpleCount(text, out var count)
            && (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out count) || !(count >= 0d) || double.IsInfinity(count)))
        {
            throw Error(lineNumber, column + 1, fields[column].Name ?? "column", "must be a finite non-negative number", text);
        }

        return count;
    }

    /// <summary>
    /// Fast path for the common plain forms <c>12</c> and <c>12.34</c> (at most 15 significant digits and 15 decimals):
    /// the mantissa and the power of ten are both exact doubles, so one division is correctly rounded (Clinger's fast
    /// path) and the result equals <see cref="double.Parse(string, IFormatProvider)"/>. Anything else falls back to it.
    /// </summary>
    private static bool TryParseSimpleCount(ReadOnlySpan<char> text, out double value)
    {
        if (!TryDigits(text, out var mantissa, out var scale))
        {
            value = 0d;
            return false;
        }

        value = scale == 0 ? mantissa : mantissa / PowersOfTen[scale];
        return true;
    }

    /// <summary>Fast path for <c>12</c> and <c>12.34</c> as an exact decimal; anything else falls back to <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/>.</summary>
    private static bool TryParseSimpleDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        if (!TryDigits(text, out var mantissa, out var scale))
        {
            value = 0m;
            return false;
        }

        value = new decimal(unchecked((int)(mantissa & 0xFFFFFFFF)), (int)(mantissa >> 32), 0, false, (byte)scale);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out long mantissa, out int scale)
    {
        mantissa = 0;
        scale = 0;
        if (text.IsEmpty || text.Length > 16)
        {
            return false;
        }

        var dot = -1;
        var digits = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && dot < 0 && i > 0)
            {
                dot = i;
                continue;
            }

            var d = c - '0';
            if (unchecked((uint)d) > 9)
            {
                return false;
            }

            mantissa = (mantissa * 10) + d;
            digits++;
        }

        if (dot == text.Length - 1 || digits > 15)
        {
            return false;
        }

        scale = dot < 0 ? 0 : text.Length - dot - 1;
        return true;
    }

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

    private static ReadOnlySpan<char> Text(ReadOnlySpan<char> line, char[] scratch, Field field) =>
        field.InScratch ? scratch.AsSpan(field.Start, field.Length) : line.Slice(field.Start, field.Length);

    /// <summary>Splits one line into fields (RFC 4180 quoting, no multi-line fields); returns the number of fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Split(ReadOnlySpan<char> line, int lineNumber, ref Field[] fields, ref char[] scratch, string[] names, int maxFields)
    {
        var count = 0;
        var scratchUsed = 0;
        var pos = 0;
        while (true)
        {
            var column = count + 1;
            if (count == maxFields)
            {
                throw Error(lineNumber, column, "extra", $"unexpected extra field; the header has {maxFields} columns", line);
            }

            var name = count < names.Length ? names[count] : names[^1];
            var start = pos;
            while (start < line.Length && line[start] == ' ')
            {
                start++;
            }

            Field field;
            if (start < line.Length && line[start] == '"')
            {
                var i = start + 1;
                var begin = scratchUsed;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw Error(lineNumber, column, name, "the quoted field is not closed on this line", line[start..]);
                    }

                    var c = line[i];
                    if (c == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            Put(ref scratch, ref scratchUsed, '"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    Put(ref scratch, ref scratchUsed, c);
                    i++;
                }

                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }

                if (i < line.Length && line[i] != ',')
                {
                    throw Error(lineNumber, column, name, "unexpected text after the closing quote", line[start..]);
                }

                field = new Field(begin, scratchUsed - begin, true, name);
                pos = i;
            }
            else
            {
                var comma = line[pos..].IndexOf(',');
                var end = comma < 0 ? line.Length : pos + comma;
                field = new Field(pos, end - pos, false, name);
                pos = end;
            }

            if (count == fields.Length)
            {
                Array.Resize(ref fields, count * 2);
            }

            fields[count++] = field;
            if (pos >= line.Length)
            {
                return count;
            }

            pos++; // skip the comma
        }
    }

    private static void Put(ref char[] scratch, ref int used, char c)
    {
        if (used == scratch.Length)
        {
            Array.Resize(ref scratch, used * 2);
        }

        scratch[used++] = c;
    }

    private static FormatException Error(int line, int column, string name, string rule, ReadOnlySpan<char> received) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Line {line}, column {column} ({name}): {rule}, was \"{received.ToString()}\"."));

    private readonly record struct Field(int Start, int Length, bool InScratch, string? Name);

    /// <summary>
    /// Stages parsed rows and inserts them in batches: first every row's hash slot is read (independent loads whose
    /// cache misses overlap), then the rows are added while their slots are in cache. Rows keep their order.
    /// </summary>
    private sealed class Batch(PathStore store)
    {
        private const int Size = 32;
        private readonly int[] _starts = new int[Size + 1];
        private readonly int[] _hashes = new int[Size];
        private readonly double[] _conversions = new double[Size];
        private readonly double[] _nulls = new double[Size];
        private readonly decimal[] _values = new decimal[Size];
        private int[] _ids = new int[Size * 16];
        private int _count;

        /// <summary>Gets a value that depends on every peeked slot, so the reads cannot be optimised away.</summary>
        internal ulong Sink { get; private set; }

        internal void Add(ReadOnlySpan<int> ids, double conversions, decimal value, double nulls)
        {
            var start = _starts[_count];
            if (start + ids.Length > _ids.Length)
            {
                Array.Resize(ref _ids, Math.Max(start + ids.Length, _ids.Length * 2));
            }

            ids.CopyTo(_ids.AsSpan(start));
            _conversions[_count] = conversions;
            _values[_count] = value;
            _nulls[_count] = nulls;
            _starts[++_count] = start + ids.Length;
            if (_count == Size)
            {
                Flush();
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal void Flush()
        {
            var sink = Sink;
            for (var k = 0; k < _count; k++)
            {
                _hashes[k] = PathStore.Hash(_ids.AsSpan(_starts[k], _starts[k + 1] - _starts[k]));
                sink ^= store.Peek(_hashes[k]);
            }

            for (var k = 0; k < _count; k++)
            {
                store.Add(_ids.AsSpan(_starts[k], _starts[k + 1] - _starts[k]), _conversions[k], _values[k], _nulls[k], _hashes[k]);
            }

            Sink = sink;
            _count = 0;
        }
    }

    /// <summary>Reads lines from a <see cref="TextReader"/> into one reused buffer; a line is a span valid until the next call.</summary>
    private sealed class LineReader(TextReader reader)
    {
        private char[] _buffer = new char[1 << 16];
        private int _pos;
        private int _length;
        private bool _eof;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        internal bool TryReadLine(out ReadOnlySpan<char> line)
        {
            var searchFrom = _pos;
            while (true)
            {
                var newline = _buffer.AsSpan(searchFrom, _length - searchFrom).IndexOf('\n');
                if (newline >= 0)
                {
                    var end = searchFrom + newline;
                    line = _buffer.AsSpan(_pos, end - _pos);
                    _pos = end + 1;
                    if (!line.IsEmpty && line[^1] == '\r')
                    {
                        line = line[..^1];
                    }

                    return true;
                }

                if (_eof)
                {
                    if (_pos < _length)
                    {
                        line = _buffer.AsSpan(_pos, _length - _pos);
                        _pos = _length;
                        if (!line.IsEmpty && line[^1] == '\r')
                        {
                            line = line[..^1];
                        }

                        return true;
                    }

                    line = default;
                    return false;
                }

                var kept = _length - _pos;
                if (_pos > 0)
                {
                    Array.Copy(_buffer, _pos, _buffer, 0, kept);
                }

                _pos = 0;
                _length = kept;
                searchFrom = kept;
                if (_length == _buffer.Length)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                var read = reader.Read(_buffer, _length, _buffer.Length - _length);
                if (read == 0)
                {
                    _eof = true;
                }
                else
                {
                    _length += read;
                }
            }
        }
    }
}
