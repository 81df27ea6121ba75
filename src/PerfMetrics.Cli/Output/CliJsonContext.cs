using System.Text.Json.Serialization;
using PerfMetrics.Metrics;

namespace PerfMetrics.Cli.Output;

/// <summary>
/// The tool's JSON: source-generated (no reflection; the tool is native AOT), snake_case like the library's examples,
/// indented. Every PerfMetrics type inside is written by the library's <c>PerfMetricsJsonConverterFactory</c>, named by
/// the types' <c>[JsonConverter]</c> attributes, so values are exact and the same as a C# caller's.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MarginCheck))]
[JsonSerializable(typeof(Commands.AttributionJson))]
[JsonSerializable(typeof(Commands.ClvJson))]
[JsonSerializable(typeof(Commands.JourneysJson))]
[JsonSerializable(typeof(Commands.HoldoutJson))]
[JsonSerializable(typeof(Commands.AbJson))]
[JsonSerializable(typeof(Commands.SampleSizeJson))]
[JsonSerializable(typeof(Commands.TbrJson))]
[JsonSerializable(typeof(Commands.BudgetJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
