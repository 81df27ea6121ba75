using NodaTime;

namespace PerfMetrics.Tests;

public partial class ConversionTests
{
    [Fact]
    public void ToString_IgnoresCurrentCulture()
    {
        var at = Instant.FromUtc(2026, 3, 1, 10, 0);
        var conversion = new Conversion(at, new Money(1250.5m, Currency.Usd), new Touchpoint(new Channel("email"), at));
        using var scope = new CultureScope("de-DE");
        Assert.Equal("Acquisition 1250.50 USD @ 2026-03-01T10:00:00Z via email", conversion.ToString());
    }
}
