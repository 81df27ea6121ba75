using FsCheck.Xunit;
using PerfMetrics.Budget;

namespace PerfMetrics.Tests.Budget;

public partial class BudgetAllocatorTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money M(decimal amount) => new(amount, Usd);

    private static BudgetChannel Ch(string name, ResponseCurve curve, decimal current = 0m, decimal min = 0m, decimal? max = null) =>
        new(new Channel(name), curve, M(current), M(min), max is { } m ? M(m) : null);

    [Fact]
    public void TwoMichaelisMentenChannels_HandWorkedOptimum()
    {
        // R1 = 10000 x / (1000 + x), R2 = 10000 x / (4000 + x), budget 5000. Equal marginals:
        // 10^7 / (1000 + x1)^2 = 4 x 10^7 / (4000 + x2)^2 gives 4000 + x2 = 2 (1000 + x1); with x1 + x2 = 5000,
        // 3 x1 = 7000: x1 = 2333.33, x2 = 2666.67, common marginal ROAS 10^7 / 3333.33^2 = 0.9.
        var plan = BudgetAllocator.Allocate(
            [Ch("a", ResponseCurve.MichaelisMenten(M(10_000m), M(1_000m)), 2_500m), Ch("b", ResponseCurve.MichaelisMenten(M(10_000m), M(4_000m)), 2_500m)],
            M(5_000m));
        Assert.Equal(AllocationMethod.Bisection, plan.Method);
        Assert.Equal(M(2_333.33m), plan.Rows.Get("a")!.Value.Spend);
        Assert.Equal(M(2_666.67m), plan.Rows.Get("b")!.Value.Spend);
        Assert.Equal(0.9d, (double)plan.CommonMarginalRoas!.Value, 1e-12);
        Assert.Equal(M(5_000m), plan.Budget);
        Assert.True(plan.Gain.Amount > 0m);
        Assert.Equal(SpendBound.Interior, plan.Rows[0].Bound);
    }

    [Fact]
    public void Bisection_MatchesABruteForceGridSearch()
    {
        // Oracle: every split of the budget in 0.05 steps between three concave curves of different kinds.
        BudgetChannel[] channels =
        [
            Ch("hill", ResponseCurve.Hill(M(30_000m), M(3_000m), 0.6d)),
            Ch("mm", ResponseCurve.MichaelisMenten(M(20_000m), M(2_000m)), max: 2_500m),
            Ch("logistic", ResponseCurve.Logistic(M(15_000m), M(1_500m)), min: 500m),
        ];
        const double Budget = 6_000d;
        var best = double.NegativeInfinity;
        for (var a = 0d; a <= Budget; a += 5d)
        {
            for (var b = 0d; b <= Math.Min(2_500d, Budget - a); b += 5d)
            {
                var c = Budget - a - b;
                if (c < 500d)
                {
                    continue;
                }

                best = Math.Max(best, R(channels[0], a) + R(channels[1], b) + R(channels[2], c));
            }
        }

        var plan = BudgetAllocator.Allocate(channels, M((decimal)Budget));
        var total = (double)plan.TotalResponse.Amount;
        Assert.True(total >= best - 1e-6, $"{total} < brute force {best}");
        Assert.True(total - best < 0.5, $"{total} is implausibly far above the grid's {best}");
    }

    [Fact]
    public void Grid_IsExactForTheGrid_AgainstEnumeration()
    {
        // Three S-shaped Hill curves, budget 6,000 in 60 steps of 100: enumerate every split of 60 steps.
        BudgetChannel[] channels =
        [
            Ch("a", ResponseCurve.Hill(M(20_000m), M(2_000m), 2.5d)),
            Ch("b", ResponseCurve.Hill(M(15_000m), M(1_500m), 3d), max: 2_000m),
            Ch("c", ResponseCurve.Hill(M(9_000m), M(800m), 1.8d), min: 300m),
        ];
        var plan = BudgetAllocator.Allocate(channels, M(6_000m), new AllocationOptions(gridSteps: 57));
        Assert.Equal(AllocationMethod.Grid, plan.Method);
        Assert.Equal(M(100m), plan.GridStep);
        var best = double.NegativeInfinity;
        for (var i = 0; i <= 57; i++)
        {
            for (var j = 0; j <= Math.Min(20, 57 - i); j++)
            {
                best = Math.Max(best, R(channels[0], i * 100d) + R(channels[1], j * 100d) + R(channels[2], 300d + ((57 - i - j) * 100d)));
            }
        }

        Assert.Equal(best, (double)plan.TotalResponse.Amount, 1e-6);
    }

    [Fact]
    public void Grid_BeatsTheSaddleThatEqualMarginalsPointTo()
    {
        // Two identical S-curves and a budget that one curve can use well: the equal split (equal marginals, a saddle)
        // gives less than putting everything into one channel. Hill K = 10,000, k = 1,000, s = 3, budget 1,400:
        // equal split 700 + 700 gives 2 x 10000 x 0.343 / 1.343 = 5107.97; 1,400 + 0 gives 10000 x 2.744 / 3.744 = 7329.06.
        var curve = ResponseCurve.Hill(M(10_000m), M(1_000m), 3d);
        var plan = BudgetAllocator.Allocate([Ch("a", curve, 700m), Ch("b", curve, 700m)], M(1_400m));
        Assert.Equal(7_329.06d, (double)plan.TotalResponse.Amount, 0.01);
        Assert.Equal(5_107.97d, (double)plan.CurrentResponse.Amount, 0.01);
        Assert.Contains(plan.Rows, r => r.Spend == M(1_400m));
    }

    [Fact]
    public void BudgetAtTheMinimumsOrMaximums_PinsEveryChannel()
    {
        var curve = ResponseCurve.MichaelisMenten(M(1_000m), M(100m));
        var atMin = BudgetAllocator.Allocate([Ch("a", curve, min: 10m, max: 50m), Ch("b", curve, min: 20m, max: 30m)], M(30m));
        Assert.All(atMin.Rows, r => Assert.Equal(SpendBound.AtMinimum, r.Bound));
        Assert.Null(atMin.CommonMarginalRoas);
        var atMax = BudgetAllocator.Allocate([Ch("a", curve, min: 10m, max: 50m), Ch("b", curve, min: 20m, max: 30m)], M(80m));
        Assert.All(atMax.Rows, r => Assert.Equal(SpendBound.AtMaximum, r.Bound));
    }

    [Fact]
    public void InfeasibleMinimums_NameTheChannels()
    {
        var curve = ResponseCurve.MichaelisMenten(M(1_000m), M(100m));
        var ex = Assert.Throws<ArgumentException>(() => BudgetAllocator.Allocate([Ch("search", curve, min: 800m), Ch("social", curve, min: 400m), Ch("email", curve)], M(1_000m)));
        Assert.Equal("budget", ex.ParamName);
        Assert.Contains("search (800.00 USD), social (400.00 USD)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("email", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_IsATable()
    {
        var plan = BudgetAllocator.Allocate(
            [Ch("a", ResponseCurve.MichaelisMenten(M(10_000m), M(1_000m)), 2_500m), Ch("b", ResponseCurve.MichaelisMenten(M(10_000m), M(4_000m)), 2_500m)],
            M(5_000m));
        var text = plan.ToString();
        Assert.StartsWith("Budget 5,000.00 USD (Bisection): response ", text, StringComparison.Ordinal);
        Assert.Contains("2,333.33 USD", text, StringComparison.Ordinal);
        Assert.Contains("| channel | spend |", plan.ToMarkdown(), StringComparison.Ordinal);
        ContractAssert.Equality(plan, BudgetAllocator.Allocate([.. plan.Rows.Select(r => Ch(r.Channel.Name, r.Channel.Name == "a" ? ResponseCurve.MichaelisMenten(M(10_000m), M(1_000m)) : ResponseCurve.MichaelisMenten(M(10_000m), M(4_000m)), 2_500m))], M(5_000m)), BudgetAllocator.Allocate([Ch("a", ResponseCurve.MichaelisMenten(M(10_000m), M(1_000m)))], M(5_000m)));
    }

    internal static double R(BudgetChannel channel, double spend) => (double)channel.Curve.Response(M((decimal)spend)).Amount;
}
