using FsCheck.Xunit;

namespace PerfMetrics.Tests;

/// <summary>Tests of <see cref="Money"/>; the [Properties] defaults serve the property tests (MoneyTests.Properties.cs, MoneyTests.Json.cs).</summary>
[Properties(Arbitrary = [typeof(MoneyGenerators), typeof(SameCurrencyArbitraries)], MaxTest = 300 / TestProfile.PropertyRunDivisor)]
public partial class MoneyTests
{
    private static readonly Currency Usd = Currency.Usd;
    private static readonly Currency Eur = Currency.Eur;
    private static readonly Currency Jpy = Currency.Jpy;
    private static readonly Currency Bhd = Currency.FromCode("BHD");

    private static Money M(decimal amount, Currency currency) => new(amount, currency);

    [Fact]
    public void Constructor_KeepsAmountExactly()
    {
        var money = M(25.1000m, Usd);
        Assert.Equal(25.1000m, money.Amount);
        Assert.Equal(4, money.Amount.Scale);
        Assert.Equal(Usd, money.Currency);
        Assert.False(money.IsDefault);
    }

    [Fact]
    public void Constructor_DefaultCurrency_ThrowsNamingCurrency()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Money(1m, default));
        Assert.Equal("currency", ex.ParamName);
        Assert.Contains("default(Currency)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_FollowsContract()
    {
        ContractAssert.Ordering(M(24.99m, Usd), M(25m, Usd), M(25.00m, Usd), M(25.01m, Usd));
    }

    [Fact]
    public void Equals_DifferentCurrencies_IsFalseAndDoesNotThrow()
    {
        Assert.False(M(1m, Usd).Equals(M(1m, Eur)));
        Assert.True(M(1m, Usd) != M(1m, Eur));
        Assert.False(Money.Zero(Usd) == Money.Zero(Eur));
    }

    [Fact]
    public void Default_IsCurrencylessZero()
    {
        var zero = default(Money);
        Assert.True(zero.IsDefault);
        Assert.Equal(0m, zero.Amount);
        Assert.True(zero.Currency.IsDefault);
        Assert.Equal(string.Empty, zero.Currency.Code);
        Assert.Equal(default, Money.AdditiveIdentity);
    }

    [Fact]
    public void Default_IsAdditiveIdentityForEveryCurrency()
    {
        Assert.Equal(M(12.34m, Usd), default(Money) + M(12.34m, Usd));
        Assert.Equal(M(12.34m, Usd), M(12.34m, Usd) + default(Money));
        Assert.Equal(M(12.34m, Eur), M(12.34m, Eur) - default(Money));
        Assert.Equal(M(-12.34m, Jpy), default(Money) - M(12.34m, Jpy));
        Assert.Equal(default(Money), default(Money) + default(Money));
    }

    [Fact]
    public void Default_ComparesAsZeroButIsNotEqualToAZeroInACurrency()
    {
        Assert.Equal(0, default(Money).CompareTo(Money.Zero(Usd)));
        Assert.True(default(Money) < M(0.01m, Usd));
        Assert.True(default(Money) > M(-0.01m, Eur));
        Assert.False(default(Money) == Money.Zero(Usd));
    }

    [Fact]
    public void Default_RoundAllocateSplit_ThrowInvalidOperationPointingToZero()
    {
        var round = Assert.Throws<InvalidOperationException>(() => default(Money).Round());
        Assert.Contains("Money.Zero(currency)", round.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => default(Money).Allocate([1m]));
        Assert.Throws<InvalidOperationException>(() => default(Money).Split(2));
        Assert.Throws<InvalidOperationException>(() => default(Money).ToMinorUnits());
    }

    [Fact]
    public void Default_ToStringIsZeroAndParsesBack()
    {
        Assert.Equal("0", default(Money).ToString());
        Assert.Equal(default(Money), Money.Parse("0"));
    }

    [Fact]
    public void ZeroOfUsd_DoesNotMixWithEur()
    {
        Assert.Throws<CurrencyMismatchException>(() => Money.Zero(Usd) + M(1m, Eur));
    }

    [Theory]
    [InlineData(2.345, 2.34)] // midpoint: to even keeps the 4
    [InlineData(2.355, 2.36)] // midpoint: to even rounds up to the 6
    [InlineData(-2.345, -2.34)]
    [InlineData(2.3449, 2.34)]
    public void Round_DefaultsToBankersRounding(double amount, double expected)
    {
        Assert.Equal(M((decimal)expected, Usd), M((decimal)amount, Usd).Round());
    }

    [Fact]
    public void Round_ModeIsAParameter()
    {
        Assert.Equal(M(2.35m, Usd), M(2.345m, Usd).Round(MidpointRounding.AwayFromZero));
        Assert.Equal(M(3m, Jpy), M(2.5m, Jpy).Round(MidpointRounding.AwayFromZero));
        Assert.Equal(M(2m, Jpy), M(2.5m, Jpy).Round());
        Assert.Equal(M(1.234m, Bhd), M(1.2345m, Bhd).Round()); // midpoint, 4 is even
        Assert.Equal(M(1.236m, Bhd), M(1.2355m, Bhd).Round()); // midpoint, 6 is even
    }

    [Fact]
    public void MinorUnits_RoundTrip()
    {
        Assert.Equal(M(12.34m, Usd), Money.FromMinorUnits(1234, Usd));
        Assert.Equal(M(1234m, Jpy), Money.FromMinorUnits(1234, Jpy));
        Assert.Equal(M(1.234m, Bhd), Money.FromMinorUnits(1234, Bhd));
        Assert.Equal(1234, M(12.345m, Usd).ToMinorUnits());
        Assert.Equal(1235, M(12.345m, Usd).ToMinorUnits(MidpointRounding.AwayFromZero));
        Assert.Throws<OverflowException>(() => M(decimal.MaxValue, Usd).ToMinorUnits());
    }

    [Fact]
    public void Sum_AddsExactlyAndUsesTheCurrencyForEmpty()
    {
        Assert.Equal(M(0.3m, Usd), Money.Sum([M(0.1m, Usd), M(0.2m, Usd)], Usd));
        Assert.Equal(Money.Zero(Eur), Money.Sum([], Eur));
        Assert.Equal(M(5m, Usd), Money.Sum([default, M(5m, Usd)], Usd));
    }

    [Fact]
    public void Sum_OtherCurrency_ThrowsMismatchNamingBoth()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Money.Sum([M(1m, Usd), M(1m, Eur)], Usd));
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Equal("values", ex.ParamName);
        Assert.Throws<ArgumentNullException>(() => Money.Sum(null!, Usd));
    }
}
