using System.Text.Json;
using PerfMetrics.Attribution;
using static PerfMetrics.Tests.Attribution.Journeys.JourneyTestData;

namespace PerfMetrics.Tests.Attribution.Journeys;

/// <summary>
/// The journey reports on one table worked by hand: <c>a &gt; b &gt; a</c> (2 conversions, 30.00, 1 null), <c>b</c> (1, 5.00,
/// 3), <c>c &gt; b</c> (1, 10.00, 0), <c>a</c> (0, 0, 2).
/// </summary>
public partial class JourneyReportsTests
{
    private static readonly Channel A = new("a");
    private static readonly Channel B = new("b");
    private static readonly Channel C = new("c");

    private static PathTable Table() => new PathTableBuilder(Usd)
        .Add([A, B, A], 2d, new Money(30m, Usd), 1d)
        .Add([B], 1d, new Money(5m, Usd), 3d)
        .Add([C, B], 1d, new Money(10m, Usd), 0d)
        .Add([A], 0d, Money.Zero(Usd), 2d)
        .ToPathTable();

    [Fact]
    public void AssistedConversions_HandWorkedTable()
    {
        // a > b > a: a closes (2, 30) and assists once (2, 30) though it is touched before the last touch only once here;
        // b assists (2, 30). b alone closes (1, 5). c > b: b closes (1, 10), c assists (1, 10). a alone has no conversion.
        // a: assisted 2, last 2, ratio 1; b: assisted 2, last 2, ratio 1; c: assisted 1, last 0, ratio undefined (null).
        var report = AssistedConversionsReport.Of(Table());
        Assert.Equal([A, B, C], report.Channels.Select(r => r.Channel));
        var a = report.Channels.Get("a")!.Value;
        Assert.Equal((2d, 30m, 2d, 30m, (double?)1d), (a.Assisted, a.AssistedValue.Amount, a.LastClick, a.LastClickValue.Amount, a.Ratio));
        var b = report.Channels.Get("b")!.Value;
        Assert.Equal((2d, 30m, 2d, 15m, (double?)1d), (b.Assisted, b.AssistedValue.Amount, b.LastClick, b.LastClickValue.Amount, b.Ratio));
        var c = report.Channels.Get("c")!.Value;
        Assert.Equal((1d, 10m, 0d, 0m, (double?)null), (c.Assisted, c.AssistedValue.Amount, c.LastClick, c.LastClickValue.Amount, c.Ratio));
        Assert.Equal(
            """
            channel  assisted  assisted value  last click  last-click value  assisted / last click
            -------  --------  --------------  ----------  ----------------  ---------------------
            a            2.00       30.00 USD        2.00         30.00 USD                   1.00
            b            2.00       30.00 USD        2.00         15.00 USD                   1.00
            c            1.00       10.00 USD        0.00          0.00 USD                    n/a

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            report.ToString());
        Assert.StartsWith("| channel | assisted | assisted value | last click | last-click value | assisted / last click |\n| --- | ---: |", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void AssistedConversions_ChannelRepeatedBeforeTheLastTouch_AssistsOnce()
    {
        var report = AssistedConversionsReport.Of(new PathTableBuilder(Usd).Add([A, A, A, B], 3d, new Money(9m, Usd), 0d).ToPathTable());
        Assert.Equal(3d, report.Channels.Get("a")!.Value.Assisted);
        Assert.Null(report.Channels.Get("a")!.Value.Ratio);
        Assert.Equal(0d, report.Channels.Get("b")!.Value.Ratio);
    }

    [Fact]
    public void TopPaths_HandWorkedTable_OrdersByConversionsThenValue()
    {
        // a > b > a has 2 conversions; b and c > b 1 each, c > b has more value (10.00 > 5.00). Rate = conv / (conv + nulls).
        var report = TopPathsReport.Of(Table(), count: 2);
        Assert.Equal(4, report.TotalPaths);
        Assert.Equal(4d, report.TotalConversions);
        Assert.Equal(["a > b > a", "c > b"], report.Rows.Select(r => string.Join(" > ", r.Path.Select(c => c.Name))));
        Assert.Equal(2d / 3d, report.Rows[0].ConversionRate);
        Assert.Equal(1d, report.Rows[1].ConversionRate);
        Assert.Equal(
            """
            path       conversions      value  nulls  conversion rate
            ---------  -----------  ---------  -----  ---------------
            a > b > a         2.00  30.00 USD   1.00            66.7%
            c > b             1.00  10.00 USD   0.00           100.0%

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            report.ToString());
    }

