using NodaTime;
using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Paths;

public partial class PathTableTests
{
    private const string Header = "path,total_conversions,total_conversion_value,total_null\n";
    private static readonly Currency Usd = Currency.Usd;

    private static Channel[] Path(params string[] names) => [.. names.Select(n => new Channel(n))];

    private static PathTable Read(string csv, string separator = ">") => PathTable.ReadCsv(new StringReader(csv), Usd, separator);

    [Fact]
    public void Builder_IdenticalPaths_AggregateIntoOneRow()
    {
        var table = new PathTableBuilder(Usd)
            .Add(Path("email", "search"), 2, new Money(10.50m, Usd), 3)
            .Add(Path("search"), 1, new Money(4m, Usd), 0)
            .Add(Path("email", "search"), 0.5, new Money(1.25m, Usd), 1)
            .ToPathTable();

        Assert.Equal(2, table.Count);
        Assert.Equal(new[] { new Channel("email"), new Channel("search") }, table.Channels);
        Assert.Equal(Path("email", "search"), table.Rows[0].Path);
        Assert.Equal(2.5, table.Rows[0].Conversions);
        Assert.Equal(new Money(11.75m, Usd), table.Rows[0].Value);
        Assert.Equal(4d, table.Rows[0].Nulls);
        Assert.Equal(3.5, table.TotalConversions);
        Assert.Equal(new Money(15.75m, Usd), table.TotalValue);
        Assert.Equal(4d, table.TotalNulls);
    }

    [Fact]
    public void Builder_StaysUsableAfterASnapshot()
    {
        var builder = new PathTableBuilder(Usd).Add(Path("a"), 1, new Money(1m, Usd), 0);
        var first = builder.ToPathTable();
        builder.Add(Path("a"), 1, new Money(1m, Usd), 0);
        Assert.Equal(1d, first.TotalConversions);
        Assert.Equal(2d, builder.ToPathTable().TotalConversions);
    }

    [Fact]
    public void Builder_Journeys_ConversionsCountOneAndNonConvertingJourneysCountOneNull()
    {
        var t0 = Instant.FromUtc(2026, 3, 1, 0, 0);
        var conversion = new Conversion(t0, new Money(30m, Usd), new Touchpoint(new Channel("search"), t0 - Duration.FromHours(1)), new Touchpoint(new Channel("email"), t0 - Duration.FromDays(2)));
        var table = PathTable.FromJourneys(
            [conversion, conversion],
            Usd,
            [[new Touchpoint(new Channel("email"), t0), new Touchpoint(new Channel("search"), t0)], [new Touchpoint(new Channel("display"), t0)]]);

        // The conversion's touchpoints are sorted by time: email (2 days before) then search.
        Assert.Equal(2, table.Count);
        Assert.Equal("email > search: 2 conversions, 60.00 USD, 1 nulls", table.Rows[0].ToString());
        Assert.Equal("display: 0 conversions, 0.00 USD, 1 nulls", table.Rows[1].ToString());
    }

