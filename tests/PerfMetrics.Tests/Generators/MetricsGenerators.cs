using FsCheck;
using FsCheck.Fluent;

namespace PerfMetrics.Tests.Generators;

/// <summary>A non-negative amount built from whole minor units (0, 1 minor unit, small, large), in USD, JPY or BHD.</summary>
public readonly record struct NonNegativeMoney(Money Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>Two non-negative amounts in one currency (for revenue and spend).</summary>
public readonly record struct MoneyPair(Money First, Money Second)
{
    public override string ToString() => $"{First}, {Second}";
}

/// <summary>A whole count >= 0 (impressions, clicks, sales): 0, 1, small or large.</summary>
public readonly record struct Count(long Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A fractional count >= 0 as an attribution model produces it: <c>Numerator / Denominator</c> with a denominator
/// of 1, 2, 3, 4, 7 or 100 (so thirds and sevenths give non-terminating decimals).
/// </summary>
public readonly record struct FractionalCount(long Numerator, int Denominator)
{
    public decimal Value => (decimal)Numerator / Denominator;

    public override string ToString() => FormattableString.Invariant($"{Numerator}/{Denominator}");
}

/// <summary>A positive integer scaling factor, 1 to 1,000,000.</summary>
public readonly record struct Factor(int Value);

/// <summary>A rate in [0, 1] with four decimals (a CTR or CVR such as 0.0200).</summary>
public readonly record struct UnitRate(decimal Value);

/// <summary>
/// Spend, whole acquisitions and a unit margin in one currency, all from integer minor units. Half of the cases put the
/// spend within one minor unit of margin x acquisitions (the break-even boundary), the rest are independent.
/// </summary>
public readonly record struct MarginCase(long SpendMinor, long Acquisitions, long MarginMinor, Currency Currency)
{
    public Money Spend => Money.FromMinorUnits(SpendMinor, Currency);

    public Money UnitMargin => Money.FromMinorUnits(MarginMinor, Currency);

    public override string ToString() => $"spend {Spend}, acquisitions {Acquisitions}, margin {UnitMargin}";
}

/// <summary>A forecast delivery in USD (counts and revenue from integers) and one single-rate payment model priced on it.</summary>
public readonly record struct ForecastCase(Delivery Forecast, PaymentModel Model)
{
    public override string ToString() => $"{Forecast}; {Model}";
}

/// <summary>FsCheck generators for the metrics tests; attach per attribute with <c>Arbitrary = [typeof(MetricsGenerators)]</c>.</summary>
public static class MetricsGenerators
{
    public static readonly Currency Bhd = Currency.FromCode("BHD");

    public static Gen<Currency> Currencies => Gen.Elements(Currency.Usd, Currency.Jpy, Bhd);

    /// <summary>Non-negative minor units: 0, 1, small, medium (int range) and large (up to 10^15, ~10^13 dollars).</summary>
    public static Gen<long> MinorUnits =>
        Gen.Frequency(
            (2, Gen.Constant(0L)),
            (2, Gen.Constant(1L)),
            (6, Gen.Choose(0, 100_000).Select(i => (long)i)),
            (3, Gen.Choose(0, int.MaxValue).Select(i => (long)i)),
            (2, Gen.Zip(Gen.Choose(0, 999_999), Gen.Choose(0, 999_999_999)).Select(t => (t.Item1 * 1_000_000_000L) + t.Item2)));

    /// <summary>Counts: 0, 1, small, and large (up to about 2 x 10^12).</summary>
    public static Gen<long> Counts =>
        Gen.Frequency(
            (2, Gen.Constant(0L)),
            (2, Gen.Constant(1L)),
            (6, Gen.Choose(0, 10_000).Select(i => (long)i)),
            (2, Gen.Zip(Gen.Choose(0, 2_000), Gen.Choose(0, 999_999_999)).Select(t => (t.Item1 * 1_000_000_000L) + t.Item2)));

    public static Arbitrary<NonNegativeMoney> NonNegativeMoneyArb() =>
        Gen.Zip(MinorUnits, Currencies).Select(t => new NonNegativeMoney(Money.FromMinorUnits(t.Item1, t.Item2))).ToArbitrary();

    public static Arbitrary<MoneyPair> MoneyPairArb() =>
        Gen.Zip(Gen.Zip(MinorUnits, MinorUnits), Currencies)
            .Select(t => new MoneyPair(Money.FromMinorUnits(t.Item1.Item1, t.Item2), Money.FromMinorUnits(t.Item1.Item2, t.Item2)))
            .ToArbitrary();

    public static Arbitrary<Count> CountArb() => Counts.Select(c => new Count(c)).ToArbitrary();

    public static Arbitrary<FractionalCount> FractionalCountArb() =>
        Gen.Zip(Counts, Gen.Elements(1, 2, 3, 4, 7, 100)).Select(t => new FractionalCount(t.Item1, t.Item2)).ToArbitrary();

    public static Arbitrary<Factor> FactorArb() =>
        Gen.Frequency((3, Gen.Choose(1, 10)), (3, Gen.Choose(1, 1_000_000))).Select(f => new Factor(f)).ToArbitrary();

    public static Arbitrary<UnitRate> UnitRateArb() =>
        Gen.Frequency(
            (1, Gen.Constant(0)),
            (1, Gen.Constant(10_000)),
            (6, Gen.Choose(0, 10_000))).Select(k => new UnitRate(k / 10_000m)).ToArbitrary();

    public static Arbitrary<MarginCase> MarginCaseArb()
    {
        var smallAcquisitions = Gen.Frequency((2, Gen.Constant(0L)), (2, Gen.Constant(1L)), (6, Gen.Choose(0, 10_000).Select(i => (long)i)));
        var margins = Gen.Frequency((1, Gen.Constant(0L)), (1, Gen.Constant(1L)), (6, Gen.Choose(0, 1_000_000).Select(i => (long)i)));
        var independent = Gen.Zip(Gen.Zip(MinorUnits, smallAcquisitions), Gen.Zip(margins, Currencies))
            .Select(t => new MarginCase(t.Item1.Item1, t.Item1.Item2, t.Item2.Item1, t.Item2.Item2));
        var boundary = Gen.Zip(Gen.Zip(smallAcquisitions, margins), Gen.Zip(Gen.Choose(-1, 1), Currencies))
            .Select(t => new MarginCase(
                Math.Max(0L, (t.Item1.Item2 * t.Item1.Item1) + t.Item2.Item1), t.Item1.Item1, t.Item1.Item2, t.Item2.Item2));
        return Gen.Frequency((1, independent), (1, boundary)).ToArbitrary();
    }

    public static Arbitrary<PaymentModelKind> SingleRateKindArb() =>
        Gen.Elements(
            PaymentModelKind.Cpc, PaymentModelKind.Cpm, PaymentModelKind.Cpl, PaymentModelKind.Cpa,
            PaymentModelKind.RevenueShare, PaymentModelKind.FlatFee).ToArbitrary();

    public static Arbitrary<ForecastCase> ForecastCaseArb()
    {
        var usd = Currency.Usd;
        var counts = Gen.Frequency((1, Gen.Constant(0L)), (1, Gen.Constant(1L)), (4, Gen.Choose(0, 1_000_000).Select(i => (long)i)));
        var delivery = Gen.Zip(Gen.Zip(Gen.Zip(counts, counts), Gen.Zip(counts, counts)), Gen.Choose(0, int.MaxValue))
            .Select(t => new Delivery(
                // Clicks never exceed reported impressions (Delivery enforces it); zero impressions = not reported.
                impressions: t.Item1.Item1.Item1 * 100,
                clicks: t.Item1.Item1.Item1 == 0 ? t.Item1.Item1.Item2 : t.Item1.Item1.Item2 % (t.Item1.Item1.Item1 * 100 + 1),
                leads: t.Item1.Item2.Item1,
                acquisitions: t.Item1.Item2.Item2, revenue: Money.FromMinorUnits(t.Item2, usd)));
        var rateMinor = Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(1)), (4, Gen.Choose(0, 100_000)));
        var model = Gen.Zip(SingleRateKindArb().Generator, rateMinor).Select(t =>
        {
            var rate = Money.FromMinorUnits(t.Item2, usd);
            return t.Item1 switch
            {
                PaymentModelKind.Cpc => PaymentModel.Cpc(rate),
                PaymentModelKind.Cpm => PaymentModel.Cpm(rate),
                PaymentModelKind.Cpl => PaymentModel.Cpl(rate),
                PaymentModelKind.Cpa => PaymentModel.Cpa(rate),
                PaymentModelKind.RevenueShare => PaymentModel.RevenueShare((t.Item2 % 10_001) / 10_000m),
                _ => PaymentModel.FlatFee(rate),
            };
        });
        return Gen.Zip(delivery, model).Select(t => new ForecastCase(t.Item1, t.Item2)).ToArbitrary();
    }
}
