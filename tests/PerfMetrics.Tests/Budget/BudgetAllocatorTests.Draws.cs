using MathNet.Numerics.Statistics;
using PerfMetrics.Budget;

namespace PerfMetrics.Tests.Budget;

public partial class BudgetAllocatorTests
{
    private static IReadOnlyList<BudgetChannel>[] Draws(int count)
    {
        // Deterministic "posterior draws": half-saturation and maximum vary around their means.
        var random = new Random(7);
        var draws = new IReadOnlyList<BudgetChannel>[count];
        for (var d = 0; d < count; d++)
        {
            draws[d] =
            [
                Ch("search", ResponseCurve.Hill(M(50_000m + random.Next(-5_000, 5_000)), M(8_000m + random.Next(-1_000, 1_000)), 0.8d), 5_000m),
                Ch("social", ResponseCurve.MichaelisMenten(M(30_000m + random.Next(-5_000, 5_000)), M(5_000m + random.Next(-1_000, 1_000))), 5_000m),
                Ch("email", ResponseCurve.Logistic(M(10_000m + random.Next(-2_000, 2_000)), M(1_000m + random.Next(-200, 200))), 1_000m, max: 3_000m),
            ];
        }

        return draws;
    }

    [Fact]
    public void AllocateDraws_PercentilesMatchMathNetsR7Quantiles()
    {
        // Oracle: each draw allocated on its own, then MathNet's R-7 quantile (linear interpolation, as R and NumPy).
        var draws = Draws(101);
        var result = BudgetAllocator.AllocateDraws(draws, M(12_000m), [0.05, 0.5, 0.95]);
        Assert.Equal(101, result.Draws);
        for (var i = 0; i < 3; i++)
        {
            var spends = draws.Select(d => (double)BudgetAllocator.Allocate(d, M(12_000m)).Rows[i].Spend.Amount).ToArray();
            var row = result.Rows[i];
            foreach (var (level, j) in new[] { 0.05, 0.5, 0.95 }.Select((l, j) => (l, j)))
            {
                Assert.Equal(Statistics.QuantileCustom(spends, level, QuantileDefinition.R7), (double)row.Spend[j].Amount, 1e-9);
            }
        }
    }

    [Fact]
    public void AllocateDraws_GivesTheSameResultForEveryDegreeOfParallelism()
    {
        var draws = Draws(40);
        var one = BudgetAllocator.AllocateDraws(draws, M(12_000m), options: new AllocationOptions(maxDegreeOfParallelism: 1));
        var four = BudgetAllocator.AllocateDraws(draws, M(12_000m), options: new AllocationOptions(maxDegreeOfParallelism: 4));
        Assert.Equal(one, four);
        Assert.Equal([0.05, 0.5, 0.95], one.Percentiles);
        Assert.Contains("spend P50", one.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AllocateDraws_OfIdenticalDrawsIsThePointAllocation()
    {
        var draw = Draws(1)[0];
        var single = BudgetAllocator.Allocate(draw, M(12_000m));
        var result = BudgetAllocator.AllocateDraws([draw, draw, draw], M(12_000m), [0d, 0.3, 1d]);
        for (var i = 0; i < 3; i++)
        {
            Assert.All(result.Rows[i].Spend, s => Assert.Equal(single.Rows[i].Spend, s));
            Assert.All(result.Rows[i].Response, s => Assert.Equal(single.Rows[i].Response, s));
        }

        Assert.All(result.TotalResponse, s => Assert.Equal(single.TotalResponse, s));
    }

    [Fact]
    public void AllocateDraws_DrawsMustListTheSameChannels()
    {
        var draws = Draws(2);
        var swapped = new[] { draws[0], draws[1].Reverse().ToArray() };
        var ex = Assert.Throws<ArgumentException>(() => BudgetAllocator.AllocateDraws(swapped, M(12_000m)));
        Assert.Equal("draws", ex.ParamName);
        Assert.Contains("draws[1] must list the same channels in the same order", ex.Message, StringComparison.Ordinal);
    }
}
