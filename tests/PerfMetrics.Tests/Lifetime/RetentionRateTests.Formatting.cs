using System.Globalization;
using System.Text.Json;
using FsCheck.Xunit;
using PerfMetrics.Json;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// Display and format strings of the per-period values (docs/design.md, "Display"): <c>ToString()</c> rounds, a format
/// applies to the value, <c>G</c> keeps every digit, and JSON stays exact. The four types share one implementation
/// (PerPeriod), so the properties check it through each public type.
/// </summary>
public partial class RetentionRateTests
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new PerfMetricsJsonConverterFactory() } };

    [Theory]
    [InlineData("0.8", "P1M", "80% per month")]
    [InlineData("0.85", "P2W", "85% per 2 weeks")]
    [InlineData("0.3333333333333333333333333333", "P3M", "33.33% per quarter")]
    [InlineData("0.12345", "P1Y", "12.34% per year")] // 12.345% rounds half to even
    [InlineData("0.99999", "P10D", "100% per 10 days")]
    [InlineData("0", "P6M", "0% per 6 months")]
    public void ToString_PercentInWords(string value, string unit, string expected) =>
        Assert.Equal(expected, new RetentionRate(decimal.Parse(value, CultureInfo.InvariantCulture), PeriodUnit.Parse(unit)).ToString());

    [Fact]
    public void FormatStrings_ApplyToTheFraction()
    {
        var rate = new RetentionRate(0.8m, PeriodUnit.Month);
        Assert.Equal("0.800 per month", $"{rate:0.000}");
        Assert.Equal("80.0 % per month", rate.ToString("P1", CultureInfo.InvariantCulture));
        Assert.Equal("0.8 per month", rate.ToString("G", null));
        Assert.Equal("0,80 per month", rate.ToString("F2", new CultureInfo("de-DE")));
        Assert.Equal("0% (no unit)", default(RetentionRate).ToString());
        Assert.StartsWith("0.0079741404289037", new DiscountRate(0.1m, PeriodUnit.Year).ConvertTo(PeriodUnit.Month).ToString("G", null), StringComparison.Ordinal);
        Assert.Equal("0.8% per month", new DiscountRate(0.1m, PeriodUnit.Year).ConvertTo(PeriodUnit.Month).ToString());
        Assert.Equal("1,250.50 USD per month", new MoneyPerPeriod(new Money(1250.5m, Currency.Usd), PeriodUnit.Month).ToString());
        Assert.Equal("6.6666666666666666666666666667 USD per week", new MoneyPerPeriod(new Money(20m / 3m, Currency.Usd), PeriodUnit.Week).ToString("G", null));
        Assert.Equal("6.67 USD per week", new MoneyPerPeriod(new Money(20m / 3m, Currency.Usd), PeriodUnit.Week).ToString());
        Assert.Equal("0.33 per 2 weeks", new PurchaseFrequency(1m / 3m, PeriodUnit.Weeks(2)).ToString());
        Assert.Equal("0.3 per 2 weeks", $"{new PurchaseFrequency(1m / 3m, PeriodUnit.Weeks(2)):0.0}");
    }

    [Fact]
    public void TryFormat_WritesTheSameTextOrReportsTooSmall()
    {
        var rate = new RetentionRate(0.8m, PeriodUnit.Month);
        Span<char> buffer = stackalloc char[32];
        Assert.True(rate.TryFormat(buffer, out var written, "P0", CultureInfo.InvariantCulture));
        Assert.Equal("80 % per month", buffer[..written].ToString());
        Assert.False(rate.TryFormat(buffer[..5], out written, default, null));
        Assert.Equal(0, written);
    }

    [Property(Arbitrary = new[] { typeof(DisplayArbitraries) })]
    public bool GFormatKeepsEveryDigitAndParsesBack(PerPeriodCase c)
    {
        var retention = new RetentionRate(c.Fraction, c.Unit);
        var discount = new DiscountRate(c.Fraction, c.Unit);
        var purchases = new PurchaseFrequency(c.Count, c.Unit);
        var amount = new MoneyPerPeriod(c.Amount, c.Unit);
        return decimal.Parse(Value(retention.ToString("G", null)), CultureInfo.InvariantCulture) == retention.Value
            && decimal.Parse(Value(discount.ToString("G", null)), CultureInfo.InvariantCulture) == discount.Value
            && decimal.Parse(Value(purchases.ToString("G", null)), CultureInfo.InvariantCulture) == purchases.Purchases
            && Money.Parse(Value(amount.ToString("G", null))) == amount.Amount;
    }

    [Property(Arbitrary = new[] { typeof(DisplayArbitraries) })]
    public bool DisplayTextIsNeverLongerThanDisplayPrecision(PerPeriodCase c)
    {
        var retention = Value(new RetentionRate(c.Fraction, c.Unit).ToString());
        var purchases = Value(new PurchaseFrequency(c.Count, c.Unit).ToString());
        var amount = Value(new MoneyPerPeriod(c.Amount, c.Unit).ToString());
        var percent = decimal.Parse(retention.TrimEnd('%'), CultureInfo.InvariantCulture);
        return Decimals(retention.TrimEnd('%')) <= 2 && Math.Abs(percent - (c.Fraction * 100m)) <= 0.005m
            && Decimals(purchases) <= 2 && Math.Abs(decimal.Parse(purchases, CultureInfo.InvariantCulture) - c.Count) <= 0.005m
            && Decimals(amount.Split(' ')[0]) == c.Amount.Currency.MinorUnits;
    }

    [Property(Arbitrary = new[] { typeof(DisplayArbitraries) })]
    public bool JsonRoundTripStaysExact(PerPeriodCase c)
    {
        var retention = new RetentionRate(c.Fraction, c.Unit);
        var amount = new MoneyPerPeriod(c.Amount, c.Unit);
        var back = JsonSerializer.Deserialize<RetentionRate>(JsonSerializer.Serialize(retention, Json), Json);
        var backAmount = JsonSerializer.Deserialize<MoneyPerPeriod>(JsonSerializer.Serialize(amount, Json), Json);
        return back == retention && back.Value.Scale == retention.Value.Scale && backAmount == amount;
    }

    /// <summary>The value part of a per-period text: everything before " per ".</summary>
    private static string Value(string text) => text[..text.IndexOf(" per ", StringComparison.Ordinal)];

    private static int Decimals(string number) => number.Contains('.', StringComparison.Ordinal) ? number.Length - number.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
}