    [Fact]
    public void TopPaths_PathWithoutJourneys_HasNoRate()
    {
        var report = TopPathsReport.Of(new PathTableBuilder(Usd).Add([A], 0d, Money.Zero(Usd), 0d).ToPathTable());
        Assert.Null(Assert.Single(report.Rows).ConversionRate);
        Assert.Contains("n/a", report.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PathLength_HandWorkedTable()
    {
        // Length 1: b and a, 1 conversion, 5.00, 5 nulls: share 1/4, rate 1/6. Length 2: c > b, 1, 10.00, 0: share 1/4, rate 1.
        // Length 3: a > b > a, 2, 30.00, 1: share 1/2, rate 2/3.
        var report = PathLengthReport.Of(Table());
        Assert.Equal([1, 2, 3], report.Rows.Select(r => r.Length));
        Assert.Equal([2, 1, 1], report.Rows.Select(r => r.Paths));
        Assert.Equal([1d, 1d, 2d], report.Rows.Select(r => r.Conversions));
        Assert.Equal([5d, 0d, 1d], report.Rows.Select(r => r.Nulls));
        Assert.Equal([0.25, 0.25, 0.5], report.Rows.Select(r => r.ConversionShare!.Value));
        Assert.Equal([1d / 6d, 1d, 2d / 3d], report.Rows.Select(r => r.ConversionRate!.Value));
        Assert.Equal(new Money(35m, Usd), report.Rows[0].Value + report.Rows[1].Value + report.Rows[2].Value - new Money(10m, Usd));
    }

    [Fact]
    public void Reports_RoundTripThroughJson_AndCompareByValue()
    {
        var table = Table();
        var build = Build([Click("u", 0.5, "a"), Click("u", 2, "b"), Click("v", 1, "a")], [Buy("u", 3, 10m), Buy("v", 1.25, 4m)]);
        RoundTrip(TopPathsReport.Of(table));
        RoundTrip(PathLengthReport.Of(table));
        RoundTrip(AssistedConversionsReport.Of(table));
        RoundTrip(build.TimeLag);
        Assert.Equal(TopPathsReport.Of(table), TopPathsReport.Of(table));
        Assert.NotEqual(TopPathsReport.Of(table, 1), TopPathsReport.Of(table, 2));
        Assert.True(PathLengthReport.Of(table) == PathLengthReport.Of(table));
        Assert.True(AssistedConversionsReport.Of(table) != AssistedConversionsReport.Of(new PathTableBuilder(Usd).Add([A], 1d, Money.Zero(Usd), 0d).ToPathTable()));
    }

    [Fact]
    public void TimeLag_Text_ListsDaysSharesAndValues()
    {
        var build = Build([Click("u", 0.5, "a"), Click("u", 2, "b"), Click("v", 1, "a")], [Buy("u", 3, 10m), Buy("v", 1.25, 4m)]);
        Assert.Equal(
            """
            days  conversions  share      value
            ----  -----------  -----  ---------
               0         1.00  50.0%   4.00 USD
               2         1.00  50.0%  10.00 USD

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            build.TimeLag.ToString());
        Assert.Contains("| days | conversions | share | value |", build.TimeLag.ToMarkdown(), StringComparison.Ordinal);
    }

    private static void RoundTrip<T>(T report)
    {
        var json = JsonSerializer.Serialize(report);
        Assert.Equal(report, JsonSerializer.Deserialize<T>(json));
    }
}
