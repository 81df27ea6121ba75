using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Attribution.Paths;

public class PathTableBuilderTests
{
    private static readonly Channel A = new("a");
    private static readonly Channel B = new("b");

    [Fact]
    public void Add_RepeatedPathWhoseConversionsOverflowDouble_ThrowsOverflowInsteadOfInfinity()
    {
        // Review finding: 1e308 + 1e308 gave TotalConversions = Infinity and shares of 0.
        var builder = new PathTableBuilder(Currency.Usd);
        builder.Add([A], 1e308, Money.Zero(Currency.Usd), 0d);
        var ex = Assert.Throws<OverflowException>(() => builder.Add([A], 1e308, Money.Zero(Currency.Usd), 0d));
        Assert.Contains("overflowed double", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPathTable_TotalsOverflowDouble_ThrowsOverflow()
    {
        var builder = new PathTableBuilder(Currency.Usd);
        builder.Add([A], 1e308, Money.Zero(Currency.Usd), 1e308);
        builder.Add([B], 1e308, Money.Zero(Currency.Usd), 1e308);
        Assert.Contains("totals overflowed double", Assert.Throws<OverflowException>(builder.ToPathTable).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPathTable_TotalValueOverflowsDecimal_ThrowsOverflowNamingIt()
    {
        var builder = new PathTableBuilder(Currency.Jpy);
        builder.Add([A], 1d, new Money(decimal.MaxValue, Currency.Jpy), 0d);
        builder.Add([B], 1d, new Money(decimal.MaxValue, Currency.Jpy), 0d);
        Assert.Contains("total value overflowed", Assert.Throws<OverflowException>(builder.ToPathTable).Message, StringComparison.Ordinal);
    }
}
