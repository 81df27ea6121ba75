using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution;

/// <summary>
/// Inputs found by fuzzing <see cref="PathTable.ReadCsv(TextReader, Currency, string)"/> (tools/fuzz.sh csv, SharpFuzz +
/// AFL++), minimized by hand to the smallest text that shows each finding. The harness rule: only the documented
/// exceptions escape, and a table that was read can be written and read back unchanged.
/// </summary>
public class PathTableCsvFuzzRegressionTests
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
}
