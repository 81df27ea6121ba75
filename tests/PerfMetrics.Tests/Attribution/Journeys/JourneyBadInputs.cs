using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Attribution.Journeys;

/// <summary>Bad-input rows for the journeys of <c>PerfMetrics.Attribution</c>: event inputs, options, the builder, the CSV readers and the journey reports (issue 16).</summary>
internal static class JourneyBadInputs
{
    private const string Touches = "user_id,timestamp,channel\nu1,2026-03-01T10:00:00Z,search\n";
    private const string Orders = "user_id,timestamp,value\nu1,2026-03-02T10:00:00Z,25.00\n";
    private const string Entry = "JourneyBuilder.Build(IEnumerable<TouchEvent>, IEnumerable<ConversionEvent>, Currency, JourneyOptions?)";
    private const string Async = "JourneyBuilder.BuildAsync(IAsyncEnumerable<TouchEvent>, IAsyncEnumerable<ConversionEvent>, Currency, JourneyOptions?, CancellationToken)";
    private const string FromCsv = "JourneyBuilder.BuildFromCsv(TextReader, TouchCsvColumns, TextReader, ConversionCsvColumns, Currency, JourneyOptions?, DateTimeZone?)";
    private const string ReadTouches = "JourneyCsv.ReadTouches(TextReader, TouchCsvColumns?, DateTimeZone?, Currency)";
    private const string ReadConversions = "JourneyCsv.ReadConversions(TextReader, Currency, ConversionCsvColumns?, DateTimeZone?)";
    private const string Options = "new JourneyOptions(Duration?, Duration?, bool, bool, Instant?, Channel?, ChannelNormalization?)";
    private const string Touch = "new TouchEvent(string, Instant, Channel, InteractionKind, string?, Money?)";
    private const string Conversion = "new ConversionEvent(string, Instant, Money, string?)";
    private const string TouchColumns = "new TouchCsvColumns(string, string, string, string?, string?, string?)";
    private const string ConversionColumns = "new ConversionCsvColumns(string, string, string, string?, string?)";

    private static readonly Currency Usd = Currency.Usd;
    private static readonly Instant Noon = Instant.FromUtc(2026, 3, 1, 12, 0);
    private static readonly Channel Search = new("search");
    private static readonly TouchEvent[] OneTouch = [new("u1", Noon, Search)];
    private static readonly ConversionEvent[] OneSale = [new("u1", Noon, new Money(10m, Usd))];
    private static readonly PathTable Table = new PathTableBuilder(Usd).Add([Search], 1d, new Money(10m, Usd), 1d).ToPathTable();

    private static IReadOnlyList<TouchEvent> TouchCsv(string text, DateTimeZone? zone = null) =>
        JourneyCsv.ReadTouches(new StringReader(text), new TouchCsvColumns(interaction: text.Contains("kind", StringComparison.Ordinal) ? "kind" : null), zone);

    private static IReadOnlyList<ConversionEvent> OrderCsv(string text, ConversionCsvColumns? columns = null) =>
        JourneyCsv.ReadConversions(new StringReader(text), Usd, columns);

    private static JourneyBuild BuildCsv(string touches, string orders) =>
        JourneyBuilder.BuildFromCsv(new StringReader(touches), TouchCsvColumns.Default, new StringReader(orders), ConversionCsvColumns.Default, Usd);

