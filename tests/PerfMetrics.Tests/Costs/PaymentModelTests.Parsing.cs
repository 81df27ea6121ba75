namespace PerfMetrics.Tests;

public partial class PaymentModelTests
{
    public static TheoryData<string> Models() =>
    [
        PaymentModel.Cpc(Dollars(0.5m)).ToString(),
        PaymentModel.Cpm(Dollars(5m)).ToString(),
        PaymentModel.Cpl(Dollars(8m)).ToString(),
        PaymentModel.Cpa(Dollars(25m)).ToString(),
        PaymentModel.FlatFee(Dollars(500m)).ToString(),
        PaymentModel.RevenueShare(0.1m).ToString(),
        PaymentModel.Hybrid(PaymentModel.FlatFee(Dollars(500m)), PaymentModel.RevenueShare(0.1m)).ToString(),
        PaymentModel.Hybrid(PaymentModel.Cpc(new Money(0.3m, Currency.Jpy)), PaymentModel.Cpa(new Money(1000m, Currency.Jpy))).ToString(),
    ];

    [Theory]
    [MemberData(nameof(Models))]
    public void ToStringThenParse_RoundTrips(string text)
    {
        var model = PaymentModel.Parse(text);
        Assert.Equal(text, model.ToString());
        Assert.Equal(model, PaymentModel.Parse(model.ToString()));
    }

    [Fact]
    public void ToString_IgnoresCurrentCulture()
    {
        var model = PaymentModel.Hybrid(PaymentModel.FlatFee(Dollars(1250.5m)), PaymentModel.RevenueShare(0.1m));
        using var scope = new CultureScope("de-DE");
        Assert.Equal("Hybrid(FlatFee 1250.50 USD + RevenueShare 0.1)", model.ToString());
    }

    [Fact]
    public void Parse_IgnoresCaseOfKindNames() =>
        Assert.Equal(PaymentModel.Cpc(Dollars(0.5m)), PaymentModel.Parse("cpc 0.50 usd"));

    [Theory]
    [InlineData("")]
    [InlineData("CPC")]
    [InlineData("CPC -0.50 USD")]
    [InlineData("CPC 0.50")]
    [InlineData("CPX 0.50 USD")]
    [InlineData("RevenueShare 1.5")]
    [InlineData("RevenueShare -0.1")]
    [InlineData("Hybrid()")]
    [InlineData("Hybrid(CPC 1.00 USD + FlatFee 1.00 EUR)")]
    [InlineData("Hybrid(CPC 1.00 USD + )")]
    [InlineData("None")]
    public void Parse_Malformed_ThrowsFormatExceptionQuotingTheText(string text)
    {
        var ex = Assert.Throws<FormatException>(() => PaymentModel.Parse(text));
        Assert.Contains($"\"{text}\"", ex.Message, StringComparison.Ordinal);
        Assert.False(PaymentModel.TryParse(text, null, out _));
    }
}
