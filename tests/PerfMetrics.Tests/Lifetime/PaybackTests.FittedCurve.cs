using FsCheck;
using FsCheck.Xunit;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>Payback on a fitted shifted-beta-geometric retention curve (issue 17 item 4).</summary>
public partial class PaybackTests
{
    private static readonly Currency Eur = Currency.Eur;
    private static readonly MoneyPerPeriod NinePointSixEur = Margin.FromRate(new MoneyPerPeriod(new Money(12m, Eur), PeriodUnit.Month), 0.8m);
    private static readonly DiscountRate TenPercentAYear = new DiscountRate(0.10m, PeriodUnit.Year).ConvertTo(PeriodUnit.Month);

    private static ShiftedBetaGeometric FounderCohort() => ShiftedBetaGeometric.Fit([1000, 631, 468, 382, 326], PeriodUnit.Month).Model;

    /// <summary>
    /// Brute-force oracle, independent of the library's sums: survival by the sBG recursion
    /// S(t) = S(t - 1) x (beta + t - 1) / (alpha + beta + t - 1) (Fader and Hardie 2007, eq. 3), margin paid at the start of
    /// month t + 1 with weight S(t) / (1 + d)^t, accumulated month by month until it reaches the CAC.
    /// </summary>
    /// At the end of a month the margin of month t (t = 1, 2, ...) arrives only from those who renewed t times: weight S(t) / (1 + d)^t.
    private static int? OraclePayback(double alpha, double beta, double margin, double monthlyDiscount, double cac, bool atStart = true)
    {
        var survival = 1d;
        var sum = 0d;
        for (var t = 0; t < 100_000; t++)
        {
            if (t > 0)
            {
                survival *= (beta + t - 1d) / (alpha + beta + t - 1d);
            }

            if (!atStart && t == 0)
            {
                continue;
            }

            sum += margin * survival / Math.Pow(1d + monthlyDiscount, t);
            if (sum >= cac)
            {
                return atStart ? t + 1 : t;
            }
        }

        return null;
    }

    [Fact]
    public void FounderCohort_OnTheFittedCurve_PaysBackIn16Months()
    {
        // Issue 17: cohort 1000, 631, 468, 382, 326 a month; 12 EUR at 80% margin = 9.60 EUR, paid at the start of each
        // month; 10% a year = 1.1^(1/12) - 1 = 0.797% a month; CAC 45 EUR: 16 months on the fitted sBG curve.
        var model = FounderCohort();
        var months = Payback.Period(new Money(45m, Eur), NinePointSixEur, model, TenPercentAYear, CashFlowTiming.StartOfPeriod);

        Assert.Equal(new Periods(16m, PeriodUnit.Month), months);
        Assert.Equal(16, OraclePayback(model.Alpha, model.Beta, 9.6, (double)TenPercentAYear.Value, 45d));
    }

    [Fact]
    public void FounderCohort_AtConstantLatestRetention_PaysBackIn8Months()
    {
        // By hand: r = 326/382 = 0.853403, q = r / 1.0079741 = 0.846652; 9.6 x (1 - q^n) / (1 - q) >= 45 needs
        // q^n <= 0.28118, n >= ln 0.28118 / ln 0.846652 = 7.62: 8 months.
        var months = Payback.Period(new Money(45m, Eur), NinePointSixEur, new RetentionRate(326m / 382m, PeriodUnit.Month), TenPercentAYear, CashFlowTiming.StartOfPeriod);
        Assert.Equal(new Periods(8m, PeriodUnit.Month), months);
    }

    [Fact]
    public void FounderCohort_AtConstantFirstMonthRetention_NeverPaysBack()
    {
        // By hand: q = 0.631 / 1.0079741 = 0.626008; the whole lifetime is worth 9.6 / (1 - q) = 25.67 EUR < 45.
        var months = Payback.Period(new Money(45m, Eur), NinePointSixEur, new RetentionRate(0.631m, PeriodUnit.Month), TenPercentAYear, CashFlowTiming.StartOfPeriod);
        Assert.Null(months);
    }

    [Fact]
    public void FittedCurve_CacAboveTheLifetimeValue_NeverPaysBack()
    {
        var model = FounderCohort();
        var lifetime = model.MarginLtv(NinePointSixEur, TenPercentAYear, CashFlowTiming.StartOfPeriod)!.Value;
        Assert.Null(Payback.Period(lifetime + new Money(0.01m, Eur), NinePointSixEur, model, TenPercentAYear, CashFlowTiming.StartOfPeriod));
        Assert.Equal(new Periods(0m, PeriodUnit.Month), Payback.Period(new Money(0m, Eur), NinePointSixEur, model, TenPercentAYear, CashFlowTiming.StartOfPeriod));
    }

    [Fact]
    public void FittedCurve_EndOfPeriod_MatchesTheOracle()
    {
        // Paid at the end of each month, a month's margin comes only from those who renewed: payback takes longer.
        var model = FounderCohort();
        var end = Payback.Period(new Money(45m, Eur), NinePointSixEur, model, TenPercentAYear, CashFlowTiming.EndOfPeriod)!.Value.Count;
        Assert.Equal(OraclePayback(model.Alpha, model.Beta, 9.6, (double)TenPercentAYear.Value, 45d, atStart: false), (int)end);
        Assert.True(end > 16m);
    }

    [Property(MaxTest = 60 / TestProfile.PropertyRunDivisor)]
    public void FittedCurve_MatchesTheBruteForceOracle(PositiveInt alphaTenths, PositiveInt betaTenths, PositiveInt cacEuros)
    {
        var alpha = 0.1 + ((alphaTenths.Get % 40) / 10d);
        var beta = 0.1 + ((betaTenths.Get % 40) / 10d);
        var cac = (cacEuros.Get % 200) + 1;
        var model = new ShiftedBetaGeometric(alpha, beta, PeriodUnit.Month);

        var months = Payback.Period(new Money(cac, Eur), NinePointSixEur, model, TenPercentAYear, CashFlowTiming.StartOfPeriod);

        // The oracle sums in double like the model; a payback it finds must be the library's (ties at rounding aside, none here).
        var oracle = OraclePayback(alpha, beta, 9.6, (double)TenPercentAYear.Value, cac);
        Assert.Equal(oracle, months is { } m ? (int)m.Count : null);
    }

    [Property(MaxTest = 60 / TestProfile.PropertyRunDivisor)]
    public void FittedCurve_TheCeilingForAWindowPaysBackWithinIt(PositiveInt window)
    {
        var n = (window.Get % 60) + 1;
        var model = FounderCohort();
        var ceiling = CpaCeiling.FromPayback(NinePointSixEur, model, TenPercentAYear, CashFlowTiming.StartOfPeriod, new Periods(n, PeriodUnit.Month));
        var longer = CpaCeiling.FromPayback(NinePointSixEur, model, TenPercentAYear, CashFlowTiming.StartOfPeriod, new Periods(n + 1, PeriodUnit.Month));

        Assert.True(Payback.Period(ceiling, NinePointSixEur, model, TenPercentAYear, CashFlowTiming.StartOfPeriod)!.Value.Count <= n);
        Assert.True(longer >= ceiling);
    }
}
