using FsCheck;
using FsCheck.Fluent;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Generators;

/// <summary>
/// Fitted lifetime models and RFM rows for the JSON round-trip properties. Parameters are any positive finite double:
/// random bit patterns (every exponent, subnormals included), ratios of small integers (the 0.1-like values whose
/// shortest text is long) and the extremes. Rows are built through <c>CustomerRfm.Create</c>, so they obey the
/// rules a reader enforces; counts of periods are exact decimals such as 213 / 7 weeks (28 significant digits).
/// </summary>
public static class LifetimeJsonGenerators
{
    private static readonly Currency Bhd = Currency.FromCode("BHD");

    private static Gen<Currency> Currencies => Gen.Elements(Currency.Usd, Currency.Eur, Currency.Jpy, Bhd);

    private static Gen<PeriodUnit> Units =>
        Gen.OneOf(
            Gen.Elements(PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month, PeriodUnit.Quarter, PeriodUnit.Year),
            Gen.Choose(1, 400).Select(PeriodUnit.Days),
            Gen.Choose(1, 60).Select(PeriodUnit.Months));

    /// <summary>Any double from its 64 bits (sign cleared): covers every exponent and mantissa, and NaN/infinity to be filtered.</summary>
    private static Gen<double> FromBits =>
        from high in Gen.Choose(0, int.MaxValue)
        from mid in Gen.Choose(0, 0xFFFF)
        from low in Gen.Choose(0, 0xFFFF)
        select BitConverter.Int64BitsToDouble(((long)high << 32) | ((long)mid << 16) | (long)low);

    /// <summary>Positive finite doubles.</summary>
    internal static Gen<double> Positive =>
        Gen.OneOf(
            FromBits,
            Gen.Choose(1, 1_000_000).SelectMany(n => Gen.Choose(1, 997).Select(d => n / (double)d)),
            Gen.Elements(double.Epsilon, double.MaxValue, 1e-300, 0.1 + 0.2, 1d, 0.243, 4.414))
        .Where(d => d > 0d && double.IsFinite(d));

    /// <summary>Finite doubles of either sign, zero and negative zero included (log-likelihoods).</summary>
    private static Gen<double> Finite =>
        Gen.OneOf(
            Positive.Select(d => -d),
            Positive,
            Gen.Elements(0d, -0d));

    private static Gen<int> Iterations => Gen.OneOf(Gen.Choose(0, 500), Gen.Elements(0, int.MaxValue));

    internal static Gen<BgNbd> BgNbds =>
        from r in Positive
        from alpha in Positive
        from a in Positive
        from b in Positive
        from unit in Units
        select new BgNbd(r, alpha, a, b, unit);

    internal static Gen<GammaGamma> GammaGammas =>
        from p in Positive
        from q in Positive
        from gamma in Positive
        from currency in Currencies
        select new GammaGamma(p, q, gamma, currency);

    /// <summary>BG/NBD models with any positive finite parameters and any unit.</summary>
    public static Arbitrary<BgNbd> BgNbdModels() => BgNbds.ToArbitrary();

    /// <summary>BG/NBD fits with any finite log-likelihood, iteration count and flag.</summary>
    public static Arbitrary<ModelFit<BgNbd>> BgNbdFits() =>
        (from model in BgNbds
         from ll in Finite
         from iterations in Iterations
         from converged in Gen.Elements(true, false)
         select TestFits.Of(model, ll, iterations, converged)).ToArbitrary();

    /// <summary>Gamma-Gamma models with any positive finite parameters in an ISO currency.</summary>
    public static Arbitrary<GammaGamma> GammaGammaModels() => GammaGammas.ToArbitrary();

    /// <summary>Gamma-Gamma fits with any finite log-likelihood, iteration count and flag.</summary>
    public static Arbitrary<ModelFit<GammaGamma>> GammaGammaFits() =>
        (from model in GammaGammas
         from ll in Finite
         from iterations in Iterations
         from converged in Gen.Elements(true, false)
         select TestFits.Of(model, ll, iterations, converged)).ToArbitrary();

    private static decimal Pow10(int digits)
    {
        var p = 1m;
        for (var i = 0; i < digits; i++)
        {
            p *= 10m;
        }

        return p;
    }

    /// <summary>Non-negative money: minor units, sometimes divided by a purchase count (an exact mean with many digits).</summary>
    private static Gen<Money> Amounts(Currency currency) =>
        from minor in Gen.Choose(0, 2_000_000_000)
        from divisor in Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(1, 97)))
        select new Money(minor / Pow10(currency.MinorUnits) / divisor, currency);

    /// <summary>Non-negative counts of periods: whole, cents, or a ratio such as 213 / 7 (28 significant digits).</summary>
    private static Gen<decimal> Counts =>
        Gen.OneOf(
            Gen.Choose(0, 10_000).Select(n => (decimal)n),
            Gen.Choose(0, 1_000_000).Select(n => n / 100m),
            Gen.Choose(0, 100_000).SelectMany(n => Gen.Choose(1, 400).Select(d => (decimal)n / d)));

    private static Gen<string> Ids =>
        Gen.OneOf(
            Gen.Elements("0001", "2357", "cust-42", "Émilie \"VIP\"", "日本語", "tab\there", "back\\slash", "</script>"),
            Gen.Choose(0, 99_999_999).Select(n => n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Valid RFM rows: repeat buyers and one-time buyers, with and without a holdout split.</summary>
    public static Arbitrary<CustomerRfm> CustomerRfms() =>
        (from id in Ids
         from currency in Currencies
         from unit in Units
         from frequency in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 200)), (1, Gen.Elements(1, int.MaxValue)))
         from t in Counts.Select(c => frequency > 0 ? c + 0.01m : c)
         from permille in Gen.Choose(1, 1000)
         from mean in Amounts(currency)
         from holdout in Gen.Elements(true, false)
         from holdoutCount in Gen.Choose(0, 50)
         from holdoutValue in Amounts(currency)
         select CustomerRfm.Create(
             id,
             frequency,
             new Periods(frequency > 0 ? Math.Min(t, Math.Max(t * permille / 1000m, 0.000001m)) : 0m, unit),
             new Periods(t, unit),
             frequency > 0 ? mean : null,
             holdout ? holdoutCount : null,
             holdout ? holdoutValue : null)).ToArbitrary();
}
