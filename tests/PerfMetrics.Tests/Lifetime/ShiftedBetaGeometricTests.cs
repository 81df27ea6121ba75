using FsCheck.Xunit;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Lifetime;

public partial class ShiftedBetaGeometricTests
{
    private static readonly PeriodUnit Year = PeriodUnit.Year;

    // Fader and Hardie (2007), "How to Project Customer Retention", Journal of Interactive Marketing 21(1), Table 1 /
    // Figure 2: percentage of a 1,000-customer cohort still active at the start of years 1..8 (years 0..7 of tenure).
    private static readonly long[] Regular = [1000, 631, 468, 382, 326, 289, 262, 241];
    private static readonly long[] HighEnd = [1000, 869, 743, 653, 593, 551, 517, 491];

    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    /// <summary>S(t) by the running product of retention rates, independent of the log-beta code path.</summary>
    private static double ProductSurvival(double alpha, double beta, int t)
    {
        var s = 1d;
        for (var i = 1; i <= t; i++)
        {
            s *= (beta + i - 1d) / (alpha + beta + i - 1d);
        }

        return s;
    }

    [Fact]
    public void Fit_RegularSegment_MatchesFaderHardie2007()
    {
        // Published: alpha = 0.704, beta = 1.182, LL = -1680.27.
        var fit = ShiftedBetaGeometric.Fit(Regular, Year);

        Assert.True(fit.Converged);
        Assert.Equal(0.704, Math.Round(fit.Model.Alpha, 3));
        Assert.Equal(1.182, Math.Round(fit.Model.Beta, 3));
        Assert.Equal(-1680.27, Math.Round(fit.LogLikelihood, 2));
        Assert.Equal(Year, fit.Model.Unit);
        Assert.True(fit.Iterations > 0);
    }

    [Fact]
    public void Fit_HighEndSegment_MatchesFaderHardie2007()
    {
        // Published for the "High End" segment: alpha = 0.668, beta = 3.806.
        var fit = ShiftedBetaGeometric.Fit(HighEnd, Year);

        Assert.True(fit.Converged);
        Assert.Equal(0.668, Math.Round(fit.Model.Alpha, 3));
        Assert.Equal(3.806, Math.Round(fit.Model.Beta, 3));
    }

    [Fact]
    public void Fit_SharesAndCohortSize_EqualsTheCountFit()
    {
        decimal[] shares = [1m, 0.631m, 0.468m, 0.382m, 0.326m, 0.289m, 0.262m, 0.241m];
        var fromShares = ShiftedBetaGeometric.Fit(shares, 1000, Year);
        var fromCounts = ShiftedBetaGeometric.Fit(Regular, Year);

        Assert.Equal(fromCounts.Model.Alpha, fromShares.Model.Alpha, 1e-9);
        Assert.Equal(fromCounts.Model.Beta, fromShares.Model.Beta, 1e-9);
        Assert.Equal(fromCounts.LogLikelihood, fromShares.LogLikelihood, 1e-6);
    }

    [Fact]
    public void Fit_ExpectedCountsOfAKnownModel_RecoverItsParameters()
    {
        // With counts equal to their expectation under alpha = 2, beta = 5, the likelihood peaks at the true parameters.
        var shares = new decimal[11];
        for (var t = 0; t < shares.Length; t++)
        {
            shares[t] = (decimal)ProductSurvival(2d, 5d, t);
        }

        shares[0] = 1m;
        var fit = ShiftedBetaGeometric.Fit(shares, 1_000_000, PeriodUnit.Month);
        Assert.True(fit.Converged);
        Assert.Equal(2d, fit.Model.Alpha, 1e-4);
        Assert.Equal(5d, fit.Model.Beta, 1e-4);
    }

    [Fact]
    public void Fit_NobodyChurns_ReportsNotConvergedWithFiniteParameters()
    {
        var fit = ShiftedBetaGeometric.Fit([100L, 100, 100, 100], PeriodUnit.Month);
        Assert.False(fit.Converged);
        Assert.True(double.IsFinite(fit.Model.Alpha) && double.IsFinite(fit.Model.Beta));
        Assert.True(fit.Model.Survival(3) > 0.999);
    }

