// Calls the calculators and the JSON converters from a native AOT binary: proves the package is AOT-compatible
// beyond what the analyzers check. .ci/run compares the output with the lines below, exactly.
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

var usd = Currency.Usd;
var spend = new Money(350m, usd);
var margin = new Money(38m, usd);

var cpa = Cpa.Of(spend, 14);
Console.WriteLine($"CPA {cpa?.Round()}");
var version = typeof(Money).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false);
Console.WriteLine($"PerfMetrics {((System.Reflection.AssemblyInformationalVersionAttribute)version[0]).InformationalVersion}");

var verdict = CpaVersusMargin.Of(spend, 14, margin);
Console.WriteLine($"Verdict {verdict.Verdict}, profit per sale {verdict.Headroom}");

const string csv = "path,total_conversions,total_conversion_value,total_null\nsearch > email,2,76.00,5\nsocial,1,38.00,9\n";
var table = PathTable.ReadCsv(new StringReader(csv), usd);
var linear = AttributionEngine.Attribute(table, AttributionModels.Linear);
Console.WriteLine($"Linear credit: {string.Join(", ", linear.Channels.Select(c => $"{c.Channel} {c.Conversions}"))}");

var fit = ShiftedBetaGeometric.Fit([1000, 631, 468, 382, 326], PeriodUnit.Year);
Console.WriteLine($"sBG fit converged: {fit.Converged}");

// JSON through the consumer's source-generated context (reflection is off in this project): every PerfMetrics type goes
// through PerfMetricsJsonConverterFactory, named by the types' [JsonConverter] attributes, under the context's snake_case
// naming policy, nested names included.
var json = JsonSerializer.Serialize(verdict, AotJsonContext.Default.MarginCheck);
var back = JsonSerializer.Deserialize(json, AotJsonContext.Default.MarginCheck);
Console.WriteLine($"JSON round trip: {back == verdict}");
Console.WriteLine($"JSON: {json}");

var markov = MarkovModel.Fit(table, new MarkovOptions(order: 2));
var stored = new Stored(linear, markov, fit, new Dictionary<Channel, Money> { [new Channel("email")] = new Money(100m, usd) });
var storedJson = JsonSerializer.Serialize(stored, AotJsonContext.Default.Stored);
var storedBack = JsonSerializer.Deserialize(storedJson, AotJsonContext.Default.Stored)!;
var same = storedBack.Linear.Channels.SequenceEqual(linear.Channels)
    && AttributionEngine.Attribute(table, storedBack.Markov) == AttributionEngine.Attribute(table, markov)
    && storedBack.Churn == fit
    && storedBack.Churn.Model.Alpha == fit.Model.Alpha
    && storedBack.Budgets[new Channel("email")] == new Money(100m, usd)
    && JsonSerializer.Serialize(storedBack, AotJsonContext.Default.Stored) == storedJson
    && storedJson.Contains("\"total_value\":", StringComparison.Ordinal) && storedJson.Contains("\"log_likelihood\":", StringComparison.Ordinal)
    && storedJson.Contains("\"standard_errors\":[", StringComparison.Ordinal);
Console.WriteLine($"JSON stored results round trip: {same}");

// Rule and data-driven models through the one engine call.
var comparison = AttributionEngine.Compare(table, [AttributionModels.Linear, AttributionModels.Markov(new MarkovOptions(order: 2)), AttributionModels.Shapley]);
Console.WriteLine($"Compared: {string.Join(", ", comparison.Results.Select(r => r.ModelName))}");

/// <summary>What this consumer keeps.</summary>
internal sealed record Stored(AttributionResult Linear, MarkovModel Markov, ModelFit<ShiftedBetaGeometric> Churn, Dictionary<Channel, Money> Budgets);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MarginCheck))]
[JsonSerializable(typeof(Stored))]
internal sealed partial class AotJsonContext : JsonSerializerContext;
