using FsCheck.Xunit;
using MathNet.Numerics.Integration;
using MathNet.Numerics.Distributions;
using PerfMetrics.Experiments;

namespace PerfMetrics.Tests.Experiments;

public class AbTestTests
{
    /// <summary>
    /// Oracle for P(p_b &gt; p_a): numerical integration of f_B(x) F_A(x) over [0, 1] with MathNet's Beta density and
    /// distribution function and its adaptive Gauss-Kronrod rule, over B's mean -/+ 12 standard deviations (clipped to [0, 1]).
    /// </summary>
    private static double IntegratedProbability(GroupCounts a, GroupCounts b)
    {
        var aa = 1d + a.Conversions;
        var ba = 1d + a.Users - a.Conversions;
        var ab = 1d + b.Conversions;
        var bb = 1d + b.Users - b.Conversions;
        var mean = ab / (ab + bb);
        var sd = Math.Sqrt(ab * bb / ((ab + bb) * (ab + bb) * (ab + bb + 1)));
        var lo = Math.Max(0d, mean - (12 * sd));
        var hi = Math.Min(1d, mean + (12 * sd));
        return GaussKronrodRule.Integrate(x => Beta.PDF(ab, bb, x) * Beta.CDF(aa, ba, x), lo, hi, out _, out _, 1e-12, 12, 61);
    }

    [Theory]
    [InlineData(10, 3, 12, 5)]
    [InlineData(20, 0, 20, 1)]
    [InlineData(5_000, 100, 5_000, 130)]
    [InlineData(5_000, 130, 5_000, 100)]
    [InlineData(1_000, 40, 3_000, 100)]
    [InlineData(200, 150, 180, 150)]
    public void ProbabilityBBeatsA_MatchesNumericalIntegrationWithMathNet(long nA, long xA, long nB, long xB)
    {
        var a = new GroupCounts(nA, xA);
        var b = new GroupCounts(nB, xB);
        Assert.Equal(IntegratedProbability(a, b), AbTest.Compare(a, b).ProbabilityBBeatsA, 1e-9);
    }

    [Fact]
    public void ProbabilityBBeatsA_ExactSmallCase()
    {
        // Hand-worked: A = 0 of 1 (Beta(1, 2)), B = 1 of 1 (Beta(2, 1)). P(p_b > p_a) = int_0^1 2x (1 - (1 - x)^2) dx
        // = int 2x (2x - x^2) dx = 4/3 - 1/2 = 5/6.
        Assert.Equal(5d / 6d, AbTest.Compare(new GroupCounts(1, 0), new GroupCounts(1, 1)).ProbabilityBBeatsA, 14);
    }

    [Property(Arbitrary = [typeof(ExperimentGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public void ProbabilityBBeatsA_SwappingTheVariantsComplementsIt(GroupPair g)
    {
        var small = new GroupCounts(Math.Min(g.First.Users, 20_000), Math.Min(g.First.Conversions, Math.Min(g.First.Users, 20_000)));
        var other = new GroupCounts(Math.Min(g.Second.Users, 20_000), Math.Min(g.Second.Conversions, Math.Min(g.Second.Users, 20_000)));
        var ab = AbTest.Compare(small, other).ProbabilityBBeatsA;
        var ba = AbTest.Compare(other, small).ProbabilityBBeatsA;
        Assert.Equal(1d, ab + ba, 9);
        Assert.InRange(ab, 0d, 1d);
        if (small == other)
        {
            Assert.Equal(0.5, ab, 9);
        }
    }

    [Fact]
    public void Compare_DifferenceIntervals_WaldAndNewcombeByHand()
    {
        // A = 100 of 5,000 (2%), B = 130 of 5,000 (2.6%). Wald: 0.006 -/+ 1.959964 sqrt(0.02 x 0.98 / 5000 + 0.026 x 0.974 / 5000)
        // = 0.006 -/+ 1.959964 x 0.0029975 = [0.0001251, 0.0118749]. Newcombe is checked against the published table in
        // HoldoutTestTests (same code); here it must differ from Wald and contain the point.
        var r = AbTest.Compare(new GroupCounts(5_000, 100), new GroupCounts(5_000, 130));
        Assert.Equal(0.006, r.DifferenceWald.Value, 15);
        Assert.Equal(0.0001251, r.DifferenceWald.Lower, 1e-6);
        Assert.Equal(0.0118749, r.DifferenceWald.Upper, 1e-6);
        Assert.InRange(0.006, r.DifferenceNewcombe.Lower, r.DifferenceNewcombe.Upper);
        Assert.NotEqual(r.DifferenceWald, r.DifferenceNewcombe);
        Assert.Equal(1.3, r.Ratio!.Value.Value, 12);
        Assert.True(r.PValue < 0.05);
        Assert.Equal(1d - Normal.CDF(0, 1, r.ZScore!.Value), r.PValue!.Value / 2d, 12);
    }

    [Fact]
    public void Compare_NoConversionsInA_RatioIsNull()
    {
        var r = AbTest.Compare(new GroupCounts(100, 0), new GroupCounts(100, 3));
        Assert.Null(r.Ratio);
        Assert.True(r.ProbabilityBBeatsA > 0.9);
    }

    [Fact]
    public void ToString_Equality_Culture()
    {
        var r = AbTest.Compare(new GroupCounts(5_000, 100), new GroupCounts(5_000, 130));
        var text = r.ToString();
        Assert.Contains("B - A (Newcombe): 0.600% [", text, StringComparison.Ordinal);
        Assert.Contains("P(B beats A): 0.9", text, StringComparison.Ordinal);
        ContractAssert.Equality(r, AbTest.Compare(new GroupCounts(5_000, 100), new GroupCounts(5_000, 130)), AbTest.Compare(new GroupCounts(5_000, 100), new GroupCounts(5_000, 131)));
        using (new CultureScope("fr-FR"))
        {
            Assert.Equal(text, r.ToString());
        }
    }
}
