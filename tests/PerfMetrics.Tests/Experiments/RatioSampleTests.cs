using FsCheck.Xunit;
using PerfMetrics.Experiments;

namespace PerfMetrics.Tests.Experiments;

public class RatioSampleTests
{
    /// <summary>
    /// Oracle: the delta-method variance of a ratio equals the variance of the linearised per-unit values
    /// <c>z_i = (x_i - R y_i) / ybar</c> divided by n (Deng et al. 2018, eq. 4 rewritten as an influence function), computed
    /// here by that other route.
    /// </summary>
    private static double LinearisedStandardError(double[] x, double[] y)
    {
        var n = x.Length;
        var r = x.Sum() / y.Sum();
        var ybar = y.Average();
        var z = x.Zip(y, (xi, yi) => (xi - (r * yi)) / ybar).ToArray();
        var zbar = z.Average();
        return Math.Sqrt(z.Sum(v => (v - zbar) * (v - zbar)) / (n - 1) / n);
    }

    [Property(Arbitrary = [typeof(ExperimentGenerators)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void StandardError_EqualsTheLinearisedEstimate(RatioUnits u)
    {
        var sample = new RatioSample(u.Numerators, u.Denominators);
        Assert.Equal(u.Numerators.Sum() / u.Denominators.Sum(), sample.Ratio, 1e-9 * Math.Max(1d, sample.Ratio));
        var expected = LinearisedStandardError(u.Numerators, u.Denominators);
        Assert.Equal(expected, sample.StandardError, (1e-7 * expected) + 1e-9);
    }

    [Fact]
    public void WorkedExample_CpaPerDay()
    {
        // CPA from four days of (cost, acquisitions): (100, 4), (120, 5), (90, 3), (110, 4): R = 420 / 16 = 26.25.
        // xbar = 105, ybar = 4; s_xx = 500/3, s_yy = 2/3, s_xy = 10; Var(R) = (166.667/16 - 2 x 105 x 10/64 + 11025 x 0.66667/256) / 4
        // = (10.41667 - 32.8125 + 28.71094) / 4 = 1.578776; SE = 1.256494.
        var s = new RatioSample([100, 120, 90, 110], [4, 5, 3, 4]);
        Assert.Equal(26.25, s.Ratio, 12);
        Assert.Equal(1.256494, s.StandardError, 1e-6);
        var e = s.Estimate(0.95);
        Assert.Equal(26.25 - (1.959964 * 1.256494), e.Lower, 1e-5);
        Assert.Equal("ratio 26.25 (se 1.256) over 4 units", s.ToString());
        ContractAssert.Equality(s, new RatioSample([110, 90, 120, 100], [4, 3, 5, 4]), new RatioSample([100, 120, 90, 111], [4, 5, 3, 4]));
    }

    [Fact]
    public void CompareRatios_DifferenceAndRelativeDifference()
    {
        var a = new RatioSample([100, 120, 90, 110], [4, 5, 3, 4]);
        var b = new RatioSample([100, 100, 90, 110], [5, 5, 4, 5]);
        var c = AbTest.CompareRatios(a, b);
        Assert.Equal(b.Ratio - a.Ratio, c.Difference.Value, 12);
        var se = Math.Sqrt((a.StandardError * a.StandardError) + (b.StandardError * b.StandardError));
        Assert.Equal(c.Difference.Value - (1.959963984540054 * se), c.Difference.Lower, 1e-9);
        Assert.Equal((b.Ratio / a.Ratio) - 1d, c.RelativeDifference!.Value.Value, 12);
        Assert.InRange(c.PValue!.Value, 0d, 1d);
        Assert.Contains("Ratio metric, 95% intervals (delta method)", c.ToString(), StringComparison.Ordinal);
        ContractAssert.Equality(c, AbTest.CompareRatios(a, b), AbTest.CompareRatios(b, a));
    }
}