    [Fact]
    public void Builder_BadInput_ThrowsWithTheRuleAndTheValue()
    {
        var builder = new PathTableBuilder(Usd);
        Assert.Equal("path must have at least one touchpoint (a path with no channel cannot be attributed), had none. (Parameter 'path')",
            Assert.Throws<ArgumentException>(() => builder.Add([], 1, default, 0)).Message);
        Assert.Equal("conversions must be a finite non-negative number, was -1. (Parameter 'conversions')",
            Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(Path("a"), -1, default, 0)).Message);
        Assert.Equal("nulls must be a finite non-negative number, was NaN. (Parameter 'nulls')",
            Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(Path("a"), 1, default, double.NaN)).Message);
        Assert.Equal("value must be non-negative, was -1.00 USD. (Parameter 'value')",
            Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(Path("a"), 1, new Money(-1m, Usd), 0)).Message);
        Assert.Throws<CurrencyMismatchException>(() => builder.Add(Path("a"), 1, new Money(1m, Currency.Eur), 0));
        Assert.Throws<ArgumentException>(() => builder.Add([default], 1, default, 0));
        Assert.Throws<ArgumentException>(() => new PathTableBuilder(default));
        var t0 = Instant.FromUtc(2026, 3, 1, 0, 0);
        Assert.Throws<ArgumentException>(() => builder.Add(new Conversion(t0, new Money(1m, Usd))));
    }

    [Fact]
    public void Merge_DifferentCurrencies_Throws()
    {
        var usd = new PathTableBuilder(Usd).Add(Path("a"), 1, default, 0).ToPathTable();
        var eur = new PathTableBuilder(Currency.Eur).Add(Path("a"), 1, default, 0).ToPathTable();
        Assert.Throws<CurrencyMismatchException>(() => usd.Merge(eur));
    }

    [Fact]
    public void Merge_OverlappingPaths_AddsTheirCountsAndKeepsNewChannels()
    {
        var a = new PathTableBuilder(Usd).Add(Path("a", "b"), 1, new Money(1m, Usd), 2).ToPathTable();
        var b = new PathTableBuilder(Usd).Add(Path("c"), 1, new Money(5m, Usd), 0).Add(Path("a", "b"), 2, new Money(2m, Usd), 1).ToPathTable();
        var merged = a.Merge(b);
        Assert.Equal(["a > b: 3 conversions, 3.00 USD, 3 nulls", "c: 1 conversions, 5.00 USD, 0 nulls"], merged.Rows.Select(r => r.ToString()));
    }

    [Fact]
    public void ReadCsv_ChannelAttributionLayout_ReadsEveryRow()
    {
        var table = Read(
            Header +
            "c03 > c01 > c01 > c07,2,81.37,5\r\n" +
            "\"email, promo > search\",0.5,10,0\n" +
            "  search  >display,1.25,1e1,3.5\n" +
            "c03>c01>c01>c07,1,0.63,0");

        Assert.Equal(3, table.Count);
        Assert.Equal("c03 > c01 > c01 > c07: 3 conversions, 82.00 USD, 5 nulls", table.Rows[0].ToString());
        Assert.Equal("email, promo > search: 0.5 conversions, 10.00 USD, 0 nulls", table.Rows[1].ToString());
        Assert.Equal("search > display: 1.25 conversions, 10.00 USD, 3.5 nulls", table.Rows[2].ToString());
    }

    [Fact]
    public void ReadCsv_ColumnsInAnyOrderAndOptionalColumnsMissing_Reads()
    {
        var table = Read("TOTAL_CONVERSIONS,Path\n3,a > b\n");
        Assert.Equal("a > b: 3 conversions, 0.00 USD, 0 nulls", table.Rows[0].ToString());
    }

    [Fact]
    public void ReadCsv_ConfigurableSeparator_SplitsOnIt()
    {
        var table = Read(Header + "a | b | c,1,1,0\n", "|");
        Assert.Equal(Path("a", "b", "c"), table.Rows[0].Path);
    }

    [Fact]
    public void ReadCsv_FractionalCounts_AreKeptAsGiven()
    {
        var table = Read(Header + "a,0.333333333333,1,2.75\n");
        Assert.Equal(0.333333333333, table.Rows[0].Conversions);
        Assert.Equal(2.75, table.Rows[0].Nulls);
    }

    [Fact]
    public void ReadCsv_HeaderOnly_IsAnEmptyTable()
    {
        var table = Read(Header);
        Assert.Equal(0, table.Count);
        Assert.Equal(Money.Zero(Usd), table.TotalValue);
    }

    [Theory]
    [InlineData("", "Line 1, column 1 (path): the header line is missing; expected path,total_conversions,total_conversion_value,total_null, was \"\".")]
    [InlineData("path,total_conversions,total_conversion_value,total_nul\n", "Line 1, column 4 (total_nul): unknown column; expected path, total_conversions, total_conversion_value or total_null, was \"total_nul\".")]
    [InlineData("path,path,total_conversions\n", "Line 1, column 2 (path): the column appears twice, was \"path\".")]
    [InlineData("path,total_null\n", "Line 1, column 3 (total_conversions): the header must name this column, was \"path,total_null\".")]
    [InlineData(Header + "a > b,1,2.00\n", "Line 2, column 4 (total_null): the field is missing; the header has 4 columns, the line has 3, was \"a > b,1,2.00\".")]
    [InlineData(Header + "a > b,1,2.00,0,9\n", "Line 2, column 5 (extra): unexpected extra field; the header has 4 columns, was \"a > b,1,2.00,0,9\".")]
    [InlineData(Header + "a,1,1,0\na > b,-1,2.00,0\n", "Line 3, column 2 (total_conversions): must be a finite non-negative number, was \"-1\".")]
    [InlineData(Header + "a > b,NaN,2.00,0\n", "Line 2, column 2 (total_conversions): must be a finite non-negative number, was \"NaN\".")]
    [InlineData(Header + "a > b,Infinity,2.00,0\n", "Line 2, column 2 (total_conversions): must be a finite non-negative number, was \"Infinity\".")]
    [InlineData(Header + "a > b,,2.00,0\n", "Line 2, column 2 (total_conversions): must be a finite non-negative number, was \"\".")]
    [InlineData(Header + "a > b,1,abc,0\n", "Line 2, column 3 (total_conversion_value): must be a non-negative decimal number, was \"abc\".")]
    [InlineData(Header + "a > b,1,-2.00,0\n", "Line 2, column 3 (total_conversion_value): must be a non-negative decimal number, was \"-2.00\".")]
    [InlineData(Header + "a > b,1,\"1,000.00\",0\n", "Line 2, column 3 (total_conversion_value): must be a non-negative decimal number, was \"1,000.00\".")]
    [InlineData(Header + "a > b,1,2.00,-0.5\n", "Line 2, column 4 (total_null): must be a finite non-negative number, was \"-0.5\".")]
    [InlineData(Header + ",1,2.00,0\n", "Line 2, column 1 (path): must name at least one channel, was \"\".")]
    [InlineData(Header + "   ,1,2.00,0\n", "Line 2, column 1 (path): must name at least one channel, was \"   \".")]
    [InlineData(Header + "a >  > b,1,2.00,0\n", "Line 2, column 1 (path): channel 2 is empty (nothing between two separators \">\"), was \"a >  > b\".")]
    [InlineData(Header + "a > b >,1,2.00,0\n", "Line 2, column 1 (path): channel 3 is empty (nothing between two separators \">\"), was \"a > b >\".")]
    [InlineData(Header + "\"a > b,1,2.00,0\n", "Line 2, column 1 (path): the quoted field is not closed on this line, was \"\"a > b,1,2.00,0\".")]
    [InlineData(Header + "\"a > b\"x,1,2.00,0\n", "Line 2, column 1 (path): unexpected text after the closing quote, was \"\"a > b\"x,1,2.00,0\".")]
    [InlineData(Header + "a,1,1,0\n\nb,1,1,0\n", "Line 3, column 1 (path): the line is empty (blank lines are not allowed), was \"\".")]
    public void ReadCsv_MalformedRow_ThrowsFormatExceptionNamingLineAndColumn(string csv, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => Read(csv)).Message);

    [Fact]
    public void ReadCsv_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => PathTable.ReadCsv(null!, Usd));
        Assert.Throws<ArgumentException>(() => PathTable.ReadCsv(new StringReader(Header), default));
        Assert.Equal("separator must contain a non-space character, was \" \". (Parameter 'separator')",
            Assert.Throws<ArgumentException>(() => PathTable.ReadCsv(new StringReader(Header), Usd, " ")).Message);
    }

    [Fact]
    public void WriteCsv_QuotesPathsWithCommasAndReadsBack()
    {
        var table = new PathTableBuilder(Usd)
            .Add(Path("email, promo", "say \"hi\""), 1.5, new Money(12.345m, Usd), 2)
            .Add(Path("search"), 0, default, 7)
            .ToPathTable();
        using var writer = new StringWriter();
        table.WriteCsv(writer);
        Assert.Equal(Header + "\"email, promo > say \"\"hi\"\"\",1.5,12.345,2\nsearch,0,0,7\n", writer.ToString());
        Assert.Equal(table.Rows, Read(writer.ToString()).Rows);
    }

    [Fact]
    public void WriteCsv_ChannelContainingTheSeparator_Throws()
    {
        var table = new PathTableBuilder(Usd).Add(Path("a>b"), 1, default, 0).ToPathTable();
        Assert.Throws<ArgumentException>(() => table.WriteCsv(new StringWriter()));
    }

    [Fact]
    public void ReadCsv_LongLinesAndManyRows_CrossBufferBoundaries()
    {
        var text = new System.Text.StringBuilder(Header);
        for (var i = 0; i < 5000; i++)
        {
            text.Append(string.Join(" > ", Enumerable.Range(0, (i % 40) + 1).Select(k => $"channel-{(k * 7 + i) % 13}"))).Append(",1,0.01,1\n");
        }

        var table = Read(text.ToString());
        Assert.Equal(5000d, table.Rows.Sum(r => r.Conversions));
        Assert.Equal(new Money(50m, Usd), table.TotalValue);
        Assert.Equal(13, table.Channels.Count);
    }

    [Fact]
    public void ReadCsv_FromASeekableStream_ReadsTheSameTableAsFromText()
    {
        // Reading through a StreamReader (blocks of a few KB, lines cut across blocks) gives the same table as a string.
        var text = new System.Text.StringBuilder(Header);
        for (var i = 0; i < 20_000; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"c{i % 7} > c{i % 11} > c{i % 5},{i % 3},{i % 100}.25,{i % 4}\n");
        }

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        using var reader = new StreamReader(stream);
        var fromStream = PathTable.ReadCsv(reader, Usd);
        var fromText = Read(text.ToString());
        Assert.Equal(fromText.Rows, fromStream.Rows);
        Assert.Equal(fromText.TotalValue, fromStream.TotalValue);
    }
}
