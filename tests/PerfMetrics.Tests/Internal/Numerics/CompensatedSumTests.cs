using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Tests.Internal.Numerics;

public class CompensatedSumTests
{
    [Fact]
    public void Add_LargeAndSmallThatCancel_KeepsTheSmallOnes()
    {
        // 1e16 + 1 rounds to 1e16 in plain double arithmetic (spacing 2 there); Neumaier keeps the 1 and the -1e16 removes
        // the large part: the exact sum is 1 + 1 = 2, the naive sum 0.
        double[] values = [1e16, 1d, -1e16, 1d];
        var sum = default(CompensatedSum);
        var naive = 0d;
        foreach (var v in values)
        {
            sum.Add(v);
            naive += v;
        }

        Assert.Equal(2d, sum.Value);
        Assert.Equal(1d, naive); // the plain sum loses the first 1
    }

    [Fact]
    public void Add_AnAddendLargerThanTheRunningSum_IsCompensatedToo()
    {
        // Kahan's original misses this case (Neumaier 1974): 1 + 1e100 + 1 - 1e100 is exactly 2.
        var sum = default(CompensatedSum);
        foreach (var v in new[] { 1d, 1e100, 1d, -1e100 })
        {
            sum.Add(v);
        }

        Assert.Equal(2d, sum.Value);
    }

    [Fact]
    public void Add_ManyRandomTerms_IsWithinOneRoundingOfTheExactSum()
    {
        // 400,000 terms of mixed sign and magnitude (1e-3 .. 1e6): the exact BigInteger sum is the oracle.
        var random = new Random(20_261_205);
        var values = new double[400_000];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-3, 7));
        }

        var sum = default(CompensatedSum);
        var naive = 0d;
        foreach (var v in values)
        {
            sum.Add(v);
            naive += v;
        }

        var exact = ExactSum.Scaled(values);
        var ulp = Math.BitIncrement(Math.Abs(sum.Value)) - Math.Abs(sum.Value);
        Assert.True(ExactSum.Distance(sum.Value, exact) <= ulp, $"compensated {sum.Value:R} is {ExactSum.Distance(sum.Value, exact):R} off (one ulp {ulp:R})");
        Assert.True(ExactSum.Distance(naive, exact) > ulp, "the naive sum should be visibly worse on this input, or the test proves nothing");
    }

    [Fact]
    public void Add_PartialSumsInChunkOrder_MatchTheExactSumOfTheWhole()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 100_000).Select(_ => (random.NextDouble() * 2e6) - 1e6).ToArray();
        var total = default(CompensatedSum);
        foreach (var chunk in values.Chunk(16_384))
        {
            var partial = default(CompensatedSum);
            foreach (var v in chunk)
            {
                partial.Add(v);
            }

            total.Add(partial);
        }

        var ulp = Math.BitIncrement(Math.Abs(total.Value)) - Math.Abs(total.Value);
        Assert.True(ExactSum.Distance(total.Value, ExactSum.Scaled(values)) <= ulp);
    }

    [Fact]
    public void Default_IsZero()
    {
        Assert.Equal(0d, default(CompensatedSum).Value);
    }
}
