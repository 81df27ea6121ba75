#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// Attribution: read a small path table (ChannelAttribution layout), compare rule-based and data-driven models (exact
// Markov removal effects, conversion-probability Shapley) side by side in one engine call, join one model's credit
// with a month of spend, and judge each channel's CPA against the margin of a sale.
using NodaTime;
using PerfMetrics;
using PerfMetrics.Attribution;

const string csv = """
    path,total_conversions,total_conversion_value,total_null
    search > email > search,12,1140.00,30
    social > search,8,560.00,41
    email,5,310.00,12
    display > social > search > direct,3,270.00,55
    direct,6,420.00,20
    display,0,0,90
    "social > email",2,150.00,7
    """;

var usd = Currency.Usd;
var table = PathTable.ReadCsv(new StringReader(csv), usd);
Console.WriteLine(table);
Console.WriteLine();

// Every model, rule-based or data-driven, goes through the same engine: one call, one result type, one table
// (what GA4's model comparison shows). Markov and Shapley are fitted to the table being attributed.
var comparison = AttributionEngine.Compare(
    table,
    [
        AttributionModels.FirstTouch,
        AttributionModels.LastNonDirect(),
        AttributionModels.PositionBased(),
        AttributionModels.SimplifiedShapley,
        AttributionModels.Markov(),            // order 1, repeats merged, value-weighted
        AttributionModels.Markov(new MarkovOptions(order: 2)),
        AttributionModels.Shapley,
    ]);
Console.WriteLine(comparison);

// To look inside a data-driven model, fit it once: the fitted model is itself a model the engine takes.
var markov = MarkovModel.Fit(table);
Console.WriteLine(markov);                                             // P(conversion) and removal effects, solved exactly
Console.WriteLine($"search: removal effect {markov.RemovalEffects.Get("search")?.Conversions:0.0000}");
Console.WriteLine(AttributionEngine.Attribute(table, markov) == comparison.Results[4] ? "fitted once = fitted by the engine" : "differs");
Console.WriteLine();

// Join position-based credit with March spend; each sale earns a 38.00 USD margin.
var march = new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));
Spend[] spends =
[
    new(new Channel("search"), new Money(620m, usd), march),
    new(new Channel("social"), new Money(480m, usd), march),
    new(new Channel("display"), new Money(300m, usd), march),
    new(new Channel("email"), new Money(40m, usd), march),
    new(new Channel("tv"), new Money(900m, usd), march), // never in a path: its ratios stay n/a
];
var credit = comparison.Results[2];                                     // position-based
var report = ChannelReport.Of(credit, spends, unitMargin: new Money(38m, usd));
Console.WriteLine(report);
Console.WriteLine($"search: CPA {report.Rows.Get("search")?.Cpa?.Round()}");

// Journeys with timestamps allow time decay (7-day half-life): touches 14, 7 and 0 days before get 1/7, 2/7, 4/7.
var at = Instant.FromUtc(2026, 3, 20, 12, 0);
var sale = new Conversion(
    at,
    new Money(70m, usd),
    new Touchpoint(new Channel("display"), at - Duration.FromDays(14)),
    new Touchpoint(new Channel("social"), at - Duration.FromDays(7)),
    new Touchpoint(new Channel("search"), at));
Console.WriteLine(AttributionEngine.Attribute([sale], usd, AttributionModels.TimeDecay()));

// Credit always adds up: to the conversions, and to the cent of the value, for every model.
foreach (var result in comparison.Results)
{
    var total = Money.Sum(result.Channels.Select(c => c.Value), usd);
    if (total != result.TotalValue)
    {
        return 1;
    }
}

Console.WriteLine($"Position-based credit sums to {Money.Sum(credit.Channels.Select(c => c.Value), usd)} of {table.TotalValue}; conversions {credit.Channels.Sum(c => c.Conversions)} of {table.TotalConversions}.");
return 0;
