using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Attribution;

/// <summary>Bad-input rows for <c>PerfMetrics.Attribution</c>: path tables and their CSV reader, models, the engine, reports (SPEC §4).</summary>
internal static class AttributionBadInputs
{
    private const string Header = "path,total_conversions,total_conversion_value,total_null\n";

    private static readonly Currency Usd = Currency.Usd;
    private static readonly Currency Eur = Currency.Eur;
    private static readonly Money TenUsd = new(10m, Usd);
    private static readonly Channel Email = new("email");
    private static readonly Channel Search = new("search");
    private static readonly Instant Noon = Instant.FromUtc(2026, 3, 1, 12, 0);
    private static readonly Conversion Sale = new(Noon, TenUsd, new Touchpoint(Email, Noon - Duration.FromDays(1)), new Touchpoint(Search, Noon));
    private static readonly Conversion NoTouch = new(Noon, TenUsd);

    private static PathTable Table(Currency currency) =>
        new PathTableBuilder(currency).Add([Email, Search], 2d, new Money(30m, currency), 1d).Add([Search], 1d, new Money(10m, currency), 3d).ToPathTable();

    private static PathTable UsdTable => Table(Usd);

    /// <summary>A path with 5.00 USD of value, no conversion and one null: nothing to credit the value by.</summary>
    private static PathTable ValueWithoutConversions => new PathTableBuilder(Usd).Add([new Channel("tv")], 0, new Money(5m, Usd), 1).ToPathTable();

    /// <summary>Asks a model for the weights of the one-touch path <c>a</c>.</summary>
    private static void WeighOnePath(IAttributionModel model)
    {
        Span<double> weights = stackalloc double[1];
        model.Weigh(new AttributionPath([0], [new Channel("a")], model.Name), weights);
    }

    private static PathTable Csv(string text) => PathTable.ReadCsv(new StringReader(text), Usd);

    // (46,341 + 1)^4 > 2^62: order-4 states of this many channels cannot be numbered in 62 bits.
    private static readonly Lazy<PathTable> TooManyForOrder4 = new(() => ManyChannels(46_341));

