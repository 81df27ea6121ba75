using FsCheck.Xunit;
using MathNet.Numerics.Distributions;
using PerfMetrics.Experiments;

namespace PerfMetrics.Tests.Experiments;

public class PowerAnalysisTests
{
    // R's documented examples of stats::power.prop.test (?power.prop.test, "Examples"); R's n is per group, so the total
    // users here are twice it.
    [Fact]
    public void Power_REx1_n50_p050_p075_Is0_7401659()
    {
        // power.prop.test(n = 50, p1 = .50, p2 = .75) => power = 0.7401659
        Assert.Equal(0.7401659, PowerAnalysis.Power(100, 0.50, 0.75), 7);
    }

    [Fact]
    public void SampleSize_REx2_p050_p075_power090_Is76_7069PerGroup()
    {
        // power.prop.test(p1 = .50, p2 = .75, power = .90) => n = 76.7 (R prints n = 76.7069). Hand-worked from the
        // closed form with published quantiles z_0.975 = 1.959964, z_0.90 = 1.281552:
        // (1.959964 sqrt(2 x 0.625 x 0.375) + 1.281552 sqrt(0.25 + 0.1875)) / 0.25 = 8.758253, squared 76.7069.
        // (R solves with uniroot at tol = eps^0.25, so its n agrees to about 4 significant digits.)
        var plan = PowerAnalysis.SampleSize(0.50, 0.75, 0.90);
        Assert.Equal(76.7069, plan.FirstGroup, 4);
        Assert.Equal(plan.FirstGroup, plan.SecondGroup);
        Assert.Equal(77, plan.FirstGroupUsers);
        Assert.Equal(154, plan.TotalUsers);
        Assert.Equal(0.90, PowerAnalysis.Power(plan.FirstGroup + plan.SecondGroup, 0.50, 0.75), 12);
    }

    [Fact]
    public void MinimumDetectableRate_REx3_n50_p05_power090_Is0_8026()
    {
        // power.prop.test(n = 50, p1 = .5, power = .90) => p2 = 0.8026
        var p2 = PowerAnalysis.MinimumDetectableRate(100, 0.5, 0.90);
        Assert.NotNull(p2);
        Assert.Equal(0.8026, p2!.Value, 4);
        Assert.Equal(0.90, PowerAnalysis.Power(100, 0.5, p2.Value), 12);
    }

    [Fact]
    public void MinimumDetectableRate_TooFewUsers_IsNull() =>
        Assert.Null(PowerAnalysis.MinimumDetectableRate(4, 0.9, 0.99));

    [Fact]
    public void SampleSize_MatchesTheQuantilesOfMathNet()
    {
        // Independent quantiles (MathNet) in the closed form for a 90/10 holdout: control (group 1) 2%, exposed 2.5%.
        const double p1 = 0.02, p2 = 0.025, s = 0.9;
        var pooled = ((1 - s) * p1) + (s * p2);
        var a = Math.Sqrt(pooled * (1 - pooled) * ((1 / (1 - s)) + (1 / s)));
        var b = Math.Sqrt((p1 * (1 - p1) / (1 - s)) + (p2 * (1 - p2) / s));
        var root = ((Normal.InvCDF(0, 1, 0.975) * a) + (Normal.InvCDF(0, 1, 0.8) * b)) / (p2 - p1);
        var plan = PowerAnalysis.SampleSize(p1, p2, 0.8, secondGroupShare: s);
        Assert.Equal(root * root, plan.FirstGroup + plan.SecondGroup, 1e-9 * root * root);
        Assert.Equal(9d, plan.SecondGroup / plan.FirstGroup, 12);
    }

    [Fact]
    public void Power_UnequalSplit_AgreesWithTheExactBinomialPowerOfTheZTest()
    {
        // Oracle: the exact probability that the pooled z-test rejects (two-sided, 5%) when the true rates are 10% and 15%,
        // summed over every pair of binomial outcomes (MathNet's binomial pmf) for 200 + 1,800 users. The normal
        // approximation of power.prop.test is within a few points of it.
        const int n1 = 200, n2 = 1_800;
        var exact = 0d;
        for (var x1 = 0; x1 <= n1; x1++)
        {
            var pmf1 = Binomial.PMF(0.10, n1, x1);
            if (pmf1 < 1e-15)
            {
                continue;
            }

            for (var x2 = 0; x2 <= n2; x2++)
            {
                var pmf2 = Binomial.PMF(0.15, n2, x2);
                if (pmf2 < 1e-15)
                {
                    continue;
                }

                var pooled = (x1 + x2) / (double)(n1 + n2);
                var se = Math.Sqrt(pooled * (1 - pooled) * ((1d / n1) + (1d / n2)));
                if (se > 0 && ((x2 / (double)n2) - (x1 / (double)n1)) / se > 1.959964)
                {
                    exact += pmf1 * pmf2;
                }
            }
        }

        var approx = PowerAnalysis.Power(2_000, 0.10, 0.15, secondGroupShare: 0.9);
        Assert.InRange(approx - exact, -0.03, 0.03);
    }

    [Property(Arbitrary = [typeof(ExperimentGenerators)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void SampleSize_ThenPower_GivesThePowerBack(PowerCase c)
    {
        var plan = PowerAnalysis.SampleSize(c.FirstRate, c.SecondRate, c.Power, c.Alpha, c.Share);
        var total = plan.FirstGroup + plan.SecondGroup;
        Assert.Equal(c.Power, PowerAnalysis.Power(total, c.FirstRate, c.SecondRate, c.Alpha, c.Share), 9);
        Assert.Equal(c.Share, plan.SecondGroup / total, 12);
        Assert.True(PowerAnalysis.Power(total * 1.1, c.FirstRate, c.SecondRate, c.Alpha, c.Share) > c.Power);
    }

    [Property(Arbitrary = [typeof(ExperimentGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void UnequalSplit_NeedsMoreUsersThanAnEqualOne(PowerCase c)
    {
        // For rates below 1/2 (conversion rates) an even split needs the fewest users.
        var p1 = Math.Min(c.FirstRate, 0.3);
        var p2 = p1 * 1.2;
        var equal = PowerAnalysis.SampleSize(p1, p2, c.Power, c.Alpha);
        var skewed = PowerAnalysis.SampleSize(p1, p2, c.Power, c.Alpha, 0.9);
        Assert.True(skewed.FirstGroup + skewed.SecondGroup > equal.FirstGroup + equal.SecondGroup);
    }
}
