using System.Text.Json;

namespace PerfMetrics.Tests;

public partial class CurrencyTests
{
    [Fact]
    public void Currency_MalformedJson_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"XYZ\"", TestJsonContext.Default.Currency));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("5", TestJsonContext.Default.Currency));
        Assert.Equal(default, JsonSerializer.Deserialize("null", TestJsonContext.Default.Currency));
    }

    [Fact]
    public void Currency_Custom_CannotBeWrittenAsABareCode() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(Currency.Custom("XQP", 4), TestJsonContext.Default.Currency));
}
