using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// The one verdict rule (docs/metrics.md, "Verdicts"): worth against cost, exactly, no tolerance, the same in
/// <see cref="CpaVersusMargin"/>, <see cref="CpaCeiling"/>, <see cref="MarginalCpa"/> and <see cref="MarginalRoas"/>.
/// </summary>
public class VerdictsTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    [Fact]
    public void ACpaOf38Point0000001AgainstA38Margin_IsALossInEveryCalculator()
    {
        // The case of issue 15: 0.1 millionth of a dollar above 38. Until 0.2 CpaVersusMargin said Unprofitable and
        // CpaCeiling.Check said AtCeiling (it rounded both to the cent first). Exact comparison: 38 - 38.0000001 < 0.
        var cpa = D(38.0000001m);
        var margin = D(38m);

        Assert.Equal(ProfitVerdict.Unprofitable, CpaVersusMargin.Of(cpa, 1m, margin).Verdict);
        Assert.Equal(CeilingVerdict.AboveCeiling, CpaCeiling.Check(cpa, margin).Verdict);
        Assert.Equal(CeilingVerdict.AboveCeiling, CpaCeiling.Check(cpa, 1m, margin)!.Value.Verdict);

        // Scaling from nothing to one acquisition for 38.0000001: incremental profit 38 x 1 - 38.0000001 = -0.0000001.
        Assert.Equal(ProfitVerdict.Unprofitable, MarginalCpa.Of(D(0m), 0m, cpa, 1m, margin).Verdict);

        // Revenue 38 at a 100% margin rate for 38.0000001 of extra spend: 38 x 1 - 38.0000001 = -0.0000001.
        Assert.Equal(ProfitVerdict.Unprofitable, MarginalRoas.Of(D(0m), D(0m), cpa, margin, 1m).Verdict);
    }

    [Fact]
    public void ACpaOf37Point9999999AgainstA38Margin_IsAGainInEveryCalculator()
    {
        var cpa = D(37.9999999m);
        var margin = D(38m);

        Assert.Equal(ProfitVerdict.Profitable, CpaVersusMargin.Of(cpa, 1m, margin).Verdict);
        Assert.Equal(CeilingVerdict.WithinCeiling, CpaCeiling.Check(cpa, margin).Verdict);
        Assert.Equal(CeilingVerdict.WithinCeiling, CpaCeiling.Check(cpa, 1m, margin)!.Value.Verdict);
        Assert.Equal(ProfitVerdict.Profitable, MarginalCpa.Of(D(0m), 0m, cpa, 1m, margin).Verdict);
        Assert.Equal(ProfitVerdict.Profitable, MarginalRoas.Of(D(0m), D(0m), cpa, margin, 1m).Verdict);
    }

    [Fact]
    public void ACpaOfExactly38AgainstA38Margin_IsBreakEvenInEveryCalculator()
    {
        // 38.0000 and 38 are the same amount at different scales: equal, whatever the trailing zeros.
        var cpa = D(38.0000m);
        var margin = D(38m);

        Assert.Equal(ProfitVerdict.BreakEven, CpaVersusMargin.Of(cpa, 1m, margin).Verdict);
        Assert.Equal(CeilingVerdict.AtCeiling, CpaCeiling.Check(cpa, margin).Verdict);
        Assert.Equal(CeilingVerdict.AtCeiling, CpaCeiling.Check(cpa, 1m, margin)!.Value.Verdict);
        Assert.Equal(ProfitVerdict.BreakEven, MarginalCpa.Of(D(0m), 0m, cpa, 1m, margin).Verdict);
        Assert.Equal(ProfitVerdict.BreakEven, MarginalRoas.Of(D(0m), D(0m), cpa, margin, 1m).Verdict);
    }

    [Fact]
    public void ASpendThatDoesNotDivideEvenly_IsComparedAtDecimalPrecisionNotAtCents()
    {
        // 100 USD for 3 acquisitions against 33.33 USD: 3 x 33.33 = 99.99 < 100, a loss of a cent in total, although the
        // CPA rounded to the cent (33.33) equals the amount. Both calculators say so; until 0.2 the ceiling said AtCeiling.
        Assert.Equal(ProfitVerdict.Unprofitable, CpaVersusMargin.Of(D(100m), 3m, D(33.33m)).Verdict);
        Assert.Equal(CeilingVerdict.AboveCeiling, CpaCeiling.Check(D(100m), 3m, D(33.33m))!.Value.Verdict);

        // Against 100 / 3 in decimal (33.333333333333333333333333333, 29 digits), 3 x that is 99.999...9 with 29 nines,
        // which decimal rounds to 100 at its last digit: even in both (decimal precision is the only limit).
        Assert.Equal(ProfitVerdict.BreakEven, CpaVersusMargin.Of(D(100m), 3m, D(100m / 3m)).Verdict);
        Assert.Equal(CeilingVerdict.AtCeiling, CpaCeiling.Check(D(100m), 3m, D(100m / 3m))!.Value.Verdict);
    }

    [Fact]
    public void AProductBeyondDecimalRange_ExceedsEveryCost()
    {
        // ceiling x acquisitions = 7.9e27 x 2 overflows decimal: the ceiling then certainly exceeds the spend.
        var check = CpaCeiling.Check(D(1m), 2m, D(decimal.MaxValue / 10m));
        Assert.Equal(CeilingVerdict.WithinCeiling, check!.Value.Verdict);
    }

    [Property(Arbitrary = new[] { typeof(MetricsGenerators) }, MaxTest = 300 / TestProfile.PropertyRunDivisor)]
    public bool TheCeilingVerdictIsTheProfitVerdictForTheSameInputs(MarginCase c)
    {
        var spend = Money.FromMinorUnits(c.SpendMinor, c.Currency);
        var amount = Money.FromMinorUnits(c.MarginMinor, c.Currency);
        var profit = CpaVersusMargin.Of(spend, c.Acquisitions, amount).Verdict;
        var ceiling = CpaCeiling.Check(spend, c.Acquisitions, amount)?.Verdict;
        return Matches(profit, ceiling);
    }

    [Property(Arbitrary = new[] { typeof(VerdictArbitraries) }, MaxTest = 300 / TestProfile.PropertyRunDivisor)]
    public bool FractionalAcquisitionsGetTheSameVerdictFromBothCalculators(FractionalCase c)
    {
        var spend = Money.FromMinorUnits(c.SpendMinor, Usd);
        var acquisitions = c.Numerator / (decimal)c.Denominator;
        var amount = new Money(c.Exact ? spend.Amount / acquisitions : c.AmountMinor / 100m, Usd);
        var profit = CpaVersusMargin.Of(spend, acquisitions, amount).Verdict;
        var ceiling = CpaCeiling.Check(spend, acquisitions, amount)?.Verdict;
        return Matches(profit, ceiling);
    }

    private static bool Matches(ProfitVerdict profit, CeilingVerdict? ceiling) => (profit, ceiling) switch
    {
        (ProfitVerdict.Undefined, null) => true,
        (ProfitVerdict.Profitable, CeilingVerdict.WithinCeiling) => true,
        (ProfitVerdict.BreakEven, CeilingVerdict.AtCeiling) => true,
        (ProfitVerdict.Unprofitable, CeilingVerdict.AboveCeiling) => true,
        _ => false,
    };
}

/// <summary>A spend, a fractional number of acquisitions and an amount per acquisition (or the CPA itself, divided in decimal).</summary>
public sealed record FractionalCase(long SpendMinor, int Numerator, int Denominator, long AmountMinor, bool Exact);

/// <summary>Fractional acquisitions for the verdict properties, attached per attribute.</summary>
public static class VerdictArbitraries
{
    public static Arbitrary<FractionalCase> FractionalCases() =>
        (from spend in Gen.Choose(0, 10_000_000)
         from numerator in Gen.Choose(0, 1000)
         from denominator in Gen.Elements(1, 3, 7, 9, 11, 13)
         from amount in Gen.Choose(0, 10_000_000)
         from exact in Gen.Elements(true, false)
         select new FractionalCase(spend, numerator, denominator, amount, exact && numerator > 0))
        .ToArbitrary();
}
