using System.Numerics;
using FsCheck;
using FsCheck.Fluent;

namespace PerfMetrics.Tests.Generators;

/// <summary>
/// FsCheck generators for money, built from integer minor units (never from FsCheck's decimal generator, which stays
/// within about ±80 and never yields 0 or extremes). Edge values are mixed in on purpose: 0, ±1 minor unit, and
/// magnitudes up to the 96-bit limit of decimal.
/// </summary>
public static class MoneyGenerators
{
    /// <summary>Currencies with 0, 2, 3 and 4 minor units.</summary>
    public static readonly Currency[] Currencies =
    [
        Currency.Usd, Currency.Eur, Currency.Jpy, Currency.FromCode("BHD"), Currency.FromCode("CLF"), Currency.FromCode("KWD"),
    ];

    /// <summary>2^96 - 1: the largest decimal mantissa.</summary>
    public static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    public static Gen<Currency> CurrencyGen => Gen.Elements(Currencies);

    /// <summary>A signed 64-bit value from two 32-bit draws.</summary>
    public static Gen<long> AnyLong =>
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        select unchecked(((long)hi << 32) | (uint)lo);

    /// <summary>Minor units with edges: 0, ±1, small, medium, any long.</summary>
    public static Gen<BigInteger> MinorUnits(BigInteger limit) =>
        Gen.OneOf(
            Gen.Elements(BigInteger.Zero, BigInteger.One, BigInteger.MinusOne, limit, -limit),
            Gen.Choose(-100, 100).Select(i => (BigInteger)i),
            Gen.Choose(-1_000_000_000, 1_000_000_000).Select(i => (BigInteger)i),
            Gen.Choose(-1_000_000_000, 1_000_000_000).Select(i => (BigInteger)i),
            AnyLong.Select(l => BigInteger.Remainder(l, limit + 1)),
            from a in AnyLong
            from b in AnyLong
            select BigInteger.Remainder(((BigInteger)a << 64) + unchecked((ulong)b), limit + 1));

    /// <summary>Builds the decimal worth <paramref name="minor"/> units of 10^-scale (|minor| below 2^96).</summary>
    public static decimal FromMinor(BigInteger minor, int scale)
    {
        var negative = minor.Sign < 0;
        var magnitude = BigInteger.Abs(minor);
        var lo = unchecked((int)(uint)(magnitude & uint.MaxValue));
        var mid = unchecked((int)(uint)((magnitude >> 32) & uint.MaxValue));
        var hi = unchecked((int)(uint)((magnitude >> 64) & uint.MaxValue));
        return new decimal(lo, mid, hi, negative, (byte)scale);
    }

    /// <summary>Money in whole minor units up to the full 96-bit range (for formatting, allocation, JSON).</summary>
    public static Gen<Money> AnyMoney =>
        from currency in CurrencyGen
        from minor in MinorUnits(MaxMantissa)
        select new Money(FromMinor(minor, currency.MinorUnits), currency);

    /// <summary>Money whose sums of three stay exactly representable (|minor units| below 2^93), all in one currency.</summary>
    public static Gen<Money> MoneyIn(Currency currency) =>
        MinorUnits((BigInteger.One << 93) - 1).Select(minor => new Money(FromMinor(minor, currency.MinorUnits), currency));

    /// <summary>A non-negative decimal ratio with edges: 0, tiny (scale 28), huge, and everyday values.</summary>
    public static Gen<decimal> Ratio =>
        Gen.OneOf(
            Gen.Elements(0m, 1m, 0.0000000000000000000000000001m, 79228162514264337593543950335m, 0.3333333333333333333333333333m),
            Gen.Choose(0, 100).Select(i => (decimal)i),
            Gen.Choose(0, 1_000_000).Select(i => i / 1000m),
            from minor in MinorUnits(MaxMantissa)
            from scale in Gen.Choose(0, 28)
            select FromMinor(BigInteger.Abs(minor), scale));

    /// <summary>Between 1 and 12 ratios, at least one positive.</summary>
    public static Gen<decimal[]> Ratios =>
        (from count in Gen.Choose(1, 12)
         from ratios in Gen.ArrayOf(Ratio, count)
         select ratios).Where(r => r.Any(x => x > 0m));

    public static Arbitrary<Money> ArbMoney() => Arb.From(AnyMoney);

    public static Arbitrary<decimal[]> ArbRatios() => Arb.From(Ratios);

    public static Arbitrary<Currency> ArbCurrency() => Arb.From(CurrencyGen);
}

/// <summary>Three amounts in one currency whose sums stay exact.</summary>
public sealed record MoneyTriple(Money A, Money B, Money C);

/// <summary>Arbitraries for same-currency arithmetic properties.</summary>
public static class SameCurrencyArbitraries
{
    public static Arbitrary<MoneyTriple> Triple() =>
        Arb.From(
            from currency in MoneyGenerators.CurrencyGen
            from a in MoneyGenerators.MoneyIn(currency)
            from b in MoneyGenerators.MoneyIn(currency)
            from c in MoneyGenerators.MoneyIn(currency)
            select new MoneyTriple(a, b, c));
}
