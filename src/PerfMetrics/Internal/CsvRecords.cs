using System.Globalization;

namespace PerfMetrics.Internal;

/// <summary>
/// Reads a CSV file whose header names its columns, for readers that map caller-named columns (event logs, RFM
/// summaries): the header is checked against the names the caller asks for, then each line is split into fields that
/// are looked up by their mapped position. Errors are <see cref="FormatException"/>s naming the line, the column and the
/// rule (<see cref="Csv.Error"/>), as the path-table reader's.
/// </summary>
internal sealed class CsvRecords
{
    private readonly Csv.LineReader _lines;
    private readonly string[] _header;
    private Csv.Field[] _fields = new Csv.Field[8];
    private char[] _scratch = new char[256];
    private ReadOnlySpanBox _line;

    private CsvRecords(Csv.LineReader lines, string[] header)
    {
        _lines = lines;
        _header = header;
    }

    /// <summary>Gets the current line's number (1 is the header).</summary>
    internal int LineNumber { get; private set; } = 1;

    /// <summary>Gets the number of columns the header names.</summary>
    internal int ColumnCount => _header.Length;

    /// <summary>Reads the header line; an empty file is an error that names what the header should hold.</summary>
    internal static CsvRecords Open(TextReader reader, string expected)
    {
        var lines = new Csv.LineReader(reader);
        if (!lines.TryReadLine(out var headerLine) || headerLine.Trim().IsEmpty)
        {
            throw Csv.Error(1, 1, "header", $"the file is empty; the first line must be a header naming the columns {expected}", headerLine);
        }

        if (headerLine[0] == '\uFEFF')
        {
            headerLine = headerLine[1..];
        }

        var fields = new Csv.Field[8];
        var scratch = new char[256];
        var count = Csv.Split(headerLine, 1, ref fields, ref scratch, ["column"], int.MaxValue);
        var header = new string[count];
        for (var i = 0; i < count; i++)
        {
            header[i] = Csv.Text(headerLine, scratch, fields[i]).Trim().ToString();
        }

        return new CsvRecords(lines, header);
    }

    /// <summary>Returns the position of a caller-named column; a name the header lacks is an error naming the mapping.</summary>
    internal int Column(string name, string mapping)
    {
        var found = -1;
        for (var i = 0; i < _header.Length; i++)
        {
            if (string.Equals(_header[i], name, StringComparison.OrdinalIgnoreCase))
            {
                if (found >= 0)
                {
                    throw Csv.Error(1, i + 1, _header[i], $"the column appears twice (also column {found + 1})", _header[i]);
                }

                found = i;
            }
        }

        if (found < 0)
        {
            throw Csv.Error(
                1,
                _header.Length + 1,
                name,
                $"unknown column \"{name}\" in the mapping ({mapping}); the header names {string.Join(", ", _header.Select(h => $"\"{h}\""))}",
                string.Join(",", _header));
        }

        return found;
    }

    /// <summary>Returns the position of a column when the header has it, or -1.</summary>
    internal int TryColumn(string name) => Array.FindIndex(_header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns the position of an optional caller-named column, or -1 when the caller named none.</summary>
    internal int OptionalColumn(string? name, string mapping) => name is null ? -1 : Column(name, mapping);

    /// <summary>Reads the next line; blank lines and lines with fewer fields than the header are errors.</summary>
    internal bool Next()
    {
        if (!_lines.TryReadLine(out var line))
        {
            return false;
        }

        LineNumber++;
        if (line.IsEmpty)
        {
            throw Csv.Error(LineNumber, 1, _header[0], "the line is empty (blank lines are not allowed)", line);
        }

        var count = Csv.Split(line, LineNumber, ref _fields, ref _scratch, _header, _header.Length);
        if (count < _header.Length)
        {
            throw Csv.Error(LineNumber, count + 1, _header[count], $"the field is missing; the header has {_header.Length} columns, the line has {count}", line);
        }

        _line = new ReadOnlySpanBox(line.ToString());
        return true;
    }

    /// <summary>Returns the text of a field of the current line (not trimmed).</summary>
    internal ReadOnlySpan<char> Raw(int column) => Csv.Text(_line.Text, _scratch, _fields[column]);

    /// <summary>Returns the trimmed text of a field of the current line.</summary>
    internal ReadOnlySpan<char> Field(int column) => Raw(column).Trim();

    /// <summary>The error of a field of the current line.</summary>
    internal FormatException Error(int column, string rule) => Csv.Error(LineNumber, column + 1, _header[column], rule, Raw(column));

    /// <summary>Parses a non-negative decimal (invariant culture, no thousands separators).</summary>
    internal decimal NonNegativeDecimal(int column)
    {
        if (!decimal.TryParse(Field(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0m)
        {
            throw Error(column, "must be a non-negative decimal number (invariant culture, no thousands separators)");
        }

        return value;
    }

    /// <summary>The current line kept as a string (a span cannot be a field of a class; one string per line).</summary>
    private readonly record struct ReadOnlySpanBox(string Text);
}
