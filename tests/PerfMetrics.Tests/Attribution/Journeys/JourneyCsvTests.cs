using NodaTime;
using PerfMetrics.Attribution;
using static PerfMetrics.Tests.Attribution.Journeys.JourneyTestData;

namespace PerfMetrics.Tests.Attribution.Journeys;

public class JourneyCsvTests
{
    [Fact]
    public void ReadTouches_CallerNamedColumns_ReadsEveryField()
    {
        // The caller's own column names, in another order, case-insensitive, with an extra column that is ignored.
        const string Csv = """
            Source,Kind,UID,extra,When,Cost,Campaign
            search,click,u1,x,2026-03-01T10:00:00Z,0.40,spring
            "display, banners",view,u2,y,2026-03-01T11:30:00.250+01:00,,
            email,,u1,z,2026-03-02 08:00:00-05:00,1.5,
            """;
        var columns = new TouchCsvColumns(userId: "uid", timestamp: "when", channel: "source", interaction: "kind", campaign: "campaign", cost: "cost");
        var touches = JourneyCsv.ReadTouches(new StringReader(Csv), columns, costCurrency: Usd);
        Assert.Equal(
            [
                new TouchEvent("u1", Instant.FromUtc(2026, 3, 1, 10, 0), new Channel("search"), InteractionKind.Click, "spring", new Money(0.40m, Usd)),
                new TouchEvent("u2", Instant.FromUtc(2026, 3, 1, 10, 30) + Duration.FromMilliseconds(250), new Channel("display, banners"), InteractionKind.Impression),
                new TouchEvent("u1", Instant.FromUtc(2026, 3, 2, 13, 0), new Channel("email"), InteractionKind.Unspecified, cost: new Money(1.5m, Usd)),
            ],
            touches);
    }

    [Fact]
    public void ReadTouches_LocalTimes_AreReadInTheGivenZoneNeverTheMachines()
    {
        // Berlin is UTC+1 on 1 March 2026 and UTC+2 on 1 July (summer time): 10:00 local is 09:00Z and 08:00Z.
        const string Csv = "user_id,timestamp,channel\nu1,2026-03-01T10:00:00,search\nu1,2026-07-01 10:00:00,email\n";
        var touches = JourneyCsv.ReadTouches(new StringReader(Csv), timeZone: DateTimeZoneProviders.Tzdb["Europe/Berlin"]);
        Assert.Equal([Instant.FromUtc(2026, 3, 1, 9, 0), Instant.FromUtc(2026, 7, 1, 8, 0)], touches.Select(t => t.At));
        Assert.All(touches, t => Assert.Equal(InteractionKind.Click, t.Interaction));
    }

    [Fact]
    public void ReadConversions_OrderIdsAndCurrencyColumn_AreRead()
    {
        const string Csv = "customer,ts,revenue,order,cur\nu1,2026-03-02T10:00:00Z,25.00,A17,USD\nu2,2026-03-03T10:00:00Z,0,,usd\n";
        var columns = new ConversionCsvColumns(userId: "customer", timestamp: "ts", value: "revenue", orderId: "order", currency: "cur");
        var conversions = JourneyCsv.ReadConversions(new StringReader(Csv), Usd, columns);
        Assert.Equal(
            [new ConversionEvent("u1", Instant.FromUtc(2026, 3, 2, 10, 0), new Money(25.00m, Usd), "A17"), new ConversionEvent("u2", Instant.FromUtc(2026, 3, 3, 10, 0), new Money(0m, Usd))],
            conversions);
    }

    [Fact]
    public void BuildFromCsv_EqualsBuildOfTheRowsRead_AndWarnsAboutTrimmedNames()
    {
        const string Touches = "user_id,timestamp,channel\nu1,2026-03-01T10:00:00Z, search\nu1,2026-03-01T11:00:00Z,search\nu2,2026-03-01T10:00:00Z,Search\n";
        const string Orders = "user_id,timestamp,value\nu1,2026-03-02T10:00:00Z,25.00\nu2,2026-03-02T10:00:00Z,5.00\n";
        var build = JourneyBuilder.BuildFromCsv(new StringReader(Touches), TouchCsvColumns.Default, new StringReader(Orders), ConversionCsvColumns.Default, Usd);
        var direct = JourneyBuilder.Build(
            JourneyCsv.ReadTouches(new StringReader(Touches)), JourneyCsv.ReadConversions(new StringReader(Orders), Usd), Usd);
        Assert.Equal(["Search: 1, 5.00, 0", "search > search: 1, 25.00, 0"], Rows(build.Table));
        Assert.Equal(Rows(direct.Table), Rows(build.Table));
        Assert.Equal(
            [
                "channel name \" search\" had surrounding spaces, which were removed (channel names are always trimmed).",
                "channels \"Search\", \"search\" differ only by case and were kept apart (ChannelNormalization(foldCase: true) merges them).",
            ],
            build.Report.Warnings);
    }
}
