using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;
using PerfMetrics.Json;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.BadInput;

/// <summary>
/// Bad-input rows for the System.Text.Json converters: every reader gets text of the wrong JSON kind, an object missing
/// its fields, and (for validated types) a value its constructor rejects; every writer gets a null writer. Readers fail
/// with <see cref="JsonException"/> only (it has no ParamName: the message names the type and the field).
/// </summary>
internal static class JsonBadInputs
{
    private const string NotObject = "must be a JSON object";
    private const string Needs = "needs \"";

    private static readonly JsonSerializerOptions Options = new();

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
        var key = $"{converter.GetType().Name}.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)";
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

    private static void WriteKey(ChannelJsonConverter converter, Channel value)
    {
        using var writer = new Utf8JsonWriter(new MemoryStream());
        writer.WriteStartObject();
        converter.WriteAsPropertyName(writer, value, Options);
    }

    private static IEnumerable<BadInputRow> ObjectRows<T>(JsonConverter<T> converter, string typeName)
        where T : class =>
        ObjectReader(converter, typeName).Append(NullWriter(converter, null!)).Append(NullValue(converter));

    private static BadInputRow NullWriter<T>(JsonConverter<T> converter, T value) =>
        Row.Throws<ArgumentNullException>($"{converter.GetType().Name}.Write(Utf8JsonWriter, {PublicSurface.TypeName(typeof(T))}, JsonSerializerOptions)", Null, "null writer", () => Write(converter, value), "writer", "null");

    private static BadInputRow NullValue<T>(JsonConverter<T> converter)
        where T : class =>
        Row.Throws<ArgumentNullException>($"{converter.GetType().Name}.Write(Utf8JsonWriter, {PublicSurface.TypeName(typeof(T))}, JsonSerializerOptions)", Null, "null value", () => WriteNullValue(converter), "value", "null");

