using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Generators;

/// <summary>A fraction in [0, 1), a non-negative count, an amount and a unit for the per-period values' formatting properties.</summary>
public sealed record PerPeriodCase(decimal Fraction, decimal Count, Money Amount, PeriodUnit Unit)
{
    public override string ToString() => $"{Fraction} / {Count} / {Amount} per {Unit}";
}

/// <summary>
/// Per-period cases whose numbers have every scale 0 to 28 (a third of a unit has 28 digits), so the display text must
/// round while the exact text keeps every digit; units of every family, multiples included.
/// </summary>
public static class DisplayArbitraries
{
    private static Gen<decimal> Fractions =>
        Gen.OneOf(
            Gen.Elements(0m, 0.8m, 0.005m, 0.015m, 0.125m, 0.3333333333333333333333333333m, 0.9999999999999999999999999999m, 0.0000000000000000000000000001m),
            from mantissa in Gen.Choose(0, int.MaxValue)
            from scale in Gen.Choose(10, 28)
            select FromMantissa(mantissa, scale));

    private static Gen<decimal> Counts =>
        from mantissa in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 20)
        select FromMantissa(mantissa, scale);

    private static Gen<Money> Amounts =>
        from currency in Gen.Elements(Currency.Usd, Currency.Jpy, Currency.FromCode("BHD"))
        from count in Counts
        select new Money(count, currency);

    private static Gen<PeriodUnit> Units =>
        Gen.Elements(PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Weeks(2), PeriodUnit.Days(10), PeriodUnit.Month, PeriodUnit.Quarter, PeriodUnit.Months(6), PeriodUnit.Year, PeriodUnit.Years(2));

    public static Arbitrary<PerPeriodCase> Cases() =>
        (from fraction in Fractions
         from count in Counts
         from amount in Amounts
         from unit in Units
         select new PerPeriodCase(fraction, count, amount, unit)).ToArbitrary();

    private static decimal FromMantissa(int mantissa, int scale) => (decimal)new BigInteger(mantissa) / (decimal)BigInteger.Pow(10, scale);
}
