using System.Text.Json;
using NodaTime;
using PerfMetrics.Attribution;

namespace PerfMetrics.Tests.Cli.Commands;

public class JourneysCommandTests
{
    private static string Data(string file) => Path.Combine(CliGoldenTests.CliFolder("Data"), file);

    [Fact]
    public void Journeys_EventLogs_GiveTheComparisonOfTheLibrarysJourneyBuilder()
    {
        // docs/examples/journeys.cs with the library's default column names: the tool must build the same journeys.
        var options = new JourneyOptions(observationEnd: Instant.FromUtc(2026, 3, 31, 0, 0));
        var build = JourneyBuilder.Build(
            JourneyCsv.ReadTouches(new StringReader(File.ReadAllText(Data("touches.csv"))), new TouchCsvColumns(interaction: "interaction")),
            JourneyCsv.ReadConversions(new StringReader(File.ReadAllText(Data("conversions.csv"))), Currency.Usd, new ConversionCsvColumns(orderId: "order_id")),
            Currency.Usd,
            options);
        var expected = AttributionEngine.Compare(build.Table, [AttributionModels.Linear, AttributionModels.Shapley]);

        var result = CliRun.Run(
            "journeys", Data("touches.csv"), Data("conversions.csv"), "--currency", "USD", "--interaction-column", "interaction",
            "--order-column", "order_id", "--end", "2026-03-31T00:00:00Z", "-m", "linear,shapley", "--reports", "time-lag", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(expected, json.RootElement.GetProperty("comparison").Deserialize<ModelComparison>(CliJson.Options));
        Assert.Equal(build.TimeLag, json.RootElement.GetProperty("time_lag").Deserialize<TimeLagReport>(CliJson.Options));
        Assert.False(json.RootElement.TryGetProperty("top_paths", out _));
        // By hand from the files: 11 touch rows, 6 conversion rows of which order A1 twice (one dropped) and v6 never touched.
        Assert.Equal(11, json.RootElement.GetProperty("build").GetProperty("touches_read").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("build").GetProperty("conversions_duplicate").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("build").GetProperty("conversions_unknown_user").GetInt64());
    }

    [Fact]
    public void Journeys_Csv_IsTheLibrarysLongFormCsvOfTheComparison()
    {
        var result = CliRun.Run("journeys", Data("touches.csv"), Data("conversions.csv"), "--currency", "USD", "-m", "linear", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("channel,model,conversions,share,value,currency\n", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Journeys:", result.Out, StringComparison.Ordinal);
    }
}
