using System.Text.Json;
using PerfMetrics.Budget;

namespace PerfMetrics.Tests.Budget;

public class BudgetJsonTests
{
    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static Money M(decimal amount) => new(amount, Currency.Usd);

    private static BudgetChannel[] Channels() =>
    [
        new(new Channel("search"), ResponseCurve.Hill(M(60_000m), M(9_000m), 0.9), M(8_000m)),
        new(new Channel("video"), ResponseCurve.Hill(M(40_000m), M(5_000m), 2.2), M(4_000m), M(1_000m)),
    ];

    [Fact]
    public void AllocationAndProfitPlan_RoundTripExactly()
    {
        var allocation = BudgetAllocator.Allocate(Channels(), M(15_000m), new AllocationOptions(gridSteps: 300));
        var back = JsonSerializer.Deserialize<BudgetAllocation>(JsonSerializer.Serialize(allocation));
        Assert.Equal(allocation, back);
        Assert.Equal(allocation.Gain, back!.Gain);
        var plan = BudgetAllocator.MaximizeProfit(Channels(), 0.4m);
        var json = JsonSerializer.Serialize(plan, CamelCase);
        Assert.Contains("\"method\":\"BreakEven\"", json, StringComparison.Ordinal);
        Assert.Equal(plan, JsonSerializer.Deserialize<ProfitPlan>(json, CamelCase));
    }

    [Fact]
    public void AChannelListedTwice_IsAJsonException()
    {
        var allocation = BudgetAllocator.Allocate([Channels()[0]], M(15_000m));
        var json = JsonSerializer.Serialize(allocation);
        var row = json[(json.IndexOf("[{", StringComparison.Ordinal) + 1)..(json.IndexOf("}]", StringComparison.Ordinal) + 1)];
        var twice = json.Replace(row, row + "," + row, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<BudgetAllocation>(twice));
    }
}
