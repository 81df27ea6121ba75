using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;
using PerfMetrics.Json;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Json;

/// <summary>
/// Bad-input rows for the System.Text.Json converters: every reader gets text of the wrong JSON kind, an object missing
/// its fields, and (for validated types) a value its constructor rejects; every writer gets a null writer. Readers fail
/// with <see cref="JsonException"/> only (it has no ParamName: the message names the type and the field).
/// </summary>
internal static class JsonBadInputs
{
    private const string NotObject = "must be a JSON object";
    private const string Needs = "needs \"";

    // The rows were written with camelCase names: the converters take the caller's naming policy.
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static readonly PerfMetricsJsonConverterFactory Factory = new();

    /// <summary>A type's name as C# writes it (<c>ModelFit&lt;BgNbd&gt;</c>), so generic types get distinct row keys.</summary>
    private static string NameOf(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(NameOf))}>" : type.Name;

    private static JsonConverter<T> Converter<T>() => (JsonConverter<T>)Factory.CreateConverter(typeof(T), Options);

    /// <summary>The rows of the public entry points: the factory's two members.</summary>
    internal static IEnumerable<BadInputRow> Rows()
    {
        const string CanConvert = "PerfMetricsJsonConverterFactory.CanConvert(Type)";
        const string Create = "PerfMetricsJsonConverterFactory.CreateConverter(Type, JsonSerializerOptions)";
        yield return Row.Throws<ArgumentNullException>(CanConvert, Null, "null type", () => Factory.CanConvert(null!), "typeToConvert", "null");
        yield return Row.Throws<ArgumentNullException>(Create, Null, "null type", () => Factory.CreateConverter(null!, Options), "typeToConvert", "null");
        yield return Row.Throws<ArgumentException>(Create, Malformed, "a type that is not stored", () => Factory.CreateConverter(typeof(string), Options), "typeToConvert", "must be a stored PerfMetrics type");
        yield return Row.Throws<ArgumentException>(Create, Malformed, "a stored type's list", () => Factory.CreateConverter(typeof(List<Money>), Options), "typeToConvert", "must be a stored PerfMetrics type");
    }

    private static object? Read<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return converter.Read(ref reader, typeof(T), Options);
    }

    private static void Write<T>(JsonConverter<T> converter, T value) => converter.Write(null!, value, Options);

    private static void WriteNullValue<T>(JsonConverter<T> converter)
        where T : class
    {
        using var writer = new Utf8JsonWriter(new MemoryStream());
        converter.Write(writer, null!, Options);
    }

    private static IEnumerable<BadInputRow> ObjectReader<T>(JsonConverter<T> converter, string typeName)
    {
        var key = $"JSON {NameOf(typeof(T))}.Read";
        yield return Row.Throws<JsonException>(key, Malformed, "a number instead of an object", () => Read(converter, "42"), null, $"A {typeName} {NotObject}");
        yield return Row.Throws<JsonException>(key, Null, "JSON null", () => Read(converter, "null"), null, $"A {typeName} {NotObject}");
        yield return Row.Throws<JsonException>(key, Empty, "empty object", () => Read(converter, "{}"), null, $"A {typeName} {Needs}");
    }

    private static object? ReadKey<T>(JsonConverter<T> converter, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        reader.Read();
        return converter.ReadAsPropertyName(ref reader, typeof(T), Options);
    }

    private static void WriteKey(JsonConverter<Channel> converter, Channel value)
    {
        using var writer = new Utf8JsonWriter(new MemoryStream());
        writer.WriteStartObject();
        converter.WriteAsPropertyName(writer, value, Options);
    }

    private static IEnumerable<BadInputRow> ObjectRows<T>(JsonConverter<T> converter, string typeName)
        where T : class =>
        ObjectReader(converter, typeName).Append(NullWriter(converter, null!)).Append(NullValue(converter));

    private static BadInputRow NullWriter<T>(JsonConverter<T> converter, T value) =>
        Row.Throws<ArgumentNullException>($"JSON {NameOf(typeof(T))}.Write", Null, "null writer", () => Write(converter, value), "writer", "null");

    private static BadInputRow NullValue<T>(JsonConverter<T> converter)
        where T : class =>
        Row.Throws<ArgumentNullException>($"JSON {NameOf(typeof(T))}.Write", Null, "null value", () => WriteNullValue(converter), "value", "null");

    /// <summary>
    /// The reading and writing rows of every stored type, run by <c>JsonBadInputTests</c> (the converters are internal, so
    /// they are not entry points of the public matrix).
    /// </summary>
    internal static IEnumerable<BadInputRow> ReadingRows()
    {
        var usd = Currency.Usd;
        var table = new PathTableBuilder(usd).Add([new Channel("email")], 1d, new Money(10m, usd), 0d).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.Linear);
        var fit = ShiftedBetaGeometric.Fit([1000L, 631L, 468L, 382L], PeriodUnit.Year);

        // Money and Currency
        var money = Converter<Money>();
        const string MoneyKey = "JSON Money.Read";
        yield return Row.Throws<JsonException>(MoneyKey, Malformed, "a string instead of an object", () => Read(money, "\"12.50 USD\""), null, "A Money must be a JSON object");
        yield return Row.Throws<JsonException>(MoneyKey, Empty, "empty object", () => Read(money, "{}"), null, "A Money needs \"amount\"");
        yield return Row.Throws<JsonException>(MoneyKey, Malformed, "amount as a string", () => Read(money, "{\"amount\":\"12.50\",\"currency\":\"USD\"}"), null, "Money.amount must be a number that fits a decimal");
        yield return Row.Throws<JsonException>(MoneyKey, Malformed, "unknown currency", () => Read(money, "{\"amount\":12.50,\"currency\":\"XYZ\"}"), null, "must be a known ISO 4217 code");
        yield return Row.Throws<JsonException>(MoneyKey, DefaultStruct, "non-zero amount without currency", () => Read(money, "{\"amount\":12.50,\"currency\":null}"), null, "needs a currency");
        yield return Row.Throws<JsonException>(MoneyKey, OutOfRange, "custom currency with 9 minor units", () => Read(money, "{\"amount\":1,\"currency\":\"ABC\",\"minorUnits\":9}"), null, "Invalid Money");
        yield return NullWriter(money, default);
        var currency = Converter<Currency>();
        const string CurrencyKey = "JSON Currency.Read";
        yield return Row.Throws<JsonException>(CurrencyKey, Malformed, "a number instead of a code", () => Read(currency, "840"), null, "A Currency must be a JSON string");
        yield return Row.Throws<JsonException>(CurrencyKey, Malformed, "unknown code", () => Read(currency, "\"XYZ\""), null, "must be a known ISO 4217 code");
        yield return Row.Throws<JsonException>(CurrencyKey, Empty, "empty code", () => Read(currency, "\"\""), null, "must be a known ISO 4217 code");
        yield return NullWriter(currency, usd);

        // Lifetime values
        var unit = Converter<PeriodUnit>();
        const string UnitKey = "JSON PeriodUnit.Read";
        yield return Row.Throws<JsonException>(UnitKey, Malformed, "a number instead of text", () => Read(unit, "7"), null, "A PeriodUnit must be a JSON string");
        yield return Row.Throws<JsonException>(UnitKey, Zero, "P0D", () => Read(unit, "\"P0D\""), null, "must be a period unit such as");
        yield return NullWriter(unit, PeriodUnit.Month);
        var retention = Converter<RetentionRate>();
        foreach (var row in ObjectReader(retention, "RetentionRate"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON RetentionRate.Read", OutOfRange, "retention 1.5", () => Read(retention, "{\"value\":1.5,\"per\":\"P1M\"}"), null, "Invalid RetentionRate: value (retention per period) must be at least 0 and less than 1");
        yield return Row.Throws<JsonException>("JSON RetentionRate.Read", Malformed, "unit text", () => Read(retention, "{\"value\":0.5,\"per\":\"monthly\"}"), null, "RetentionRate.per: A PeriodUnit must be a period unit");
        yield return NullWriter(retention, default);
        var discount = Converter<DiscountRate>();
        foreach (var row in ObjectReader(discount, "DiscountRate"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON DiscountRate.Read", Negative, "negative rate", () => Read(discount, "{\"value\":-0.1,\"per\":\"P1Y\"}"), null, "Invalid DiscountRate: value (discount rate per period) must be at least 0 and at most 1");
        yield return NullWriter(discount, default);
        var periods = Converter<Periods>();
        foreach (var row in ObjectReader(periods, "Periods"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON Periods.Read", Negative, "negative count", () => Read(periods, "{\"count\":-3,\"unit\":\"P1W\"}"), null, "Invalid Periods: count must be non-negative");
        yield return Row.Throws<JsonException>("JSON Periods.Read", Overflow, "count beyond decimal", () => Read(periods, "{\"count\":1e40,\"unit\":\"P1W\"}"), null, "Periods.count must be a number that fits a decimal");
        yield return NullWriter(periods, default);
        var frequency = Converter<PurchaseFrequency>();
        foreach (var row in ObjectReader(frequency, "PurchaseFrequency"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON PurchaseFrequency.Read", Negative, "negative purchases", () => Read(frequency, "{\"purchases\":-1,\"per\":\"P1M\"}"), null, "Invalid PurchaseFrequency: purchases must be non-negative");
        yield return NullWriter(frequency, default);
        var perPeriod = Converter<MoneyPerPeriod>();
        foreach (var row in ObjectReader(perPeriod, "MoneyPerPeriod"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON MoneyPerPeriod.Read", Negative, "negative amount", () => Read(perPeriod, "{\"amount\":{\"amount\":-5,\"currency\":\"USD\"},\"per\":\"P1M\"}"), null, "Invalid MoneyPerPeriod: amount must be non-negative");
        yield return NullWriter(perPeriod, default);
        var sbg = Converter<ShiftedBetaGeometric>();
        foreach (var row in ObjectReader(sbg, "ShiftedBetaGeometric"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON ShiftedBetaGeometric.Read", Zero, "zero alpha", () => Read(sbg, "{\"alpha\":0,\"beta\":1,\"unit\":\"P1Y\"}"), null, "Invalid ShiftedBetaGeometric: alpha must be a finite number greater than zero");
        yield return NullWriter(sbg, fit.Model);
        yield return NullValue(sbg);
        var sbgFit = Converter<ModelFit<ShiftedBetaGeometric>>();
        foreach (var row in ObjectReader(sbgFit, "ModelFit<ShiftedBetaGeometric>"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON ModelFit<ShiftedBetaGeometric>.Read", Malformed, "converged as text", () => Read(sbgFit, "{\"model\":{\"alpha\":1,\"beta\":1,\"unit\":\"P1Y\"},\"logLikelihood\":-1,\"standardErrors\":[null,null],\"iterations\":3,\"converged\":\"yes\",\"gradientNorm\":0}"), null, "ModelFit<ShiftedBetaGeometric>.converged must be true or false");
        yield return NullWriter(sbgFit, fit);
        yield return NullValue(sbgFit);
        var ceiling = Converter<CeilingCheck>();
        foreach (var row in ObjectReader(ceiling, "CeilingCheck"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON CeilingCheck.Read", OutOfRange, "unknown verdict", () => Read(ceiling, "{\"cpa\":{\"amount\":1,\"currency\":\"USD\"},\"ceiling\":{\"amount\":2,\"currency\":\"USD\"},\"headroom\":{\"amount\":1,\"currency\":\"USD\"},\"headroomShare\":0.5,\"verdict\":\"Fine\"}"), null, "CeilingCheck.verdict must be one of");
        yield return NullWriter(ceiling, default);

        // Metrics results
        var cpaVersusMargin = Converter<MarginCheck>();
        foreach (var row in ObjectReader(cpaVersusMargin, "MarginCheck"))
        {
            yield return row;
        }

        yield return NullWriter(cpaVersusMargin, default);
        var marginalCpa = Converter<MarginalCpaCheck>();
        foreach (var row in ObjectReader(marginalCpa, "MarginalCpaCheck"))
        {
            yield return row;
        }

        yield return NullWriter(marginalCpa, default);
        var marginalRoas = Converter<MarginalRoasCheck>();
        foreach (var row in ObjectReader(marginalRoas, "MarginalRoasCheck"))
        {
            yield return row;
        }

        yield return NullWriter(marginalRoas, default);
        var outcome = Converter<PaymentModelOutcome>();
        foreach (var row in ObjectReader(outcome, "PaymentModelOutcome"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON PaymentModelOutcome.Read", Malformed, "model text", () => Read(outcome, "{\"model\":\"CPX 1 USD\",\"cost\":{\"amount\":1,\"currency\":\"USD\"},\"effectiveCpa\":null,\"grossProfit\":{\"amount\":1,\"currency\":\"USD\"},\"verdict\":\"Profitable\"}"), null, "PaymentModelOutcome.model");
        yield return NullWriter(outcome, default);

        // Attribution results
        var credit = Converter<ChannelCredit>();
        foreach (var row in ObjectReader(credit, "ChannelCredit"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON ChannelCredit.Read", Empty, "blank channel", () => Read(credit, "{\"channel\":\" \",\"conversions\":1,\"value\":{\"amount\":1,\"currency\":\"USD\"},\"share\":1}"), null, "ChannelCredit.channel: A Channel must be a name that is not empty");
        yield return Row.Throws<JsonException>("JSON ChannelCredit.Read", Infinity, "conversions beyond double", () => Read(credit, "{\"channel\":\"email\",\"conversions\":1e400,\"value\":{\"amount\":1,\"currency\":\"USD\"},\"share\":1}"), null, "ChannelCredit.conversions must be");
        yield return NullWriter(credit, default);
        // Every field of a report row is optional ({} is the total row of an empty report), so there is no "empty object" row.
        var row2 = Converter<ChannelReportRow>();
        foreach (var row in ObjectReader(row2, "ChannelReportRow").Where(r => r.Class != Empty))
        {
            yield return row;
        }

        // Reading is strict (every field present), so the malformed rows start from a real report's JSON and break one thing.
        var reportNode = JsonNode.Parse(JsonSerializer.Serialize(ChannelReport.Of(result, []), Options))!;
        var rowNode = reportNode["rows"]![0]!.DeepClone();
        rowNode["channel"] = 5;
        var rowWithNumber = rowNode.ToJsonString();
        yield return Row.Throws<JsonException>("JSON ChannelReportRow.Read", Malformed, "channel as a number", () => Read(row2, rowWithNumber), null, "ChannelReportRow.channel: A Channel must be a JSON string");

        yield return NullWriter(row2, default);
        var attribution = Converter<AttributionResult>();
        foreach (var row in ObjectReader(attribution, "AttributionResult"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON AttributionResult.Read", Duplicate, "channel listed twice", () => Read(attribution, "{\"modelName\":\"linear\",\"currency\":\"USD\",\"totalConversions\":2,\"totalValue\":{\"amount\":2,\"currency\":\"USD\"},\"channels\":[{\"channel\":\"email\",\"conversions\":1,\"value\":{\"amount\":1,\"currency\":\"USD\"},\"share\":0.5},{\"channel\":\"email\",\"conversions\":1,\"value\":{\"amount\":1,\"currency\":\"USD\"},\"share\":0.5}]}"), null, "lists \"email\" twice");
        yield return NullWriter(attribution, result);
        yield return NullValue(attribution);
        var report = Converter<ChannelReport>();
        foreach (var row in ObjectReader(report, "ChannelReport"))
        {
            yield return row;
        }

        var twice = reportNode.DeepClone();
        twice["rows"]!.AsArray().Add(reportNode["rows"]![0]!.DeepClone());
        var reportWithRowTwice = twice.ToJsonString();
        var unnamed = reportNode.DeepClone();
        var unnamedRow = reportNode["rows"]![0]!.DeepClone();
        unnamedRow["channel"] = null;
        unnamed["rows"]!.AsArray().Add(unnamedRow);
        var reportWithUnnamedRow = unnamed.ToJsonString();
        yield return Row.Throws<JsonException>("JSON ChannelReport.Read", Duplicate, "channel row twice", () => Read(report, reportWithRowTwice), null, "ChannelReport.Rows lists \"email\" twice");
        yield return Row.Throws<JsonException>("JSON ChannelReport.Read", DefaultStruct, "row without a channel", () => Read(report, reportWithUnnamedRow), null, "must name a channel in every row");
        yield return NullWriter(report, ChannelReport.Of(result, []));
        yield return NullValue(report);
        var comparison = Converter<ModelComparison>();
        foreach (var row in ObjectReader(comparison, "ModelComparison"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("JSON ModelComparison.Read", Empty, "no results", () => Read(comparison, "{\"results\":[]}"), null, "Invalid ModelComparison: results must hold at least one attribution result");
        yield return NullWriter(comparison, ModelComparison.Of([result]));
        yield return NullValue(comparison);

        // Converters added with the fitted models (issue 7): every object reader gets the wrong kind, null and {} (strict
        // reading names the first missing field); every writer a null writer, and the class ones a null value.
        foreach (var row in ObjectRows(Converter<BgNbd>(), "BgNbd")
            .Concat(ObjectRows(Converter<ModelFit<BgNbd>>(), "ModelFit<BgNbd>"))
            .Concat(ObjectRows(Converter<GammaGamma>(), "GammaGamma"))
            .Concat(ObjectRows(Converter<ModelFit<GammaGamma>>(), "ModelFit<GammaGamma>"))
            .Concat(ObjectRows(Converter<ShapleyModel>(), "ShapleyModel"))
            .Concat(ObjectRows(Converter<MarkovCounts>(), "MarkovCounts"))
            .Concat(ObjectRows(Converter<MarkovModel>(), "MarkovModel"))
            .Concat(ObjectRows(Converter<PaymentModelTable>(), "PaymentModelTable")))
        {
            yield return row;
        }

        var rfm = Converter<CustomerRfm>();
        foreach (var row in ObjectReader(rfm, "CustomerRfm"))
        {
            yield return row;
        }

        yield return NullWriter(rfm, default);
        yield return Row.Throws<JsonException>("JSON BgNbd.Read", OutOfRange, "negative r", () => Read(Converter<BgNbd>(), "{\"r\":-1,\"alpha\":1,\"a\":1,\"b\":1,\"unit\":\"P1W\"}"), null, "BgNbd");
        yield return Row.Throws<JsonException>("JSON GammaGamma.Read", OutOfRange, "zero q", () => Read(Converter<GammaGamma>(), "{\"p\":1,\"q\":0,\"gamma\":1,\"currency\":\"USD\"}"), null, "GammaGamma");

        var channel = Converter<Channel>();
        yield return Row.Throws<JsonException>("JSON Channel.Read", Malformed, "a number instead of a name", () => Read(channel, "42"), null, "A Channel must be a JSON string");
        yield return Row.Throws<JsonException>("JSON Channel.Read", Empty, "blank name", () => Read(channel, "\" \""), null, "must be a name that is not empty");
        yield return Row.Throws<JsonException>("JSON Channel.ReadAsPropertyName", Empty, "blank key", () => ReadKey(channel, "{\" \":1}"), null, "must be a name that is not empty");
        yield return NullWriter(channel, new Channel("email"));
        yield return Row.Throws<ArgumentNullException>("JSON Channel.WriteAsPropertyName", Null, "null writer", () => channel.WriteAsPropertyName(null!, new Channel("email"), Options), "writer", "null");
        yield return Row.Throws<JsonException>("JSON Channel.WriteAsPropertyName", DefaultStruct, "default(Channel) as a key", () => WriteKey(channel, default), null, "default(Channel) cannot be a JSON property name");

        var paymentModel = Converter<PaymentModel>();
        yield return Row.Throws<JsonException>("JSON PaymentModel.Read", Malformed, "a number instead of text", () => Read(paymentModel, "42"), null, "A PaymentModel must be a JSON string");
        yield return Row.Throws<JsonException>("JSON PaymentModel.Read", Malformed, "not a payment model", () => Read(paymentModel, "\"CPX 1 USD\""), null, "A PaymentModel must be text such as");
        yield return NullWriter(paymentModel, PaymentModel.Cpc(new Money(0.5m, usd)));
    }
}
