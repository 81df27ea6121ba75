using FsCheck;
using FsCheck.Fluent;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Generators;

/// <summary>A constant-retention scenario: retention, discount, margin per period (in cents), a horizon and a timing.</summary>
public sealed record RetentionCase(decimal Retention, decimal Discount, long MarginCents, int Horizon, CashFlowTiming Timing)
{
    public MoneyPerPeriod Margin => new(Money.FromMinorUnits(MarginCents, Currency.Usd), PeriodUnit.Month);

    public RetentionRate RetentionRate => new(Retention, PeriodUnit.Month);

    public DiscountRate DiscountRate => new(Discount, PeriodUnit.Month);
}

/// <summary>A rate in [0, 0.02] and two units of one family (days and weeks, or months, quarters and years), for conversions.</summary>
public sealed record ConversionCase(decimal Rate, PeriodUnit From, PeriodUnit To);

/// <summary>Two LTVs and two target ratios, for monotonicity of the CPA ceiling.</summary>
public sealed record CeilingCase(long LtvCents, long OtherLtvCents, decimal Ratio, decimal OtherRatio);

/// <summary>sBG parameters spread log-uniformly over [0.2, 10], where 12 periods of a cohort identify them.</summary>
public sealed record IdentifiableSbgParameters(double Alpha, double Beta);

/// <summary>sBG parameters spread log-uniformly over [0.001, 1000].</summary>
public sealed record SbgParameters(double Alpha, double Beta);

/// <summary>
/// FsCheck arbitraries for the lifetime tests, attached per attribute
/// (<c>[Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]</c>), never globally. Money comes from integer cents,
/// rates from integer basis points, so zero and the edges are reachable.
/// </summary>
public static class LifetimeArbitraries
{
    public static Arbitrary<RetentionCase> RetentionCases() =>
        (from retentionBp in Gen.Frequency(
             (1, Gen.Constant(0)),
             (1, Gen.Constant(9999)),
             (8, Gen.Choose(0, 9999)))
         from discountBp in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, 5000)))
         from marginCents in Gen.Choose(0, 10_000_000)
         from horizon in Gen.Choose(0, 600)
         from timing in Gen.Elements(CashFlowTiming.StartOfPeriod, CashFlowTiming.EndOfPeriod)
         select new RetentionCase(retentionBp / 10_000m, discountBp / 10_000m, marginCents, horizon, timing))
        .ToArbitrary();

    public static Arbitrary<ConversionCase> ConversionCases()
    {
        PeriodUnit[] dayUnits = [PeriodUnit.Day, PeriodUnit.Days(3), PeriodUnit.Week, PeriodUnit.Weeks(4)];
        PeriodUnit[] monthUnits = [PeriodUnit.Month, PeriodUnit.Months(2), PeriodUnit.Quarter, PeriodUnit.Year];
        return (from rateMillionths in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Constant(20_000)), (6, Gen.Choose(0, 20_000)))
                from family in Gen.Elements(dayUnits, monthUnits)
                from source in Gen.Elements(family)
                from target in Gen.Elements(family)
                select new ConversionCase(rateMillionths / 1_000_000m, source, target))
            .ToArbitrary();
    }

    public static Arbitrary<CeilingCase> CeilingCases() =>
        (from ltv in Gen.Choose(0, 100_000_000)
         from other in Gen.Choose(0, 100_000_000)
         from ratio in Gen.Choose(1, 1000)
         from otherRatio in Gen.Choose(1, 1000)
         select new CeilingCase(ltv, other, ratio / 100m, otherRatio / 100m))
        .ToArbitrary();

    /// <summary>sBG parameters in the range real cohorts show, log-uniform over [0.2, 10].</summary>
    public static Arbitrary<IdentifiableSbgParameters> IdentifiableSbgParameters() =>
        (from a in Gen.Choose(-699, 1000)
         from b in Gen.Choose(-699, 1000)
         select new IdentifiableSbgParameters(Math.Pow(10d, a / 1000d), Math.Pow(10d, b / 1000d)))
        .ToArbitrary();

    public static Arbitrary<SbgParameters> SbgParameters() =>
        (from a in Gen.Choose(-3000, 3000)
         from b in Gen.Choose(-3000, 3000)
         select new SbgParameters(Math.Pow(10d, a / 1000d), Math.Pow(10d, b / 1000d)))
        .ToArbitrary();
}
