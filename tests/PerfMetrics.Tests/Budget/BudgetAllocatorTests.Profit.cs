using PerfMetrics.Budget;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Budget;

public partial class BudgetAllocatorTests
{
    [Fact]
    public void MaximizeProfit_HandWorkedMichaelisMenten()
    {
        // At a 40% margin the break-even ROAS is 2.5 (BreakEvenRoas). Channel a: V = 10,000, K = 2,000, so
        // R'(x) = V K / (K + x)^2 = 2.5 at (K + x)^2 = 8,000,000: x = 2828.427 - 2000 = 828.43. Channel b: V = 3,000,
        // K = 2,000 has R'(0) = 1.5 < 2.5: it gets nothing. Profit = 0.4 x 10000 x 828.43 / 2828.43 - 828.43 = 343.15.
        var plan = BudgetAllocator.MaximizeProfit(
            [Ch("a", ResponseCurve.MichaelisMenten(M(10_000m), M(2_000m)), 500m), Ch("b", ResponseCurve.MichaelisMenten(M(3_000m), M(2_000m)), 500m)],
            0.4m);
        Assert.Equal(BreakEvenRoas.Of(0.4m), plan.BreakEvenRoas);
        Assert.Equal(M(828.43m), plan.Rows("a").Spend);
        Assert.Equal(M(0m), plan.Rows("b").Spend);
        Assert.Equal(M(828.43m), plan.Budget);
        Assert.Equal(343.15m, decimal.Round(plan.Profit.Amount, 2));
        Assert.Equal(AllocationMethod.BreakEven, plan.Allocation.Method);
        Assert.Equal(2.5m, plan.Allocation.CommonMarginalRoas);
    }

    [Fact]
    public void MaximizeProfit_TheCurvePeaksAtTheOptimum()
    {
        BudgetChannel[] channels =
        [
            Ch("search", ResponseCurve.Hill(M(60_000m), M(9_000m), 0.9d), 8_000m),
            Ch("social", ResponseCurve.Logistic(M(25_000m), M(6_000m)), 6_000m, max: 7_000m),
            Ch("video", ResponseCurve.Hill(M(40_000m), M(10_000m), 2.2d), 4_000m),
        ];
        var plan = BudgetAllocator.MaximizeProfit(channels, 0.4m);
        Assert.Equal(21, plan.Curve.Count);
        var best = plan.Curve.MaxBy(p => p.Profit.Amount);
        Assert.Equal(plan.Budget, best.Budget);
        Assert.Equal(plan.Curve.OrderBy(p => p.Budget.Amount).Select(p => p.Budget), plan.Curve.Select(p => p.Budget));
        Assert.Contains("<- optimum", plan.ToString(), StringComparison.Ordinal);

        // Oracle: a brute-force search over each channel's spend in steps of 10 (profit separates by channel).
        var bruteBudget = 0d;
        foreach (var c in channels)
        {
            var top = double.NegativeInfinity;
            var arg = 0d;
            var cap = c.Maximum is { } max ? (double)max.Amount : 200_000d;
            for (var x = 0d; x <= cap; x += 10d)
            {
                var profit = (0.4 * R(c, x)) - x;
                if (profit > top)
                {
                    (top, arg) = (profit, x);
                }
            }

            bruteBudget += arg;
        }

        Assert.Equal(bruteBudget, (double)plan.Budget.Amount, 30d);
    }

    [Fact]
    public void MaximizeProfit_SShapedChannelSpendsOnlyIfTheWholeClimbPays()
    {
        // Hill K = 1,000, k = 1,000, s = 3 at a 40% margin: the marginal ROAS peaks at about 0.65 (below 2.5), so no spend
        // pays; the channel stays at zero even though its marginal ROAS rises with spend.
        var plan = BudgetAllocator.MaximizeProfit([Ch("s", ResponseCurve.Hill(M(1_000m), M(1_000m), 3d))], 0.4m);
        Assert.Equal(M(0m), plan.Budget);
        Assert.Null(plan.Allocation.CommonMarginalRoas);
        // K = 100,000, k = 1,000: worth climbing. Profit at the R' = 2.5 point beats staying at zero.
        var big = BudgetAllocator.MaximizeProfit([Ch("s", ResponseCurve.Hill(M(100_000m), M(1_000m), 3d))], 0.4m);
        Assert.True(big.Budget.Amount > 1_000m);
        Assert.Equal(2.5d, (double)big.Allocation.Rows[0].MarginalRoas!.Value, 1e-3);
    }
}

internal static class ProfitPlanExtensions
{
    internal static BudgetRow Rows(this ProfitPlan plan, string name) => plan.Allocation.Rows.Get(name)!.Value;
}