    internal static IEnumerable<BadInputRow> Rows()
    {
        // Events
        yield return Row.Throws<ArgumentNullException>(Touch, Null, "null user id", () => new TouchEvent(null!, Noon, Search), "userId", "null");
        yield return Row.Throws<ArgumentException>(Touch, Empty, "blank user id", () => new TouchEvent(" ", Noon, Search), "userId", "must name a user");
        yield return Row.Throws<ArgumentException>(Touch, DefaultStruct, "default channel", () => new TouchEvent("u1", Noon, default), "channel", "must name a channel");
        yield return Row.Throws<ArgumentException>(Touch, OutOfRange, "undefined interaction", () => new TouchEvent("u1", Noon, Search, (InteractionKind)7), "interaction", "must be a defined InteractionKind");
        yield return Row.Throws<ArgumentOutOfRangeException>(Touch, Negative, "negative cost", () => new TouchEvent("u1", Noon, Search, cost: new Money(-1m, Usd)), "cost", "must be non-negative");
        yield return Row.Throws<ArgumentNullException>(Conversion, Null, "null user id", () => new ConversionEvent(null!, Noon, new Money(1m, Usd)), "userId", "null");
        yield return Row.Throws<ArgumentException>(Conversion, Empty, "conversion without a user id", () => new ConversionEvent("", Noon, new Money(1m, Usd)), "userId", "must name a user");
        yield return Row.Throws<ArgumentOutOfRangeException>(Conversion, Negative, "negative value", () => new ConversionEvent("u1", Noon, new Money(-1m, Usd)), "value", "must be non-negative");
        yield return Row.Throws<ArgumentException>(Conversion, DefaultStruct, "default(Money) value", () => new ConversionEvent("u1", Noon, default), "value", "must be in a currency");

        // Options
        yield return Row.Throws<ArgumentOutOfRangeException>(Options, Zero, "zero click window", () => new JourneyOptions(clickWindow: Duration.Zero), "clickWindow", "must be a positive duration");
        yield return Row.Throws<ArgumentOutOfRangeException>(Options, Negative, "negative view window", () => new JourneyOptions(viewWindow: Duration.FromHours(-1)), "viewWindow", "must be a positive duration");
        yield return Row.Throws<ArgumentException>(Options, DefaultStruct, "default direct channel", () => new JourneyOptions(directChannel: default(Channel)), "directChannel", "must name a channel or be null");
        yield return Row.Throws<ArgumentException>("new ChannelNormalization(bool, IReadOnlyDictionary<string, string>?)", Empty, "blank alias", () => new ChannelNormalization(aliases: new Dictionary<string, string> { ["adwords"] = " " }), "aliases", "must map channel names to channel names");
        yield return Row.Throws<ArgumentException>("new ChannelNormalization(bool, IReadOnlyDictionary<string, string>?)", Duplicate, "two keys equal after folding", () => new ChannelNormalization(true, new Dictionary<string, string> { ["AdWords"] = "google", ["adwords"] = "google" }), "aliases", "must not name one channel twice");

        // The builder
        yield return Row.Throws<ArgumentNullException>(Entry, Null, "null touches", () => JourneyBuilder.Build(null!, OneSale, Usd), "touches", "null");
        yield return Row.Throws<ArgumentNullException>(Entry, Null, "null conversions", () => JourneyBuilder.Build(OneTouch, null!, Usd), "conversions", "null");
        yield return Row.Throws<ArgumentException>(Entry, DefaultStruct, "default currency", () => JourneyBuilder.Build(OneTouch, OneSale, default), "currency", "must be a real currency");
        yield return Row.Throws<ArgumentException>(Entry, DefaultStruct, "default(TouchEvent)", () => JourneyBuilder.Build([default], OneSale, Usd), "touches", "touches[0] must be a touch event with a user");
        yield return Row.Throws<ArgumentException>(Entry, DefaultStruct, "default(ConversionEvent)", () => JourneyBuilder.Build(OneTouch, [default], Usd), "conversions", "conversions[0] must be a conversion event with a user");
        yield return Row.Throws<CurrencyMismatchException>(Entry, CurrencyMismatch, "a conversion in EUR", () => JourneyBuilder.Build(OneTouch, [new("u1", Noon, new Money(1m, Currency.Eur))], Usd), "conversions[0]", "EUR");
        yield return Row.Throws<ArgumentNullException>(Async, Null, "null touches", () => JourneyBuilder.BuildAsync(null!, AsyncEnumerable.Empty<ConversionEvent>(), Usd), "touches", "null");
        yield return Row.Throws<ArgumentNullException>(Async, Null, "null conversions", () => JourneyBuilder.BuildAsync(AsyncEnumerable.Empty<TouchEvent>(), null!, Usd), "conversions", "null");
        yield return Row.Throws<ArgumentException>(Async, DefaultStruct, "default currency", () => JourneyBuilder.BuildAsync(AsyncEnumerable.Empty<TouchEvent>(), AsyncEnumerable.Empty<ConversionEvent>(), default), "currency", "must be a real currency");
        yield return Row.Throws<ArgumentNullException>(FromCsv, Null, "null touches", () => JourneyBuilder.BuildFromCsv(null!, TouchCsvColumns.Default, new StringReader(Orders), ConversionCsvColumns.Default, Usd), "touches", "null");
        yield return Row.Throws<ArgumentNullException>(FromCsv, Null, "null touchColumns", () => JourneyBuilder.BuildFromCsv(new StringReader(Touches), null!, new StringReader(Orders), ConversionCsvColumns.Default, Usd), "touchColumns", "null");
        yield return Row.Throws<ArgumentNullException>(FromCsv, Null, "null conversions", () => JourneyBuilder.BuildFromCsv(new StringReader(Touches), TouchCsvColumns.Default, null!, ConversionCsvColumns.Default, Usd), "conversions", "null");
        yield return Row.Throws<ArgumentNullException>(FromCsv, Null, "null conversionColumns", () => JourneyBuilder.BuildFromCsv(new StringReader(Touches), TouchCsvColumns.Default, new StringReader(Orders), null!, Usd), "conversionColumns", "null");
        yield return Row.Throws<ArgumentException>(FromCsv, DefaultStruct, "default currency", () => JourneyBuilder.BuildFromCsv(new StringReader(Touches), TouchCsvColumns.Default, new StringReader(Orders), ConversionCsvColumns.Default, default), "currency", "must be a real currency");
        yield return Row.Throws<FormatException>(FromCsv, Empty, "empty order file", () => BuildCsv(Touches, string.Empty), null, "Line 1, column 1 (header): the file is empty");
        yield return Row.Throws<FormatException>(FromCsv, Malformed, "bad instant in the touch file", () => BuildCsv("user_id,timestamp,channel\nu1,yesterday,search\n", Orders), null, "Line 2, column 2 (timestamp): must be an ISO 8601 instant");

        // CSV readers: each message names line, column and rule
        yield return Row.Throws<ArgumentNullException>(ReadTouches, Null, "null reader", () => JourneyCsv.ReadTouches(null!), "reader", "null");
        yield return Row.Throws<ArgumentException>(ReadTouches, DefaultStruct, "cost column without a currency", () => JourneyCsv.ReadTouches(new StringReader(Touches), new TouchCsvColumns(cost: "cost")), "costCurrency", "must be a real currency");
        yield return Row.Throws<FormatException>(ReadTouches, Empty, "empty file", () => TouchCsv(string.Empty), null, "Line 1, column 1 (header): the file is empty; the first line must be a header naming the columns user_id, timestamp and channel");
        yield return Row.Throws<FormatException>(ReadTouches, Malformed, "unknown column in the mapping", () => JourneyCsv.ReadTouches(new StringReader(Touches), new TouchCsvColumns(channel: "source")), null, "Line 1, column 4 (source): unknown column \"source\" in the mapping (channel)");
        yield return Row.Throws<FormatException>(ReadTouches, Malformed, "unparseable instant", () => TouchCsv("user_id,timestamp,channel\nu1,2026-02-30T10:00:00Z,search\n"), null, "Line 2, column 2 (timestamp): must be an ISO 8601 instant such as 2026-03-01T10:00:00Z or 2026-03-01T11:00:00+01:00, was \"2026-02-30T10:00:00Z\".");
        yield return Row.Throws<FormatException>(ReadTouches, Inconsistent, "local time without a zone", () => TouchCsv("user_id,timestamp,channel\nu1,2026-03-01T10:00:00,search\n"), null, "Line 2, column 2 (timestamp): is a local date-time without an offset; pass the time zone it is in (timeZone), the machine's zone is never used");
        yield return Row.Throws<FormatException>(ReadTouches, Empty, "touch without a user id", () => TouchCsv("user_id,timestamp,channel\n,2026-03-01T10:00:00Z,search\n"), null, "Line 2, column 1 (user_id): must name a user");
        yield return Row.Throws<FormatException>(ReadTouches, Empty, "touch without a channel", () => TouchCsv("user_id,timestamp,channel\nu1,2026-03-01T10:00:00Z, \n"), null, "Line 2, column 3 (channel): must name a channel");
        yield return Row.Throws<FormatException>(ReadTouches, Malformed, "unknown interaction", () => TouchCsv("user_id,timestamp,channel,kind\nu1,2026-03-01T10:00:00Z,search,hover\n"), null, "Line 2, column 4 (kind): must be click, view or impression");
        yield return Row.Throws<FormatException>(ReadTouches, Malformed, "missing field", () => TouchCsv("user_id,timestamp,channel\nu1,2026-03-01T10:00:00Z\n"), null, "Line 2, column 3 (channel): the field is missing");
        yield return Row.Throws<ArgumentNullException>(ReadConversions, Null, "null reader", () => JourneyCsv.ReadConversions(null!, Usd), "reader", "null");
        yield return Row.Throws<ArgumentException>(ReadConversions, DefaultStruct, "default currency", () => JourneyCsv.ReadConversions(new StringReader(Orders), default), "currency", "must be a real currency");
        yield return Row.Throws<FormatException>(ReadConversions, Empty, "empty file", () => OrderCsv(string.Empty), null, "Line 1, column 1 (header): the file is empty");
        yield return Row.Throws<FormatException>(ReadConversions, Empty, "conversion without a user id", () => OrderCsv("user_id,timestamp,value\n ,2026-03-02T10:00:00Z,25.00\n"), null, "Line 2, column 1 (user_id): must name a user (a conversion without a user id cannot be put on a journey), was \" \".");
        yield return Row.Throws<FormatException>(ReadConversions, Negative, "negative value", () => OrderCsv("user_id,timestamp,value\nu1,2026-03-02T10:00:00Z,-25.00\n"), null, "Line 2, column 3 (value): must be a non-negative decimal number");
        yield return Row.Throws<FormatException>(ReadConversions, CurrencyMismatch, "a currency other than the table's", () => OrderCsv("user_id,timestamp,value,cur\nu1,2026-03-02T10:00:00Z,25.00,EUR\n", new ConversionCsvColumns(currency: "cur")), null, "Line 2, column 4 (cur): must be the currency of the table, USD");
        yield return Row.Throws<FormatException>(ReadConversions, Malformed, "unknown column in the mapping", () => OrderCsv(Orders, new ConversionCsvColumns(value: "revenue")), null, "unknown column \"revenue\" in the mapping (value)");
        yield return Row.Throws<FormatException>(ReadConversions, Malformed, "unparseable instant", () => OrderCsv("user_id,timestamp,value\nu1,02/03/2026,25.00\n"), null, "Line 2, column 2 (timestamp): must be an ISO 8601 instant");

        // Column mappings
        yield return Row.Throws<ArgumentNullException>(TouchColumns, Null, "null user id column", () => new TouchCsvColumns(userId: null!), "userId", "null");
        yield return Row.Throws<ArgumentNullException>(TouchColumns, Null, "null timestamp column", () => new TouchCsvColumns(timestamp: null!), "timestamp", "null");
        yield return Row.Throws<ArgumentNullException>(TouchColumns, Null, "null channel column", () => new TouchCsvColumns(channel: null!), "channel", "null");
        yield return Row.Throws<ArgumentException>(TouchColumns, Empty, "blank column name", () => new TouchCsvColumns(campaign: " "), "campaign", "must name a column");
        yield return Row.Throws<ArgumentException>(TouchColumns, Duplicate, "one column mapped twice", () => new TouchCsvColumns(channel: "USER_ID"), "columns", "must name different columns");
        yield return Row.Throws<ArgumentNullException>(ConversionColumns, Null, "null user id column", () => new ConversionCsvColumns(userId: null!), "userId", "null");
        yield return Row.Throws<ArgumentNullException>(ConversionColumns, Null, "null timestamp column", () => new ConversionCsvColumns(timestamp: null!), "timestamp", "null");
        yield return Row.Throws<ArgumentNullException>(ConversionColumns, Null, "null value column", () => new ConversionCsvColumns(value: null!), "value", "null");
        yield return Row.Throws<ArgumentException>(ConversionColumns, Duplicate, "one column mapped twice", () => new ConversionCsvColumns(orderId: "value"), "columns", "must name different columns");

        // Path tables: separator detection (item 4)
        yield return Row.Throws<ArgumentNullException>("PathTable.ReadCsvDetectingSeparator(TextReader, Currency)", Null, "null reader", () => PathTable.ReadCsvDetectingSeparator(null!, Usd), "reader", "null");
        yield return Row.Throws<ArgumentException>("PathTable.ReadCsvDetectingSeparator(TextReader, Currency)", DefaultStruct, "default currency", () => PathTable.ReadCsvDetectingSeparator(new StringReader("path,total_conversions\na,1\n"), default), "currency", "must be a real currency");
        yield return Row.Throws<FormatException>("PathTable.ReadCsvDetectingSeparator(TextReader, Currency)", Empty, "empty text", () => PathTable.ReadCsvDetectingSeparator(new StringReader(string.Empty), Usd), null, "Line 1, column 1 (path): the header line is missing");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Inconsistent, "arrow paths read with >", () => PathTable.ReadCsv(new StringReader("path,total_conversions\nsearch -> social,1\n"), Usd), null, "channel \"search -\" looks like a piece of the separator \"->\"");

        // Reports
        yield return Row.Throws<ArgumentNullException>("TopPathsReport.Of(PathTable, int)", Null, "null table", () => TopPathsReport.Of(null!), "table", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("TopPathsReport.Of(PathTable, int)", Zero, "zero paths", () => TopPathsReport.Of(Table, 0), "count", "must be positive");
        yield return Row.Throws<ArgumentNullException>("PathLengthReport.Of(PathTable)", Null, "null table", () => PathLengthReport.Of(null!), "table", "null");
        yield return Row.Throws<ArgumentNullException>("AssistedConversionsReport.Of(PathTable)", Null, "null table", () => AssistedConversionsReport.Of(null!), "table", "null");
    }
}
