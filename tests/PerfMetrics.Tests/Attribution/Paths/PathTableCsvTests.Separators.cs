using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Paths;

/// <summary>Issue 16 item 4: a file written with another separator is detected, the error suggests it, and an option finds it.</summary>
public partial class PathTableCsvTests
{
    private const string ArrowFile = "path,total_conversions,total_conversion_value,total_null\nsearch -> social,2,30.00,1\nemail,1,5.00,0\n";

    [Fact]
    public void ReadCsv_ArrowSeparatedPathsReadWithGreaterThan_ThrowsSuggestingTheArrow()
    {
        // Read with ">", "search -> social" would split into "search -" and "social": the reader refuses and says why.
        var ex = Assert.Throws<FormatException>(() => PathTable.ReadCsv(new StringReader(ArrowFile), Currency.Usd));
        Assert.Equal(
            "Line 2, column 1 (path): channel \"search -\" looks like a piece of the separator \"->\": the paths seem to use \"->\", not \">\" (pass separator: \"->\", or read with PathTable.ReadCsvDetectingSeparator), was \"search -> social\".",
            ex.Message);
    }

    [Fact]
    public void ReadCsv_PipeSeparatedPathsReadWithGreaterThan_ThrowsSuggestingThePipe()
    {
        var ex = Assert.Throws<FormatException>(() => PathTable.ReadCsv(new StringReader("path,total_conversions\na | b,1\n"), Currency.Usd));
        Assert.Contains("the paths seem to use \"|\", not \">\"", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_TheRightSeparator_ReadsTheArrowFile()
    {
        var table = PathTable.ReadCsv(new StringReader(ArrowFile), Currency.Usd, "->");
        Assert.Equal([new Channel("search"), new Channel("social")], table.Rows[0].Path);
    }

    [Theory]
    [InlineData("search -> social", "->")]
    [InlineData("search=>social", "=>")]
    [InlineData("search > social", ">")]
    [InlineData("search|social", "|")]
    [InlineData("search \u2192 social", "\u2192")]
    [InlineData("search;social", ";")]
    public void ReadCsvDetectingSeparator_FindsTheSeparatorOfTheFile(string path, string separator)
    {
        var text = $"path,total_conversions,total_conversion_value,total_null\n\"{path}\",2,30.00,1\nemail,1,5.00,0\n";
        var detected = PathTable.ReadCsvDetectingSeparator(new StringReader(text), Currency.Usd);
        var expected = PathTable.ReadCsv(new StringReader(text), Currency.Usd, separator);
        Assert.Equal(expected.Rows, detected.Rows);
        Assert.Equal([new Channel("search"), new Channel("social")], detected.Rows[0].Path);
    }

    [Fact]
    public void ReadCsvDetectingSeparator_OnlyOneChannelPaths_ReadsThemAsIs()
    {
        var table = PathTable.ReadCsvDetectingSeparator(new StringReader("path,total_conversions\nemail,1\nsearch,2\n"), Currency.Usd);
        Assert.Equal(3d, table.TotalConversions);
        Assert.Equal(2, table.Count);
    }
}