    [Fact]
    public void Fit_IncreasingCounts_ThrowsNamingTheIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => ShiftedBetaGeometric.Fit([1000L, 631, 468, 500], Year));
        Assert.Equal("survivors", ex.ParamName);
        Assert.Contains("survivors[3] was 500 after survivors[2] = 468", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fit_EmptyCohort_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ShiftedBetaGeometric.Fit([0L, 0], Year));
        Assert.Equal("survivors[0]", ex.ParamName);
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);

        var shares = Assert.Throws<ArgumentOutOfRangeException>(() => ShiftedBetaGeometric.Fit([1m, 0.5m], 0, Year));
        Assert.Equal("cohortSize", shares.ParamName);
    }

    [Fact]
    public void Fit_OtherBadInput_Throws()
    {
        Assert.Equal("survivors", Assert.Throws<ArgumentException>(() => ShiftedBetaGeometric.Fit([1000L], Year)).ParamName);
        Assert.Equal("survivors", Assert.Throws<ArgumentNullException>(() => ShiftedBetaGeometric.Fit((IReadOnlyList<long>)null!, Year)).ParamName);
        Assert.Equal("survivors[2]", Assert.Throws<ArgumentOutOfRangeException>(() => ShiftedBetaGeometric.Fit([10L, 5, -1], Year)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() => ShiftedBetaGeometric.Fit(Regular, default)).ParamName);
        Assert.Equal("survivalShares", Assert.Throws<ArgumentException>(() => ShiftedBetaGeometric.Fit([0.9m, 0.5m], 100, Year)).ParamName);
        Assert.Equal("survivalShares[1]", Assert.Throws<ArgumentOutOfRangeException>(() => ShiftedBetaGeometric.Fit([1m, 1.2m], 100, Year)).ParamName);
        Assert.Equal("survivalShares", Assert.Throws<ArgumentException>(() => ShiftedBetaGeometric.Fit([1m, 0.5m, 0.6m], 100, Year)).ParamName);
    }

    [Fact]
    public void Constructor_BadParameters_Throw()
    {
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new ShiftedBetaGeometric(0d, 1d, Year)).ParamName);
        Assert.Equal("beta", Assert.Throws<ArgumentOutOfRangeException>(() => new ShiftedBetaGeometric(1d, double.NaN, Year)).ParamName);
        Assert.Equal("beta", Assert.Throws<ArgumentOutOfRangeException>(() => new ShiftedBetaGeometric(1d, double.PositiveInfinity, Year)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() => new ShiftedBetaGeometric(1d, 1d, default)).ParamName);
    }

    [Fact]
    public void AlphaOneBetaOne_HandWorked()
    {
        // alpha = beta = 1: theta is uniform, S(t) = 1 / (t + 1), P(T = t) = 1 / (t (t + 1)), r(t) = t / (t + 1);
        // E[T] = sum 1 / (t + 1) diverges, so the expected lifetime is undefined (null).
        var model = new ShiftedBetaGeometric(1d, 1d, PeriodUnit.Month);
        Assert.Equal(1d, model.Survival(0));
        Assert.Equal(1d / 4d, model.Survival(3), 1e-15);
        Assert.Equal(1d / 2d, model.ChurnProbability(1), 1e-15);
        Assert.Equal(1d / 6d, model.ChurnProbability(2), 1e-15);
        Assert.Equal(3d / 4d, model.Retention(3), 1e-15);
        Assert.Equal(0.5, model.MeanChurn);
        Assert.Null(model.ExpectedLifetime);
    }

    [Fact]
    public void ExpectedLifetime_AlphaAboveOne_MatchesTheSumOfSurvival()
    {
        // alpha = 2, beta = 1: S(t) = 2 / ((t + 1)(t + 2)), which telescopes to sum_{t>=0} S(t) = 2 = (2 + 1 - 1) / (2 - 1).
        var model = new ShiftedBetaGeometric(2d, 1d, PeriodUnit.Month);
        Assert.Equal(new Periods(2m, PeriodUnit.Month), model.ExpectedLifetime);
        Assert.Equal(2d / 20d, model.Survival(3), 1e-15);

        // Alpha a rounding step above 1 with a huge beta: finite in theory, beyond decimal in practice, so null.
        Assert.Null(new ShiftedBetaGeometric(1.0000000000000002, 1e300, PeriodUnit.Month).ExpectedLifetime);
    }

    [Fact]
    public void Survival_LargePeriod_UsesTheLogBetaFormulaContinuously()
    {
        var model = new ShiftedBetaGeometric(0.704, 1.182, Year);
        var below = model.Survival(100_000);
        var above = model.Survival(100_001);
        Assert.True(above <= below);
        Assert.Equal(below * (1.182 + 100_000) / (0.704 + 1.182 + 100_000), above, 1e-12);
    }

    [Fact]
    public void ProjectSurvivors_RegularFit_TracksTheObservedCohort()
    {
        var model = ShiftedBetaGeometric.Fit(Regular, Year).Model;
        var projected = model.ProjectSurvivors(1000, 12);
        Assert.Equal(13, projected.Count);
        Assert.Equal(1000d, projected[0]);
        for (var t = 1; t < Regular.Length; t++)
        {
            Assert.InRange(projected[t], Regular[t] - 12d, Regular[t] + 12d); // Fader and Hardie's Figure 3: a close fit
        }

        Assert.True(projected[12] < projected[7]);
        Assert.Equal(model.SurvivalCurve(12)[5] * 1000d, projected[5], 1e-9);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void Derl_MatchesABruteForceSumOfDiscountedSurvival(int renewals)
    {
        // DERL(n) = sum_{t > n} S(t) / S(n) / (1 + d)^(t - n - 1), summed term by term with the product survival.
        double alpha = 0.704, beta = 1.182, d = 0.1;
        var model = new ShiftedBetaGeometric(alpha, beta, Year);

        var oracle = 0d;
        var sn = ProductSurvival(alpha, beta, renewals);
        for (var t = renewals + 1; t < renewals + 2000; t++)
        {
            oracle += ProductSurvival(alpha, beta, t) / sn / Math.Pow(1d + d, t - renewals - 1);
        }

        var derl = model.DiscountedExpectedResidualLifetime(new DiscountRate(0.1m, Year), renewals);
        Assert.NotNull(derl);
        Assert.Equal(oracle, derl.Value, 1e-9);
    }

    [Fact]
    public void Derl_NoDiscount_ClosedForms()
    {
        // d = 0 and alpha > 1: (beta + n) / (alpha + beta + n) x (alpha + beta + n) / (alpha - 1) = (beta + n) / (alpha - 1).
        var model = new ShiftedBetaGeometric(2d, 3d, PeriodUnit.Month);
        Assert.Equal(3d, model.DiscountedExpectedResidualLifetime(DiscountRate.None(PeriodUnit.Month), 0)!.Value, 1e-12);
        Assert.Equal(7d, model.DiscountedExpectedResidualLifetime(DiscountRate.None(PeriodUnit.Month), 4)!.Value, 1e-12);

        // d = 0 and alpha <= 1: infinite, so undefined.
        var heavy = new ShiftedBetaGeometric(0.704, 1.182, Year);
        Assert.Null(heavy.DiscountedExpectedResidualLifetime(DiscountRate.None(Year), 0));
        Assert.Null(heavy.MarginLtv(new MoneyPerPeriod(Usd(100m), Year), DiscountRate.None(Year), CashFlowTiming.StartOfPeriod));
    }

    [Fact]
    public void Derl_RisesWithTenure()
    {
        // Fader and Hardie (2010): the longer a customer has stayed, the more valuable the remaining relationship.
        var model = new ShiftedBetaGeometric(0.704, 1.182, Year);
        var d = new DiscountRate(0.1m, Year);
        var previous = 0d;
        for (var n = 0; n < 20; n++)
        {
            var derl = model.DiscountedExpectedResidualLifetime(d, n)!.Value;
            Assert.True(derl > previous);
            previous = derl;
        }
    }

    [Fact]
    public void MarginLtv_MatchesBruteForce_AndIsNotRoundedToCents()
    {
        double alpha = 0.704, beta = 1.182;
        var model = new ShiftedBetaGeometric(alpha, beta, Year);
        var margin = new MoneyPerPeriod(Usd(100m), Year);
        var d = new DiscountRate(0.1m, Year);

        var start = 0d;
        for (var t = 0; t < 2000; t++)
        {
            start += ProductSurvival(alpha, beta, t) / Math.Pow(1.1, t);
        }

        var ltvStart = model.MarginLtv(margin, d, CashFlowTiming.StartOfPeriod)!.Value;
        var ltvEnd = model.MarginLtv(margin, d, CashFlowTiming.EndOfPeriod)!.Value;
        Assert.Equal(Usd(Math.Round((decimal)(100d * start), 2)), ltvStart.Round());
        Assert.Equal(Usd(Math.Round((decimal)(100d * (start - 1d)), 2)), ltvEnd.Round());

        // One rule at the boundary: money per period x the double factor converted to decimal, never rounded to cents, so
        // the value agrees with the brute-force sum far below a cent (the double sum itself is good to about 1e-13).
        Assert.NotEqual(ltvStart, ltvStart.Round());
        Assert.InRange(ltvStart.Amount - (decimal)(100d * start), -1e-9m, 1e-9m);
        Assert.InRange(ltvEnd.Amount - (decimal)(100d * (start - 1d)), -1e-9m, 1e-9m);

        // Value of a customer who has renewed n times = margin x DERL.
        var residual = model.ResidualMarginValue(margin, d, 3)!.Value;
        Assert.Equal(100m * (decimal)model.DiscountedExpectedResidualLifetime(d, 3)!.Value, residual.Amount);
    }

    [Fact]
    public void MarginLtv_FiniteHorizon_HandWorked()
    {
        // alpha = beta = 1, no discount, 3 years paid at the start: S(0) + S(1) + S(2) = 1 + 1/2 + 1/3 = 11/6 = 1.8333 -> 183.33.
        var model = new ShiftedBetaGeometric(1d, 1d, Year);
        var margin = new MoneyPerPeriod(Usd(100m), Year);
        var start = model.MarginLtv(margin, DiscountRate.None(Year), CashFlowTiming.StartOfPeriod, new Periods(3m, Year));
        Assert.Equal(Usd(183.33m), start.Round());

        // The boundary rule, by hand: the double 11/6 converts to decimal with 15 significant digits, 1.83333333333333,
        // and times 100.00 that is 183.333333333333 exactly: not rounded to cents.
        Assert.Equal(183.333333333333m, start.Amount);

        // At the end: S(1) + S(2) + S(3) = 1/2 + 1/3 + 1/4 = 13/12 = 1.0833 -> 108.33.
        Assert.Equal(Usd(108.33m), model.MarginLtv(margin, DiscountRate.None(Year), CashFlowTiming.EndOfPeriod, new Periods(3m, Year)).Round());
    }

    [Fact]
    public void MarginLtv_EveryoneSharesOneChurnRate_ApproachesTheConstantRetentionFormula()
    {
        // Beta(alpha, beta) with alpha + beta huge concentrates theta at alpha / (alpha + beta) = 0.2: retention 0.8, and
        // the sBG LTV approaches Ltv.RetentionMargin's 100 x 1.1 / 0.3 = 366.67 (start) and 266.67 (end).
        var model = new ShiftedBetaGeometric(2e7, 8e7, Year);
        var margin = new MoneyPerPeriod(Usd(100m), Year);
        var d = new DiscountRate(0.1m, Year);
        Assert.Equal(Usd(366.67m), model.MarginLtv(margin, d, CashFlowTiming.StartOfPeriod)!.Value.Round());
        Assert.Equal(Usd(266.67m), model.MarginLtv(margin, d, CashFlowTiming.EndOfPeriod)!.Value.Round());
    }

    [Fact]
    public void MarginLtv_TinyDiscount_StaysFiniteAndBelowTheNextSmallerDiscount()
    {
        var model = new ShiftedBetaGeometric(0.704, 1.182, Year);
        var margin = new MoneyPerPeriod(Usd(100m), Year);
        var small = model.MarginLtv(margin, new DiscountRate(0.000001m, Year), CashFlowTiming.StartOfPeriod);
        var smaller = model.MarginLtv(margin, new DiscountRate(0.0000001m, Year), CashFlowTiming.StartOfPeriod);
        Assert.NotNull(small);
        Assert.NotNull(smaller);
        Assert.True(small < smaller);
    }

    [Fact]
    public void Units_MustMatchTheModel()
    {
        var model = new ShiftedBetaGeometric(0.704, 1.182, Year);
        Assert.Equal("margin", Assert.Throws<ArgumentException>(
            () => model.MarginLtv(new MoneyPerPeriod(Usd(100m), PeriodUnit.Month), new DiscountRate(0.1m, Year), CashFlowTiming.EndOfPeriod)).ParamName);
        Assert.Equal("discount", Assert.Throws<ArgumentException>(
            () => model.DiscountedExpectedResidualLifetime(new DiscountRate(0.1m, PeriodUnit.Month), 0)).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentException>(
            () => model.MarginLtv(new MoneyPerPeriod(Usd(100m), Year), new DiscountRate(0.1m, Year), CashFlowTiming.EndOfPeriod, new Periods(12m, PeriodUnit.Month))).ParamName);
    }

    [Fact]
    public void Periods_OutOfRange_Throw()
    {
        var model = new ShiftedBetaGeometric(1d, 1d, Year);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => model.Survival(-1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => model.Retention(0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => model.ChurnProbability(0)).ParamName);
        Assert.Equal("renewals", Assert.Throws<ArgumentOutOfRangeException>(() => model.DiscountedExpectedResidualLifetime(DiscountRate.None(Year), -1)).ParamName);
        Assert.Equal("lastPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => model.SurvivalCurve(-1)).ParamName);
        Assert.Equal("cohortSize", Assert.Throws<ArgumentOutOfRangeException>(() => model.ProjectSurvivors(0, 3)).ParamName);
    }

    [Fact]
    public void Equality_AndText()
    {
        var a = new ShiftedBetaGeometric(0.5, 2d, Year);
        Assert.Equal(new ShiftedBetaGeometric(0.5, 2d, PeriodUnit.Months(12)), a);
        Assert.NotEqual(new ShiftedBetaGeometric(0.5, 2d, PeriodUnit.Month), a);
        Assert.Equal("sBG(alpha=0.5, beta=2, per year)", a.ToString());
        Assert.False(a.Equals(null));
        Assert.Contains("LL=", ShiftedBetaGeometric.Fit(Regular, Year).ToString(), StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 40 / TestProfile.PropertyRunDivisor)]
    public bool FittingTheExpectedCurveOfAModelRecoversItsParameters(IdentifiableSbgParameters p)
    {
        // Counts equal to their expectation maximise the likelihood at the true parameters; the survival shares are
        // computed here with the running product of retention rates, not with the library.
        var shares = new decimal[13];
        shares[0] = 1m;
        for (var t = 1; t < shares.Length; t++)
        {
            shares[t] = (decimal)ProductSurvival(p.Alpha, p.Beta, t);
        }

        var fit = ShiftedBetaGeometric.Fit(shares, 1_000_000, PeriodUnit.Month);
        return fit.Converged
            && Math.Abs(fit.Model.Alpha / p.Alpha - 1d) < 1e-4
            && Math.Abs(fit.Model.Beta / p.Beta - 1d) < 1e-4;
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool SurvivalNeverIncreasesAndRetentionNeverDecreases(SbgParameters p)
    {
        var model = new ShiftedBetaGeometric(p.Alpha, p.Beta, PeriodUnit.Month);
        var curve = model.SurvivalCurve(60);
        for (var t = 1; t <= 60; t++)
        {
            if (curve[t] > curve[t - 1] || model.Survival(t) > model.Survival(t - 1) || curve[t] < 0d)
            {
                return false;
            }

            if (t > 1 && model.Retention(t) < model.Retention(t - 1))
            {
                return false;
            }

            var churn = model.ChurnProbability(t);
            if (!(churn >= 0d) || Math.Abs(churn - (curve[t - 1] - curve[t])) > 1e-12)
            {
                return false;
            }
        }

        return curve[0] == 1d;
    }

    [Property(Arbitrary = new[] { typeof(LifetimeArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool AHigherDiscountLowersTheMarginLtvAndAHigherRetentionRaisesIt(SbgParameters p)
    {
        // Retention r(t) = (beta + t - 1) / (alpha + beta + t - 1) rises with beta, so beta x 1.5 retains more in every
        // period; a discount of 0.06 instead of 0.05 weighs every later payment less. Both horizons, end of period.
        var model = new ShiftedBetaGeometric(p.Alpha, p.Beta, PeriodUnit.Month);
        var retains = new ShiftedBetaGeometric(p.Alpha, p.Beta * 1.5, PeriodUnit.Month);
        var margin = new MoneyPerPeriod(Usd(100m), PeriodUnit.Month);
        var d = new DiscountRate(0.05m, PeriodUnit.Month);
        var higher = new DiscountRate(0.06m, PeriodUnit.Month);
        var horizon = new Periods(24m, PeriodUnit.Month);
        const CashFlowTiming end = CashFlowTiming.EndOfPeriod;

        var ltv = model.MarginLtv(margin, d, end)!.Value;
        var finite = model.MarginLtv(margin, d, end, horizon);
        return model.MarginLtv(margin, higher, end)!.Value <= ltv
            && retains.MarginLtv(margin, d, end)!.Value >= ltv
            && model.MarginLtv(margin, higher, end, horizon) <= finite
            && retains.MarginLtv(margin, d, end, horizon) >= finite;
    }

    [Fact]
    public void MarginLtv_LargeBeta_IsTheSeriesNotACancelledConnectionFormula()
    {
        // alpha = 22.49, beta = 317.69, d = 5% a month: 0.1 returned -114,600.00 USD for 100 USD a month (the connection
        // formula of 2F1 cancelled). The series sum over k of x^k (beta)_k / (alpha + beta)_k with x = 1 / 1.05, summed
        // independently at 40 digits, is 9.16373378450461360663...; paid at the end, 100 x (9.1637... - 1) = 816.3733784504614.
        var model = new ShiftedBetaGeometric(22.490546058357815, 317.6874070649769, PeriodUnit.Month);
        var ltv = model.MarginLtv(new MoneyPerPeriod(Usd(100m), PeriodUnit.Month), new DiscountRate(0.05m, PeriodUnit.Month), CashFlowTiming.EndOfPeriod)!.Value;
        Assert.InRange(ltv.Amount, 816.37337845m, 816.37337846m);

        // DERL goes through the same sum. At n = 0 it is sum over t >= 1 of S(t) x^(t - 1), and the end-of-period LTV per
        // unit of margin is sum over t >= 1 of S(t) x^t, so DERL(0) = 8.163733784504614 x 1.05 = 8.571920473729844.
        var derl = model.DiscountedExpectedResidualLifetime(new DiscountRate(0.05m, PeriodUnit.Month), 0)!.Value;
        Assert.Equal(8.571920473729844, derl, 1e-9);
    }
}
