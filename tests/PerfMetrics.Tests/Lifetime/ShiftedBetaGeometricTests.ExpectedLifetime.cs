using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// Expected lifetime of the shifted-beta-geometric model where alpha - 1 is not 1. The existing case (alpha = 2) cannot
/// tell dividing by alpha - 1 from multiplying by it, and that mutant survived.
/// </summary>
public partial class ShiftedBetaGeometricTests
{
    [Fact]
    public void AlphaThreeBetaTwo_IsTwoPeriods_TheSumOfTheSurvivalCurve()
    {
        // Hand-worked: S(t) = B(3, 2 + t) / B(3, 2) = prod_{i<t} (2 + i) / (5 + i) = 24 / ((t + 2)(t + 3)(t + 4)).
        // sum_{n>=k} 1 / (n (n + 1)(n + 2)) telescopes to 1 / (2k (k + 1)); with k = 2 that is 1/12, so
        // sum_{t>=0} S(t) = 24 / 12 = 2 = (3 + 2 - 1) / (3 - 1). Multiplying instead of dividing would give 8.
        var model = new ShiftedBetaGeometric(3d, 2d, PeriodUnit.Month);
        Assert.Equal(4d / 35d, model.Survival(3), 1e-15); // 24 / (5 x 6 x 7)
        Assert.Equal(new Periods(2m, PeriodUnit.Month), model.ExpectedLifetime);
    }

    [Fact]
    public void ExpectedLifetime_EqualsTheSummedSurvivalCurve_ForSeveralShapes()
    {
        // Oracle: S(0) + S(1) + ... with S(t) = S(t - 1) x r(t), built from the per-period retention rates
        // r(t) = (beta + t - 1) / (alpha + beta + t - 1); alpha >= 3 keeps the tail after 200,000 periods below 1e-9.
        foreach (var (alpha, beta) in new[] { (3d, 2d), (4.5, 1.25), (6d, 10d), (3.2, 0.7) })
        {
            var model = new ShiftedBetaGeometric(alpha, beta, PeriodUnit.Year);
            double sum = 1d, survival = 1d;
            for (var t = 1; t < 200_000; t++)
            {
                survival *= model.Retention(t);
                sum += survival;
            }

            Assert.Equal(sum, (double)model.ExpectedLifetime!.Value.Count, 1e-6);
        }
    }
}
