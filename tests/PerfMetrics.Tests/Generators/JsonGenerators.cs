using FsCheck;
using FsCheck.Fluent;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Generators;

/// <summary>
/// Result values for the JSON round-trip properties. Results are built field by field through their internal
/// constructors (tests see internals), so every field, including nulls and odd doubles, is exercised independently of the
/// calculators that normally fill them. Money comes from integer minor units; doubles from integer ratios and from
/// FsCheck's finite doubles (shortest round-trip text must bring back the same bits).
/// </summary>
public static class JsonGenerators
{
    private static readonly Currency Bhd = Currency.FromCode("BHD");

    private static Gen<Currency> Currencies => Gen.Elements(Currency.Usd, Currency.Eur, Currency.Jpy, Bhd);

    private static Gen<Money> MoneyIn(Currency currency) =>
        Gen.Choose(-2_000_000_000, 2_000_000_000)
            .Select(minor => new Money(minor / Pow10(currency.MinorUnits), currency));

    private static Gen<Money?> NullableMoneyIn(Currency currency) =>
        Gen.Frequency((1, Gen.Constant<Money?>(null)), (4, MoneyIn(currency).Select(m => (Money?)m)));

    private static decimal Pow10(int digits)
    {
        var p = 1m;
        for (var i = 0; i < digits; i++)
        {
            p *= 10m;
        }

        return p;
    }

    private static Gen<decimal> Decimals =>
        Gen.Choose(-1_000_000, 1_000_000).SelectMany(n => Gen.Choose(0, 6).Select(scale => n / Pow10(scale)));

    private static Gen<decimal?> NullableDecimals => Gen.Frequency((1, Gen.Constant<decimal?>(null)), (4, Decimals.Select(d => (decimal?)d)));

