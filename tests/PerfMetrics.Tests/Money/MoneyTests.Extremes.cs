using System.Numerics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class MoneyTests
{
    // ---- Money arithmetic near decimal.MaxValue -------------------------------------------------------------------

    [Trait("Category", "Extremes")]
    [Fact]
    public void Add_SumIsExactlyMaxValue_IsExact()
    {
        // (Max - 1) + 1 = Max: the sum needs all 96 bits and no rounding.
        var sum = new Money(Max - 1m, Usd) + new Money(1m, Usd);
        Assert.Equal(Max, sum.Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Add_SumPastMaxValue_ThrowsOverflowNamingTheOperation()
    {
        // Max + 1 does not fit; SPEC §2: "Overflow surfaces as OverflowException with a message naming the operation".
        var ex = Assert.Throws<OverflowException>(() => new Money(Max, Usd) + new Money(1m, Usd));
        Assert.Contains("addition", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Subtract_MinValueMinusOne_ThrowsOverflowNamingTheOperation()
    {
        // -Max - 1 does not fit either (the slow path of operator -, taken when an operand uses the top mantissa bit).
        var ex = Assert.Throws<OverflowException>(() => new Money(-Max, Usd) - new Money(1m, Usd));
        Assert.Contains("subtraction", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Subtract_MaxValueMinusMaxValue_IsZero()
    {
        // Both operands use the top bit (slow path); the difference is exactly zero.
        Assert.Equal(0m, (new Money(Max, Usd) - new Money(Max, Usd)).Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Negate_MaxValue_IsMinValueExactly()
    {
        // decimal is sign-magnitude: -Max is decimal.MinValue, no overflow (unlike two's-complement integers).
        Assert.Equal(decimal.MinValue, (-new Money(Max, Usd)).Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Multiply_MaxValueByOne_IsExactAndByMoreThanOne_Throws()
    {
        // x 1 keeps every digit; x 1.0000000000000000000000000001 (scale 28) is above Max and must throw, not round.
        Assert.Equal(Max, (new Money(Max, Usd) * 1m).Amount);
        Assert.Equal(Max, (new Money(Max, Usd) * 1.0000000000000000000000000000m).Amount);
        var ex = Assert.Throws<OverflowException>(() => new Money(Max, Usd) * 1.000000000000000000000000001m);
        Assert.Contains("multipl", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Divide_MaxValueByThree_IsExact()
    {
        // Max is divisible by 3 (digit sum 150): 26,409,387,504,754,779,197,847,983,445 exactly (BigInteger below).
        var third = new Money(Max, Usd) / 3m;
        Assert.Equal(MaxInteger / 3, new BigInteger(third.Amount));
        Assert.Equal(0m, third.Amount - decimal.Truncate(third.Amount));
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Divide_MaxValueByAFraction_ThrowsOverflowNamingTheOperation()
    {
        // Max / 0.5 = 2 x Max does not fit.
        var ex = Assert.Throws<OverflowException>(() => new Money(Max, Usd) / 0.5m);
        Assert.Contains("division", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<OverflowException>(() => new Money(Max, Usd) / new Money(Tiny, Usd));
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Sum_TermsWhoseTotalIsMaxValue_IsExact()
    {
        // Three thirds of Max (whole numbers, Max is divisible by 3) sum back to Max exactly.
        var third = new Money(Max / 3m, Usd);
        Assert.Equal(Max, Money.Sum([third, third, third], Usd).Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Add_ResultNeedingMoreThan29SignificantDigits_RoundsLikeDecimal()
    {
        // Documented limit, not a bug: Money is exact in the sense that it never rounds to minor units, but its amount is
        // a decimal, which holds 28 to 29 significant digits. 10^20 + 10^-20 needs 41 digits; decimal (and so Money)
        // rounds the sum to 10^20 with 8 fractional digits (the scale that still fits 96 bits). Pinned so a change is seen.
        var sum = new Money(100_000_000_000_000_000_000m, Usd) + new Money(0.00000000000000000001m, Usd);
        Assert.Equal(100_000_000_000_000_000_000m, sum.Amount);
        Assert.Equal(100_000_000_000_000_000_000m + 0.00000000000000000001m, sum.Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Sum_RunningTotalPastMaxValue_ThrowsOverflowEvenWhenLaterTermsWouldCancel()
    {
        // Documented: the sum is a running decimal sum, so Max + 1 - Max overflows at the second term although the
        // mathematical total (1) fits. It throws; it never returns a rounded or wrapped total.
        Assert.Throws<OverflowException>(() => Money.Sum([new Money(Max, Usd), new Money(1m, Usd), new Money(-Max, Usd)], Usd));

        // The same terms with the cancellation first are exact.
        Assert.Equal(1m, Money.Sum([new Money(Max, Usd), new Money(-Max, Usd), new Money(1m, Usd)], Usd).Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void ToMinorUnits_MaxValue_ThrowsOverflow()
    {
        // Max USD is 7.9e30 cents, far beyond long (9.2e18).
        Assert.Throws<OverflowException>(() => new Money(Max, Usd).ToMinorUnits());
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Round_MaxValue_IsUnchanged()
    {
        // Max is a whole number: rounding to cents (or yen) changes nothing and must not overflow.
        Assert.Equal(Max, new Money(Max, Usd).Round().Amount);
        Assert.Equal(Max, new Money(Max, Jpy).Round(MidpointRounding.AwayFromZero).Amount);
    }

    // ---- Allocation and splitting near the 96-bit limit --------------------------------------------------------------

    [Trait("Category", "Extremes")]
    [Fact]
    public void Split_MaxValueYenInThree_IsExactThirds()
    {
        // JPY has no minor unit, so Max yen is Max minor units (96 bits, the documented limit): three equal thirds.
        var parts = new Money(Max, Jpy).Split(3);
        Assert.All(parts, p => Assert.Equal(MaxInteger / 3, new BigInteger(p.Amount)));
        Assert.Equal(Max, Money.Sum(parts, Jpy).Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Allocate_MaxValueYenOverUnequalRatios_MatchesABigIntegerLargestRemainderOracle()
    {
        // Ratios 1 : 2 : 4 (sum 7), with Max = 7q + r. Oracle: floor(Max x w / 7), leftovers to the largest remainders.
        decimal[] ratios = [1m, 2m, 4m];
        var parts = new Money(Max, Jpy).Allocate(ratios);
        var expected = Oracle(MaxInteger, [1, 2, 4]);
        Assert.Equal(expected, parts.Select(p => new BigInteger(p.Amount)).ToArray());
        Assert.Equal(Max, Money.Sum(parts, Jpy).Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Allocate_LargestAllocatableDollarAmount_IsExactAndOneCentMoreThrows()
    {
        // The documented limit: the amount in minor units must fit 96 bits. (2^96 - 1) cents = 792,281,625,142,643,375,935,439,503.35 USD works;
        // one cent more cannot be represented and throws OverflowException (documented on Allocate).
        var largest = new Money(Max / 100m, Usd);
        Assert.Equal(792281625142643375935439503.35m, largest.Amount);
        var parts = largest.Allocate([1m, 1m]);
        Assert.Equal(largest.Amount, parts[0].Amount + parts[1].Amount);
        Assert.Equal(396140812571321687967719751.68m, parts[0].Amount); // 39,614,081,257,132,168,796,771,975,167.5 cents: the odd cent to index 0
        Assert.Equal(396140812571321687967719751.67m, parts[1].Amount);

        Assert.Throws<OverflowException>(() => new Money(largest.Amount + 0.01m, Usd).Allocate([1m, 1m]));
        Assert.Throws<OverflowException>(() => new Money(Max, Usd).Split(2));
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Allocate_MaxValueYenOverScale28Ratios_MatchesTheOracle()
    {
        // Ratios 1e-28 : 0.9999999999999999999999999999 force the wide (BigInteger) path: weights 1 and 10^28 - 1,
        // total x weight about 2^189. Oracle with the same integer weights.
        decimal[] ratios = [Tiny, 0.9999999999999999999999999999m, 0m];
        var parts = new Money(Max, Jpy).Allocate(ratios);
        var expected = Oracle(MaxInteger, [BigInteger.One, BigInteger.Pow(10, 28) - 1, BigInteger.Zero]);
        Assert.Equal(expected, parts.Select(p => new BigInteger(p.Amount)).ToArray());
        Assert.Equal(0m, parts[2].Amount);
        Assert.Equal(Max, Money.Sum(parts, Jpy).Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Allocate_NegativeMaxValueYen_MirrorsThePositiveAllocation()
    {
        // SPEC §2: negative totals allocate symmetrically.
        var positive = new Money(Max, Jpy).Allocate([3m, 5m, 11m]);
        var negative = new Money(-Max, Jpy).Allocate([3m, 5m, 11m]);
        Assert.Equal(positive.Select(p => -p.Amount), negative.Select(p => p.Amount));
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Allocate_Scale28RatiosOverHundredDollars_AreProportional()
    {
        // 1e-28 : 1e-28 : 2e-28 is 1 : 1 : 2, whatever the scale: 25.00, 25.00, 50.00.
        var parts = new Money(100m, Usd).Allocate([Tiny, Tiny, 2m * Tiny]);
        Assert.Equal([25.00m, 25.00m, 50.00m], parts.Select(p => p.Amount));
    }

    // ---- Scale-28 amounts ------------------------------------------------------------------------------------------

    [Trait("Category", "Extremes")]
    [Fact]
    public void Add_Scale28Amounts_IsExactAndRoundsToZeroCents()
    {
        // 1e-28 + 1e-28 = 2e-28 exactly (money arithmetic does not round); rounded to cents it is 0.00.
        var sum = new Money(Tiny, Usd) + new Money(Tiny, Usd);
        Assert.Equal(2m * Tiny, sum.Amount);
        Assert.Equal(28, sum.Amount.Scale);
        Assert.Equal(0m, sum.Round().Amount);
        Assert.Equal(0m, sum.Split(2)[0].Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Parse_Scale28Amount_RoundTripsEveryDigit()
    {
        // 28 fractional digits survive the invariant text form.
        var money = new Money(1.2345678901234567890123456789m, Usd);
        Assert.Equal(money, Money.Parse(money.ToString()));
        Assert.Equal(28, Money.Parse(money.ToString()).Amount.Scale);
    }
}
