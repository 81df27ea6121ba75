using FsCheck.Xunit;
using PerfMetrics.Internal;

namespace PerfMetrics.Tests.Internal;

/// <summary>Pins the decimal layout that <see cref="DecimalBits"/> reads against the public <see cref="decimal.GetBits(decimal)"/>.</summary>
[Properties(Arbitrary = [typeof(MoneyGenerators)], MaxTest = 500 / TestProfile.PropertyRunDivisor)]
public class DecimalBitsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-39614081257132168796771975168")] // 2^95
    [InlineData("39614081257132168796771975167")]  // 2^95 - 1
    [InlineData("281474976710656")]                // 2^48
    [InlineData("281474976710655")]                // 2^48 - 1
    [InlineData("0.0000000000000000000000000001")]
    public void Checks_AgreeWithGetBits(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(Expected(value).Half, DecimalBits.BelowHalfRange(value));
        Assert.Equal(Expected(value).Small, DecimalBits.Below48Bits(value));
    }

    [Property]
    public bool ChecksAgreeWithGetBitsForAnyAmount(Money money) =>
        Expected(money.Amount) == (DecimalBits.BelowHalfRange(money.Amount), DecimalBits.Below48Bits(money.Amount));

    [Theory]
    [InlineData("1.2500", 2, "1.25")]
    [InlineData("1.2345000", 2, "1.2345")]
    [InlineData("3.0", 2, "3.0")]
    [InlineData("0.000", 2, "0.00")]
    [InlineData("-0.7500", 0, "-0.75")]
    [InlineData("79228162514264337593543950335", 2, "79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950330", 2, "7.922816251426433759354395033")]
    [InlineData("-4294967296.000000000", 2, "-4294967296.00")]
    public void TrimTrailingZeros_DropsZerosDownToTheMinimumScale(string value, int minScale, string expected)
    {
        var trimmed = DecimalBits.TrimTrailingZeros(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), minScale);
        Assert.Equal(expected, trimmed.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Property]
    public bool TrimmedAmountIsEqualAndHasNoTrailingZeroBeyondTwoDigits(Money money)
    {
        var trimmed = DecimalBits.TrimTrailingZeros(money.Amount, 2);
        var text = trimmed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return trimmed == money.Amount && (trimmed.Scale <= 2 || !text.EndsWith('0'));
    }

    private static (bool Half, bool Small) Expected(decimal value)
    {
        var bits = decimal.GetBits(value);
        var hi = unchecked((uint)bits[2]);
        var lo64 = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        return (hi < 0x8000_0000u, hi == 0 && lo64 < (1UL << 48));
    }
}
