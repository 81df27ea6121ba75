using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck.Xunit;

namespace PerfMetrics.Tests.Json;

/// <summary>A publisher deal a user stores: what they pay, and the budget per channel.</summary>
public sealed record PublisherDeal(string Publisher, PaymentModel Terms, Dictionary<Channel, Money> Budgets, Channel Primary);

[JsonSerializable(typeof(PublisherDeal))]
[JsonSerializable(typeof(Channel))]
[JsonSerializable(typeof(PaymentModel))]
[JsonSerializable(typeof(Channel[]))]
internal sealed partial class ValueJsonContext : JsonSerializerContext;

[Properties(Arbitrary = [typeof(ValueJsonGenerators)], MaxTest = 300 / TestProfile.PropertyRunDivisor)]
public class ValueJsonTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    [Fact]
    public void Channel_IsWrittenAsItsNameAndDefaultAsNull()
    {
        Assert.Equal("\"google ads\"", JsonSerializer.Serialize(new Channel("  google ads "), ValueJsonContext.Default.Channel));
        Assert.Equal("null", JsonSerializer.Serialize(default(Channel), ValueJsonContext.Default.Channel));
        Assert.Equal("""["email",null]""", JsonSerializer.Serialize([new Channel("email"), default], ValueJsonContext.Default.ChannelArray));
        Assert.Equal(default, JsonSerializer.Deserialize("null", ValueJsonContext.Default.Channel));
    }

    [Fact]
    public void PaymentModel_IsWrittenAsItsInvariantText()
    {
        var hybrid = PaymentModel.Hybrid(PaymentModel.FlatFee(Usd(500m)), PaymentModel.RevenueShare(0.1m));
        Assert.Equal("\"CPC 0.50 USD\"", JsonSerializer.Serialize(PaymentModel.Cpc(Usd(0.5m)), ValueJsonContext.Default.PaymentModel));
        // The default encoder escapes '+' (an HTML-sensitive character) as \u002B; with JavaScriptEncoder.UnsafeRelaxedJsonEscaping it stays '+'.
        Assert.Equal("\"Hybrid(FlatFee 500.00 USD \\u002B RevenueShare 0.1)\"", JsonSerializer.Serialize(hybrid, ValueJsonContext.Default.PaymentModel));
        Assert.Equal(hybrid, JsonSerializer.Deserialize("\"Hybrid(FlatFee 500.00 USD + RevenueShare 0.1)\"", ValueJsonContext.Default.PaymentModel));
        Assert.Equal("null", JsonSerializer.Serialize(default(PaymentModel), ValueJsonContext.Default.PaymentModel));
    }

    [Fact]
    public void PublisherDeal_WithChannelKeyedBudgets_WritesTheExactText()
    {
        var deal = new PublisherDeal(
            "acme",
            PaymentModel.Cpa(Usd(25m)),
            new Dictionary<Channel, Money> { [new Channel("email")] = Usd(100m), [new Channel("search")] = Usd(250.50m) },
            new Channel("search"));
        const string Expected =
            """{"Publisher":"acme","Terms":"CPA 25.00 USD","Budgets":{"email":{"Amount":100,"Currency":"USD"},"search":{"Amount":250.50,"Currency":"USD"}},"Primary":"search"}""";
        var json = JsonSerializer.Serialize(deal, ValueJsonContext.Default.PublisherDeal);
        Assert.Equal(Expected, json);
        var back = JsonSerializer.Deserialize(json, ValueJsonContext.Default.PublisherDeal)!;
        Assert.Equal(deal.Terms, back.Terms);
        Assert.Equal(deal.Budgets, back.Budgets);
        Assert.Equal(deal.Primary, back.Primary);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("5")]
    [InlineData("""{"name":"email"}""")]
    [InlineData("[\"email\"]")]
    public void Channel_InvalidJson_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ValueJsonContext.Default.Channel));

    [Fact]
    public void Channel_EmptyDictionaryKey_ThrowsJsonException() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            """{"Publisher":"p","Terms":null,"Budgets":{" ":{"Amount":1,"Currency":"USD"}},"Primary":null}""", ValueJsonContext.Default.PublisherDeal));

    [Fact]
    public void Channel_DefaultAsDictionaryKey_CannotBeWritten()
    {
        var deal = new PublisherDeal("p", default, new Dictionary<Channel, Money> { [default] = Usd(1m) }, default);
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(deal, ValueJsonContext.Default.PublisherDeal));
    }

    [Theory]
    [InlineData("\"CPC -0.50 USD\"", "CPC -0.50 USD")]
    [InlineData("\"RevenueShare 1.5\"", "RevenueShare 1.5")]
    [InlineData("\"CPC 0.50 XYZ\"", "XYZ")]
    [InlineData("\"Hybrid(CPC 0.50 USD + CPA 1.00 EUR)\"", "Hybrid")]
    [InlineData("\"None\"", "None")]
    [InlineData("0.5", "Number")]
    [InlineData("""{"kind":"Cpc","rate":{"amount":0.5,"currency":"USD"}}""", "StartObject")]
    public void PaymentModel_InvalidJson_ThrowsJsonExceptionQuotingTheInput(string json, string because)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ValueJsonContext.Default.PaymentModel));
        Assert.Contains(because, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PaymentModel_InACustomCurrency_CannotBeWritten()
    {
        var points = PaymentModel.Cpa(new Money(5m, Currency.Custom("XQP", 4)));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(points, ValueJsonContext.Default.PaymentModel));
    }

    [Property]
    public bool ChannelRoundTripsThroughJson(Channel value) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(value, ValueJsonContext.Default.Channel), ValueJsonContext.Default.Channel) == value;

    [Property]
    public bool PaymentModelRoundTripsThroughJson(PaymentModel value)
    {
        var json = JsonSerializer.Serialize(value, ValueJsonContext.Default.PaymentModel);
        var back = JsonSerializer.Deserialize(json, ValueJsonContext.Default.PaymentModel);
        return back == value && json == JsonSerializer.Serialize(back, ValueJsonContext.Default.PaymentModel);
    }
}
