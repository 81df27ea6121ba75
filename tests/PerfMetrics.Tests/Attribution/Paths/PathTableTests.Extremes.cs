using System.Globalization;
using PerfMetrics.Attribution;
using static PerfMetrics.Tests.Helpers.AttributionExtremes;

namespace PerfMetrics.Tests.Attribution.Paths;

/// <summary>
/// Extremes (issue 8, item 2): a path of 100,000 touches, 1,000 channels, and a row of 10,000,000 conversions. Every
/// model either conserves credit (conversions to 1e-9 relative, value exactly to the cent, no negative credit) and gives
/// the answer worked out in the comments, or throws its documented exception. Nothing may recurse deeply (no stack
/// overflow), hang, or overflow silently. Shared tables: <see cref="AttributionExtremes"/>.
/// </summary>
public partial class PathTableTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void Csv_A100000TouchPath_RoundTripsThroughWriterAndReader()
    {
        // The path's text is about 500 KB on one line; the reader keeps it whole and aggregates nothing away.
        var table = LongPathTable();
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        table.WriteCsv(writer);
        var read = PathTable.ReadCsv(new StringReader(writer.ToString()), Usd);
        Assert.Equal(table.Count, read.Count);
        Assert.Equal(LongPath, read.Rows[0].Path.Length);
        Assert.True(table.Rows[0].Path.SequenceEqual(read.Rows[0].Path));
        Assert.Equal(table.TotalValue, read.TotalValue);
        Assert.Equal(table.TotalConversions, read.TotalConversions);
        Assert.Equal(table.TotalNulls, read.TotalNulls);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void PathTable_TenMillionConversionsInOneRow_TotalsAreExact()
    {
        var table = TenMillionTable();
        Assert.Equal(10_000_001d, table.TotalConversions);
        Assert.Equal(5_000_000d, table.TotalNulls);
        Assert.Equal(1_234_500_000.05m, table.TotalValue.Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void ReadCsv_TenMillionConversionsInOneRow_KeepsTheCountExact()
    {
        // The count is parsed as a double: 10,000,000 and its sum with the repeated row (20,000,000) are exact.
        const string Csv = "path,total_conversions,total_conversion_value,total_null\n"
            + "a > b > c,10000000,1234500000.00,5000000\n"
            + "a > b > c,10000000,1234500000.00,5000000\n";
        var table = PathTable.ReadCsv(new StringReader(Csv), Usd);
        Assert.Equal(1, table.Count);
        Assert.Equal(20_000_000d, table.TotalConversions);
        Assert.Equal(2_469_000_000.00m, table.TotalValue.Amount);
        Assert.Equal(10_000_000d, table.TotalNulls);
    }
}
