namespace PerfMetrics.Tests;

public partial class MoneyTests
{
    [Fact]
    public void Add_IsExactDecimalArithmetic()
    {
        // 0.1 + 0.2 is exactly 0.3 in decimal (it would be 0.30000000000000004 in double).
        Assert.Equal(M(0.3m, Usd), M(0.1m, Usd) + M(0.2m, Usd));
        Assert.Equal(M(-0.1m, Usd), M(0.1m, Usd) - M(0.2m, Usd));
        Assert.Equal(M(-5m, Eur), -M(5m, Eur));
    }

    [Fact]
    public void Add_DifferentCurrencies_ThrowsMismatchNamingBothCurrencies()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => M(1m, Usd) + M(1m, Eur));
        Assert.IsAssignableFrom<ArgumentException>(ex);
        Assert.Equal(Usd, ex.Expected);
        Assert.Equal(Eur, ex.Actual);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Equal("right", ex.ParamName);
        Assert.Throws<CurrencyMismatchException>(() => M(1m, Usd) - M(1m, Eur));
        Assert.Throws<CurrencyMismatchException>(() => M(1m, Usd) < M(1m, Eur));
        Assert.Throws<CurrencyMismatchException>(() => M(1m, Usd) / M(1m, Eur));
    }

    [Fact]
    public void MultiplyAndDivide_ByDecimal()
    {
        // A CPC of 0.50 USD over 700 clicks: 0.50 x 700 = 350.00 USD.
        Assert.Equal(M(350m, Usd), M(0.50m, Usd) * 700);
        Assert.Equal(M(350m, Usd), 700m * M(0.50m, Usd));
        // $350 over 14 sales: 350 / 14 = 25 USD per sale.
        Assert.Equal(M(25m, Usd), M(350m, Usd) / 14);
        // Division does not round to minor units: 100 / 3 keeps 28 significant digits.
        Assert.Equal(33.333333333333333333333333333m, (M(100m, Usd) / 3).Amount);
    }

    [Fact]
    public void DivideByMoney_GivesRatio()
    {
        // A 4:1 ROAS: $400 revenue over $100 spend.
        Assert.Equal(4m, M(400m, Usd) / M(100m, Usd));
    }

    [Fact]
    public void Divide_ByZero_ThrowsArgumentOutOfRangeNamingDivisor()
    {
        var byDecimal = Assert.Throws<ArgumentOutOfRangeException>(() => M(1m, Usd) / 0m);
        Assert.Equal("right", byDecimal.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => M(1m, Usd) / Money.Zero(Usd));
    }

    [Fact]
    public void Overflow_ThrowsOverflowNamingTheOperation()
    {
        var max = M(decimal.MaxValue, Usd);
        Assert.Contains("addition", Assert.Throws<OverflowException>(() => max + M(1m, Usd)).Message, StringComparison.Ordinal);
        Assert.Contains("subtraction", Assert.Throws<OverflowException>(() => -max - M(1m, Usd)).Message, StringComparison.Ordinal);
        Assert.Contains("multiplication", Assert.Throws<OverflowException>(() => max * 2m).Message, StringComparison.Ordinal);
        Assert.Contains("division", Assert.Throws<OverflowException>(() => max / 0.5m).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_TwoCustomCurrenciesWithOneCode_NamesTheirMinorUnits()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => new Money(1m, Currency.Custom("XQP", 4)) + new Money(1m, Currency.Custom("XQP", 2)));
        Assert.Contains("XQP (4 minor units)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("XQP (2 minor units)", ex.Message, StringComparison.Ordinal);
    }
}
