using FsCheck;
using FsCheck.Xunit;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public class BetaDiscreteWeibullTests
{
    private static readonly PeriodUnit Year = PeriodUnit.Year;

    // Fader and Hardie (2007), "Regular" segment (the sBG reference data).
    private static readonly long[] Regular = [1000, 631, 468, 382, 326, 289, 262, 241];

    [Property(MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void Survival_AtShapeOne_IsTheSbgSurvival(PositiveInt alphaTenths, PositiveInt betaTenths, PositiveInt period)
    {
        // Fader et al. (2018): the BdW model with c = 1 is the sBG model.
        var (alpha, beta, t) = (0.1 * (1 + (alphaTenths.Get % 100)), 0.1 * (1 + (betaTenths.Get % 100)), period.Get % 200);
        var bdw = new BetaDiscreteWeibull(alpha, beta, 1d, Year);
        var sbg = new ShiftedBetaGeometric(alpha, beta, Year);

        Assert.Equal(sbg.Survival(t), bdw.Survival(t), 1e-12);
        if (t > 0)
        {
            Assert.Equal(sbg.Retention(t), bdw.Retention(t), 1e-12);
        }
    }

    [Fact]
    public void Fit_NestsTheSbgFit()
    {
        // The BdW likelihood contains the sBG likelihood (c = 1): at the sBG estimate it equals the sBG log-likelihood, and
        // the BdW maximum is at least as high.
        var sbg = ShiftedBetaGeometric.Fit(Regular, Year);
        var bdw = BetaDiscreteWeibull.Fit(Regular, Year);
        var counts = Regular.Select(v => (double)v).ToArray();

        Assert.Equal(sbg.LogLikelihood, BetaDiscreteWeibull.LogLikelihood(counts, sbg.Model.Alpha, sbg.Model.Beta, 1d), 1e-8);
        Assert.True(bdw.LogLikelihood >= sbg.LogLikelihood - 1e-6, $"{bdw} vs {sbg}");
    }

    [Fact]
    public void Fit_DataFromAnSbgModel_FindsShapeOne()
    {
        // Expected survivors of a 100,000-customer cohort under sBG(0.9, 2.5) over 12 periods: the BdW fit recovers c = 1.
        var truth = new ShiftedBetaGeometric(0.9, 2.5, Year);
        long[] survivors = [.. truth.ProjectSurvivors(100_000, 12).Select(v => (long)Math.Round(v))];

        var fit = BetaDiscreteWeibull.Fit(survivors, Year);

        Assert.Equal(1d, fit.Model.C, 0.02);
        Assert.Equal(0.9, fit.Model.Alpha, 0.05);
    }
}
