using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck.Xunit;

namespace PerfMetrics.Tests;

/// <summary>A record a user might store, serialized through a source-generated (reflection-free) context.</summary>
public sealed record Invoice(string Id, Money Total, Currency Currency, Money[] Lines);

[JsonSerializable(typeof(Invoice))]
[JsonSerializable(typeof(Money))]
[JsonSerializable(typeof(Currency))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class TestJsonContext : JsonSerializerContext;

public partial class MoneyTests
{
    [Fact]
    public void Money_WritesAmountAsAnExactNumberAndTheCode()
    {
        Assert.Equal("""{"amount":25.00,"currency":"USD"}""", JsonSerializer.Serialize(new Money(25.00m, Currency.Usd), TestJsonContext.Default.Money));
        Assert.Equal("""{"amount":0,"currency":null}""", JsonSerializer.Serialize(default(Money), TestJsonContext.Default.Money));
        Assert.Equal("\"JPY\"", JsonSerializer.Serialize(Currency.Jpy, TestJsonContext.Default.Currency));
    }

    [Fact]
    public void Money_ReadsBackWithoutPassingThroughDouble()
    {
        // 0.1 + 0.2 as decimal text, and 28 significant digits: a double would change both.
        var json = """{"amount":1234567890123456789.0123456789,"currency":"usd"}""";
        var money = JsonSerializer.Deserialize(json, TestJsonContext.Default.Money);
        Assert.Equal(1234567890123456789.0123456789m, money.Amount);
        Assert.Equal(Currency.Usd, money.Currency);
    }

    [Fact]
    public void Invoice_RoundTripsThroughTheSourceGeneratedContext()
    {
        var invoice = new Invoice("inv-1", new Money(350m, Currency.Usd), Currency.Usd, new Money(350m, Currency.Usd).Split(3));
        var json = JsonSerializer.Serialize(invoice, TestJsonContext.Default.Invoice);
        var back = JsonSerializer.Deserialize(json, TestJsonContext.Default.Invoice)!;
        Assert.Equal(invoice.Total, back.Total);
        Assert.Equal(invoice.Currency, back.Currency);
        Assert.Equal(invoice.Lines, back.Lines);
    }

    [Theory]
    [InlineData("""{"amount":1,"currency":"XYZ"}""")]
    [InlineData("""{"amount":"1","currency":"USD"}""")]
    [InlineData("""{"amount":1}""")]
    [InlineData("""{"currency":"USD"}""")]
    [InlineData("""{"amount":1,"currency":null}""")]
    [InlineData("""{"amount":1,"currency":5}""")]
    [InlineData("\"25.00 USD\"")]
    [InlineData("[1]")]
    public void Money_MalformedJson_ThrowsJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TestJsonContext.Default.Money));

    [Fact]
    public void Money_InACustomCurrency_CarriesItsMinorUnitsAndReadsBack()
    {
        // Review finding: a custom currency was written as a bare code that could not be read back.
        var points = new Money(1.2345m, Currency.Custom("XQP", 4, 901));
        var json = JsonSerializer.Serialize(points, TestJsonContext.Default.Money);
        Assert.Equal("""{"amount":1.2345,"currency":"XQP","minorUnits":4,"numericCode":901}""", json);
        Assert.Equal(points, JsonSerializer.Deserialize(json, TestJsonContext.Default.Money));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"amount":1,"currency":"USD","minorUnits":2}""", TestJsonContext.Default.Money));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""{"amount":1,"currency":"XQP","minorUnits":99}""", TestJsonContext.Default.Money));
    }

    [Property]
    public bool MoneyRoundTripsExactlyThroughJsonKeepingItsScale(Money money)
    {
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(money, TestJsonContext.Default.Money), TestJsonContext.Default.Money);
        return back == money && back.Amount.Scale == money.Amount.Scale;
    }
}
