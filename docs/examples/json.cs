#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// Keeping results: fit once, store the fitted models and results as JSON through a source-generated (reflection-free,
// AOT-safe) context, read them back later and get the same predictions and credit, bit for bit. The context's camelCase
// naming policy applies to every PerfMetrics field too, nested ones included.
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;

var usd = Currency.Usd;

// Attribution: a small path table, the linear model, the exact Shapley value and a second-order Markov chain
// (stored as its counts and refitted on reading).
var table = PathTable.ReadCsv(
    new StringReader("path,total_conversions,total_conversion_value,total_null\nsearch > social,10,380.00,3\nemail,4,152.00,1\nsocial,1,38.00,6\n"),
    usd);
var linear = AttributionEngine.Attribute(table, AttributionModels.Linear);
var shapley = ShapleyModel.Fit(table);
var markov = MarkovModel.Fit(table, new MarkovOptions(order: 2));

// Customer base: x repeat purchases, recency t_x and age T in weeks, mean repeat spend.
int[] x = [0, 1, 2, 0, 5, 3, 1, 0, 7, 2, 1, 4];
decimal[] tx = [0, 10.5m, 30.4m, 0, 35.1m, 20, 4.3m, 0, 38.2m, 12.1m, 15, 36];
decimal[] age = [38.9m, 38.9m, 38.9m, 30, 38.9m, 25, 20, 10, 38.9m, 38.9m, 38.9m, 38.9m];
decimal[] meanSpend = [12m, 22.35m, 41m, 18m, 85m, 30m, 19.99m, 55m, 9.5m, 27m, 140m, 33m];
CustomerRfm[] customers =
[
    .. x.Select((xi, i) => new CustomerRfm(
        $"c{i}", xi, new Periods(tx[i], PeriodUnit.Week), new Periods(age[i], PeriodUnit.Week), xi > 0 ? new Money(meanSpend[i], usd) : null)),
];
var purchases = BgNbd.Fit(customers);

// Spend of repeat buyers summarised elsewhere: x and mean value per customer (recency and T do not enter the spend fit).
int[] repeats = [1, 2, 5, 3, 1, 7, 2, 4, 1, 3, 2, 6];
var spend = GammaGamma.Fit(repeats.Select((xi, i) => new CustomerRfm(
    $"s{i}", xi, new Periods(1m, PeriodUnit.Week), new Periods(2m, PeriodUnit.Week), new Money(meanSpend[i], usd))));

var stored = new Store(linear, shapley, markov, purchases, spend, PaymentModel.Cpa(new Money(25m, usd)));
var json = JsonSerializer.Serialize(stored, StoreContext.Default.Store);
Console.WriteLine(json);

var back = JsonSerializer.Deserialize(json, StoreContext.Default.Store)!;
var horizon = new Periods(52m, PeriodUnit.Week);
var same =
    AttributionEngine.Attribute(table, back.Shapley) == AttributionEngine.Attribute(table, shapley)
    && AttributionEngine.Attribute(table, back.Markov) == AttributionEngine.Attribute(table, markov)
    && back.Markov.RemovalEffects.SequenceEqual(markov.RemovalEffects)
    && back.Linear == linear
    && back.Purchases.Model == purchases.Model
    && back.Purchases.Model.ConditionalExpectedPurchases(horizon, 2, new Periods(30.4m, PeriodUnit.Week), new Periods(38.9m, PeriodUnit.Week)) == purchases.Model.ConditionalExpectedPurchases(horizon, 2, new Periods(30.4m, PeriodUnit.Week), new Periods(38.9m, PeriodUnit.Week))
    && back.Spend.Model.ConditionalExpectedValue(2, new Money(22.35m, usd)) == spend.Model.ConditionalExpectedValue(2, new Money(22.35m, usd))
    && back.Terms == stored.Terms
    && JsonSerializer.Serialize(back, StoreContext.Default.Store) == json;
Console.WriteLine(same ? "Read back: same credit, same predictions, same text." : "Read back: DIFFERENT");

// Reading is strict: a typo is an error, not a silently ignored field.
try
{
    JsonSerializer.Deserialize("""{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unti":"P1W"}""", StoreContext.Default.BgNbd);
}
catch (JsonException e)
{
    Console.WriteLine($"Strict: {e.Message}");
}

return same ? 0 : 1;

/// <summary>What this script keeps.</summary>
internal sealed record Store(AttributionResult Linear, ShapleyModel Shapley, MarkovModel Markov, ModelFit<BgNbd> Purchases, ModelFit<GammaGamma> Spend, PaymentModel Terms);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Store))]
[JsonSerializable(typeof(BgNbd))]
internal sealed partial class StoreContext : JsonSerializerContext;
