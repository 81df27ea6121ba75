#:project ../../src/PerfMetrics/PerfMetrics.csproj
#:property PublishAot=false

// Journeys from raw event logs: a touchpoint export and an order export (two CSV files, with the exporter's own column
// names), turned into a path table by the journey builder (28-day click and 1-day view windows, a new journey after
// each purchase, duplicate order ids dropped, open journeys left out), then the build report, the attribution
// comparison, the assisted-conversion report and the time lag.
using NodaTime;
using PerfMetrics;
using PerfMetrics.Attribution;

const string touchesCsv = """
    visitor,event_time,source,type
    v1,2026-03-01T09:00:00Z,search,click
    v1,2026-03-03T18:30:00Z,email,click
    v1,2026-03-04T08:00:00Z,display,view
    v2,2026-03-02T12:00:00+01:00,social,click
    v2,2026-03-05T10:00:00Z,search,click
    v3,2026-02-01T10:00:00Z,display,view
    v3,2026-03-06T10:00:00Z,email,click
    v4,2026-03-01T10:00:00Z,social,click
    v4,2026-03-02T10:00:00Z,display,view
    v5,2026-03-30T10:00:00Z,search,click
    v1,2026-03-10T10:00:00Z,social,click
    """;

const string ordersCsv = """
    visitor,purchased_at,revenue,order
    v1,2026-03-04T09:00:00Z,120.00,A1
    v1,2026-03-04T09:00:05Z,120.00,A1
    v2,2026-03-05T11:00:00Z,80.00,A2
    v3,2026-03-06T12:00:00Z,45.50,A3
    v6,2026-03-07T12:00:00Z,30.00,A4
    v1,2026-03-12T10:00:00Z,60.00,A5
    """;

var build = JourneyBuilder.BuildFromCsv(
    new StringReader(touchesCsv),
    new TouchCsvColumns(userId: "visitor", timestamp: "event_time", channel: "source", interaction: "type"),
    new StringReader(ordersCsv),
    new ConversionCsvColumns(userId: "visitor", timestamp: "purchased_at", value: "revenue", orderId: "order"),
    Currency.Usd,
    new JourneyOptions(observationEnd: Instant.FromUtc(2026, 3, 31, 0, 0)));

Console.WriteLine("Build report (every input row accounted for):");
Console.WriteLine(build.Report);
Console.WriteLine(build.Table);
Console.WriteLine();

var comparison = AttributionEngine.Compare(
    build.Table,
    [AttributionModels.FirstTouch, AttributionModels.LastTouch, AttributionModels.Linear, AttributionModels.Markov(new MarkovOptions())]);
Console.WriteLine("Attribution comparison:");
Console.WriteLine(comparison);

Console.WriteLine("Assisted conversions:");
Console.WriteLine(AssistedConversionsReport.Of(build.Table));

Console.WriteLine("Top paths:");
Console.WriteLine(TopPathsReport.Of(build.Table, count: 5));

Console.WriteLine("Time lag (days from the first touch to the purchase):");
Console.WriteLine(build.TimeLag);
