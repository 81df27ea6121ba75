using System.Globalization;

namespace PerfMetrics.Tests;

public partial class CurrencyTests
{
    [Theory]
    [InlineData("USD", 840, 2)]
    [InlineData("EUR", 978, 2)]
    [InlineData("JPY", 392, 0)]
    [InlineData("BHD", 48, 3)]
    [InlineData("CLF", 990, 4)]
    [InlineData("KWD", 414, 3)]
    [InlineData("ISK", 352, 0)]
    [InlineData("UYW", 927, 4)]
    public void FromCode_KnownCodes_HaveIsoNumericCodeAndMinorUnits(string code, int numeric, int minorUnits)
    {
        // Values from the ISO 4217 list one (table A.1).
        var currency = Currency.FromCode(code);
        Assert.Equal(code, currency.Code);
        Assert.Equal(numeric, currency.NumericCode);
        Assert.Equal(minorUnits, currency.MinorUnits);
    }

    [Fact]
    public void FromCode_IsCaseInsensitive()
    {
        Assert.Equal(Currency.Usd, Currency.FromCode("usd"));
        Assert.Equal(Currency.Usd, Currency.FromCode("uSd"));
        Assert.Equal("USD", Currency.FromCode("usd").Code);
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("US")]
    [InlineData("USDD")]
    [InlineData("")]
    [InlineData("DEM")]
    public void FromCode_UnknownCode_ThrowsArgumentNamingCode(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.FromCode(code));
        Assert.Equal("code", ex.ParamName);
        Assert.Contains($"\"{code}\"", ex.Message, StringComparison.Ordinal);
        Assert.False(Currency.TryFromCode(code, out _));
    }

    [Fact]
    public void FromCode_Null_ThrowsArgumentNull() =>
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!)).ParamName);

    [Fact]
    public void StaticProperties_MatchTheTable()
    {
        Assert.Equal(Currency.FromCode("USD"), Currency.Usd);
        Assert.Equal(Currency.FromCode("EUR"), Currency.Eur);
        Assert.Equal(Currency.FromCode("GBP"), Currency.Gbp);
        Assert.Equal(Currency.FromCode("JPY"), Currency.Jpy);
        Assert.Equal(Currency.FromCode("CHF"), Currency.Chf);
        Assert.Equal(Currency.FromCode("CAD"), Currency.Cad);
        Assert.Equal(Currency.FromCode("AUD"), Currency.Aud);
        Assert.Equal(Currency.FromCode("CNY"), Currency.Cny);
        Assert.Equal(Currency.FromCode("INR"), Currency.Inr);
        Assert.Equal(Currency.FromCode("BRL"), Currency.Brl);
    }

    [Fact]
    public void All_IsSortedUniqueAndConsistent()
    {
        var all = Currency.All;
        Assert.True(all.Count > 150);
        Assert.Equal(all.Select(c => c.Code).Order(StringComparer.Ordinal), all.Select(c => c.Code));
        Assert.Equal(all.Count, all.Select(c => c.Code).Distinct().Count());
        Assert.Equal(all.Count, all.Select(c => c.NumericCode).Distinct().Count());
        Assert.All(all, c => Assert.InRange(c.MinorUnits, 0, 4));
        Assert.All(all, c => Assert.Equal(c, Currency.FromCode(c.Code)));
    }

    [Fact]
    public void MinorUnit_IsTheSmallestAmount()
    {
        Assert.Equal(0.01m, Currency.Usd.MinorUnit);
        Assert.Equal(1m, Currency.Jpy.MinorUnit);
        Assert.Equal(0.001m, Currency.FromCode("BHD").MinorUnit);
        Assert.Equal(0.0001m, Currency.FromCode("CLF").MinorUnit);
    }

    [Fact]
    public void Custom_CreatesACurrencyOutsideTheTable()
    {
        var points = Currency.Custom("pts", 0);
        Assert.Equal("PTS", points.Code);
        Assert.Equal(0, points.MinorUnits);
        Assert.Equal(0, points.NumericCode);
        Assert.Equal(points, Currency.Custom("PTS", 0));
        Assert.NotEqual(points, Currency.Custom("PTS", 2));
        Assert.Equal("12 PTS", new Money(12m, points).ToString());
    }

    [Fact]
    public void Custom_BadInput_Throws()
    {
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Currency.Custom("AB", 2)).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Currency.Custom("A1C", 2)).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => Currency.Custom("ÄBC", 2)).ParamName);
        Assert.Contains("FromCode", Assert.Throws<ArgumentException>(() => Currency.Custom("USD", 2)).Message, StringComparison.Ordinal);
        Assert.Equal("minorUnits", Assert.Throws<ArgumentOutOfRangeException>(() => Currency.Custom("ABC", -1)).ParamName);
        Assert.Equal("minorUnits", Assert.Throws<ArgumentOutOfRangeException>(() => Currency.Custom("ABC", 9)).ParamName);
        Assert.Equal("numericCode", Assert.Throws<ArgumentOutOfRangeException>(() => Currency.Custom("ABC", 2, 1000)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Currency.Custom(null!, 2));
    }

    [Fact]
    public void Default_IsNoCurrency()
    {
        var none = default(Currency);
        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.Code);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Equal(0, none.MinorUnits);
        Assert.NotEqual(Currency.Usd, none);
    }

    [Fact]
    public void Equality_FollowsContract() =>
        ContractAssert.Equality(Currency.Usd, Currency.FromCode("usd"), Currency.Eur);

    [Fact]
    public void ParseAndToString_RoundTrip()
    {
        Assert.Equal("USD", Currency.Usd.ToString());
        Assert.Equal(Currency.Usd, Currency.Parse(" usd ", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => Currency.Parse("XYZ", CultureInfo.InvariantCulture));
        Assert.False(Currency.TryParse("XYZ", CultureInfo.InvariantCulture, out _));
        Assert.All(Currency.All, c => Assert.Equal(c, Currency.Parse(c.ToString(), CultureInfo.InvariantCulture)));
    }
}
