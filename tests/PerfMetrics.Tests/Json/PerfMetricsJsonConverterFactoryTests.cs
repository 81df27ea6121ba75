using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Xunit;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Json;

/// <summary>Every stored type, in a source-generated context with System.Text.Json's default options (no naming policy).</summary>
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Currency))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(PaymentModel))]
[JsonSerializable(typeof(PeriodUnit))]
[JsonSerializable(typeof(Periods))]
[JsonSerializable(typeof(RetentionRate))]
[JsonSerializable(typeof(DiscountRate))]
[JsonSerializable(typeof(PurchaseFrequency))]
[JsonSerializable(typeof(MoneyPerPeriod))]
[JsonSerializable(typeof(ProfitVerdict))]
[JsonSerializable(typeof(CeilingVerdict))]
[JsonSerializable(typeof(MarginCheck))]
[JsonSerializable(typeof(MarginalCpaCheck))]
[JsonSerializable(typeof(MarginalRoasCheck))]
[JsonSerializable(typeof(PaymentModelOutcome))]
[JsonSerializable(typeof(PaymentModelTable))]
[JsonSerializable(typeof(ChannelCredit))]
[JsonSerializable(typeof(AttributionResult))]
[JsonSerializable(typeof(ModelComparison))]
[JsonSerializable(typeof(ChannelReportRow))]
[JsonSerializable(typeof(ChannelReport))]
[JsonSerializable(typeof(ShapleyModel))]
[JsonSerializable(typeof(MarkovCounts))]
[JsonSerializable(typeof(MarkovModel))]
[JsonSerializable(typeof(ShiftedBetaGeometric))]
[JsonSerializable(typeof(ModelFit<ShiftedBetaGeometric>))]
[JsonSerializable(typeof(BgNbd))]
[JsonSerializable(typeof(ModelFit<BgNbd>))]
[JsonSerializable(typeof(GammaGamma))]
[JsonSerializable(typeof(ModelFit<GammaGamma>))]
[JsonSerializable(typeof(CustomerRfm))]
[JsonSerializable(typeof(CeilingCheck))]
[JsonSerializable(typeof(Dictionary<Channel, Money>))]
internal sealed partial class StoredTypesJsonContext : JsonSerializerContext;

/// <summary>
/// The converters honour the caller's <see cref="JsonSerializerOptions"/>: the naming policy (every nested name too),
/// case-insensitive reading, and number handling; with a source-generated context as the only resolver (no reflection).
/// </summary>
public partial class PerfMetricsJsonConverterFactoryTests
{
    /// <summary>Options whose only resolver is the source-generated context: nothing may fall back to reflection.</summary>
    private static JsonSerializerOptions Options(JsonNamingPolicy? policy = null, bool caseInsensitive = false, JsonNumberHandling numbers = JsonNumberHandling.Strict) =>
        new() { TypeInfoResolver = StoredTypesJsonContext.Default, PropertyNamingPolicy = policy, PropertyNameCaseInsensitive = caseInsensitive, NumberHandling = numbers };

    private static readonly JsonSerializerOptions Default = Options();
    private static readonly JsonSerializerOptions Snake = Options(JsonNamingPolicy.SnakeCaseLower);
    private static readonly JsonSerializerOptions Camel = Options(JsonNamingPolicy.CamelCase);
    private static readonly JsonSerializerOptions PascalInsensitive = Options(caseInsensitive: true);
    private static readonly JsonSerializerOptions Strings = Options(numbers: JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString);