    private static Gen<double> Doubles =>
        Gen.OneOf(
            Gen.Choose(0, 1_000_000).SelectMany(n => Gen.Choose(1, 997).Select(d => n / (double)d)),
            ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get)),
            Gen.Elements(0d, double.Epsilon, double.MaxValue, 1e-300, 0.1 + 0.2));

    private static Gen<double?> NullableDoubles => Gen.Frequency((1, Gen.Constant<double?>(null)), (4, Doubles.Select(d => (double?)d)));

    private static Gen<PeriodUnit> Units =>
        Gen.OneOf(
            Gen.Elements(PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month, PeriodUnit.Quarter, PeriodUnit.Year),
            Gen.Choose(1, 400).Select(PeriodUnit.Days),
            Gen.Choose(1, 60).Select(PeriodUnit.Months));

    private static Gen<Channel> Channels =>
        Gen.Elements("search", "social", "email", "display", "Affiliate Network", "tv, radio").Select(n => new Channel(n));

    private static Gen<ProfitVerdict> ProfitVerdicts => Gen.Elements(Enum.GetValues<ProfitVerdict>());

    private static Gen<ChannelCredit> Credits(Currency currency, Channel channel) =>
        from conversions in Doubles
        from value in MoneyIn(currency)
        from share in NullableDoubles
        select new ChannelCredit(channel, conversions, value, share);

    private static Gen<AttributionResult> Results(Currency currency) =>
        from name in Gen.Elements("first touch", "last touch", "linear", "time decay (7 days)")
        from channels in Gen.SubListOf(["search", "social", "email", "display", "affiliate"])
        from credits in Gen.CollectToList(channels.Select(c => Credits(currency, new Channel(c))))
        from total in Doubles
        from value in MoneyIn(currency)
        select new AttributionResult(name, currency, total, value, [.. credits]);

    private static Gen<ChannelReportRow> Rows(Currency currency, Channel channel) =>
        from spend in NullableMoneyIn(currency)
        from conversions in NullableDoubles
        from revenue in NullableMoneyIn(currency)
        from cpa in NullableMoneyIn(currency)
        from roas in NullableDecimals
        from verdict in Gen.Frequency((1, Gen.Constant<ProfitVerdict?>(null)), (3, ProfitVerdicts.Select(v => (ProfitVerdict?)v)))
        from outside in NullableMoneyIn(currency)
        from ceiling in Gen.Elements<CeilingVerdict?>(null, CeilingVerdict.WithinCeiling, CeilingVerdict.AboveCeiling)
        from rate in Gen.Elements<VerdictRule?>(null, VerdictRule.MarginRate(0.4m))
        select new ChannelReportRow(channel, spend, conversions, revenue, cpa, roas, verdict, outside, rate, ceiling);

    /// <summary>Attribution results with zero to five channels in one currency.</summary>
    public static Arbitrary<AttributionResult> AttributionResults() => Currencies.SelectMany(Results).ToArbitrary();

    /// <summary>Single channel credits, share sometimes null.</summary>
    public static Arbitrary<ChannelCredit> ChannelCredits() =>
        Currencies.SelectMany(c => Channels.SelectMany(ch => Credits(c, ch))).ToArbitrary();

    /// <summary>Comparisons of one to four results in one currency.</summary>
    public static Arbitrary<ModelComparison> ModelComparisons() =>
        Currencies.SelectMany(c => Gen.NonEmptyListOf(Results(c)).Select(rs => ModelComparison.Of(rs.Take(4)))).ToArbitrary();

    /// <summary>Reports whose every cell may be unknown (null).</summary>
    public static Arbitrary<ChannelReport> ChannelReports() =>
        (from currency in Currencies
         from channels in Gen.SubListOf(["search", "social", "email", "display"])
         from rows in Gen.CollectToList(channels.Select(c => Rows(currency, new Channel(c))))
         from total in Rows(currency, new Channel("total"))
         from margin in NullableMoneyIn(currency)
         from kind in Gen.Elements(0, 1, 2, 3)
         from withPeriod in Gen.Elements(false, true)
         from name in Gen.Elements("linear", "last touch")
         let amount = margin is { } m ? new Money(Math.Abs(m.Amount), currency) : Money.Zero(currency)
         let rule = kind switch
         {
             1 => VerdictRule.UnitMargin(amount),
             2 => VerdictRule.MarginRate(0.35m),
             3 => VerdictRule.CpaCeiling(amount),
             _ => (VerdictRule?)null,
         }
         let period = withPeriod ? new NodaTime.DateInterval(new NodaTime.LocalDate(2026, 4, 1), new NodaTime.LocalDate(2026, 4, 30)) : null
         select new ChannelReport(name, currency, rule, period, [.. rows], total)).ToArbitrary();

    /// <summary>CPA-versus-margin results with and without a CPA.</summary>
    public static Arbitrary<MarginCheck> MarginChecks() =>
        (from c in Currencies
         from spend in MoneyIn(c)
         from acquisitions in Decimals
         from margin in MoneyIn(c)
         from cpa in NullableMoneyIn(c)
         from profit in MoneyIn(c)
         from share in NullableDecimals
         from verdict in ProfitVerdicts
         select new MarginCheck(spend, acquisitions, margin, cpa, profit, share, verdict)).ToArbitrary();

    /// <summary>Marginal CPA results.</summary>
    public static Arbitrary<MarginalCpaCheck> MarginalCpaChecks() =>
        (from c in Currencies
         from spend in MoneyIn(c)
         from acquisitions in Decimals
         from margin in MoneyIn(c)
         from cpa in NullableMoneyIn(c)
         from profit in MoneyIn(c)
         from verdict in ProfitVerdicts
         select new MarginalCpaCheck(spend, acquisitions, margin, cpa, profit, verdict)).ToArbitrary();

    /// <summary>Marginal ROAS results.</summary>
    public static Arbitrary<MarginalRoasCheck> MarginalRoasChecks() =>
        (from c in Currencies
         from spend in MoneyIn(c)
         from revenue in MoneyIn(c)
         from roas in NullableDecimals
         from breakEven in Decimals
         from profit in MoneyIn(c)
         from verdict in ProfitVerdicts
         select new MarginalRoasCheck(spend, revenue, roas, breakEven, profit, verdict)).ToArbitrary();

    /// <summary>Payment-model outcomes over single and hybrid models.</summary>
    public static Arbitrary<PaymentModelOutcome> PaymentModelOutcomes() =>
        (from c in Currencies
         from rate in MoneyIn(c).Select(m => m < new Money(0m, c) ? -m : m)
         from share in Gen.Choose(0, 1000).Select(n => n / 1000m)
         from model in Gen.Elements(
             PaymentModel.Cpc(rate), PaymentModel.Cpm(rate), PaymentModel.Cpl(rate), PaymentModel.Cpa(rate), PaymentModel.FlatFee(rate),
             PaymentModel.RevenueShare(share), PaymentModel.Hybrid(PaymentModel.FlatFee(rate), PaymentModel.RevenueShare(share)))
         from cost in MoneyIn(c)
         from cpa in NullableMoneyIn(c)
         from gross in MoneyIn(c)
         from verdict in ProfitVerdicts
         select new PaymentModelOutcome(model, cost, cpa, gross, verdict)).ToArbitrary();

    /// <summary>Period units, named and counted.</summary>
    public static Arbitrary<PeriodUnit> PeriodUnits() => Units.ToArbitrary();

    /// <summary>Retention rates in [0, 1).</summary>
    public static Arbitrary<RetentionRate> RetentionRates() =>
        (from n in Gen.Choose(0, 999_999) from u in Units select new RetentionRate(n / 1_000_000m, u)).ToArbitrary();

    /// <summary>Discount rates in [0, 1] (a rate is a fraction): the generated decimals, or their reciprocals when above 1.</summary>
    public static Arbitrary<DiscountRate> DiscountRates() =>
        (from d in Decimals from u in Units select new DiscountRate(Math.Abs(d) <= 1m ? Math.Abs(d) : 1m / Math.Abs(d), u)).ToArbitrary();

    /// <summary>Non-negative purchase frequencies.</summary>
    public static Arbitrary<PurchaseFrequency> PurchaseFrequencies() =>
        (from d in Decimals from u in Units select new PurchaseFrequency(Math.Abs(d), u)).ToArbitrary();

    /// <summary>Non-negative money per period.</summary>
    public static Arbitrary<MoneyPerPeriod> MoneyPerPeriods() =>
        (from c in Currencies from m in MoneyIn(c) from u in Units select new MoneyPerPeriod(m < new Money(0m, c) ? -m : m, u)).ToArbitrary();

    /// <summary>Non-negative period counts.</summary>
    public static Arbitrary<Periods> PeriodCounts() =>
        (from d in Decimals from u in Units select new Periods(Math.Abs(d), u)).ToArbitrary();

    private static Gen<ShiftedBetaGeometric> Models =>
        from a in Doubles.Where(d => d > 0 && double.IsFinite(d))
        from b in Doubles.Where(d => d > 0 && double.IsFinite(d))
        from u in Units
        select new ShiftedBetaGeometric(a, b, u);

    /// <summary>sBG models with any positive finite parameters.</summary>
    public static Arbitrary<ShiftedBetaGeometric> ShiftedBetaGeometrics() => Models.ToArbitrary();

    /// <summary>sBG fits with any log-likelihood and iteration count.</summary>
    public static Arbitrary<ModelFit<ShiftedBetaGeometric>> ShiftedBetaGeometricFits() =>
        (from m in Models
         from ll in Doubles.Select(d => -d)
         from iterations in Gen.Choose(0, 10_000)
         from converged in Gen.Elements(true, false)
         select TestFits.Of(m, ll, iterations, converged)).ToArbitrary();

    /// <summary>Ceiling checks with and without a headroom share.</summary>
    public static Arbitrary<CeilingCheck> CeilingChecks() =>
        (from c in Currencies
         from cpa in MoneyIn(c)
         from ceiling in MoneyIn(c)
         from headroom in MoneyIn(c)
         from share in NullableDecimals
         from verdict in Gen.Elements(Enum.GetValues<CeilingVerdict>())
         select new CeilingCheck(cpa, ceiling, headroom, share, verdict)).ToArbitrary();
}
