using System.Globalization;
using System.Text;

namespace PerfMetrics.Tests;

public partial class MoneyTests
{
    [Theory]
    [InlineData("25", "USD", "25.00 USD")]
    [InlineData("25.1", "USD", "25.10 USD")]
    [InlineData("25.1234", "USD", "25.1234 USD")]
    [InlineData("25.1000", "USD", "25.10 USD")]
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

    [Theory]
    [InlineData("0.750", "USD", "0.75 USD")] // a maximum CPC of 37.50 USD x 0.02 printed 0.750 USD before (issue 17)
    [InlineData("25", "USD", "25.00 USD")]
    [InlineData("6.6666666666666666666666666667", "USD", "6.6666666666666666666666666667 USD")]
    [InlineData("1.50", "JPY", "1.5 JPY")]
    [InlineData("1.20000", "BHD", "1.200 BHD")]
    [InlineData("-0.1000", "EUR", "-0.10 EUR")]
    [InlineData("0.000", "USD", "0.00 USD")]
    public void ToString_DropsTrailingZerosBeyondTheMinorDigits(string amount, string code, string expected)
    {
        var money = M(decimal.Parse(amount, CultureInfo.InvariantCulture), Currency.FromCode(code));
        Assert.Equal(expected, money.ToString());
        Assert.Equal(money, Money.Parse(expected)); // decimal equality ignores scale: 0.750m == 0.75m
        Assert.Equal(money.Amount, Money.Parse(expected).Amount);
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

    // ---- Supported formats (issue 15): a currency-safe type never shows another currency's symbol or digits. ----
    // Culture facts behind the expected text: ja-JP and the invariant culture put the currency symbol before the digits
    // (patterns "$n" / "¤n"), de-DE after them ("n $"); ja-JP and de-DE write negatives "-$n" / "-n $", the invariant
    // culture "($n)"; de-DE groups with "." and uses "," for decimals. The ISO code replaces the symbol, separated by a
    // space (CLDR currency spacing). Before 0.2, ja-JP "C" printed the yen sign and rounded to 0 decimals: "￥12,001 USD".

    private static readonly CultureInfo JaJp = CultureInfo.GetCultureInfo("ja-JP");

    public static TheoryData<string, string, string, string> SupportedFormats() => new()
    {
        // format, culture ("" = invariant), amount in USD, expected
        { "C", "ja-JP", "12000.5", "USD 12,000.50" },
        { "C", "ja-JP", "-12000.5", "-USD 12,000.50" },
        { "C", "de-DE", "12000.5", "12.000,50 USD" },
        { "C", "de-DE", "-12000.5", "-12.000,50 USD" },
        { "C", "", "12000.5", "USD 12,000.50" },
        { "C", "", "-12000.5", "(USD 12,000.50)" },
        { "c0", "ja-JP", "12000.5", "USD 12,000" }, // display rounding is half to even, as Round() and the report tables
        { "c0", "ja-JP", "12001.5", "USD 12,002" },
        { "C3", "de-DE", "12000.5", "12.000,500 USD" },
        { "N", "ja-JP", "12000.5", "12,000.50 USD" },
        { "N", "de-DE", "12000.5", "12.000,50 USD" },
        { "N", "", "-12000.5", "-12,000.50 USD" },
        { "N0", "de-DE", "12000.5", "12.000 USD" },
        { "N", "", "0.125", "0.12 USD" },
        { "N", "", "0.135", "0.14 USD" },
        { "n4", "", "0.5", "0.5000 USD" },
        { "F", "ja-JP", "12000.5", "12000.50 USD" },
        { "F", "de-DE", "12000.5", "12000,50 USD" },
        { "F1", "", "12000.55", "12000.6 USD" },
        { "f", "", "-0.025", "-0.02 USD" }, // half to even, symmetric for negative amounts
        { "f", "", "-0.035", "-0.04 USD" },
        { "G", "de-DE", "12000.5", "12000,50 USD" },
        { "g", "ja-JP", "12000.5", "12000.50 USD" },
        { "", "", "12000.125", "12000.125 USD" },
    };

    [Theory]
    [MemberData(nameof(SupportedFormats))]
    public void Format_SupportedFormats_UseTheMoneysOwnCurrency(string format, string culture, string amount, string expected)
    {
        var money = M(decimal.Parse(amount, CultureInfo.InvariantCulture), Usd);
        Assert.Equal(expected, FormatEverywhere(money, format, CultureInfo.GetCultureInfo(culture)));
    }

    [Theory]
    [InlineData("ja-JP", "1,234,567 JPY", "JPY 1,234,567", "1234567 JPY")]
    [InlineData("de-DE", "1.234.567 JPY", "1.234.567 JPY", "1234567 JPY")]
    [InlineData("", "1,234,567 JPY", "JPY 1,234,567", "1234567 JPY")]
    public void Format_DefaultDigitsAreTheCurrencysMinorUnits(string culture, string n, string c, string f)
    {
        // JPY has 0 minor units whatever the culture's own currency has; BHD has 3.
        var provider = CultureInfo.GetCultureInfo(culture);
        var yen = M(1234567m, Jpy);
        Assert.Equal(n, FormatEverywhere(yen, "N", provider));
        Assert.Equal(c, FormatEverywhere(yen, "C", provider));
        Assert.Equal(f, FormatEverywhere(yen, "F", provider));
        Assert.Equal("1.500 BHD", FormatEverywhere(M(1.5m, Bhd), "F", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("p2")]
    [InlineData("E")]
    [InlineData("e3")]
    [InlineData("X")]
    [InlineData("R")]
    [InlineData("D")]
    [InlineData("G5")]
    [InlineData("N29")]
    [InlineData("F100")]
    [InlineData("N-1")]
    [InlineData("0.00")]
    [InlineData("#,##0.00")]
    [InlineData("0%")]
    [InlineData("'€'0.00")]
    [InlineData("C ")]
    public void Format_FormatsThatDoNotApplyToMoney_Throw(string format)
    {
        var money = M(12000.5m, Usd);
        foreach (var culture in new[] { JaJp, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.InvariantCulture })
        {
            var ex = Assert.Throws<FormatException>(() => money.ToString(format, culture));
            Assert.Contains($"\"{format}\"", ex.Message, StringComparison.Ordinal);
            Assert.Throws<FormatException>(() => money.TryFormat(new char[64], out _, format, culture));
            Assert.Throws<FormatException>(() => money.TryFormat(new byte[64], out _, format, culture));
            Assert.Throws<FormatException>(() => default(Money).ToString(format, culture));
        }
    }

    [Theory]
    [InlineData("", "0")]
    [InlineData("N", "0")]
    [InlineData("C", "0")]
    [InlineData("F2", "0.00")]
    [InlineData("C2", "0.00")]
    public void Format_Default_PrintsItsZeroWithoutACode(string format, string expected) =>
        Assert.Equal(expected, FormatEverywhere(default, format, CultureInfo.InvariantCulture));

    [Fact]
    public void Format_InterpolationUsesTheSameRules()
    {
        var money = M(12000.5m, Usd);
        Assert.Equal("USD 12,000.50", string.Create(JaJp, $"{money:C}"));
        Assert.Throws<FormatException>(() => string.Create(JaJp, $"{money:P}"));
    }

    /// <summary>Formats through string, char span and UTF-8 span; asserts they agree and returns the text.</summary>
    private static string FormatEverywhere(Money money, string format, IFormatProvider provider)
    {
        var text = money.ToString(format, provider);
        Span<char> chars = stackalloc char[128];
        Assert.True(money.TryFormat(chars, out var charCount, format, provider));
        Span<byte> bytes = stackalloc byte[256];
        Assert.True(money.TryFormat(bytes, out var byteCount, format, provider));
        Assert.Equal(text, chars[..charCount].ToString());
        Assert.Equal(text, Encoding.UTF8.GetString(bytes[..byteCount]));
        return text;
    }
}
