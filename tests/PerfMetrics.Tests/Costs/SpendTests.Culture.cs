using NodaTime;

namespace PerfMetrics.Tests;

public partial class SpendTests
{
    [Fact]
    public void ToString_IgnoresCurrentCulture()
    {
        var spend = new Spend(new Channel("meta"), new Money(1250.5m, Currency.Usd), new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 7)));
        using var scope = new CultureScope("ar-SA");
        Assert.Equal("meta 1250.50 USD over 2026-03-01/2026-03-07", spend.ToString());
    }
}
