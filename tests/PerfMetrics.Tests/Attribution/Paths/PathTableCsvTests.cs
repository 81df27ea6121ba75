using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Paths;

/// <summary>
/// Inputs found by fuzzing <see cref="PathTable.ReadCsv(TextReader, Currency, string)"/> (tools/fuzz.sh csv, SharpFuzz +
/// AFL++), minimized by hand to the smallest text that shows each finding. The harness rule: only the documented
/// exceptions escape, and a table that was read can be written and read back unchanged.
/// </summary>
public partial class PathTableCsvTests
{
    private static PathTable Read(string csv, string separator = ">") => PathTable.ReadCsv(new StringReader(csv), Currency.Usd, separator);

    private static string Write(PathTable table, string separator)
    {
        using var writer = new StringWriter();
        table.WriteCsv(writer, separator);
        return writer.ToString();
    }

    // Finding 1: a lone carriage return inside a line ("so\rcial") was read into a channel name, which WriteCsv then
    // refused (a channel name may not hold a line break), so a table the reader accepted could not be written. Line ends
    // are "\n" or "\r\n" (the documented layout); a carriage return anywhere else in a path is now a FormatException.
    [Theory]
    [InlineData("path,total_conversions\nso\rcial,3\n", "Line 2, column 1 (path): must not contain a line break (line ends are \\n or \\r\\n), was \"so\rcial\".")]
    [InlineData("path,total_conversions\nemail > so\rcial > search,3\r\n", "Line 2, column 1 (path): must not contain a line break (line ends are \\n or \\r\\n), was \"email > so\rcial > search\".")]
    [InlineData("total_conversions,path\n3,\"a\r\"\n", "Line 2, column 2 (path): must not contain a line break (line ends are \\n or \\r\\n), was \"a\r\".")]
    public void ReadCsv_CarriageReturnInsideAPath_ThrowsFormatException(string csv, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => Read(csv)).Message);

    [Fact]
    public void ReadCsv_CarriageReturnOfACrLfLineEnd_IsStillALineEnd()
    {
        var table = Read("path,total_conversions\r\nsocial > email,3\r\nsearch,1\r\n");
        Assert.Equal(["social > email: 3 conversions, 0.00 USD, 0 nulls", "search: 1 conversions, 0.00 USD, 0 nulls"], table.Rows.Select(r => r.ToString()));
        Assert.Equal(table.Rows, Read(Write(table, " > ")).Rows);
    }

    // Finding 2: with a separator whose end repeats its start ("::"), a channel read as "a:" (from "a: ::b") was written
    // as "a:::b", which reads back as "a" and ":b": WriteCsv wrote text that silently changed the table. The reader splits
    // at the first occurrence, so the writer now refuses (its documented ArgumentException) a name that ends with the
    // start of such a separator, and names the channel.
    [Fact]
    public void WriteCsv_ChannelEndingWithTheStartOfASelfOverlappingSeparator_Throws()
    {
        var table = Read("path,total_conversions\na: ::b,1\n", "::");
        Assert.Equal(["a:", "b"], table.Channels.Select(c => c.Name));

        var ex = Assert.Throws<ArgumentException>(() => Write(table, "::"));
        Assert.Equal("separator", ex.ParamName);
        Assert.StartsWith("separator must not overlap the end of a channel name (the path could not be read back), but channel \"a:\"", ex.Message, StringComparison.Ordinal);

        // Built by hand (no reader involved) the same name is refused the same way, and a separator it does not overlap works.
        var built = new PathTableBuilder(Currency.Usd).Add([new Channel("x-"), new Channel("y")], 1, default, 0).ToPathTable();
        Assert.Throws<ArgumentException>(() => Write(built, "--"));
        Assert.Equal(table.Rows, Read(Write(table, " :: "), "::").Rows);
    }

    [Theory]
    [InlineData("::", false)] // "b:" + "::" = "b:::", first "::" at 1
    [InlineData("->", true)]
    [InlineData(" > ", true)]
    [InlineData("aba", false)] // "ab" + "aba" = "ababa", first "aba" at 0
    public void WriteCsv_ReadsBackUnchangedOrRefuses_AsAFirstOccurrenceSplitDecides(string separator, bool readable)
    {
        var names = new[] { "b:", "-x", "ab", "z" };
        var table = new PathTableBuilder(Currency.Usd).Add([.. names.Select(n => new Channel(n))], 2, new Money(1.5m, Currency.Usd), 1).ToPathTable();
        Assert.Equal(readable, names.All(n => FirstSplit(n + separator + "q", separator) == n));
        if (readable)
        {
            Assert.Equal(table.Rows, Read(Write(table, separator), separator).Rows);
        }
        else
        {
            Assert.Throws<ArgumentException>(() => Write(table, separator));
        }
    }

    // Review of the same code path: a separator holding a line break wrote a row across two lines.
    [Theory]
    [InlineData("x\n")]
    [InlineData(">\r")]
    public void WriteCsv_SeparatorWithALineBreak_Throws(string separator)
    {
        var table = Read("path,total_conversions\na > b,1\n");
        var ex = Assert.Throws<ArgumentException>(() => Write(table, separator));
        Assert.Equal("separator", ex.ParamName);
        Assert.StartsWith("separator must not contain a line break", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>The text before the first occurrence of <paramref name="separator"/>, character by character (an oracle independent of IndexOf).</summary>
    private static string FirstSplit(string text, string separator)
    {
        for (var i = 0; i + separator.Length <= text.Length; i++)
        {
            var match = true;
            for (var j = 0; j < separator.Length && match; j++)
            {
                match = text[i + j] == separator[j];
            }

            if (match)
            {
                return text[..i];
            }
        }

        return text;
    }
}