    private static PathTable ManyChannels(int count)
    {
        var builder = new PathTableBuilder(Usd);
        for (var i = 0; i < count; i++)
        {
            builder.Add([new Channel("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))], 1d, TenUsd, 1d);
        }

        return builder.ToPathTable();
    }

    internal static IEnumerable<BadInputRow> Rows()
    {
        // PathTableBuilder
        yield return Row.Throws<ArgumentException>("new PathTableBuilder(Currency)", DefaultStruct, "default currency", () => new PathTableBuilder(default), "currency", "must be a real currency");
        yield return Row.Throws<ArgumentNullException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", Null, "null path", () => new PathTableBuilder(Usd).Add(null!, 1d, TenUsd, 0d), "path", "null");
        yield return Row.Throws<ArgumentException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", Empty, "empty path", () => new PathTableBuilder(Usd).Add([], 1d, TenUsd, 0d), "path", "must have at least one touchpoint");
        yield return Row.Throws<ArgumentException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", DefaultStruct, "default channel", () => new PathTableBuilder(Usd).Add([Email, default], 1d, TenUsd, 0d), "path", "path[1] must name a channel");
        yield return Row.Throws<ArgumentOutOfRangeException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", Negative, "negative conversions", () => new PathTableBuilder(Usd).Add([Email], -1d, TenUsd, 0d), "conversions", "must be a finite non-negative number");
        yield return Row.Throws<ArgumentOutOfRangeException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", NaN, "NaN conversions", () => new PathTableBuilder(Usd).Add([Email], double.NaN, TenUsd, 0d), "conversions", "must be a finite non-negative number");
        yield return Row.Throws<ArgumentOutOfRangeException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", Infinity, "infinite conversions", () => new PathTableBuilder(Usd).Add([Email], double.PositiveInfinity, TenUsd, 0d), "conversions", "must be a finite non-negative number");
        yield return Row.Throws<ArgumentOutOfRangeException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", NaN, "NaN nulls", () => new PathTableBuilder(Usd).Add([Email], 1d, TenUsd, double.NaN), "nulls", "must be a finite non-negative number");
        yield return Row.Throws<ArgumentOutOfRangeException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", Infinity, "negative infinite nulls", () => new PathTableBuilder(Usd).Add([Email], 1d, TenUsd, double.NegativeInfinity), "nulls", "must be a finite non-negative number");
        yield return Row.Throws<ArgumentOutOfRangeException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", Negative, "negative value", () => new PathTableBuilder(Usd).Add([Email], 1d, new Money(-1m, Usd), 0d), "value", "must be non-negative");
        yield return Row.Throws<CurrencyMismatchException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", CurrencyMismatch, "EUR value in a USD table", () => new PathTableBuilder(Usd).Add([Email], 1d, new Money(1m, Eur), 0d), "value", "cannot be combined");
        yield return Row.Throws<OverflowException>("PathTableBuilder.Add(IEnumerable<Channel>, double, Money, double)", Overflow, "path value beyond decimal", () => new PathTableBuilder(Usd).Add([Email], 1d, new Money(decimal.MaxValue, Usd), 0d).Add([Email], 1d, new Money(decimal.MaxValue, Usd), 0d), null, "overflow");
        yield return Row.Throws<ArgumentNullException>("PathTableBuilder.Add(Conversion)", Null, "null conversion", () => new PathTableBuilder(Usd).Add((Conversion)null!), "conversion", "null");
        yield return Row.Throws<ArgumentException>("PathTableBuilder.Add(Conversion)", Empty, "no touchpoints", () => new PathTableBuilder(Usd).Add(NoTouch), "conversion", "must have at least one touchpoint");
        yield return Row.Throws<CurrencyMismatchException>("PathTableBuilder.Add(Conversion)", CurrencyMismatch, "USD conversion in a EUR table", () => new PathTableBuilder(Eur).Add(Sale), "conversion", "cannot be combined");
        yield return Row.Throws<ArgumentNullException>("PathTableBuilder.AddNonConverting(IEnumerable<Touchpoint>)", Null, "null journey", () => new PathTableBuilder(Usd).AddNonConverting(null!), "journey", "null");
        yield return Row.Throws<ArgumentException>("PathTableBuilder.AddNonConverting(IEnumerable<Touchpoint>)", Empty, "empty journey", () => new PathTableBuilder(Usd).AddNonConverting([]), "journey", "must have at least one touchpoint");
        yield return Row.Throws<ArgumentException>("PathTableBuilder.AddNonConverting(IEnumerable<Touchpoint>)", DefaultStruct, "default touchpoint", () => new PathTableBuilder(Usd).AddNonConverting([default]), "journey", "journey[0] must name a channel");
        yield return Row.Throws<ArgumentNullException>("PathTableBuilder.Add(PathTable)", Null, "null table", () => new PathTableBuilder(Usd).Add((PathTable)null!), "table", "null");
        yield return Row.Throws<CurrencyMismatchException>("PathTableBuilder.Add(PathTable)", CurrencyMismatch, "EUR table into USD", () => new PathTableBuilder(Usd).Add(Table(Eur)), "table", "cannot be combined");

        // PathTable
        yield return Row.Throws<ArgumentNullException>("PathTable.Merge(PathTable)", Null, "null other", () => UsdTable.Merge(null!), "other", "null");
        yield return Row.Throws<CurrencyMismatchException>("PathTable.Merge(PathTable)", CurrencyMismatch, "USD and EUR tables", () => UsdTable.Merge(Table(Eur)), "other", "cannot be combined");
        yield return Row.Throws<ArgumentNullException>("PathTable.FromJourneys(IEnumerable<Conversion>, Currency, IEnumerable<IEnumerable<Touchpoint>>?)", Null, "null conversions", () => PathTable.FromJourneys(null!, Usd), "conversions", "null");
        yield return Row.Throws<ArgumentException>("PathTable.FromJourneys(IEnumerable<Conversion>, Currency, IEnumerable<IEnumerable<Touchpoint>>?)", Null, "null conversion item", () => PathTable.FromJourneys([Sale, null!], Usd), "conversions", "conversions[1] must not be null");
        yield return Row.Throws<ArgumentException>("PathTable.FromJourneys(IEnumerable<Conversion>, Currency, IEnumerable<IEnumerable<Touchpoint>>?)", Empty, "conversion without touchpoints", () => PathTable.FromJourneys([Sale, NoTouch], Usd), "conversions", "conversions[1] must have at least one touchpoint");
        yield return Row.Throws<ArgumentException>("PathTable.FromJourneys(IEnumerable<Conversion>, Currency, IEnumerable<IEnumerable<Touchpoint>>?)", DefaultStruct, "default currency", () => PathTable.FromJourneys([Sale], default), "currency", "must be a real currency");
        yield return Row.Throws<CurrencyMismatchException>("PathTable.FromJourneys(IEnumerable<Conversion>, Currency, IEnumerable<IEnumerable<Touchpoint>>?)", CurrencyMismatch, "USD conversion, EUR table", () => PathTable.FromJourneys([Sale], Eur), "conversions[0]", "cannot be combined");
        yield return Row.Throws<ArgumentException>("PathTable.FromJourneys(IEnumerable<Conversion>, Currency, IEnumerable<IEnumerable<Touchpoint>>?)", Null, "null non-converting journey", () => PathTable.FromJourneys([Sale], Usd, [null!]), "nonConverting", "nonConverting[0] must not be null");
        yield return Row.Throws<ArgumentException>("PathTable.FromJourneys(IEnumerable<Conversion>, Currency, IEnumerable<IEnumerable<Touchpoint>>?)", Empty, "empty non-converting journey", () => PathTable.FromJourneys([Sale], Usd, [[new Touchpoint(Email, Noon)], []]), "nonConverting", "nonConverting[1] must have at least one touchpoint");
        yield return Row.Throws<ArgumentNullException>("PathTable.WriteCsv(TextWriter, string)", Null, "null writer", () => UsdTable.WriteCsv(null!), "writer", "null");
        yield return Row.Throws<ArgumentNullException>("PathTable.WriteCsv(TextWriter, string)", Null, "null separator", () => UsdTable.WriteCsv(new StringWriter(), null!), "separator", "null");
        yield return Row.Throws<ArgumentException>("PathTable.WriteCsv(TextWriter, string)", Empty, "blank separator", () => UsdTable.WriteCsv(new StringWriter(), "  "), "separator", "must contain a non-space character");
        yield return Row.Throws<ArgumentException>("PathTable.WriteCsv(TextWriter, string)", Inconsistent, "separator inside a channel name", () => UsdTable.WriteCsv(new StringWriter(), "ail"), "separator", "must not occur in a channel name");

        // PathTable.ReadCsv: arguments, then malformed text (each message names line and column)
        yield return Row.Throws<ArgumentNullException>("PathTable.ReadCsv(TextReader, Currency, string)", Null, "null reader", () => PathTable.ReadCsv(null!, Usd), "reader", "null");
        yield return Row.Throws<ArgumentNullException>("PathTable.ReadCsv(TextReader, Currency, string)", Null, "null separator", () => PathTable.ReadCsv(new StringReader(Header), Usd, null!), "separator", "null");
        yield return Row.Throws<ArgumentException>("PathTable.ReadCsv(TextReader, Currency, string)", Empty, "blank separator", () => PathTable.ReadCsv(new StringReader(Header), Usd, " "), "separator", "must contain a non-space character");
        yield return Row.Throws<ArgumentException>("PathTable.ReadCsv(TextReader, Currency, string)", DefaultStruct, "default currency", () => PathTable.ReadCsv(new StringReader(Header), default), "currency", "must be a real currency");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Empty, "empty text", () => Csv(string.Empty), null, "Line 1, column 1 (path): the header line is missing");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Malformed, "unknown column", () => Csv("path,total_conversions,clicks\n"), null, "Line 1, column 3 (clicks): unknown column");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Duplicate, "column twice", () => Csv("path,total_conversions,path\n"), null, "Line 1, column 3 (path): the column appears twice");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Malformed, "conversions column missing", () => Csv("path,total_null\n"), null, "Line 1, column 3 (total_conversions): the header must name this column");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Empty, "blank line", () => Csv(Header + "a > b,1,10,0\n\nc,1,1,0\n"), null, "Line 3, column 1 (path): the line is empty");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Malformed, "field missing", () => Csv(Header + "a > b,1,10\n"), null, "Line 2, column 4 (total_null): the field is missing");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Malformed, "extra field", () => Csv(Header + "a > b,1,10,0,7\n"), null, "Line 2, column 5 (extra): unexpected extra field");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Malformed, "unclosed quote", () => Csv(Header + "\"a > b,1,10,0\n"), null, "Line 2, column 1 (path): the quoted field is not closed");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Malformed, "text after closing quote", () => Csv(Header + "\"a > b\"x,1,10,0\n"), null, "Line 2, column 1 (path): unexpected text after the closing quote");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Empty, "empty path", () => Csv(Header + ",1,10,0\n"), null, "Line 2, column 1 (path): must name at least one channel");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Empty, "empty channel between separators", () => Csv(Header + "a > > b,1,10,0\n"), null, "Line 2, column 1 (path): channel 2 is empty");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Negative, "negative conversions", () => Csv(Header + "a,-1,10,0\n"), null, "Line 2, column 2 (total_conversions): must be a finite non-negative number");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", NaN, "NaN conversions", () => Csv(Header + "a,NaN,10,0\n"), null, "Line 2, column 2 (total_conversions): must be a finite non-negative number");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Infinity, "infinite nulls", () => Csv(Header + "a,1,10,Infinity\n"), null, "Line 2, column 4 (total_null): must be a finite non-negative number");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Overflow, "conversions beyond double", () => Csv(Header + "a,1e400,10,0\n"), null, "Line 2, column 2 (total_conversions): must be a finite non-negative number");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Malformed, "conversions not a number", () => Csv(Header + "a,one,10,0\n"), null, "Line 2, column 2 (total_conversions): must be a finite non-negative number");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Negative, "negative value", () => Csv(Header + "a,1,-10,0\n"), null, "Line 2, column 3 (total_conversion_value): must be a non-negative decimal number");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Malformed, "value with a currency", () => Csv(Header + "a,1,10 USD,0\n"), null, "Line 2, column 3 (total_conversion_value): must be a non-negative decimal number");
        yield return Row.Throws<FormatException>("PathTable.ReadCsv(TextReader, Currency, string)", Overflow, "value beyond decimal", () => Csv(Header + "a,1,1e40,0\n"), null, "Line 2, column 3 (total_conversion_value): must be a non-negative decimal number");

        // Models
        yield return Row.Throws<ArgumentNullException>("AttributionModels.LastNonDirect(IEnumerable<Channel>)", Null, "null direct channels", () => AttributionModels.LastNonDirect(null!), "directChannels", "null");
        yield return Row.Throws<ArgumentException>("AttributionModels.LastNonDirect(IEnumerable<Channel>)", DefaultStruct, "default channel", () => AttributionModels.LastNonDirect([default]), "directChannels", "must name a channel");
        yield return Row.Throws<ArgumentOutOfRangeException>("AttributionModels.PositionBased(double, double)", Negative, "negative first share", () => AttributionModels.PositionBased(-0.1, 0.4), "firstShare", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentOutOfRangeException>("AttributionModels.PositionBased(double, double)", NaN, "NaN first share", () => AttributionModels.PositionBased(double.NaN, 0.4), "firstShare", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentOutOfRangeException>("AttributionModels.PositionBased(double, double)", Infinity, "infinite last share", () => AttributionModels.PositionBased(0.4, double.PositiveInfinity), "lastShare", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentOutOfRangeException>("AttributionModels.PositionBased(double, double)", OutOfRange, "40 meant as 40%", () => AttributionModels.PositionBased(40, 40), "firstShare", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentOutOfRangeException>("AttributionModels.PositionBased(double, double)", Inconsistent, "shares sum above 1", () => AttributionModels.PositionBased(0.6, 0.6), "lastShare", "plus firstShare (0.6) must be at most 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("AttributionModels.TimeDecay(Duration?)", Zero, "zero half-life", () => AttributionModels.TimeDecay(Duration.Zero), "halfLife", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("AttributionModels.TimeDecay(Duration?)", Negative, "negative half-life", () => AttributionModels.TimeDecay(Duration.FromDays(-7)), "halfLife", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("new MarkovOptions(int, bool, MarkovValueMode, int)", Zero, "order 0", () => new MarkovOptions(0), "order", "must be from 1 to 4");
        yield return Row.Throws<ArgumentOutOfRangeException>("new MarkovOptions(int, bool, MarkovValueMode, int)", OutOfRange, "order 5", () => new MarkovOptions(5), "order", "must be from 1 to 4");
        yield return Row.Throws<ArgumentOutOfRangeException>("new MarkovOptions(int, bool, MarkovValueMode, int)", OutOfRange, "undefined value mode", () => new MarkovOptions(1, false, (MarkovValueMode)5), "valueMode", "must be ValueWeighted or ConversionShare");

        // The engine and the model interface
        yield return Row.Throws<ArgumentNullException>("AttributionEngine.Attribute(PathTable, IAttributionModel)", Null, "null table", () => AttributionEngine.Attribute((PathTable)null!, AttributionModels.Linear), "table", "null");
        yield return Row.Throws<ArgumentNullException>("AttributionEngine.Attribute(PathTable, IAttributionModel)", Null, "null model", () => AttributionEngine.Attribute(UsdTable, null!), "model", "null");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Attribute(PathTable, IAttributionModel)", NaN, "model returns NaN", () => AttributionEngine.Attribute(UsdTable, new ProbeModel((_, w) => w[0] = double.NaN)), "model", "must return finite non-negative weights");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Attribute(PathTable, IAttributionModel)", Infinity, "model returns infinity", () => AttributionEngine.Attribute(UsdTable, new ProbeModel((_, w) => w[0] = double.PositiveInfinity)), "model", "must return finite non-negative weights");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Attribute(PathTable, IAttributionModel)", Negative, "model returns a negative weight", () => AttributionEngine.Attribute(UsdTable, new ProbeModel((_, w) => w[0] = -1d)), "model", "must return finite non-negative weights");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Attribute(PathTable, IAttributionModel)", Zero, "model returns all zero", () => AttributionEngine.Attribute(UsdTable, new ProbeModel((_, _) => { })), "model", "must give at least one touch a positive weight");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Attribute(PathTable, IAttributionModel)", Inconsistent, "time decay on a table without timestamps", () => AttributionEngine.Attribute(UsdTable, AttributionModels.TimeDecay()), "model", "needs touch timestamps");
        yield return Row.Throws<ArgumentNullException>("AttributionEngine.Attribute(IEnumerable<Conversion>, Currency, IAttributionModel)", Null, "null conversions", () => AttributionEngine.Attribute((IEnumerable<Conversion>)null!, Usd, AttributionModels.Linear), "conversions", "null");
        yield return Row.Throws<ArgumentNullException>("AttributionEngine.Attribute(IEnumerable<Conversion>, Currency, IAttributionModel)", Null, "null model", () => AttributionEngine.Attribute([Sale], Usd, null!), "model", "null");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Attribute(IEnumerable<Conversion>, Currency, IAttributionModel)", Null, "null item", () => AttributionEngine.Attribute([Sale, null!], Usd, AttributionModels.Linear), "conversions", "conversions[1] must not be null");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Attribute(IEnumerable<Conversion>, Currency, IAttributionModel)", Empty, "conversion without touchpoints", () => AttributionEngine.Attribute([NoTouch], Usd, AttributionModels.Linear), "conversions", "conversions[0] must have at least one touchpoint");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Attribute(IEnumerable<Conversion>, Currency, IAttributionModel)", DefaultStruct, "default currency", () => AttributionEngine.Attribute([Sale], default, AttributionModels.Linear), "currency", "must be a real currency");
        yield return Row.Throws<CurrencyMismatchException>("AttributionEngine.Attribute(IEnumerable<Conversion>, Currency, IAttributionModel)", CurrencyMismatch, "USD conversion, EUR result", () => AttributionEngine.Attribute([Sale], Eur, AttributionModels.Linear), "conversions[0]", "cannot be combined");
        yield return Row.Throws<ArgumentNullException>("ModelComparison.Get(string)", Null, "null model name", () => AttributionEngine.Compare(UsdTable, [AttributionModels.Linear]).Get(null!), "modelName", "null");
        yield return Row.Throws<ArgumentNullException>("AttributionEngine.Compare(PathTable, IEnumerable<IAttributionModel>)", Null, "null table", () => AttributionEngine.Compare((PathTable)null!, [AttributionModels.Linear]), "table", "null");
        yield return Row.Throws<ArgumentNullException>("AttributionEngine.Compare(PathTable, IEnumerable<IAttributionModel>)", Null, "null models", () => AttributionEngine.Compare(UsdTable, null!), "models", "null");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Compare(PathTable, IEnumerable<IAttributionModel>)", Empty, "no models", () => AttributionEngine.Compare(UsdTable, []), "models", "models must hold at least one model");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Compare(PathTable, IEnumerable<IAttributionModel>)", Null, "null model item", () => AttributionEngine.Compare(UsdTable, [AttributionModels.Linear, null!]), "models", "models[1] must not be null");
        yield return Row.Throws<ArgumentNullException>("AttributionEngine.Compare(IEnumerable<Conversion>, Currency, IEnumerable<IAttributionModel>)", Null, "null conversions", () => AttributionEngine.Compare((IEnumerable<Conversion>)null!, Usd, [AttributionModels.Linear]), "conversions", "null");
        yield return Row.Throws<ArgumentNullException>("AttributionEngine.Compare(IEnumerable<Conversion>, Currency, IEnumerable<IAttributionModel>)", Null, "null models", () => AttributionEngine.Compare([Sale], Usd, null!), "models", "null");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Compare(IEnumerable<Conversion>, Currency, IEnumerable<IAttributionModel>)", Empty, "no models", () => AttributionEngine.Compare([Sale], Usd, []), "models", "models must hold at least one model");
        yield return Row.Throws<CurrencyMismatchException>("AttributionEngine.Compare(IEnumerable<Conversion>, Currency, IEnumerable<IAttributionModel>)", CurrencyMismatch, "USD conversion, EUR result", () => AttributionEngine.Compare([Sale], Eur, [AttributionModels.Linear]), "conversions[0]", "cannot be combined");
        yield return Row.Throws<ArgumentOutOfRangeException>("AttributionPath[int]", OutOfRange, "index past the end", () => AttributionEngine.Attribute(UsdTable, new ProbeModel((p, w) => w[0] = p[p.Length].Name.Length)), "index", "must be between 0 and");
        yield return Row.Throws<ArgumentOutOfRangeException>("AttributionPath[int]", Negative, "negative index", () => AttributionEngine.Attribute(UsdTable, new ProbeModel((p, w) => w[0] = p[-1].Name.Length)), "index", "must be between 0 and");
        yield return Row.Throws<ArgumentOutOfRangeException>("AttributionPath.TouchedAt(int)", OutOfRange, "index past the end", () => AttributionEngine.Attribute([Sale], Usd, new ProbeModel((p, w) => w[0] = p.TouchedAt(5).ToUnixTimeTicks())), "index", "must be between 0 and");
        yield return Row.Throws<ArgumentException>("AttributionPath.TouchedAt(int)", Inconsistent, "path table has no timestamps", () => AttributionEngine.Attribute(UsdTable, new ProbeModel((p, w) => w[0] = p.TouchedAt(0).ToUnixTimeTicks())), "model", "needs touch timestamps");
        yield return Row.Throws<ArgumentException>("IAttributionModel.Weigh(AttributionPath, Span<double>)", Inconsistent, "weights shorter than the path", () => AttributionEngine.Attribute(UsdTable, new ProbeModel((p, w) => AttributionModels.FirstTouch.Weigh(p, w[..0]))), "weights", "must have one entry per touch");
        yield return Row.Throws<ArgumentException>("IAttributionModel.Weigh(AttributionPath, Span<double>)", Inconsistent, "weights longer than the path", () => AttributionEngine.Attribute(UsdTable, new ProbeModel((p, w) => AttributionModels.Linear.Weigh(p, new double[p.Length + 1]))), "weights", "must have one entry per touch");

        // Data-driven models
        yield return Row.Throws<ArgumentNullException>("MarkovCounts.Of(PathTable, MarkovOptions?)", Null, "null table", () => MarkovCounts.Of(null!), "table", "null");
        yield return Row.Throws<ArgumentNullException>("MarkovCounts.OfPartitions(IReadOnlyList<PathTable>, MarkovOptions?)", Null, "null partitions", () => MarkovCounts.OfPartitions(null!), "partitions", "null");
        yield return Row.Throws<ArgumentException>("MarkovCounts.OfPartitions(IReadOnlyList<PathTable>, MarkovOptions?)", Empty, "no partitions", () => MarkovCounts.OfPartitions([]), "partitions", "must hold at least one path table");
        yield return Row.Throws<ArgumentException>("MarkovCounts.OfPartitions(IReadOnlyList<PathTable>, MarkovOptions?)", Null, "null partition", () => MarkovCounts.OfPartitions([UsdTable, null!]), "partitions", "partitions[1] must not be null");
        yield return Row.Throws<ArgumentOutOfRangeException>("new MarkovOptions(int, bool, MarkovValueMode, int)", Zero, "parallelism 0", () => new MarkovOptions(maxDegreeOfParallelism: 0), "maxDegreeOfParallelism", "must be -1 (no limit) or positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("new MarkovOptions(int, bool, MarkovValueMode, int)", Negative, "parallelism -2", () => new MarkovOptions(maxDegreeOfParallelism: -2), "maxDegreeOfParallelism", "must be -1 (no limit) or positive");
        yield return Row.Throws<CurrencyMismatchException>("MarkovCounts.OfPartitions(IReadOnlyList<PathTable>, MarkovOptions?)", CurrencyMismatch, "USD and EUR partitions", () => MarkovCounts.OfPartitions([UsdTable, Table(Eur)]), "partitions[1]", "cannot be combined");
        yield return Row.Throws<ArgumentNullException>("MarkovCounts.Merge(MarkovCounts)", Null, "null other", () => MarkovCounts.Of(UsdTable).Merge(null!), "other", "null");
        yield return Row.Throws<ArgumentException>("MarkovCounts.Merge(MarkovCounts)", Inconsistent, "orders differ", () => MarkovCounts.Of(UsdTable).Merge(MarkovCounts.Of(UsdTable, new MarkovOptions(2))), "other", "must have the same order and repeat handling");
        yield return Row.Throws<CurrencyMismatchException>("MarkovCounts.Merge(MarkovCounts)", CurrencyMismatch, "USD and EUR counts", () => MarkovCounts.Of(UsdTable).Merge(MarkovCounts.Of(Table(Eur))), "other", "cannot be combined");
        yield return Row.Throws<ArgumentException>("MarkovCounts.Of(PathTable, MarkovOptions?)", OutOfRange, "order 4 over 46,341 channels (states beyond 62 bits)", () => MarkovCounts.Of(TooManyForOrder4.Value, new MarkovOptions(4)), "table", "has too many channels for Markov states of order 4");
        yield return Row.Throws<ArgumentNullException>("MarkovModel.Fit(PathTable, MarkovOptions?)", Null, "null table", () => MarkovModel.Fit((PathTable)null!), "table", "null");
        yield return Row.Throws<ArgumentException>("MarkovModel.Fit(PathTable, MarkovOptions?)", OutOfRange, "order 4 over 46,341 channels (states beyond 62 bits)", () => MarkovModel.Fit(TooManyForOrder4.Value, new MarkovOptions(4)), "table", "has too many channels for Markov states of order 4");
        yield return Row.Throws<ArgumentNullException>("MarkovModel.Fit(MarkovCounts, MarkovOptions?)", Null, "null counts", () => MarkovModel.Fit((MarkovCounts)null!), "counts", "null");
        yield return Row.Throws<ArgumentException>("MarkovModel.Fit(MarkovCounts, MarkovOptions?)", Inconsistent, "options of another order than the counts", () => MarkovModel.Fit(MarkovCounts.Of(UsdTable), new MarkovOptions(2)), "options", "must have the order and repeat handling of the counts");
        yield return Row.Throws<ArgumentNullException>("ShapleyModel.Fit(PathTable)", Null, "null table", () => ShapleyModel.Fit(null!), "table", "null");
        yield return Row.Throws<ArgumentException>("ShapleyModel.Fit(PathTable)", OutOfRange, "21 channels", () => ShapleyModel.Fit(ManyChannels(21)), "table", "must have at most 20 channels");

        // Results and reports
        yield return Row.Throws<ArgumentNullException>("ChannelList<T>.Get(string)", Null, "null name", () => AttributionEngine.Attribute(UsdTable, AttributionModels.Linear).Channels.Get((string)null!), "name", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("ChannelList<T>[int]", OutOfRange, "index past the end", () => AttributionEngine.Attribute(UsdTable, AttributionModels.Linear).Channels[99], "index", "must be between 0 and");
        yield return Row.Throws<ArgumentOutOfRangeException>("ChannelList<T>[int]", Negative, "negative index", () => AttributionEngine.Attribute(UsdTable, AttributionModels.Linear).Channels[-1], "index", "must be between 0 and");

        // Data-driven models in the engine
        yield return Row.Throws<InvalidOperationException>("AttributionEngine.Attribute(PathTable, IAttributionModel)", Inconsistent, "Markov: value but not a single conversion", () => AttributionEngine.Attribute(ValueWithoutConversions, AttributionModels.Markov()), null, "5.00 USD of value cannot be credited");
        yield return Row.Throws<InvalidOperationException>("AttributionEngine.Attribute(PathTable, IAttributionModel)", Inconsistent, "Shapley fitted elsewhere knows none of the channels", () => AttributionEngine.Attribute(Table(Usd), ShapleyModel.Fit(ValueWithoutConversions)), null, "no channel of the table has a positive share");
        yield return Row.Throws<InvalidOperationException>("AttributionEngine.Compare(PathTable, IEnumerable<IAttributionModel>)", Inconsistent, "Shapley: value but not a single conversion", () => AttributionEngine.Compare(ValueWithoutConversions, [AttributionModels.Linear, AttributionModels.Shapley]), null, "5.00 USD of value cannot be credited");
        yield return Row.Throws<ArgumentException>("AttributionEngine.Attribute(PathTable, IAttributionModel)", OutOfRange, "Shapley over 21 channels", () => AttributionEngine.Attribute(ManyChannels(21), AttributionModels.Shapley), "table", "must have at most 20 channels");
        yield return Row.Throws<ArgumentException>("IAttributionModel.Weigh(AttributionPath, Span<double>)", Inconsistent, "a fitted Markov model asked for one path's weights", () => WeighOnePath(MarkovModel.Fit(UsdTable)), "path", "credits a whole path table");
        yield return Row.Throws<ArgumentException>("IAttributionModel.Weigh(AttributionPath, Span<double>)", Inconsistent, "the Shapley model asked for one path's weights", () => WeighOnePath(AttributionModels.Shapley), "path", "credits a whole path table");
        yield return Row.Throws<ArgumentNullException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, Money?)", Null, "null attribution", () => ChannelReport.Of(null!, []), "attribution", "null");
        yield return Row.Throws<ArgumentNullException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, Money?)", Null, "null spends", () => ChannelReport.Of(AttributionEngine.Attribute(UsdTable, AttributionModels.Linear), null!), "spends", "null");
        yield return Row.Throws<ArgumentException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, Money?)", Null, "null spend", () => ChannelReport.Of(AttributionEngine.Attribute(UsdTable, AttributionModels.Linear), [null!]), "spends", "spends[0] must not be null");
        yield return Row.Throws<ArgumentOutOfRangeException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, Money?)", Negative, "negative unit margin", () => ChannelReport.Of(AttributionEngine.Attribute(UsdTable, AttributionModels.Linear), [], new Money(-1m, Usd)), "unitMargin", "must be non-negative");
        yield return Row.Throws<CurrencyMismatchException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, Money?)", CurrencyMismatch, "EUR unit margin", () => ChannelReport.Of(AttributionEngine.Attribute(UsdTable, AttributionModels.Linear), [], new Money(1m, Eur)), "unitMargin", "cannot be combined");
        yield return Row.Throws<CurrencyMismatchException>("ChannelReport.Of(AttributionResult, IEnumerable<Spend>, Money?)", CurrencyMismatch, "EUR spend", () => ChannelReport.Of(AttributionEngine.Attribute(UsdTable, AttributionModels.Linear), [new Spend(Email, new Money(1m, Eur), new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 2)))]), "spends[0]", "cannot be combined");
    }

    internal static IEnumerable<TryBadInputRow> TryRows()
    {
        yield break;
    }

    internal static IEnumerable<UndefinedRow> UndefinedRows()
    {
        yield return Row.Null("ChannelList<T>.Get(Channel)", Inconsistent, "channel not in the input", () => AttributionEngine.Attribute(UsdTable, AttributionModels.Linear).Channels.Get(new Channel("tv")));
        yield return Row.Null("ChannelList<T>.Get(Channel)", DefaultStruct, "default channel", () => AttributionEngine.Attribute(UsdTable, AttributionModels.Linear).Channels.Get(default(Channel)));
        yield return Row.Null("ChannelList<T>.Get(string)", Inconsistent, "name not in the input", () => AttributionEngine.Attribute(UsdTable, AttributionModels.Linear).Channels.Get("tv"));
        yield return Row.Null("ChannelList<T>.Get(string)", Empty, "empty name", () => AttributionEngine.Attribute(UsdTable, AttributionModels.Linear).Channels.Get(string.Empty));
        yield return Row.Null("ChannelList<T>.Get(Channel)", Inconsistent, "Markov: channel not in the chain", () => MarkovModel.Fit(UsdTable).RemovalEffects.Get(new Channel("tv")));
        yield return Row.Null("ChannelList<T>.Get(Channel)", DefaultStruct, "Markov: default channel", () => MarkovModel.Fit(UsdTable).RemovalEffects.Get(default(Channel)));
        yield return Row.Null("ChannelList<T>.Get(string)", Inconsistent, "Shapley: channel not in the table", () => ShapleyModel.Fit(UsdTable).Values.Get("tv"));
    }

    /// <summary>A custom model that runs a probe against the path and its weights (to reach AttributionPath members).</summary>
    private sealed class ProbeModel(ProbeModel.Probe probe) : IAttributionModel
    {
        internal delegate void Probe(AttributionPath path, Span<double> weights);

        public string Name => "probe";

        public void Weigh(AttributionPath path, Span<double> weights) => probe(path, weights);
    }
}
