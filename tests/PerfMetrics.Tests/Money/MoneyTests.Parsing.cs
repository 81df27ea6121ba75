using System.Globalization;
using System.Text;

namespace PerfMetrics.Tests;

/// <summary>
/// Group separators (issue 15): before 0.2, <c>Money.Parse("1,5 EUR", null)</c> returned 15.00 EUR because
/// <see cref="NumberStyles.Number"/> accepts a group separator anywhere. A separator is now accepted only where the
/// culture's <see cref="NumberFormatInfo.NumberGroupSizes"/> put it; the expected values below are read off the
/// cultures' published group sizes (invariant, en-US, de-DE, ja-JP: 3; hi-IN: 3 then 2).
/// </summary>
public partial class MoneyTests
{
    private static readonly CultureInfo De = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo HiIn = CultureInfo.GetCultureInfo("hi-IN");
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    [Theory]
    [InlineData("1,250.50 USD", "1250.50")]
    [InlineData("12,345,678.9 USD", "12345678.9")]
    [InlineData("-1,250 USD", "-1250")]
    [InlineData("999 USD", "999")]
    [InlineData("1234567.5 USD", "1234567.5")] // grouping is optional
    [InlineData("0,000.5 USD", "0.5")]
    public void Parse_GroupsOfThree_Parse(string text, string amount) =>
        AssertParsesEverywhere(text, CultureInfo.InvariantCulture, M(decimal.Parse(amount, CultureInfo.InvariantCulture), Usd));

    [Theory]
    [InlineData("1,5 EUR")] // the bug: was 15.00 EUR
    [InlineData("12,34 EUR")]
    [InlineData("1,,000 EUR")]
    [InlineData("1,000, EUR")] // trailing separator
    [InlineData("1,000.5,0 EUR")] // separator after the decimal point
    [InlineData("1.000,50 EUR")] // de-DE text read as invariant
    [InlineData(",500 EUR")]
    [InlineData("1234,567 EUR")] // leftmost group longer than 3
    [InlineData("1,2345 EUR")]
    [InlineData("1,000,00 EUR")]
    [InlineData("1,5")] // the zero-only form goes through the same rule
    public void Parse_MisplacedGroupSeparator_ThrowsFormatExceptionQuotingTheText(string text) =>
        AssertRejectedEverywhere(text, CultureInfo.InvariantCulture, "group separator");

    [Fact]
    public void Parse_GermanText_ParsesWithGermanCultureOnly()
    {
        AssertParsesEverywhere("1.250,50 EUR", De, M(1250.5m, Eur));
        AssertParsesEverywhere("12.345.678,9 EUR", De, M(12345678.9m, Eur));
        AssertParsesEverywhere("1,5 EUR", De, M(1.5m, Eur));
        AssertRejectedEverywhere("1.5 EUR", De, "group separator"); // was 15 EUR in de-DE
        AssertRejectedEverywhere("1.250.5 EUR", De, "group separator");
        AssertRejectedEverywhere("1,250.50 EUR", De, "group separator");
    }

    [Fact]
    public void Parse_IndianGrouping_FollowsThreeThenTwo()
    {
        AssertParsesEverywhere("12,34,567.89 INR", HiIn, M(1234567.89m, Currency.FromCode("INR")));
        AssertParsesEverywhere("1,00,000 INR", HiIn, M(100000m, Currency.FromCode("INR")));
        AssertRejectedEverywhere("1,234,567.89 INR", HiIn, "group separator"); // western grouping is not hi-IN's
        AssertRejectedEverywhere("123,45,678 INR", HiIn, "group separator");
    }

    [Fact]
    public void Parse_FrenchGrouping_AcceptsNarrowNoBreakAndPlainSpaces()
    {
        // fr-FR groups with U+202F; like decimal.Parse we also read a plain space there.
        AssertParsesEverywhere("1\u202F250,50 EUR", Fr, M(1250.5m, Eur));
        AssertParsesEverywhere("1 250,50 EUR", Fr, M(1250.5m, Eur));
        AssertRejectedEverywhere("12\u202F50,5 EUR", Fr, "group separator");
    }

    [Fact]
    public void Parse_GroupFailure_NamesTheCulturesRule()
    {
        var ex = Assert.Throws<FormatException>(() => Money.Parse("1,5 EUR"));
        Assert.Equal(
            "s must put the group separator \",\" only between digit groups of the culture's group sizes [3], counted leftwards from the decimal separator \".\", was \"1,5 EUR\". Is the text written for another culture? Pass that culture as the provider.",
            ex.Message);
        var utf8 = Assert.Throws<FormatException>(() => Money.Parse("1,5 EUR"u8));
        Assert.StartsWith("utf8Text must put the group separator", utf8.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PaymentModelParse_GoesThroughTheSameRule()
    {
        Assert.Equal(PaymentModel.Cpc(M(1250m, Usd)), PaymentModel.Parse("CPC 1,250.00 USD"));
        Assert.Throws<FormatException>(() => PaymentModel.Parse("CPC 1,5 USD"));
    }

    /// <summary>Every parse door (string, span, UTF-8; throwing and Try) gives the same money.</summary>
    private static void AssertParsesEverywhere(string text, IFormatProvider provider, Money expected)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        Assert.Equal(expected, Money.Parse(text, provider));
        Assert.Equal(expected, Money.Parse(text.AsSpan(), provider));
        Assert.Equal(expected, Money.Parse(utf8, provider));
        Assert.True(Money.TryParse(text, provider, out var a));
        Assert.True(Money.TryParse(text.AsSpan(), provider, out var b));
        Assert.True(Money.TryParse(utf8, provider, out var c));
        Assert.Equal([expected, expected, expected], [a, b, c]);
    }

    /// <summary>Every parse door rejects the text: FormatException quoting it, or false and default.</summary>
    private static void AssertRejectedEverywhere(string text, IFormatProvider provider, string rule)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        foreach (var act in new Action[] { () => Money.Parse(text, provider), () => Money.Parse(text.AsSpan(), provider), () => Money.Parse(utf8, provider) })
        {
            var ex = Assert.Throws<FormatException>(act);
            Assert.Contains($"\"{text}\"", ex.Message, StringComparison.Ordinal);
            Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        }

        Assert.False(Money.TryParse(text, provider, out var a));
        Assert.False(Money.TryParse(text.AsSpan(), provider, out var b));
        Assert.False(Money.TryParse(utf8, provider, out var c));
        Assert.Equal([default(Money), default, default], [a, b, c]);
    }
}
