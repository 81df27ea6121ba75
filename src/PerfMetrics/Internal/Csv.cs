using System.Globalization;
using System.Runtime.CompilerServices;

namespace PerfMetrics.Internal;

/// <summary>
/// The one CSV reading idiom of the library (path tables, event logs, RFM summaries): lines read into a reused buffer,
/// fields split RFC 4180 style (quoted fields may not span lines), and errors that name the line, the column and the rule.
/// </summary>
internal static class Csv
{
    /// <summary>Splits one line into fields (RFC 4180 quoting, no multi-line fields); returns the number of fields.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Split(ReadOnlySpan<char> line, int lineNumber, ref Field[] fields, ref char[] scratch, string[] names, int maxFields)
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

    internal readonly record struct Field(int Start, int Length, bool InScratch, string? Name);

    /// <summary>Reads lines from a <see cref="TextReader"/> into one reused buffer; a line is a span valid until the next call.</summary>
    internal sealed class LineReader(TextReader reader)
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

    /// <summary>Returns the text of a field: a slice of the line, or of the scratch buffer for a quoted field.</summary>
    internal static ReadOnlySpan<char> Text(ReadOnlySpan<char> line, char[] scratch, Field field) =>
        field.InScratch ? scratch.AsSpan(field.Start, field.Length) : line.Slice(field.Start, field.Length);

    /// <summary>The error of one field: <c>Line N, column K (name): rule, was "text".</c></summary>
    internal static FormatException Error(int line, int column, string name, string rule, ReadOnlySpan<char> received) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Line {line}, column {column} ({name}): {rule}, was \"{received.ToString()}\"."));
}
