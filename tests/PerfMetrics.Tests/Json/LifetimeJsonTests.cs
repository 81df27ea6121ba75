using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Xunit;
using NodaTime;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Lifetime;

namespace PerfMetrics.Tests.Json;

/// <summary>What a user stores after fitting customer-base models: both fits and the RFM rows they were fitted to.</summary>
public sealed record CustomerBaseSnapshot(string Cohort, ModelFit<BgNbd> Purchases, ModelFit<GammaGamma> Spend, CustomerRfm[] Customers, BgNbd? Override);

[JsonSerializable(typeof(CustomerBaseSnapshot))]
[JsonSerializable(typeof(BgNbd))]
[JsonSerializable(typeof(ModelFit<BgNbd>))]
[JsonSerializable(typeof(GammaGamma))]
[JsonSerializable(typeof(ModelFit<GammaGamma>))]
[JsonSerializable(typeof(CustomerRfm))]
[JsonSerializable(typeof(List<CustomerRfm>))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class LifetimeModelJsonContext : JsonSerializerContext;

[Properties(Arbitrary = [typeof(LifetimeJsonGenerators)], MaxTest = 300 / TestProfile.PropertyRunDivisor)]
public class LifetimeJsonTests
{
    private static readonly JsonTypeInfo<BgNbd> BgNbdInfo = LifetimeModelJsonContext.Default.BgNbd;
    private static readonly JsonTypeInfo<ModelFit<BgNbd>> BgNbdFitInfo = LifetimeModelJsonContext.Default.ModelFitBgNbd;
    private static readonly JsonTypeInfo<GammaGamma> GammaGammaInfo = LifetimeModelJsonContext.Default.GammaGamma;
    private static readonly JsonTypeInfo<ModelFit<GammaGamma>> GammaGammaFitInfo = LifetimeModelJsonContext.Default.ModelFitGammaGamma;
    private static readonly JsonTypeInfo<CustomerRfm> RfmInfo = LifetimeModelJsonContext.Default.CustomerRfm;

    /// <summary>Same bits, so -0 differs from 0 and every last mantissa bit counts (== would hide both).</summary>
    private static bool Bits(double x, double y) => BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y);

    private static bool SameBgNbd(BgNbd x, BgNbd y) => Bits(x.R, y.R) && Bits(x.Alpha, y.Alpha) && Bits(x.A, y.A) && Bits(x.B, y.B) && x.Unit == y.Unit;

    private static bool SameGammaGamma(GammaGamma x, GammaGamma y) => Bits(x.P, y.P) && Bits(x.Q, y.Q) && Bits(x.Gamma, y.Gamma) && x.Currency == y.Currency;

    private static (T Back, string Json, string Again) RoundTrip<T>(T value, JsonTypeInfo<T> info)
    {
        var json = JsonSerializer.Serialize(value, info);
        var back = JsonSerializer.Deserialize(json, info)!;
        return (back, json, JsonSerializer.Serialize(back, info));
    }

    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    // ---- Hand-written examples: the exact text a user will find in their store. ----

    [Fact]
    public void BgNbd_PublishedCdnowParameters_WriteTheExactText()
    {
        // Fader, Hardie and Lee (2005), CDNOW, weeks: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426.
        var model = new BgNbd(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week);
        const string Expected = """{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"P1W"}""";
        Assert.Equal(Expected, JsonSerializer.Serialize(model, BgNbdInfo));
        Assert.Equal(model, JsonSerializer.Deserialize(Expected, BgNbdInfo));
    }

    [Fact]
    public void BgNbdFit_WritesModelLogLikelihoodIterationsAndFlag()
    {
        var fit = TestFits.Of(new BgNbd(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week), -9582.4, 25, true);
        const string Expected = """{"model":{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"P1W"},"logLikelihood":-9582.4,"standardErrors":[0.030375,0.55175,0.099125,0.30325],"iterations":25,"converged":true,"gradientNorm":1.5E-07}""";
        Assert.Equal(Expected, JsonSerializer.Serialize(fit, BgNbdFitInfo));
        var back = JsonSerializer.Deserialize(Expected, BgNbdFitInfo)!;
        Assert.Equal(fit.Model, back.Model);
        Assert.Equal(-9582.4, back.LogLikelihood);
        Assert.Equal(25, back.Iterations);
        Assert.True(back.Converged);
    }

    [Fact]
    public void GammaGamma_PublishedCdnowParameters_WriteTheExactText()
    {
        // Fader, Hardie and Lee (2005), CDNOW spend: p = 6.25, q = 3.74, gamma = 15.44 (USD).
        var model = new GammaGamma(6.25, 3.74, 15.44, Currency.Usd);
        const string Expected = """{"p":6.25,"q":3.74,"gamma":15.44,"currency":"USD"}""";
        Assert.Equal(Expected, JsonSerializer.Serialize(model, GammaGammaInfo));
        Assert.Equal(model, JsonSerializer.Deserialize(Expected, GammaGammaInfo));
    }

    [Fact]
    public void GammaGammaFit_WritesModelLogLikelihoodIterationsAndFlag()
    {
        var fit = TestFits.Of(new GammaGamma(6.25, 3.74, 15.44, Currency.Eur), -4003.75, 30, false);
        const string Expected = """{"model":{"p":6.25,"q":3.74,"gamma":15.44,"currency":"EUR"},"logLikelihood":-4003.75,"standardErrors":[null,null,null],"iterations":30,"converged":false,"gradientNorm":0.25}""";
        Assert.Equal(Expected, JsonSerializer.Serialize(fit, GammaGammaFitInfo));
        var back = JsonSerializer.Deserialize(Expected, GammaGammaFitInfo)!;
        Assert.Equal(fit.Model, back.Model);
        Assert.False(back.Converged);
    }

    [Fact]
    public void CustomerRfm_RepeatBuyer_WritesExactPeriodsAndMoney()
    {
        // A customer who bought on days 0, 100 and 213 of a 272-day calibration, repeat purchases of 20.00 and 24.70 USD:
        // x = 2, t_x = 213/7 weeks, T = 272/7 weeks, mean repeat value 22.35 USD. Periods keep all 28 digits of 213/7.
        var row = CustomerRfm.Create("0001", 2, new Periods(213m / 7m, PeriodUnit.Week), new Periods(272m / 7m, PeriodUnit.Week), Usd(22.35m), null, null);
        const string Expected =
            """{"customerId":"0001","frequency":2,"recency":{"count":30.428571428571428571428571429,"unit":"P1W"},"t":{"count":38.857142857142857142857142857,"unit":"P1W"},"monetaryValue":{"amount":22.35,"currency":"USD"},"holdoutFrequency":null,"holdoutValue":null}""";
        Assert.Equal(Expected, JsonSerializer.Serialize(row, RfmInfo));
        Assert.Equal(row, JsonSerializer.Deserialize(Expected, RfmInfo));
    }

    [Fact]
    public void CustomerRfm_OneTimeBuyerWithHoldout_WritesNullMeanAndHoldoutFields()
    {
        var row = CustomerRfm.Create("0002", 0, new Periods(0m, PeriodUnit.Month), new Periods(9m, PeriodUnit.Month), null, 1, Usd(15.00m));
        const string Expected =
            """{"customerId":"0002","frequency":0,"recency":{"count":0,"unit":"P1M"},"t":{"count":9,"unit":"P1M"},"monetaryValue":null,"holdoutFrequency":1,"holdoutValue":{"amount":15.00,"currency":"USD"}}""";
        Assert.Equal(Expected, JsonSerializer.Serialize(row, RfmInfo));
        Assert.Equal(row, JsonSerializer.Deserialize(Expected, RfmInfo));
    }

    [Fact]
    public void CustomerRfm_GroupedRow_WritesItsCount_AndAnAbsentCountReadsAsOne()
    {
        // 40 customers with x = 0 and T = 9 months, one summary row for the group (a warehouse GROUP BY).
        var row = new CustomerRfm("x0-T9", 0, new Periods(0m, PeriodUnit.Month), new Periods(9m, PeriodUnit.Month), null, count: 40);
        const string Expected =
            """{"customerId":"x0-T9","frequency":0,"recency":{"count":0,"unit":"P1M"},"t":{"count":9,"unit":"P1M"},"monetaryValue":null,"holdoutFrequency":null,"holdoutValue":null,"count":40}""";
        Assert.Equal(Expected, JsonSerializer.Serialize(row, RfmInfo));
        Assert.Equal(row, JsonSerializer.Deserialize(Expected, RfmInfo));
        Assert.Equal(1, JsonSerializer.Deserialize(Expected.Replace(",\"count\":40", "", StringComparison.Ordinal), RfmInfo).Count);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(Expected.Replace("40", "0", StringComparison.Ordinal), RfmInfo));
    }

    [Fact]
    public void BgNbd_PascalCaseNames_AreReadUnderDefaultOptionsAndCaseInsensitively()
    {
        // With no naming policy the names are the C# property names; camelCase text reads when names are case-insensitive.
        Assert.Equal(new BgNbd(1, 2, 3, 4, PeriodUnit.Day), JsonSerializer.Deserialize("""{"R":1,"Alpha":2,"A":3,"B":4,"Unit":"P1D"}""", StoredTypesJsonContext.Default.BgNbd));
        var insensitive = new JsonSerializerOptions(BgNbdInfo.Options) { PropertyNameCaseInsensitive = true };
        Assert.Equal(new BgNbd(1, 2, 3, 4, PeriodUnit.Day), JsonSerializer.Deserialize("""{"R":1,"Alpha":2,"A":3,"B":4,"Unit":"P1D"}""", (JsonTypeInfo<BgNbd>)insensitive.GetTypeInfo(typeof(BgNbd))));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"R":1,"Alpha":2,"A":3,"B":4,"Unit":"P1D"}""", BgNbdInfo));
    }

    [Fact]
    public void Doubles_AreWrittenInTheirShortestRoundTripText()
    {
        // 0.1 + 0.2 is 0.30000000000000004 (17 significant digits); the smallest subnormal is 5E-324.
        var json = JsonSerializer.Serialize(new BgNbd(0.1 + 0.2, double.Epsilon, double.MaxValue, 1, PeriodUnit.Day), BgNbdInfo);
        Assert.Equal("""{"r":0.30000000000000004,"alpha":5E-324,"a":1.7976931348623157E+308,"b":1,"unit":"P1D"}""", json);
        var back = JsonSerializer.Deserialize(json, BgNbdInfo)!;
        Assert.Equal(0.1 + 0.2, back.R);
        Assert.Equal(double.Epsilon, back.Alpha);
        Assert.Equal(double.MaxValue, back.A);
    }

    // ---- Real data: fitted on the CDNOW sample, stored, read back, and predicting the same. ----

    [Fact]
    public void Snapshot_CdnowFits_RoundTripAndPredictTheSame()
    {
        var summary = RfmSummary.Build(CdnowData.Transactions(), PeriodUnit.Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd, new LocalDate(1998, 6, 30));
        var snapshot = new CustomerBaseSnapshot("cdnow-1997Q1", BgNbd.Fit(summary.Customers), GammaGamma.Fit(summary.Customers), [.. summary.Customers], null);

        var json = JsonSerializer.Serialize(snapshot, LifetimeModelJsonContext.Default.CustomerBaseSnapshot);
        var back = JsonSerializer.Deserialize(json, LifetimeModelJsonContext.Default.CustomerBaseSnapshot)!;

        Assert.True(SameBgNbd(snapshot.Purchases.Model, back.Purchases.Model));
        Assert.True(SameGammaGamma(snapshot.Spend.Model, back.Spend.Model));
        Assert.True(Bits(snapshot.Purchases.LogLikelihood, back.Purchases.LogLikelihood));
        Assert.Equal(snapshot.Customers, back.Customers);
        Assert.Null(back.Override);
        var horizon = new Periods(39m, PeriodUnit.Week);
        foreach (var (before, after) in snapshot.Customers.Zip(back.Customers).Take(200))
        {
            Assert.True(Bits(snapshot.Purchases.Model.ConditionalExpectedPurchases(horizon, before), back.Purchases.Model.ConditionalExpectedPurchases(horizon, after)));
            Assert.Equal(snapshot.Spend.Model.ConditionalExpectedValue(before), back.Spend.Model.ConditionalExpectedValue(after));
        }

        Assert.Equal(json, JsonSerializer.Serialize(back, LifetimeModelJsonContext.Default.CustomerBaseSnapshot));
    }

    // ---- Round-trip properties. ----

    [Property]
    public bool BgNbdRoundTripsBitExactlyThroughJson(BgNbd value)
    {
        var (back, json, again) = RoundTrip(value, BgNbdInfo);
        return SameBgNbd(back, value) && json == again;
    }

    [Property]
    public bool BgNbdFitRoundTripsBitExactlyThroughJson(ModelFit<BgNbd> value)
    {
        var (back, json, again) = RoundTrip(value, BgNbdFitInfo);
        return SameBgNbd(back.Model, value.Model) && Bits(back.LogLikelihood, value.LogLikelihood)
            && back.Iterations == value.Iterations && back.Converged == value.Converged && back == value && json == again;
    }

    [Property]
    public bool GammaGammaRoundTripsBitExactlyThroughJson(GammaGamma value)
    {
        var (back, json, again) = RoundTrip(value, GammaGammaInfo);
        return SameGammaGamma(back, value) && json == again;
    }

    [Property]
    public bool GammaGammaFitRoundTripsBitExactlyThroughJson(ModelFit<GammaGamma> value)
    {
        var (back, json, again) = RoundTrip(value, GammaGammaFitInfo);
        return SameGammaGamma(back.Model, value.Model) && Bits(back.LogLikelihood, value.LogLikelihood)
            && back.Iterations == value.Iterations && back.Converged == value.Converged && back == value && json == again;
    }

    [Property]
    public bool CustomerRfmRoundTripsExactlyThroughJsonKeepingEveryDigit(CustomerRfm value)
    {
        var (back, json, again) = RoundTrip(value, RfmInfo);
        return back == value && back.Recency.Count.Scale == value.Recency.Count.Scale && back.T.Count.Scale == value.T.Count.Scale
            && back.MonetaryValue?.Amount.Scale == value.MonetaryValue?.Amount.Scale && json == again;
    }

    // ---- Bad JSON: every malformed or invalid document is a JsonException that says why. ----

    [Theory]
    [InlineData("""{"r":0,"alpha":1,"a":1,"b":1,"unit":"P1W"}""", "r")]
    [InlineData("""{"r":1,"alpha":-2,"a":1,"b":1,"unit":"P1W"}""", "alpha")]
    [InlineData("""{"r":1,"alpha":1,"a":1e400,"b":1,"unit":"P1W"}""", "BgNbd.a")]
    [InlineData("""{"r":1,"alpha":1,"a":1,"b":"NaN","unit":"P1W"}""", "BgNbd.b")]
    [InlineData("""{"r":1,"alpha":1,"a":1,"unit":"P1W"}""", "\"b\"")]
    [InlineData("""{"r":1,"alpha":1,"a":1,"b":null,"unit":"P1W"}""", "\"b\"")]
    [InlineData("""{"r":1,"alpha":1,"a":1,"b":1}""", "\"unit\"")]
    [InlineData("""{"r":1,"alpha":1,"a":1,"b":1,"unit":"fortnight"}""", "BgNbd.unit")]
    [InlineData("""{"r":1,"alpha":1,"a":1,"b":1,"unit":"P1W","s":2}""", "\"s\"")]
    [InlineData("""{"r":1,"alpha":1,"a":1,"b":1,"unit":"P1W","r":2}""", "\"r\" more than once")]
    [InlineData("""{"r":1,"alpha":1,"a":1,"b":1,"unit":"P1W","R":2}""", "has no property \"R\"")]
    [InlineData("""[0.243,4.414,0.793,2.426]""", "JSON object")]
    [InlineData("\"BG/NBD(r=1)\"", "JSON object")]
    public void BgNbd_InvalidJson_ThrowsJsonExceptionNamingTheRule(string json, string because)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, BgNbdInfo));
        Assert.Contains(because, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"p":1,"q":1,"gamma":0,"currency":"USD"}""", "gamma")]
    [InlineData("""{"p":1,"q":1,"gamma":1,"currency":"XYZ"}""", "ISO 4217")]
    [InlineData("""{"p":1,"q":1,"gamma":1,"currency":null}""", "\"currency\"")]
    [InlineData("""{"p":1,"q":1,"gamma":1}""", "\"currency\"")]
    [InlineData("""{"p":1,"q":1,"gamma":1,"currency":"USD","Gamma":2}""", "has no property \"Gamma\"")]
    [InlineData("""{"p":1,"q":1,"gamma":1,"currency":"USD","amount":2}""", "\"amount\"")]
    public void GammaGamma_InvalidJson_ThrowsJsonExceptionNamingTheRule(string json, string because)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, GammaGammaInfo));
        Assert.Contains(because, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"model":{"r":1,"alpha":1,"a":1,"b":1,"unit":"P1W"},"logLikelihood":-1,"iterations":-1,"converged":true}""", "iterations must be 0 or more")]
    [InlineData("""{"model":{"r":1,"alpha":1,"a":1,"b":1,"unit":"P1W"},"logLikelihood":-1,"iterations":2.5,"converged":true}""", "iterations")]
    [InlineData("""{"model":{"r":1,"alpha":1,"a":1,"b":1,"unit":"P1W"},"logLikelihood":-1e999,"iterations":2,"converged":true}""", "logLikelihood")]
    [InlineData("""{"model":{"r":1,"alpha":1,"a":1,"b":1,"unit":"P1W"},"logLikelihood":-1,"iterations":2,"converged":"yes"}""", "converged")]
    [InlineData("""{"model":[1,1,1,1],"logLikelihood":-1,"iterations":2,"converged":true}""", "model")]
    [InlineData("""{"model":{"r":1,"alpha":1,"a":1,"b":1,"unit":"P1W"},"logLikelihood":-1,"standardErrors":[1,1,1,1],"iterations":2}""", "\"converged\"")]
    [InlineData("""{"model":{"r":1,"alpha":1,"a":1,"b":1,"unit":"P1W"},"logLikelihood":-1,"iterations":2,"converged":true,"note":"x"}""", "\"note\"")]
    [InlineData("""{"model":{"r":1,"alpha":1,"a":1,"b":-1,"unit":"P1W"},"logLikelihood":-1,"iterations":2,"converged":true}""", "b must be")]
    public void BgNbdFit_InvalidJson_ThrowsJsonExceptionNamingTheRule(string json, string because)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, BgNbdFitInfo));
        Assert.Contains(because, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"model":{"p":1,"q":1,"gamma":1,"currency":"USD"},"logLikelihood":-1,"iterations":-3,"converged":true}""", "iterations must be 0 or more")]
    [InlineData("""{"model":{"p":1,"q":1,"gamma":1,"currency":"USD"},"logLikelihood":null,"iterations":3,"converged":true}""", "\"logLikelihood\"")]
    [InlineData("""{"model":"GammaGamma(p=1)","logLikelihood":-1,"iterations":3,"converged":true}""", "model")]
    public void GammaGammaFit_InvalidJson_ThrowsJsonExceptionNamingTheRule(string json, string because)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, GammaGammaFitInfo));
        Assert.Contains(because, ex.Message, StringComparison.Ordinal);
    }

    private const string Week0 = """{"count":0,"unit":"P1W"}""";
    private const string Week5 = """{"count":5,"unit":"P1W"}""";
    private const string Week9 = """{"count":9,"unit":"P1W"}""";
    private const string Ten = """{"amount":10.00,"currency":"USD"}""";
    private const string OneEur = """{"amount":1,"currency":"EUR"}""";

    [Theory]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week9}},"t":{{Week5}},"monetaryValue":{{Ten}},"holdoutFrequency":null,"holdoutValue":null}""", "recency must not exceed t")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{"count":5,"unit":"P1D"},"t":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":null,"holdoutValue":null}""", "same unit")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week0}},"t":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":null,"holdoutValue":null}""", "recency must be greater than 0 exactly when")]
    [InlineData($$"""{"customerId":"c","frequency":0,"recency":{{Week5}},"t":{{Week9}},"monetaryValue":null,"holdoutFrequency":null,"holdoutValue":null}""", "recency must be greater than 0 exactly when")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week5}},"t":{{Week9}},"monetaryValue":null,"holdoutFrequency":null,"holdoutValue":null}""", "monetaryValue must be present")]
    [InlineData($$"""{"customerId":"c","frequency":0,"recency":{{Week0}},"t":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":null,"holdoutValue":null}""", "monetaryValue must be present")]
    [InlineData($$"""{"customerId":"c","frequency":-1,"recency":{{Week0}},"t":{{Week9}},"monetaryValue":null,"holdoutFrequency":null,"holdoutValue":null}""", "frequency")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week5}},"t":{{Week9}},"monetaryValue":{"amount":-1,"currency":"USD"},"holdoutFrequency":null,"holdoutValue":null}""", "monetaryValue")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week5}},"t":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":1,"holdoutValue":null}""", "both present or both null")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week5}},"t":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":-1,"holdoutValue":{{Ten}}}""", "holdoutFrequency")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week5}},"t":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":1,"holdoutValue":{{OneEur}}}""", "EUR")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week5}},"t":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":null}""", "\"holdoutValue\" (null when undefined)")]
    [InlineData($$"""{"customerId":null,"frequency":2,"recency":{{Week5}},"t":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":null,"holdoutValue":null}""", "\"customerId\"")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{"count":-5,"unit":"P1W"},"t":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":null,"holdoutValue":null}""", "CustomerRfm.recency")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week5}},"t":"9 x P1W","monetaryValue":{{Ten}},"holdoutFrequency":null,"holdoutValue":null}""", "CustomerRfm.t")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week5}},"t":{{Week9}},"T":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":null,"holdoutValue":null}""", "has no property \"T\"")]
    [InlineData($$"""{"customerId":"c","frequency":2,"recency":{{Week5}},"t":{{Week9}},"monetaryValue":{{Ten}},"holdoutFrequency":null,"holdoutValue":null,"zbar":22.35}""", "\"zbar\"")]
    public void CustomerRfm_InvalidJson_ThrowsJsonExceptionNamingTheRule(string json, string because)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, RfmInfo));
        Assert.Contains(because, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GammaGamma_InACustomCurrency_CannotBeWritten()
    {
        // A bare "XQP" could not be read back (its minor units would be lost), so writing refuses rather than storing a dead end.
        var model = new GammaGamma(1, 2, 3, Currency.Custom("XQP", 4));
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(model, GammaGammaInfo));
        Assert.Contains("XQP", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CustomerRfm_Default_CannotBeWritten() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(CustomerRfm), RfmInfo));

    [Fact]
    public void CustomerRfm_ListOfRows_RoundTrips()
    {
        List<CustomerRfm> rows =
        [
            CustomerRfm.Create("a", 0, new Periods(0m, PeriodUnit.Day), new Periods(3m, PeriodUnit.Day), null, null, null),
            CustomerRfm.Create("b", 4, new Periods(2.5m, PeriodUnit.Day), new Periods(3m, PeriodUnit.Day), Usd(1.005m), null, null),
        ];
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(rows, LifetimeModelJsonContext.Default.ListCustomerRfm), LifetimeModelJsonContext.Default.ListCustomerRfm);
        Assert.Equal(rows, back);
    }
}