    private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));

    /// <summary>Every property name in a document, at any depth (the moves of Markov counts are keyed by channel names: data, left out).</summary>
    private static IEnumerable<string> Names(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "next" or "Next"
            ? [p.Key]
            : Names(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Names),
        _ => [],
    };

    /// <summary>
    /// Writes and reads <paramref name="value"/> under default names (PascalCase), snake_case and camelCase, and reads the
    /// camelCase text case-insensitively with PascalCase names: every reading gives back a value that writes the same text
    /// (and is Equal, for types with value equality); the snake_case text has no upper-case name at any depth.
    /// </summary>
    private static bool RoundTrips<T>(T value)
    {
        foreach (var options in new[] { Default, Snake, Camel, Strings })
        {
            var json = JsonSerializer.Serialize(value, Info<T>(options));
            var back = JsonSerializer.Deserialize(json, Info<T>(options))!;
            Assert.Equal(json, JsonSerializer.Serialize(back, Info<T>(options)));
            if (value is IEquatable<T>)
            {
                Assert.Equal(value, back);
            }
        }

        var snake = JsonSerializer.Serialize(value, Info<T>(Snake));
        var upper = Names(JsonNode.Parse(snake)).Where(n => n.Any(char.IsUpper)).ToList();
        Assert.True(upper.Count == 0, $"snake_case names expected, found {string.Join(", ", upper)} in {snake}");

        var camel = JsonSerializer.Serialize(value, Info<T>(Camel));
        var read = JsonSerializer.Deserialize(camel, Info<T>(PascalInsensitive))!;
        Assert.Equal(JsonSerializer.Serialize(value, Info<T>(Default)), JsonSerializer.Serialize(read, Info<T>(Default)));
        return true;
    }

    [Property(Arbitrary = [typeof(MoneyGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool Money_RoundTripsUnderEveryOption(Money value) => RoundTrips(value);

    [Property(Arbitrary = [typeof(ValueJsonGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool ChannelAndPaymentModel_RoundTripUnderEveryOption(Channel channel, PaymentModel model) => RoundTrips(channel) && RoundTrips(model);

    [Property(Arbitrary = [typeof(JsonGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool LifetimeValues_RoundTripUnderEveryOption(Periods periods, RetentionRate retention, DiscountRate discount, PurchaseFrequency frequency, MoneyPerPeriod perPeriod, PeriodUnit unit) =>
        RoundTrips(periods) && RoundTrips(retention) && RoundTrips(discount) && RoundTrips(frequency) && RoundTrips(perPeriod) && RoundTrips(unit);

    [Property(Arbitrary = [typeof(JsonGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool MetricsResults_RoundTripUnderEveryOption(MarginCheck margin, MarginalCpaCheck cpa, MarginalRoasCheck roas, PaymentModelOutcome outcome, CeilingCheck ceiling) =>
        RoundTrips(margin) && RoundTrips(cpa) && RoundTrips(roas) && RoundTrips(outcome) && RoundTrips(ceiling)
        && RoundTrips(new PaymentModelTable([outcome, outcome])) && RoundTrips(margin.Verdict) && RoundTrips(ceiling.Verdict);

    [Property(Arbitrary = [typeof(JsonGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool AttributionResults_RoundTripUnderEveryOption(AttributionResult result, ChannelCredit credit, ModelComparison comparison, ChannelReport report, ModelFit<ShiftedBetaGeometric> fit) =>
        RoundTrips(result) && RoundTrips(credit) && RoundTrips(comparison) && RoundTrips(report) && RoundTrips(report.Total)
        && report.Rows.All(RoundTrips) && RoundTrips(result.Currency) && RoundTrips(fit) && RoundTrips(fit.Model);

    [Property(Arbitrary = [typeof(LifetimeJsonGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool LifetimeModels_RoundTripUnderEveryOption(ModelFit<BgNbd> purchases, ModelFit<GammaGamma> spend, CustomerRfm row) =>
        RoundTrips(purchases) && RoundTrips(purchases.Model) && RoundTrips(spend) && RoundTrips(spend.Model) && RoundTrips(row);

    [Property(Arbitrary = [typeof(AttributionArbitraries)], MaxTest = 50 / TestProfile.PropertyRunDivisor)]
    public bool FittedAttributionModels_RoundTripUnderEveryOption(PathSample sample, byte orderSeed)
    {
        var table = sample.ToTable();
        var counts = MarkovCounts.Of(table, new MarkovOptions(1 + (orderSeed % 3)));
        return RoundTrips(counts) && RoundTrips(MarkovModel.Fit(counts)) && (table.Channels.Count > ShapleyModel.MaxChannels || RoundTrips(ShapleyModel.Fit(table)));
    }

    [Fact]
    public void DefaultOptions_WriteThePropertyNamesAsDeclared()
    {
        // No naming policy: the names are the types' C# property names, as System.Text.Json writes a user's own records.
        Assert.Equal("""{"Amount":25.00,"Currency":"USD"}""", JsonSerializer.Serialize(new Money(25.00m, Currency.Usd), StoredTypesJsonContext.Default.Money));
        Assert.Equal(
            """{"Model":{"Alpha":0.668,"Beta":3.806,"Unit":"P1Y"},"LogLikelihood":-2.5,"StandardErrors":[0.0835,0.47575],"Iterations":31,"Converged":true,"GradientNorm":1.5E-07}""",
            JsonSerializer.Serialize(TestFits.Of(new ShiftedBetaGeometric(0.668, 3.806, PeriodUnit.Year), -2.5, 31, true), StoredTypesJsonContext.Default.ModelFitShiftedBetaGeometric));
    }

    [Fact]
    public void SnakeCaseLower_ConvertsEveryNestedName()
    {
        // 350 USD for 14 acquisitions at a 38 USD margin: CPA 25, profit 14 x 38 - 350 = 182 USD.
        var check = CpaVersusMargin.Of(new Money(350m, Currency.Usd), 14, new Money(38m, Currency.Usd));
        var json = JsonSerializer.Serialize(check, Info<MarginCheck>(Snake));
        Assert.StartsWith("""{"spend":{"amount":350,"currency":"USD"},"acquisitions":14,"unit_margin":{"amount":38,"currency":"USD"},"cpa":{"amount":25""", json, StringComparison.Ordinal);
        Assert.Contains("\"total_profit\":{\"amount\":182", json, StringComparison.Ordinal);
        Assert.Contains("\"headroom_share\":", json, StringComparison.Ordinal);
        Assert.EndsWith("\"verdict\":\"Profitable\"}", json, StringComparison.Ordinal);
        Assert.Equal(check, JsonSerializer.Deserialize(json, Info<MarginCheck>(Snake)));

        var counts = MarkovCounts.Of(PathTable.ReadCsv(new StringReader("path,total_conversions,total_conversion_value,total_null\nsearch > social,10,380.00,3\n"), Currency.Usd));
        Assert.StartsWith(
            """{"options":{"order":1,"keep_repeats":false,"value_mode":"ValueWeighted"},"currency":"USD","total_value":{"amount":380.00,"currency":"USD"},"channels":["search","social"],"states":[{"state":[],"value":0,"next":{"search":13},"conversions":0,"nulls":0}""",
            JsonSerializer.Serialize(counts, Info<MarkovCounts>(Snake)),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_IsCaseSensitiveUnlessTheOptionsSayOtherwise()
    {
        const string Camel = """{"amount":1.50,"currency":"USD"}""";
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Camel, Info<Money>(Default)));
        Assert.Contains("A Money has no property \"amount\"; expected Amount, Currency, MinorUnits, NumericCode.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(new Money(1.50m, Currency.Usd), JsonSerializer.Deserialize(Camel, Info<Money>(PascalInsensitive)));
        Assert.Equal(new Money(1.50m, Currency.Usd), JsonSerializer.Deserialize("""{"AMOUNT":1.50,"cUrReNcY":"USD"}""", Info<Money>(PascalInsensitive)));

        // Case-insensitively, "Amount" and "amount" are one field given twice.
        var twice = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"Amount":1,"amount":2,"Currency":"USD"}""", Info<Money>(PascalInsensitive)));
        Assert.Contains("A Money has \"Amount\" more than once.", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_UnderSnakeCase_RefusesUnknownAndRepeatedFieldsNamingTypeAndField()
    {
        var unknown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"count":3,"unit":"P1W","units":"P1W"}""", Info<Periods>(Snake)));
        Assert.Contains("A Periods has no property \"units\"; expected count, unit.", unknown.Message, StringComparison.Ordinal);
        var repeated = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"alpha":1,"beta":2,"beta":3,"unit":"P1Y"}""", Info<ShiftedBetaGeometric>(Snake)));
        Assert.Contains("A ShiftedBetaGeometric has \"beta\" more than once.", repeated.Message, StringComparison.Ordinal);
        var nested = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            """{"cpa":{"amount":1,"currency":"USD"},"ceiling":{"amount":2,"currency":"USD"},"headroom":{"amount":1,"currency":"USD","cents":1},"headroom_share":0.5,"verdict":"WithinCeiling"}""",
            Info<CeilingCheck>(Snake)));
        Assert.Contains("A Money has no property \"cents\"", nested.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberHandling_WritesAndReadsNumbersAsStringsWithoutPassingThroughDouble()
    {
        // 28 significant digits: a double keeps about 16.
        var money = new Money(1234567890123456789.0123456789m, Currency.Usd);
        var json = JsonSerializer.Serialize(money, Info<Money>(Strings));
        Assert.Equal("""{"Amount":"1234567890123456789.0123456789","Currency":"USD"}""", json);
        Assert.Equal(money.Amount, JsonSerializer.Deserialize(json, Info<Money>(Strings)).Amount);
        Assert.Equal(money.Amount, JsonSerializer.Deserialize("""{"Amount":1234567890123456789.0123456789,"Currency":"USD"}""", Info<Money>(Strings)).Amount);

        Assert.Equal(
            """{"R":"0.243","Alpha":"4.414","A":"0.793","B":"2.426","Unit":"P1W"}""",
            JsonSerializer.Serialize(new BgNbd(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week), Info<BgNbd>(Strings)));

        // Without AllowReadingFromString a number in a string is refused, naming the field; a string that is not a number always is.
        var strict = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Info<Money>(Default)));
        Assert.Contains("Money.Amount must be a number that fits a decimal, found String.", strict.Message, StringComparison.Ordinal);
        var notNumber = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"Amount":"12 USD","Currency":"USD"}""", Info<Money>(Strings)));
        Assert.Contains("Money.Amount must be a number that fits a decimal, was 12 USD.", notNumber.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceGeneratedResolverOnly_NeedsNoReflection()
    {
        // The options' only resolver is the generated context: a type it does not know is refused (no reflection fallback),
        // while every PerfMetrics type in it, nested ones included, goes through the factory's converters.
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new Uri("https://example.com"), Default));
        var budgets = new Dictionary<Channel, Money> { [new Channel("email")] = new Money(100m, Currency.Usd), [new Channel("search")] = new Money(250.50m, Currency.Usd) };
        var json = JsonSerializer.Serialize(budgets, Info<Dictionary<Channel, Money>>(Snake));
        Assert.Equal("""{"email":{"amount":100,"currency":"USD"},"search":{"amount":250.50,"currency":"USD"}}""", json);
        Assert.Equal(budgets, JsonSerializer.Deserialize(json, Info<Dictionary<Channel, Money>>(Snake)));
    }

    [Theory]
    [InlineData(typeof(PaymentModelOutcome), """{"Model":null,"Cost":{"Amount":1,"Currency":"USD"},"EffectiveCpa":null,"GrossProfit":{"Amount":1,"Currency":"USD"},"Verdict":"Profitable"}""", "A PaymentModelOutcome needs \"Model\", found null.")]
    [InlineData(typeof(ShapleyModel), """{"Values":null}""", "A ShapleyModel needs \"Values\", found null.")]
    [InlineData(typeof(Money), """{"Amount":1,"Currency":"XQP","MinorUnits":null}""", "Money currency must be a known ISO 4217 code (or carry \"MinorUnits\"")]
    [InlineData(typeof(AttributionResult), """{"ModelName":"x","Currency":"USD","TotalConversions":1,"TotalValue":{"Amount":1,"Currency":"USD"},"Channels":[null]}""", "AttributionResult.Channels must not hold null.")]
    [InlineData(typeof(ShiftedBetaGeometric), """{"Alpha":1,"Beta":1,"Unit":"P1Y","Unit":"P1M"}""", "A ShiftedBetaGeometric has \"Unit\" more than once.")]
    public void Reading_NullWhereAValueIsRequired_OrARepeatedField_NamesTheTypeAndField(Type type, string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, Default.GetTypeInfo(type)));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factory_CreatesAConverterForEveryStoredTypeAndNoOther()
    {
        var factory = new PerfMetrics.Json.PerfMetricsJsonConverterFactory();
        var stored = typeof(Money).Assembly.GetExportedTypes()
            .Where(t => t.GetCustomAttributes(typeof(JsonConverterAttribute), false).Length > 0)
            .SelectMany(t => t.IsGenericTypeDefinition
                ? new[]
                {
                    typeof(ModelFit<ShiftedBetaGeometric>), typeof(ModelFit<BgNbd>), typeof(ModelFit<GammaGamma>),
                    typeof(ModelFit<ParetoNbd>), typeof(ModelFit<ModifiedBgNbd>), typeof(ModelFit<BgBb>), typeof(ModelFit<BetaDiscreteWeibull>),
                }
                : [t])
            .ToList();
        Assert.Equal(69, stored.Count); // each area adds its stored types to the 33 of 0.2 (issue 20: CustomerValueTable, CustomerValueRow, HoldoutValidation, RepeatTransactionTracking)
        foreach (var type in stored)
        {
            Assert.True(factory.CanConvert(type), type.Name);
            Assert.True(factory.CreateConverter(type, Default).CanConvert(type), type.Name);
        }

        Assert.False(factory.CanConvert(typeof(string)));
        Assert.False(factory.CanConvert(typeof(Money?)));
        Assert.False(factory.CanConvert(typeof(PathTable)));
    }
}
