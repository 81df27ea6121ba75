using System.Text;
using PerfMetrics.Attribution;

namespace PerfMetrics.Fuzz;

/// <summary>Fuzzes <see cref="PathTable.ReadCsv(TextReader, Currency, string)"/> and its round trip through <see cref="PathTable.WriteCsv(TextWriter, string)"/>.</summary>
/// <remarks>
/// <para>
/// Input layout: the first byte picks the path separator (below 0xC0: byte mod 6, <c>&gt;</c>, <c> &gt; </c>,
/// <c>-&gt;</c>, <c>,</c>, <c>::</c>, <c> | </c>; from 0xC0 up: the input's first line, whatever it is) and the size of
/// the chunks a second reader hands out (1 to 7 characters, so lines cross the reader's buffer refills); the rest is the
/// CSV text (UTF-8, invalid bytes replaced).
/// </para>
/// <para>
/// Rules: only the documented exceptions escape the reader (<see cref="FormatException"/> for bad text,
/// <see cref="OverflowException"/> for sums beyond the numeric ranges); a whole-text reader and a chunked reader give the
/// same table or the same error; and a table read successfully is written (the writer may refuse only for its documented
/// reasons: a line break in the separator, a channel name containing it or ending with its start) and read back to an
/// equal table, whose text is written identically.
/// </para>
/// </remarks>
internal static class PathTableCsvTarget
{
    private static readonly string[] Separators = [">", " > ", "->", ",", "::", " | "];

    /// <summary>First bytes from this value up take the separator from the input's first line.</summary>
    private const byte FreeSeparator = 0xC0;

    public static void Run(byte[] data)
    {
        if (data.Length == 0)
        {
            return;
        }

        string separator;
        int chunk;
        string text;
        if (data[0] < FreeSeparator)
        {
            separator = Separators[data[0] % Separators.Length];
            chunk = 1 + (data[0] / Separators.Length % 7);
            text = Encoding.UTF8.GetString(data, 1, data.Length - 1);
        }
        else
        {
            // The separator is the input's first line (any text the fuzzer makes up), the CSV the rest.
            var all = Encoding.UTF8.GetString(data, 1, data.Length - 1);
            var newline = all.IndexOf('\n', StringComparison.Ordinal);
            separator = newline < 0 ? all : all[..newline];
            text = newline < 0 ? string.Empty : all[(newline + 1)..];
            chunk = 1 + (data[0] % 7);
            if (separator.Length == 0 || string.IsNullOrWhiteSpace(separator))
            {
                // Documented: ReadCsv refuses a separator without a non-space character.
                InvariantViolationException.Check(
                    Throws<ArgumentException>(() => PathTable.ReadCsv(new StringReader(text), Currency.Usd, separator)),
                    $"ReadCsv accepted the blank separator {MoneyTarget.Show(separator)}");
                return;
            }
        }

        var table = TryRead(new StringReader(text), separator, out var error);
        var chunked = TryRead(new ChunkedReader(text, chunk), separator, out var chunkedError);
        if (table is null || chunked is null)
        {
            InvariantViolationException.Check(
                table is null && chunked is null && error == chunkedError,
                $"whole and chunked ({chunk}) readers disagree on {MoneyTarget.Show(text)}: {error ?? "read"} vs {chunkedError ?? "read"}");
            return;
        }

        RequireEqual(table, chunked, $"whole and chunked ({chunk}) readers on {MoneyTarget.Show(text)}");

        string written;
        try
        {
            written = Write(table, separator);
        }
        catch (ArgumentException ex)
        {
            InvariantViolationException.Check(
                WriterMayRefuse(table, separator),
                $"WriteCsv refused a table ReadCsv produced, for none of its documented reasons: {ex.Message} (separator {MoneyTarget.Show(separator)}, input {MoneyTarget.Show(text)})");
            return;
        }

        PathTable reread;
        try
        {
            reread = PathTable.ReadCsv(new StringReader(written), Currency.Usd, separator);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw new InvariantViolationException(
                $"ReadCsv refused what WriteCsv wrote: {ex.Message} (written {MoneyTarget.Show(written)} from input {MoneyTarget.Show(text)})", ex);
        }

        RequireEqual(table, reread, $"round trip of {MoneyTarget.Show(text)} through {MoneyTarget.Show(written)}");
        var rewritten = Write(reread, separator);
        InvariantViolationException.Check(
            rewritten == written,
            $"writing the re-read table changed the text: {MoneyTarget.Show(written)} then {MoneyTarget.Show(rewritten)}");
    }

    /// <summary>
    /// The documented reasons for WriteCsv to refuse: the separator holds a line break, or a channel name contains the
    /// trimmed separator or ends with the start of it (the first occurrence in name + separator is not at the name's end).
    /// </summary>
    private static bool WriterMayRefuse(PathTable table, string separator)
    {
        var forbidden = separator.Trim();
        return separator.AsSpan().ContainsAny('\r', '\n')
            || table.Channels.Any(c =>
                c.Name.Contains(forbidden, StringComparison.Ordinal)
                || (c.Name + separator).IndexOf(separator, StringComparison.Ordinal) != c.Name.Length);
    }

    private static bool Throws<T>(Action action)
        where T : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (T)
        {
            return true;
        }
    }

    private static PathTable? TryRead(TextReader reader, string separator, out string? error)
    {
        try
        {
            error = null;
            return PathTable.ReadCsv(reader, Currency.Usd, separator);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            error = ex.GetType().Name + ": " + ex.Message;
            return null;
        }
    }

    private static string Write(PathTable table, string separator)
    {
        using var writer = new StringWriter();
        table.WriteCsv(writer, separator);
        return writer.ToString();
    }

    private static void RequireEqual(PathTable expected, PathTable actual, string what)
    {
        InvariantViolationException.Check(expected.Currency == actual.Currency, $"{what}: currency");
        InvariantViolationException.Check(
            expected.Channels.Select(c => c.Name).SequenceEqual(actual.Channels.Select(c => c.Name), StringComparer.Ordinal),
            $"{what}: channels [{string.Join(", ", expected.Channels.Select(c => MoneyTarget.Show(c.Name)))}] vs [{string.Join(", ", actual.Channels.Select(c => MoneyTarget.Show(c.Name)))}]");
        InvariantViolationException.Check(expected.Count == actual.Count, $"{what}: {expected.Count} rows vs {actual.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            var a = expected.Rows[i];
            var b = actual.Rows[i];
            InvariantViolationException.Check(
                a.Equals(b) && a.Value.Amount.Scale == b.Value.Amount.Scale,
                $"{what}: row {i} {MoneyTarget.Show(a.ToString())} vs {MoneyTarget.Show(b.ToString())}");
        }

        InvariantViolationException.Check(
            expected.TotalConversions.Equals(actual.TotalConversions)
            && expected.TotalNulls.Equals(actual.TotalNulls)
            && expected.TotalValue == actual.TotalValue,
            $"{what}: totals {expected} vs {actual}");
    }

    /// <summary>A reader that hands out at most a few characters per call, as a slow stream does.</summary>
    private sealed class ChunkedReader(string text, int chunk) : TextReader
    {
        private int _position;

        public override int Peek() => _position < text.Length ? text[_position] : -1;

        public override int Read() => _position < text.Length ? text[_position++] : -1;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, chunk), text.Length - _position);
            text.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }
    }
}
