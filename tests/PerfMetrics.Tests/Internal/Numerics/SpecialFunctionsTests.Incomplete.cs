using PerfMetrics.Internal.Numerics;
using MathNetDistributions = MathNet.Numerics.Distributions;
using MathNetSpecial = MathNet.Numerics.SpecialFunctions;

namespace PerfMetrics.Tests.Internal.Numerics;

// The incomplete gamma and beta functions and the normal and Student-t distributions of the experiments area, checked
// against MathNet.Numerics (an independent implementation, test-only) and against published table values.
public partial class SpecialFunctionsTests
{
    // Published quantiles: z_0.975 = 1.959963984540054 (A&S table 26.1), z_0.9 = 1.2815515655446004,
    // t_(0.9, 40) = 1.3030771 and t_(0.975, 10) = 2.2281389 (Student-t tables, e.g. A&S table 26.10).
    [Theory]
    [InlineData(0.975, 1.959963984540054)]
    [InlineData(0.9, 1.2815515655446004)]
    [InlineData(0.5, 0d)]
    [InlineData(0.025, -1.959963984540054)]
    public void NormalQuantile_TableValues_Match(double p, double expected) =>
        Close(expected, SpecialFunctions.NormalQuantile(p), 1e-14);

    [Theory]
    [InlineData(0.9, 40d, 1.3030770526071957)]
    [InlineData(0.975, 10d, 2.2281388519649385)]
    [InlineData(0.975, 1d, 12.706204736174696)]
    public void StudentTQuantile_TableValues_Match(double p, double df, double expected) =>
        Close(expected, SpecialFunctions.StudentTQuantile(p, df), 1e-9);

    [Fact]
    public void NormalQuantileAndTail_MatchMathNetAcrossTheRange()
    {
        foreach (var p in new[] { 1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.45, 0.5, 0.55, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 1 - 1e-9 })
        {
            var z = SpecialFunctions.NormalQuantile(p);
            Close(MathNetDistributions.Normal.InvCDF(0d, 1d, p), z, 1e-12);
            Close(p, SpecialFunctions.NormalCdf(z), 1e-13);
        }

        foreach (var z in new[] { -38d, -20d, -8d, -3d, -1.5, -0.3, 0d, 0.3, 1d, 1.96, 3d, 6d, 10d, 20d, 37d })
        {
            var expected = MathNetDistributions.Normal.CDF(0d, 1d, -z); // upper tail
            var actual = SpecialFunctions.NormalUpperTail(z);
            Assert.True(Math.Abs(actual - expected) <= 1e-12 * expected, $"z = {z}: expected {expected:R}, was {actual:R}");
        }
    }

    [Fact]
    public void StudentT_MatchesMathNetAcrossDegreesOfFreedom()
    {
        foreach (var df in new[] { 1d, 2d, 3d, 5d, 10d, 40d, 98d, 1000d, 1e6 })
        {
            // MathNet's quantile is a Brent root search of limited accuracy far out (at p = 1e-10 it is off by 4e-4
            // relative for 5 df, and does not converge for 1 to 3 df): there the check is the round trip through MathNet's CDF.
            foreach (var p in new[] { 0.001, 0.025, 0.1, 0.3, 0.5, 0.8, 0.9, 0.95, 0.975, 0.999 })
            {
                Close(MathNetDistributions.StudentT.InvCDF(0d, 1d, df, p), SpecialFunctions.StudentTQuantile(p, df), 1e-9);
            }

            foreach (var p in new[] { 1e-10, 1 - 1e-10 })
            {
                Close(p, MathNetDistributions.StudentT.CDF(0d, 1d, df, SpecialFunctions.StudentTQuantile(p, df)), 1e-9);
            }

            foreach (var t in new[] { -30d, -3d, -1d, 0d, 0.5, 2d, 5d, 50d })
            {
                var expected = 1d - MathNetDistributions.StudentT.CDF(0d, 1d, df, t);
                var actual = SpecialFunctions.StudentTUpperTail(t, df);
                Assert.True(Math.Abs(actual - expected) <= 1e-12 + (1e-9 * expected), $"df {df}, t {t}: expected {expected:R}, was {actual:R}");
            }
        }
    }

    [Fact]
    public void RegularizedBetaAndGamma_MatchMathNet()
    {
        foreach (var (a, b) in new[] { (0.5, 0.5), (1d, 1d), (2d, 5d), (20d, 0.5), (0.5, 20d), (150d, 300d), (1000d, 1000d) })
        {
            foreach (var x in new[] { 1e-6, 0.01, 0.2, 0.5, 0.7, 0.99, 1 - 1e-6 })
            {
                Close(MathNetSpecial.BetaRegularized(a, b, x), SpecialFunctions.RegularizedBeta(a, b, x, 1d - x), 1e-11);
            }
        }

        foreach (var a in new[] { 0.5, 1d, 3d, 10d, 100d })
        {
            foreach (var x in new[] { 0.001, 0.5, 1d, 3d, 10d, 50d, 200d })
            {
                var expected = MathNetSpecial.GammaUpperRegularized(a, x);
                var actual = SpecialFunctions.RegularizedGammaQ(a, x);
                Assert.True(Math.Abs(actual - expected) <= 1e-13 + (1e-11 * expected), $"Q({a}, {x}): expected {expected:R}, was {actual:R}");
            }
        }
    }
}
