using FsCheck;
using FsCheck.Fluent;

namespace PerfMetrics.Tests.Generators;

/// <summary>Channels and payment models for the JSON round-trip properties (rates from integer minor units).</summary>
public static class ValueJsonGenerators
{
    private static Gen<Currency> Currencies => Gen.Elements(Currency.Usd, Currency.Eur, Currency.Jpy, Currency.FromCode("BHD"));

    private static Gen<Channel> Names =>
        Gen.OneOf(
            Gen.Elements("search", "Email", "google ads", "tv, radio", "a > b", "\"quoted\"", "日本", "x\ty"),
            Gen.Choose(0, 9999).Select(n => $"c{n}"))
        .Select(n => new Channel(n));

    /// <summary>Named channels and <c>default(Channel)</c>.</summary>
    public static Arbitrary<Channel> Channels() =>
        Gen.Frequency((1, Gen.Constant(default(Channel))), (9, Names)).ToArbitrary();

    private static Gen<Money> Rates(Currency currency) =>
        from minor in Gen.Choose(0, 2_000_000_000)
        from extra in Gen.Choose(0, 3)
        select new Money(minor / (decimal)Math.Pow(10, currency.MinorUnits + extra), currency);

    private static Gen<decimal> Shares =>
        from n in Gen.Choose(0, 1_000_000)
        from scale in Gen.Choose(0, 6)
        select Math.Min(1m, n / (decimal)Math.Pow(10, scale));

    private static Gen<PaymentModel> Simple(Currency currency) =>
        Gen.OneOf(
            Rates(currency).Select(PaymentModel.Cpc),
            Rates(currency).Select(PaymentModel.Cpm),
            Rates(currency).Select(PaymentModel.Cpl),
            Rates(currency).Select(PaymentModel.Cpa),
            Rates(currency).Select(PaymentModel.FlatFee),
            Shares.Select(PaymentModel.RevenueShare));

    /// <summary>Every kind, hybrids of two or three parts, and <c>default(PaymentModel)</c>.</summary>
    public static Arbitrary<PaymentModel> PaymentModels() =>
        Currencies.SelectMany(c => Gen.Frequency(
            (1, Gen.Constant(default(PaymentModel))),
            (6, Simple(c)),
            (3, Gen.Choose(2, 3).SelectMany(n => Gen.ArrayOf(Simple(c), n)).Select(parts => PaymentModel.Hybrid(parts)))))
        .ToArbitrary();
}
