using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck.Xunit;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Json;

/// <summary>What a user stores: a day's results, written and read through a source-generated (reflection-free) context.</summary>
public sealed record DailySnapshot(
    string Day,
    MarginCheck Verdict,
    AttributionResult? Attribution,
    ChannelReport? Report,
    ModelFit<ShiftedBetaGeometric>? Retention,
    RetentionRate Rate,
    ProfitVerdict Summary);

[JsonSerializable(typeof(DailySnapshot))]
[JsonSerializable(typeof(AttributionResult))]
[JsonSerializable(typeof(ChannelCredit))]
[JsonSerializable(typeof(ChannelReport))]
[JsonSerializable(typeof(ChannelReportRow))]
[JsonSerializable(typeof(ModelComparison))]
[JsonSerializable(typeof(MarginCheck))]
[JsonSerializable(typeof(MarginalCpaCheck))]
[JsonSerializable(typeof(MarginalRoasCheck))]
[JsonSerializable(typeof(PaymentModelOutcome))]
[JsonSerializable(typeof(ProfitVerdict))]
[JsonSerializable(typeof(PeriodUnit))]
[JsonSerializable(typeof(RetentionRate))]
[JsonSerializable(typeof(DiscountRate))]
[JsonSerializable(typeof(PurchaseFrequency))]
[JsonSerializable(typeof(MoneyPerPeriod))]
[JsonSerializable(typeof(Periods))]
[JsonSerializable(typeof(ShiftedBetaGeometric))]
[JsonSerializable(typeof(ModelFit<ShiftedBetaGeometric>))]
[JsonSerializable(typeof(CeilingCheck))]
[JsonSerializable(typeof(CeilingVerdict))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class ResultJsonContext : JsonSerializerContext;

[Properties(Arbitrary = [typeof(JsonGenerators)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
public class ResultJsonTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static (T Back, string Json, string Again) RoundTrip<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
    {
        var json = JsonSerializer.Serialize(value, info);
        var back = JsonSerializer.Deserialize(json, info)!;
        return (back, json, JsonSerializer.Serialize(back, info));
    }

    private static bool SameStruct<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info)
        where T : struct, IEquatable<T>
    {
        var (back, json, again) = RoundTrip(value, info);
        return back.Equals(value) && json == again;
    }

    [Fact]
    public void CpaVersusMargin_Dropshipping_WritesNamedFieldsAndVerdictText()
    {
        // $350 spend, 14 sales, $38 margin per sale: CPA 25.00, profit 13.00 per sale, 182.00 in total.
        var result = CpaVersusMargin.Of(new Money(350m, Usd), 14, new Money(38m, Usd));
        var json = JsonSerializer.Serialize(result, ResultJsonContext.Default.MarginCheck);
        Assert.Contains("\"cpa\":{\"amount\":25", json, StringComparison.Ordinal);
        Assert.Contains("\"verdict\":\"Profitable\"", json, StringComparison.Ordinal);
        Assert.Equal(result, JsonSerializer.Deserialize(json, ResultJsonContext.Default.MarginCheck));
    }

    [Fact]
    public void ProfitVerdict_StandaloneEnum_IsWrittenAsItsName() =>
        Assert.Equal("\"Unprofitable\"", JsonSerializer.Serialize(ProfitVerdict.Unprofitable, ResultJsonContext.Default.ProfitVerdict));

    [Fact]
    public void PeriodUnit_IsWrittenAsItsInvariantText()
    {
        var json = JsonSerializer.Serialize(PeriodUnit.Month, ResultJsonContext.Default.PeriodUnit);
        Assert.Equal($"\"{PeriodUnit.Month}\"", json);
        Assert.Equal(PeriodUnit.Month, JsonSerializer.Deserialize(json, ResultJsonContext.Default.PeriodUnit));
    }

    [Fact]
    public void Snapshot_WithRealResults_RoundTrips()
    {
        var table = PathTable.ReadCsv(new StringReader("path,total_conversions,total_conversion_value,total_null\nsearch > social,10,380.00,3\nemail,4,152.00,1\n"), Usd);
        var linear = AttributionEngine.Attribute(table, AttributionModels.Linear);
        var report = ChannelReport.Of(linear, [], new Money(38m, Usd));
        var fit = ShiftedBetaGeometric.Fit([1000, 631, 468, 382, 326], PeriodUnit.Year);
        var snapshot = new DailySnapshot(
            "2026-11-23",
            CpaVersusMargin.Of(new Money(350m, Usd), 14, new Money(38m, Usd)),
            linear,
            report,
            fit,
            new RetentionRate(0.8m, PeriodUnit.Month),
            ProfitVerdict.Profitable);

        var json = JsonSerializer.Serialize(snapshot, ResultJsonContext.Default.DailySnapshot);
        var back = JsonSerializer.Deserialize(json, ResultJsonContext.Default.DailySnapshot)!;

        Assert.Equal(snapshot.Verdict, back.Verdict);
        Assert.Equal(linear.Channels, back.Attribution!.Channels);
        Assert.Equal(report.Rows, back.Report!.Rows);
        Assert.Equal(fit.Model, back.Retention!.Model);
        Assert.Equal(snapshot.Rate, back.Rate);
        Assert.Equal(json, JsonSerializer.Serialize(back, ResultJsonContext.Default.DailySnapshot));
    }

    [Fact]
    public void Snapshot_NullResults_StayNull()
    {
        var snapshot = new DailySnapshot("d", default, null, null, null, new RetentionRate(0.5m, PeriodUnit.Week), ProfitVerdict.Undefined);
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(snapshot, ResultJsonContext.Default.DailySnapshot), ResultJsonContext.Default.DailySnapshot)!;
        Assert.Null(back.Attribution);
        Assert.Null(back.Report);
        Assert.Null(back.Retention);
    }

    [Theory]
    [InlineData("""{"value":1.5,"per":"P1M"}""")]
    [InlineData("""{"value":0.5,"per":"fortnight"}""")]
    [InlineData("""{"value":0.5}""")]
    [InlineData("""{"value":"0.5","per":"P1M"}""")]
    [InlineData("\"0.5 per month\"")]
    public void RetentionRate_MalformedJson_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ResultJsonContext.Default.RetentionRate));

    [Theory]
    [InlineData("""{"alpha":-1,"beta":1,"unit":"P1Y"}""")]
    [InlineData("""{"alpha":1,"beta":1}""")]
    [InlineData("[]")]
    public void ShiftedBetaGeometric_MalformedJson_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ResultJsonContext.Default.ShiftedBetaGeometric));

    [Theory]
    [InlineData("""{"spend":{"amount":1,"currency":"USD"},"acquisitions":1,"unitMargin":{"amount":1,"currency":"USD"},"cpa":null,"totalProfit":{"amount":0,"currency":"USD"},"headroomShare":null,"verdict":"Great"}""")]
    [InlineData("""{"spend":{"amount":1,"currency":"USD"},"acquisitions":1,"unitMargin":{"amount":1,"currency":"USD"},"cpa":null,"totalProfit":{"amount":0,"currency":"USD"},"headroomShare":null,"verdict":"1"}""")]
    [InlineData("""{"spend":{"amount":1,"currency":"USD"},"acquisitions":1,"cpa":null,"totalProfit":{"amount":0,"currency":"USD"},"verdict":"Profitable"}""")]
    public void MarginCheck_MalformedJson_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ResultJsonContext.Default.MarginCheck));

    [Fact]
    public void AttributionResult_DuplicateChannel_ThrowsJsonException()
    {
        var json = """{"modelName":"x","currency":"USD","totalConversions":2,"totalValue":{"amount":2,"currency":"USD"},"channels":[{"channel":"a","conversions":1,"value":{"amount":1,"currency":"USD"},"share":0.5},{"channel":"a","conversions":1,"value":{"amount":1,"currency":"USD"},"share":0.5}]}""";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ResultJsonContext.Default.AttributionResult));
    }

    [Fact]
    public void ChannelCredit_PascalCaseNames_AreAccepted()
    {
        var credit = JsonSerializer.Deserialize("""{"Channel":"search","Conversions":1.5,"Value":{"Amount":3,"Currency":"USD"},"Share":null}""", StoredTypesJsonContext.Default.ChannelCredit);
        Assert.Equal(new Channel("search"), credit.Channel);
        Assert.Equal(1.5, credit.Conversions);
        Assert.Null(credit.Share);
    }

    [Property]
    public bool ChannelCreditRoundTripsExactlyThroughJson(ChannelCredit value) => SameStruct(value, ResultJsonContext.Default.ChannelCredit);

    [Property]
    public bool AttributionResultRoundTripsExactlyThroughJson(AttributionResult value)
    {
        var (back, json, again) = RoundTrip(value, ResultJsonContext.Default.AttributionResult);
        return back.ModelName == value.ModelName && back.Currency == value.Currency && back.TotalConversions.Equals(value.TotalConversions)
            && back.TotalValue == value.TotalValue && back.Channels.SequenceEqual(value.Channels) && json == again;
    }

    [Property]
    public bool ModelComparisonRoundTripsExactlyThroughJson(ModelComparison value)
    {
        var (back, json, again) = RoundTrip(value, ResultJsonContext.Default.ModelComparison);
        return back == value && back.Results.Count == value.Results.Count
            && back.ToString() == value.ToString() && json == again;
    }

    [Property]
    public bool ChannelReportRoundTripsExactlyThroughJson(ChannelReport value)
    {
        var (back, json, again) = RoundTrip(value, ResultJsonContext.Default.ChannelReport);
        return back.ModelName == value.ModelName && back.Currency == value.Currency && back.UnitMargin == value.UnitMargin
            && back.Rows.SequenceEqual(value.Rows) && back.Total == value.Total && json == again;
    }

    [Property]
    public bool MarginCheckRoundTripsExactlyThroughJson(MarginCheck value) => SameStruct(value, ResultJsonContext.Default.MarginCheck);

    [Property]
    public bool MarginalCpaCheckRoundTripsExactlyThroughJson(MarginalCpaCheck value) => SameStruct(value, ResultJsonContext.Default.MarginalCpaCheck);

    [Property]
    public bool MarginalRoasCheckRoundTripsExactlyThroughJson(MarginalRoasCheck value) => SameStruct(value, ResultJsonContext.Default.MarginalRoasCheck);

    [Property]
    public bool PaymentModelOutcomeRoundTripsExactlyThroughJson(PaymentModelOutcome value) => SameStruct(value, ResultJsonContext.Default.PaymentModelOutcome);

    [Property]
    public bool PeriodUnitRoundTripsExactlyThroughJson(PeriodUnit value) => SameStruct(value, ResultJsonContext.Default.PeriodUnit);

    [Property]
    public bool RetentionRateRoundTripsExactlyThroughJson(RetentionRate value) => SameStruct(value, ResultJsonContext.Default.RetentionRate);

    [Property]
    public bool DiscountRateRoundTripsExactlyThroughJson(DiscountRate value) => SameStruct(value, ResultJsonContext.Default.DiscountRate);

    [Property]
    public bool PurchaseFrequencyRoundTripsExactlyThroughJson(PurchaseFrequency value) => SameStruct(value, ResultJsonContext.Default.PurchaseFrequency);

    [Property]
    public bool MoneyPerPeriodRoundTripsExactlyThroughJson(MoneyPerPeriod value) => SameStruct(value, ResultJsonContext.Default.MoneyPerPeriod);

    [Property]
    public bool PeriodsRoundTripExactlyThroughJson(Periods value) => SameStruct(value, ResultJsonContext.Default.Periods);

    [Property]
    public bool ShiftedBetaGeometricRoundTripsExactlyThroughJson(ShiftedBetaGeometric value)
    {
        var (back, json, again) = RoundTrip(value, ResultJsonContext.Default.ShiftedBetaGeometric);
        return back == value && json == again;
    }

    [Property]
    public bool ShiftedBetaGeometricFitRoundTripsExactlyThroughJson(ModelFit<ShiftedBetaGeometric> value)
    {
        var (back, json, again) = RoundTrip(value, ResultJsonContext.Default.ModelFitShiftedBetaGeometric);
        return back.Model == value.Model && back.LogLikelihood.Equals(value.LogLikelihood) && back.Iterations == value.Iterations
            && back.Converged == value.Converged && json == again;
    }

    [Property]
    public bool CeilingCheckRoundTripsExactlyThroughJson(CeilingCheck value) => SameStruct(value, ResultJsonContext.Default.CeilingCheck);
}
