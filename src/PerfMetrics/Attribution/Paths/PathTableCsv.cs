using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using static PerfMetrics.Internal.Csv;

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
        var batch = new PathBatch(builder.Store);
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

            // The reader splits at the first occurrence of the separator, so a name that ends with the start of a
            // self-overlapping separator ("a:" before "::") would be cut early: "a:" + "::" + "b" reads back as "a", ":b".
            if (string.Concat(channel.Name, separator).IndexOf(separator, StringComparison.Ordinal) != channel.Name.Length)
            {
                throw new ArgumentException(
                    $"separator must not overlap the end of a channel name (the path could not be read back), but channel {Quote(channel.Name)} followed by {Quote(separator)} contains {Quote(separator)} earlier.",
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
        // A channel name never holds a line break (WriteCsv could not write it back): a carriage return is part of a
        // line end only as "\r\n", which the line reader has already removed.
        if (text.ContainsAny('\r', '\n'))
        {
            throw Error(lineNumber, column, PathColumn, "must not contain a line break (line ends are \\n or \\r\\n)", text);
        }

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

            var known = builder.Interner.Count;
            ids[length++] = builder.Interner.GetOrAdd(text[first..last]);
            if (builder.Interner.Count != known)
            {
                // A new name (once per distinct channel, so this costs nothing per row): is it a piece of another separator?
                CheckSeparator(text[first..last], separator, text, lineNumber, column);
            }
            if (end == text.Length)
            {
                return length;
            }

            start = end + separator.Length;
        }
    }

    /// <summary>Separators that exports use between channels, longest first where one contains another.</summary>
    internal static readonly string[] SeparatorCandidates = ["->", "=>", "\u2192", ">", "|", ";"];

    /// <summary>
    /// Throws when a channel name read with <paramref name="separator"/> looks like a piece of another separator: it holds a
    /// candidate (<c>a | b</c> read with <c>&gt;</c>), or ends or starts with what is left of a candidate that contains the
    /// separator (<c>search -</c> from <c>search -&gt; social</c> read with <c>&gt;</c>). The message suggests the separator.
    /// </summary>
    private static void CheckSeparator(ReadOnlySpan<char> name, string separator, ReadOnlySpan<char> path, int lineNumber, int column)
    {
        foreach (var candidate in SeparatorCandidates)
        {
            if (candidate == separator)
            {
                continue;
            }

            var at = candidate.IndexOf(separator, StringComparison.Ordinal);
            var suspicious = at < 0
                ? !separator.Contains(candidate, StringComparison.Ordinal) && name.Contains(candidate, StringComparison.Ordinal)
                : (at > 0 && name.EndsWith(candidate.AsSpan(0, at), StringComparison.Ordinal))
                    || (at + separator.Length < candidate.Length && name.StartsWith(candidate.AsSpan(at + separator.Length), StringComparison.Ordinal));
            if (suspicious)
            {
                throw Error(
                    lineNumber,
                    column,
                    PathColumn,
                    $"channel \"{name.ToString()}\" looks like a piece of the separator \"{candidate}\": the paths seem to use \"{candidate}\", not \"{separator}\" (pass separator: \"{candidate}\", or read with PathTable.ReadCsvDetectingSeparator)",
                    path);
            }
        }
    }

    /// <summary>
    /// Returns the separator a CSV text's paths use: of <see cref="SeparatorCandidates"/>, the one found most often in the
    /// path fields of the first 1,000 rows (ties go to the longer, so <c>-&gt;</c> wins over the <c>&gt;</c> inside it);
    /// <c>&gt;</c> when none occurs (every path has one channel).
    /// </summary>
    internal static string DetectSeparator(string text)
    {
        var lines = new LineReader(new StringReader(text));
        var fields = new Field[8];
        var scratch = new char[256];
        if (!lines.TryReadLine(out var header))
        {
            return ">";
        }

        var count = Split(header, 1, ref fields, ref scratch, HeaderFieldName, int.MaxValue);
        var pathColumn = -1;
        for (var column = 0; column < count; column++)
        {
            if (Text(header, scratch, fields[column]).Trim().Equals(PathColumn, StringComparison.OrdinalIgnoreCase))
            {
                pathColumn = column;
            }
        }

        var hits = new long[SeparatorCandidates.Length];
        for (var row = 0; pathColumn >= 0 && row < 1000 && lines.TryReadLine(out var line); row++)
        {
            var fieldCount = Split(line, row + 2, ref fields, ref scratch, HeaderFieldName, int.MaxValue);
            if (fieldCount <= pathColumn)
            {
                continue;
            }

            var path = Text(line, scratch, fields[pathColumn]);
            for (var c = 0; c < SeparatorCandidates.Length; c++)
            {
                var candidate = SeparatorCandidates[c];
                for (var at = path.IndexOf(candidate, StringComparison.Ordinal); at >= 0; at = path[(at + 1)..].IndexOf(candidate, StringComparison.Ordinal) is var next and >= 0 ? at + 1 + next : -1)
                {
                    hits[c]++;
                }
            }
        }

        var best = -1;
        for (var c = 0; c < hits.Length; c++)
        {
            if (hits[c] > 0 && (best < 0 || hits[c] > hits[best] || (hits[c] == hits[best] && SeparatorCandidates[c].Length > SeparatorCandidates[best].Length)))
            {
                best = c;
            }
        }

        return best < 0 ? ">" : SeparatorCandidates[best];
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

}
