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

var json = JsonSerializer.Serialize(verdict, AotJsonContext.Default.MarginCheck);
var back = JsonSerializer.Deserialize(json, AotJsonContext.Default.MarginCheck);
Console.WriteLine($"JSON round trip: {back == verdict}");

[JsonSerializable(typeof(MarginCheck))]
internal sealed partial class AotJsonContext : JsonSerializerContext;
