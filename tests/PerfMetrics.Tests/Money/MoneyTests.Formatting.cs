using System.Globalization;
using System.Text;

namespace PerfMetrics.Tests;

public partial class MoneyTests
{
    [Theory]
    [InlineData("25", "USD", "25.00 USD")]
    [InlineData("25.1", "USD", "25.10 USD")]
    [InlineData("25.1234", "USD", "25.1234 USD")]
    [InlineData("25.1000", "USD", "25.1000 USD")]
    [InlineData("-1250.5", "EUR", "-1250.50 EUR")]
    [InlineData("100", "JPY", "100 JPY")]
    [InlineData("1", "BHD", "1.000 BHD")]
    [InlineData("0", "CLF", "0.0000 CLF")]
    public void ToString_IsInvariantRoundTripForm(string amount, string code, string expected)
    {
        var money = M(decimal.Parse(amount, CultureInfo.InvariantCulture), Currency.FromCode(code));
        Assert.Equal(expected, money.ToString());
        Assert.Equal(money, Money.Parse(expected));
    }

    [Fact]
    public void ToString_IgnoresCurrentCulture()
    {
        using var scope = new CultureScope("de-DE");
        Assert.Equal("1250.50 EUR", M(1250.5m, Eur).ToString());
        Assert.Equal(M(1250.5m, Eur), Money.Parse("1250.50 EUR"));
    }

    [Fact]
    public void ToString_WithProvider_IsCultureAware()
    {
        var de = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal("1250,50 EUR", M(1250.5m, Eur).ToString(null, de));
        Assert.Equal("1.250,50 EUR", M(1250.5m, Eur).ToString("N", de));
        Assert.Equal("1,250 JPY", M(1250m, Jpy).ToString("N", CultureInfo.InvariantCulture));
        Assert.Equal(M(1250.5m, Eur), Money.Parse("1.250,50 EUR", de));
        Assert.Equal("1250.5000 EUR", M(1250.5m, Eur).ToString("F4", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("25.00 usd")]
    [InlineData("  25.00   USD  ")]
    [InlineData("25.00\tUSD")]
    public void Parse_IsLenientAboutCaseAndWhiteSpace(string text)
    {
        Assert.Equal(M(25m, Usd), Money.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("USD")]
    [InlineData("25.00")]
    [InlineData("25.00 XYZ")]
    [InlineData("abc USD")]
    [InlineData("25.00 USDX")]
    [InlineData("USD 25.00")]
    [InlineData("1e5 USD")]
    public void Parse_MalformedText_ThrowsFormatExceptionQuotingTheText(string text)
    {
        var ex = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains($"\"{text}\"", ex.Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse(text, null, out var result));
        Assert.Equal(default, result);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Equal("s", Assert.Throws<ArgumentNullException>(() => Money.Parse((string)null!)).ParamName);
        Assert.False(Money.TryParse((string?)null, null, out _));
    }

    [Fact]
    public void Utf8_FormatAndParse()
    {
        var money = M(-1234.5m, Bhd);
        Span<byte> buffer = stackalloc byte[64];
        Assert.True(money.TryFormat(buffer, out var written, default, null));
        Assert.Equal("-1234.500 BHD", Encoding.UTF8.GetString(buffer[..written]));
        Assert.Equal(money, Money.Parse(buffer[..written]));
        Assert.False(money.TryFormat(buffer[..5], out _, default, null));
        Assert.Throws<FormatException>(() => Money.Parse("nope"u8));
    }

    [Fact]
    public void TryFormat_TooSmallDestination_ReturnsFalse()
    {
        Span<char> small = stackalloc char[6];
        Assert.False(M(25m, Usd).TryFormat(small, out var written, default, null));
        Assert.Equal(0, written);
        Span<char> exact = stackalloc char[9];
        Assert.True(M(25m, Usd).TryFormat(exact, out written, default, null));
        Assert.Equal("25.00 USD", exact[..written].ToString());
    }
}
