using System.Text.Json;
using PerfMetrics.Budget;

namespace PerfMetrics.Tests.Cli.Commands;

public class BudgetCommandTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static string Data(string file) => Path.Combine(CliGoldenTests.CliFolder("Data"), file);

    // The curves of Cli/Data/curves.csv and curves.json, written in code.
    private static BudgetChannel[] Channels() =>
    [
        new(new Channel("search"), ResponseCurve.Hill(new Money(60_000m, Usd), new Money(9_000m, Usd), 0.9), new Money(8_000m, Usd)),
        new(new Channel("social"), ResponseCurve.MichaelisMenten(new Money(25_000m, Usd), new Money(6_000m, Usd)), new Money(6_000m, Usd), maximum: new Money(7_000m, Usd)),
        new(new Channel("display"), ResponseCurve.Logistic(new Money(30_000m, Usd), new Money(5_000m, Usd)), new Money(4_000m, Usd), minimum: new Money(1_000m, Usd)),
    ];

    [Theory]
    [InlineData("curves.csv")]
    [InlineData("curves.json")]
    public void Budget_CurveFile_ReadsTheCurvesOfTheLibrary(string file)
    {
        var result = CliRun.Run("budget", Data(file), "--currency", "USD", "--budget", "18000USD", "--margin-rate", "0.4", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var allocation = json.RootElement.GetProperty("allocation").Deserialize<BudgetAllocation>(CliJson.Options);
        var plan = json.RootElement.GetProperty("profit_plan").Deserialize<ProfitPlan>(CliJson.Options);
        Assert.Equal(BudgetAllocator.Allocate(Channels(), new Money(18_000m, Usd)), allocation);
        Assert.Equal(BudgetAllocator.MaximizeProfit(Channels(), 0.4m), plan);
    }

    [Fact]
    public void Budget_CsvAndJson_PrintTheSameText()
    {
        var csv = CliRun.Run("budget", Data("curves.csv"), "--currency", "USD", "--budget", "18000USD");
        var json = CliRun.Run("budget", Data("curves.json"), "--currency", "USD", "--budget", "18000USD");

        CliRun.AssertOutput(csv.Out, json);
        // Equal marginal ROAS at the optimum (every channel interior): the allocation's own check.
        Assert.Contains("common marginal ROAS 1.80", csv.Out, StringComparison.Ordinal);
    }
}
