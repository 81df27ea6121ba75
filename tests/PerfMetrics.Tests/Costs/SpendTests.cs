using NodaTime;

namespace PerfMetrics.Tests;

public partial class SpendTests
{
    private static readonly DateInterval March1To7 = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 7));
    private static readonly Channel Meta = new("meta");

    [Fact]
    public void PerDay_SpreadsEvenly()
    {
        // $50/day for 7 days = $350; 350 / 7 = 50.
        var spend = new Spend(Meta, new Money(350m, Currency.Usd), March1To7, "spring");
        Assert.Equal(new Money(50m, Currency.Usd), spend.PerDay);
        Assert.Equal("spring", spend.Campaign);
        Assert.Equal("meta 350.00 USD over 2026-03-01/2026-03-07 (spring)", spend.ToString());
    }

    [Fact]
    public void ProRata_TakesTheOverlappingDays()
    {
        var spend = new Spend(Meta, new Money(350m, Currency.Usd), March1To7);
        // 6-10 March overlaps 6 and 7 March: 350 x 2 / 7 = 100.
        Assert.Equal(new Money(100m, Currency.Usd), spend.ProRata(new DateInterval(new LocalDate(2026, 3, 6), new LocalDate(2026, 3, 10))));
        // The whole week inside a month: all of it.
        Assert.Equal(spend.Amount, spend.ProRata(new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31))));
        // No overlap: zero in the spend's currency, not default(Money).
        Assert.Equal(Money.Zero(Currency.Usd), spend.ProRata(new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30))));
    }

    [Fact]
    public void ProRata_PartsOfADisjointCoverAddUpToTheWhole()
    {
        // 100.00 over 3 days, split 1 + 2 days: 33.33.. + 66.66.. = 100 (exact to decimal precision).
        var spend = new Spend(Meta, new Money(100m, Currency.Usd), new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 3)));
        var first = spend.ProRata(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 1)));
        var rest = spend.ProRata(new DateInterval(new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 3)));
        Assert.Equal(new Money(100m, Currency.Usd), (first + rest).Round());
    }

    [Fact]
    public void Constructor_NegativeSpend_ThrowsNamingAmount()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Spend(Meta, new Money(-12m, Currency.Usd), March1To7));
        Assert.Equal("amount", ex.ParamName);
        Assert.Contains("amount must be non-negative, was -12.00 USD.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_OtherBadInput_Throws()
    {
        Assert.Equal("amount", Assert.Throws<ArgumentException>(() => new Spend(Meta, default, March1To7)).ParamName);
        Assert.Equal("channel", Assert.Throws<ArgumentException>(() => new Spend(default, new Money(1m, Currency.Usd), March1To7)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => new Spend(Meta, new Money(1m, Currency.Usd), null!)).ParamName);
    }

    [Fact]
    public void TotalsByChannel_SumsPerChannelInOrder()
    {
        var usd = Currency.Usd;
        var totals = Spend.TotalsByChannel(
            [
                new Spend(Meta, new Money(100m, usd), March1To7),
                new Spend(new Channel("google"), new Money(40m, usd), March1To7),
                new Spend(Meta, new Money(0.01m, usd), March1To7),
            ],
            usd);
        Assert.Equal(["google", "meta"], totals.Keys.Select(c => c.Name));
        Assert.Equal(new Money(100.01m, usd), totals[Meta]);
    }

    [Fact]
    public void TotalsByChannel_CurrencyMismatch_ThrowsNamingTheItem()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Spend.TotalsByChannel(
            [new Spend(Meta, new Money(1m, Currency.Usd), March1To7), new Spend(Meta, new Money(1m, Currency.Eur), March1To7)],
            Currency.Usd));
        Assert.Equal("spends[1]", ex.ParamName);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var a = new Spend(Meta, new Money(1m, Currency.Usd), March1To7, "x");
        Assert.True(a == new Spend(Meta, new Money(1.00m, Currency.Usd), March1To7, "x"));
        Assert.True(a != new Spend(Meta, new Money(1m, Currency.Usd), March1To7, "y"));
    }
}

