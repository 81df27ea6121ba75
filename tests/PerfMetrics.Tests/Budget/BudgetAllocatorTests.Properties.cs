using FsCheck.Xunit;
using PerfMetrics.Budget;

namespace PerfMetrics.Tests.Budget;

public partial class BudgetAllocatorTests
{
    [Property(Arbitrary = new[] { typeof(BudgetArbitraries) }, MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public bool SpendsSumExactlyToTheBudgetWithinTheirBounds(BudgetProblem problem)
    {
        foreach (var sShaped in new[] { false, true })
        {
            var channels = problem.Channels(sShaped);
            var plan = BudgetAllocator.Allocate(channels, problem.BudgetMoney, new AllocationOptions(gridSteps: 200));
            if (plan.Rows.Sum(r => r.Spend.Amount) != problem.Budget)
            {
                return false;
            }

            for (var i = 0; i < channels.Length; i++)
            {
                var spend = plan.Rows[i].Spend;
                if (spend < channels[i].Minimum || (channels[i].Maximum is { } max && spend > max))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(BudgetArbitraries) }, MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public bool ConcaveAllocationsMeetTheKktConditions(BudgetProblem problem)
    {
        // Interior channels share one marginal ROAS lambda; channels at their minimum have R'(min) <= lambda, at their
        // maximum R'(max) >= lambda. Tolerance: spends are rounded to cents, which moves a marginal by |R''| x 0.01.
        var channels = problem.Channels();
        var plan = BudgetAllocator.Allocate(channels, problem.BudgetMoney);
        if (plan.CommonMarginalRoas is not { } lambda)
        {
            return plan.Rows.All(r => r.Bound != SpendBound.Interior);
        }

        var l = (double)lambda;
        for (var i = 0; i < channels.Length; i++)
        {
            var row = plan.Rows[i];
            var x = (double)row.Spend.Amount;
            var m = row.MarginalRoas is { } v ? (double)v : double.PositiveInfinity;
            var slack = Math.Abs(Marginal(channels[i], x + 0.01) - Marginal(channels[i], Math.Max(0d, x - 0.01))) + (1e-9 * l);
            // A channel whose minimum equals its maximum is pinned: no condition applies to it.
            var ok = channels[i].Minimum == channels[i].Maximum || row.Bound switch
            {
                SpendBound.Interior => Math.Abs(m - l) <= slack,
                SpendBound.AtMinimum => m <= l + slack,
                _ => m >= l - slack,
            };
            Assert.True(ok, $"channel {i} {row.Bound} spend {x} marginal {m} lambda {l} slack {slack}");
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(BudgetArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool ABiggerBudgetNeverGivesLessResponse(BudgetProblem problem)
    {
        var channels = problem.Channels();
        var maximums = channels.All(c => c.Maximum is not null) ? channels.Sum(c => c.Maximum!.Value.Amount) : decimal.MaxValue;
        var more = Math.Min(problem.Budget + 500m, maximums);
        var small = BudgetAllocator.Allocate(channels, problem.BudgetMoney).TotalResponse.Amount;
        var large = BudgetAllocator.Allocate(channels, M(more)).TotalResponse.Amount;
        return large >= small - (1e-9m * (1m + small));
    }

    [Property(Arbitrary = new[] { typeof(BudgetArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool RenamingChannelsPermutesNothing(BudgetProblem problem)
    {
        foreach (var sShaped in new[] { false, true })
        {
            var channels = problem.Channels(sShaped);
            var renamed = channels.Select((c, i) => new BudgetChannel(new Channel($"renamed-{channels.Length - i}"), c.Curve, c.CurrentSpend, c.Minimum, c.Maximum)).ToArray();
            var options = new AllocationOptions(gridSteps: 100);
            var a = BudgetAllocator.Allocate(channels, problem.BudgetMoney, options);
            var b = BudgetAllocator.Allocate(renamed, problem.BudgetMoney, options);
            if (!a.Rows.Select(r => r.Spend).SequenceEqual(b.Rows.Select(r => r.Spend)) || a.CommonMarginalRoas != b.CommonMarginalRoas)
            {
                return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(BudgetArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool ConcaveOptimumBeatsRandomFeasibleSplits(BudgetProblem problem)
    {
        // Oracle: no feasible split (the optimum moved by 1% of the budget between two channels) does better.
        var channels = problem.Channels();
        var plan = BudgetAllocator.Allocate(channels, problem.BudgetMoney);
        var x = plan.Rows.Select(r => (double)r.Spend.Amount).ToArray();
        var total = (double)plan.TotalResponse.Amount;
        var delta = Math.Max(1d, problem.Budget / 100d);
        for (var i = 0; i < x.Length; i++)
        {
            for (var j = 0; j < x.Length; j++)
            {
                var moved = Math.Min(delta, x[i] - (double)channels[i].Minimum.Amount);
                if (i == j || moved <= 0d || (channels[j].Maximum is { } max && x[j] + moved > (double)max.Amount))
                {
                    continue;
                }

                var other = total - R(channels[i], x[i]) - R(channels[j], x[j]) + R(channels[i], x[i] - moved) + R(channels[j], x[j] + moved);
                if (other > total + (1e-9 * total) + 1e-6)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static double Marginal(BudgetChannel channel, double spend) =>
        channel.Curve.MarginalRoas(M((decimal)spend)) is { } m ? (double)m : double.PositiveInfinity;
}

public partial class BudgetAllocatorTests
{
    [Property(Arbitrary = new[] { typeof(BudgetArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool ProfitPlanStopsEveryConcaveChannelAtBreakEven(BudgetProblem problem)
    {
        // At a 40% margin: an interior channel's marginal ROAS is the break-even 2.5 (to a cent of spend); a channel at
        // its minimum has R'(min) <= 2.5 (below break-even from the start: it gets nothing more); at its maximum R' >= 2.5.
        var channels = problem.Channels();
        var plan = BudgetAllocator.MaximizeProfit(channels, 0.4m);
        for (var i = 0; i < channels.Length; i++)
        {
            var row = plan.Allocation.Rows[i];
            var x = (double)row.Spend.Amount;
            var m = row.MarginalRoas is { } v ? (double)v : double.PositiveInfinity;
            var slack = Math.Abs(Marginal(channels[i], x + 0.01) - Marginal(channels[i], Math.Max(0d, x - 0.01))) + 1e-9;
            var ok = channels[i].Minimum == channels[i].Maximum || row.Bound switch
            {
                SpendBound.Interior => Math.Abs(m - 2.5) <= slack,
                SpendBound.AtMinimum => m <= 2.5 + slack,
                _ => m >= 2.5 - slack,
            };
            Assert.True(ok, $"channel {i} {row.Bound} spend {x} marginal {m}");
        }

        return plan.Budget.Amount == plan.Allocation.Rows.Sum(r => r.Spend.Amount);
    }
}
