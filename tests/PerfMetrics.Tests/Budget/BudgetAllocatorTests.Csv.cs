using PerfMetrics.Budget;

namespace PerfMetrics.Tests.Budget;

public partial class BudgetAllocatorTests
{
    [Fact]
    public void Csv_AllocationAndProfitCurve()
    {
        // The hand-worked case of MaximizeProfit_HandWorkedMichaelisMenten: a gets 828.43, b nothing (R'(0) = 1.5 < 2.5).
        var plan = BudgetAllocator.MaximizeProfit(
            [Ch("a", ResponseCurve.MichaelisMenten(M(10_000m), M(2_000m)), 500m), Ch("b", ResponseCurve.MichaelisMenten(M(3_000m), M(2_000m)), 500m)],
            0.4m);
        var lines = plan.Allocation.ToCsv().Split('\n');
        Assert.Equal("channel,spend,spend_change,response,response_change,roas,marginal_roas,bound,currency", lines[0]);
        Assert.StartsWith("a,828.43,328.43,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("b,0.00,-500.00,0.00,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("total,828.43,-171.57,", lines[3], StringComparison.Ordinal);
        Assert.EndsWith(",USD", lines[3], StringComparison.Ordinal);
        var curve = plan.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("budget,response,profit,optimum,currency", curve[0]);
        Assert.Equal(plan.Curve.Count + 1, curve.Length);
        Assert.Single(curve, line => line.Contains(",true,", StringComparison.Ordinal));
        Assert.StartsWith("828.43,", curve.Single(line => line.Contains(",true,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_DrawPercentiles_OneColumnPerLevel()
    {
        var result = BudgetAllocator.AllocateDraws(Draws(11), M(12_000m), [0.05, 0.5, 0.95]);
        var lines = result.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("channel,spend P5,spend P50,spend P95,currency", lines[0]);
        Assert.Equal(result.Rows.Count + 2, lines.Length);
        Assert.StartsWith("total response,", lines[^1], StringComparison.Ordinal);
        Assert.All(lines[1..], line => Assert.EndsWith(",USD", line, StringComparison.Ordinal));
        Assert.Contains("| channel | spend P5 | spend P50 | spend P95 |", result.ToMarkdown(), StringComparison.Ordinal);
        Assert.StartsWith("Budget 12,000.00 USD over 11 draws\n", result.ToString(), StringComparison.Ordinal);
    }
}