    internal static IEnumerable<BadInputRow> Rows()
    {
        var usd = Currency.Usd;
        var table = new PathTableBuilder(usd).Add([new Channel("email")], 1d, new Money(10m, usd), 0d).ToPathTable();
        var result = AttributionEngine.Attribute(table, AttributionModels.Linear);
        var fit = ShiftedBetaGeometric.Fit([1000L, 631L, 468L, 382L], PeriodUnit.Year);

        // Money and Currency
        var money = new MoneyJsonConverter();
        const string MoneyKey = "MoneyJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)";
        yield return Row.Throws<JsonException>(MoneyKey, Malformed, "a string instead of an object", () => Read(money, "\"12.50 USD\""), null, "A Money must be a JSON object");
        yield return Row.Throws<JsonException>(MoneyKey, Empty, "empty object", () => Read(money, "{}"), null, "needs both \"amount\" and \"currency\"");
        yield return Row.Throws<JsonException>(MoneyKey, Malformed, "amount as a string", () => Read(money, "{\"amount\":\"12.50\",\"currency\":\"USD\"}"), null, "amount must be a JSON number");
        yield return Row.Throws<JsonException>(MoneyKey, Malformed, "unknown currency", () => Read(money, "{\"amount\":12.50,\"currency\":\"XYZ\"}"), null, "must be a known ISO 4217 code");
        yield return Row.Throws<JsonException>(MoneyKey, DefaultStruct, "non-zero amount without currency", () => Read(money, "{\"amount\":12.50,\"currency\":null}"), null, "needs a currency");
        yield return Row.Throws<JsonException>(MoneyKey, OutOfRange, "custom currency with 9 minor units", () => Read(money, "{\"amount\":1,\"currency\":\"ABC\",\"minorUnits\":9}"), null, "invalid custom currency");
        yield return NullWriter(money, default);
        var currency = new CurrencyJsonConverter();
        const string CurrencyKey = "CurrencyJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)";
        yield return Row.Throws<JsonException>(CurrencyKey, Malformed, "a number instead of a code", () => Read(currency, "840"), null, "A Currency must be a JSON string");
        yield return Row.Throws<JsonException>(CurrencyKey, Malformed, "unknown code", () => Read(currency, "\"XYZ\""), null, "must be a known ISO 4217 code");
        yield return Row.Throws<JsonException>(CurrencyKey, Empty, "empty code", () => Read(currency, "\"\""), null, "must be a known ISO 4217 code");
        yield return NullWriter(currency, usd);

        // Lifetime values
        var unit = new PeriodUnitJsonConverter();
        const string UnitKey = "PeriodUnitJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)";
        yield return Row.Throws<JsonException>(UnitKey, Malformed, "a number instead of text", () => Read(unit, "7"), null, "A PeriodUnit must be a JSON string");
        yield return Row.Throws<JsonException>(UnitKey, Zero, "P0D", () => Read(unit, "\"P0D\""), null, "A PeriodUnit must look like");
        yield return NullWriter(unit, PeriodUnit.Month);
        var retention = new RetentionRateJsonConverter();
        foreach (var row in ObjectReader(retention, "RetentionRate"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("RetentionRateJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", OutOfRange, "retention 1.5", () => Read(retention, "{\"value\":1.5,\"per\":\"P1M\"}"), null, "Invalid RetentionRate: value (retention per period) must be at least 0 and less than 1");
        yield return Row.Throws<JsonException>("RetentionRateJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Malformed, "unit text", () => Read(retention, "{\"value\":0.5,\"per\":\"monthly\"}"), null, "RetentionRate.per must be a period unit");
        yield return NullWriter(retention, default);
        var discount = new DiscountRateJsonConverter();
        foreach (var row in ObjectReader(discount, "DiscountRate"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("DiscountRateJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Negative, "negative rate", () => Read(discount, "{\"value\":-0.1,\"per\":\"P1Y\"}"), null, "Invalid DiscountRate: value (discount rate per period) must be at least 0 and at most 1");
        yield return NullWriter(discount, default);
        var periods = new PeriodsJsonConverter();
        foreach (var row in ObjectReader(periods, "Periods"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("PeriodsJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Negative, "negative count", () => Read(periods, "{\"count\":-3,\"unit\":\"P1W\"}"), null, "Invalid Periods: count must be non-negative");
        yield return Row.Throws<JsonException>("PeriodsJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Overflow, "count beyond decimal", () => Read(periods, "{\"count\":1e40,\"unit\":\"P1W\"}"), null, "Periods.count must fit a decimal");
        yield return NullWriter(periods, default);
        var frequency = new PurchaseFrequencyJsonConverter();
        foreach (var row in ObjectReader(frequency, "PurchaseFrequency"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("PurchaseFrequencyJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Negative, "negative purchases", () => Read(frequency, "{\"purchases\":-1,\"per\":\"P1M\"}"), null, "Invalid PurchaseFrequency: purchases must be non-negative");
        yield return NullWriter(frequency, default);
        var perPeriod = new MoneyPerPeriodJsonConverter();
        foreach (var row in ObjectReader(perPeriod, "MoneyPerPeriod"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("MoneyPerPeriodJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Negative, "negative amount", () => Read(perPeriod, "{\"amount\":{\"amount\":-5,\"currency\":\"USD\"},\"per\":\"P1M\"}"), null, "Invalid MoneyPerPeriod: amount must be non-negative");
        yield return NullWriter(perPeriod, default);
        var sbg = new ShiftedBetaGeometricJsonConverter();
        foreach (var row in ObjectReader(sbg, "ShiftedBetaGeometric"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("ShiftedBetaGeometricJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Zero, "zero alpha", () => Read(sbg, "{\"alpha\":0,\"beta\":1,\"unit\":\"P1Y\"}"), null, "Invalid ShiftedBetaGeometric: alpha must be a finite number greater than zero");
        yield return NullWriter(sbg, fit.Model);
        yield return NullValue(sbg);
        var sbgFit = new ShiftedBetaGeometricFitJsonConverter();
        foreach (var row in ObjectReader(sbgFit, "ShiftedBetaGeometricFit"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("ShiftedBetaGeometricFitJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Malformed, "converged as text", () => Read(sbgFit, "{\"model\":{\"alpha\":1,\"beta\":1,\"unit\":\"P1Y\"},\"logLikelihood\":-1,\"iterations\":3,\"converged\":\"yes\"}"), null, "ShiftedBetaGeometricFit.converged must be true or false");
        yield return NullWriter(sbgFit, fit);
        yield return NullValue(sbgFit);
        var ceiling = new CeilingCheckJsonConverter();
        foreach (var row in ObjectReader(ceiling, "CeilingCheck"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("CeilingCheckJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", OutOfRange, "unknown verdict", () => Read(ceiling, "{\"cpa\":{\"amount\":1,\"currency\":\"USD\"},\"ceiling\":{\"amount\":2,\"currency\":\"USD\"},\"headroom\":{\"amount\":1,\"currency\":\"USD\"},\"headroomShare\":0.5,\"verdict\":\"Fine\"}"), null, "CeilingCheck.verdict must be one of");
        yield return NullWriter(ceiling, default);

        // Metrics results
        var cpaVersusMargin = new MarginCheckJsonConverter();
        foreach (var row in ObjectReader(cpaVersusMargin, "MarginCheck"))
        {
            yield return row;
        }

        yield return NullWriter(cpaVersusMargin, default);
        var marginalCpa = new MarginalCpaCheckJsonConverter();
        foreach (var row in ObjectReader(marginalCpa, "MarginalCpaCheck"))
        {
            yield return row;
        }

        yield return NullWriter(marginalCpa, default);
        var marginalRoas = new MarginalRoasCheckJsonConverter();
        foreach (var row in ObjectReader(marginalRoas, "MarginalRoasCheck"))
        {
            yield return row;
        }

        yield return NullWriter(marginalRoas, default);
        var outcome = new PaymentModelOutcomeJsonConverter();
        foreach (var row in ObjectReader(outcome, "PaymentModelOutcome"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("PaymentModelOutcomeJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Malformed, "model text", () => Read(outcome, "{\"model\":\"CPX 1 USD\",\"cost\":{\"amount\":1,\"currency\":\"USD\"},\"effectiveCpa\":null,\"grossProfit\":{\"amount\":1,\"currency\":\"USD\"},\"verdict\":\"Profitable\"}"), null, "PaymentModelOutcome.model");
        yield return NullWriter(outcome, default);

        // Attribution results
        var credit = new ChannelCreditJsonConverter();
        foreach (var row in ObjectReader(credit, "ChannelCredit"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("ChannelCreditJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Empty, "blank channel", () => Read(credit, "{\"channel\":\" \",\"conversions\":1,\"value\":{\"amount\":1,\"currency\":\"USD\"},\"share\":1}"), null, "ChannelCredit.channel must be a channel name");
        yield return Row.Throws<JsonException>("ChannelCreditJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Infinity, "conversions beyond double", () => Read(credit, "{\"channel\":\"email\",\"conversions\":1e400,\"value\":{\"amount\":1,\"currency\":\"USD\"},\"share\":1}"), null, "ChannelCredit.conversions must be");
        yield return NullWriter(credit, default);
        // Every field of a report row is optional ({} is the total row of an empty report), so there is no "empty object" row.
        var row2 = new ChannelReportRowJsonConverter();
        foreach (var row in ObjectReader(row2, "ChannelReportRow").Where(r => r.Class != Empty))
        {
            yield return row;
        }

        // Reading is strict (every field present), so the malformed rows start from a real report's JSON and break one thing.
        var reportNode = JsonNode.Parse(JsonSerializer.Serialize(ChannelReport.Of(result, [])))!;
        var rowNode = reportNode["rows"]![0]!.DeepClone();
        rowNode["channel"] = 5;
        var rowWithNumber = rowNode.ToJsonString();
        yield return Row.Throws<JsonException>("ChannelReportRowJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Malformed, "channel as a number", () => Read(row2, rowWithNumber), null, "ChannelReportRow.channel must be a JSON String");

        yield return NullWriter(row2, default);
        var attribution = new AttributionResultJsonConverter();
        foreach (var row in ObjectReader(attribution, "AttributionResult"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("AttributionResultJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Duplicate, "channel listed twice", () => Read(attribution, "{\"modelName\":\"linear\",\"currency\":\"USD\",\"totalConversions\":2,\"totalValue\":{\"amount\":2,\"currency\":\"USD\"},\"channels\":[{\"channel\":\"email\",\"conversions\":1,\"value\":{\"amount\":1,\"currency\":\"USD\"},\"share\":0.5},{\"channel\":\"email\",\"conversions\":1,\"value\":{\"amount\":1,\"currency\":\"USD\"},\"share\":0.5}]}"), null, "lists \"email\" twice");
        yield return NullWriter(attribution, result);
        yield return NullValue(attribution);
        var report = new ChannelReportJsonConverter();
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
        yield return Row.Throws<JsonException>("ChannelReportJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Duplicate, "channel row twice", () => Read(report, reportWithRowTwice), null, "ChannelReport.rows lists \"email\" twice");
        yield return Row.Throws<JsonException>("ChannelReportJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", DefaultStruct, "row without a channel", () => Read(report, reportWithUnnamedRow), null, "must name a channel in every row");
        yield return NullWriter(report, ChannelReport.Of(result, []));
        yield return NullValue(report);
        var comparison = new ModelComparisonJsonConverter();
        foreach (var row in ObjectReader(comparison, "ModelComparison"))
        {
            yield return row;
        }

        yield return Row.Throws<JsonException>("ModelComparisonJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Empty, "no results", () => Read(comparison, "{\"results\":[]}"), null, "Invalid ModelComparison: results must hold at least one attribution result");
        yield return NullWriter(comparison, ModelComparison.Of([result]));
        yield return NullValue(comparison);

        // Converters added with the fitted models (issue 7): every object reader gets the wrong kind, null and {} (strict
        // reading names the first missing field); every writer a null writer, and the class ones a null value.
        foreach (var row in ObjectRows(new BgNbdJsonConverter(), "BgNbd")
            .Concat(ObjectRows(new BgNbdFitJsonConverter(), "BgNbdFit"))
            .Concat(ObjectRows(new GammaGammaJsonConverter(), "GammaGamma"))
            .Concat(ObjectRows(new GammaGammaFitJsonConverter(), "GammaGammaFit"))
            .Concat(ObjectRows(new ShapleyModelJsonConverter(), "ShapleyModel"))
            .Concat(ObjectRows(new MarkovCountsJsonConverter(), "MarkovCounts"))
            .Concat(ObjectRows(new MarkovModelJsonConverter(), "MarkovModel"))
            .Concat(ObjectRows(new PaymentModelTableJsonConverter(), "PaymentModelTable")))
        {
            yield return row;
        }

        var rfm = new CustomerRfmJsonConverter();
        foreach (var row in ObjectReader(rfm, "CustomerRfm"))
        {
            yield return row;
        }

        yield return NullWriter(rfm, default);
        yield return Row.Throws<JsonException>("BgNbdJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", OutOfRange, "negative r", () => Read(new BgNbdJsonConverter(), "{\"r\":-1,\"alpha\":1,\"a\":1,\"b\":1,\"unit\":\"P1W\"}"), null, "BgNbd");
        yield return Row.Throws<JsonException>("GammaGammaJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", OutOfRange, "zero q", () => Read(new GammaGammaJsonConverter(), "{\"p\":1,\"q\":0,\"gamma\":1,\"currency\":\"USD\"}"), null, "GammaGamma");

        var channel = new ChannelJsonConverter();
        yield return Row.Throws<JsonException>("ChannelJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Malformed, "a number instead of a name", () => Read(channel, "42"), null, "A Channel must be a JSON string");
        yield return Row.Throws<JsonException>("ChannelJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Empty, "blank name", () => Read(channel, "\" \""), null, "must have a name that is not empty");
        yield return Row.Throws<JsonException>("ChannelJsonConverter.ReadAsPropertyName(ref Utf8JsonReader, Type, JsonSerializerOptions)", Empty, "blank key", () => ReadKey(channel, "{\" \":1}"), null, "must have a name that is not empty");
        yield return NullWriter(channel, new Channel("email"));
        yield return Row.Throws<ArgumentNullException>("ChannelJsonConverter.WriteAsPropertyName(Utf8JsonWriter, Channel, JsonSerializerOptions)", Null, "null writer", () => channel.WriteAsPropertyName(null!, new Channel("email"), Options), "writer", "null");
        yield return Row.Throws<JsonException>("ChannelJsonConverter.WriteAsPropertyName(Utf8JsonWriter, Channel, JsonSerializerOptions)", DefaultStruct, "default(Channel) as a key", () => WriteKey(channel, default), null, "default(Channel) cannot be a JSON property name");

        var paymentModel = new PaymentModelJsonConverter();
        yield return Row.Throws<JsonException>("PaymentModelJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Malformed, "a number instead of text", () => Read(paymentModel, "42"), null, "A PaymentModel must be a JSON string");
        yield return Row.Throws<JsonException>("PaymentModelJsonConverter.Read(ref Utf8JsonReader, Type, JsonSerializerOptions)", Malformed, "not a payment model", () => Read(paymentModel, "\"CPX 1 USD\""), null, "A PaymentModel must be text such as");
        yield return NullWriter(paymentModel, PaymentModel.Cpc(new Money(0.5m, usd)));
    }
}
