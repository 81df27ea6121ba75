using NodaTime;
using PerfMetrics.Attribution;
using static PerfMetrics.Tests.Attribution.Journeys.JourneyTestData;

namespace PerfMetrics.Tests.Attribution.Journeys;

/// <summary>Each rule of the journey builder on a small log worked by hand (the expected table in each comment).</summary>
public partial class JourneyBuilderTests
{
    [Fact]
    public void Build_ClickExactlyAtTheWindowEdge_CountsAndOneNanosecondMoreDoesNot()
    {
        // Click window 28 days, inclusive: the click at day 0 counts for a purchase at day 28 exactly, not at 28 days + 1 ns.
        var atEdge = Build([Click("u", 0, "search")], [Buy("u", 28, 10m)]);
        Assert.Equal(["search: 1, 10, 0"], Rows(atEdge.Table));

        var late = new ConversionEvent("u", Day(28) + Duration.FromNanoseconds(1), new Money(10m, Usd));
        var past = Build([Click("u", 0, "search")], [late]);
        Assert.Empty(past.Table.Rows);
        Assert.Equal(1, past.Report.TouchesOutsideWindow);
        Assert.Equal(1, past.Report.ConversionsDirect);
    }

    [Fact]
    public void Build_ViewAndClickWindowsDiffer_ViewOlderThanADayIsOutside()
    {
        // Default windows: click 28 days, view 1 day. Purchase at day 10: the click at day 5 counts, the view at day 8 does
        // not (2 days > 1), the view at day 9 does (exactly 1 day, inclusive). Path: search > display(day 9).
        var build = Build([Click("u", 5, "search"), View("u", 8, "video"), View("u", 9, "display")], [Buy("u", 10, 20m)]);
        Assert.Equal(["search > display: 1, 20, 0"], Rows(build.Table));
        Assert.Equal(2, build.Report.TouchesUsed);
        Assert.Equal(1, build.Report.TouchesOutsideWindow);
    }

    [Fact]
    public void Build_CustomWindows_AreApplied()
    {
        // 7-day click window: the click at day 0 is outside for a purchase at day 10; the click at day 3 is inside (7 days).
        var options = new JourneyOptions(clickWindow: Duration.FromDays(7), viewWindow: Duration.FromHours(12));
        var build = Build([Click("u", 0, "email"), Click("u", 3, "search"), View("u", 9.4, "video"), View("u", 9.6, "display")], [Buy("u", 10, 5m)], options);

        // The view at day 9.4 is 14.4 h before (> 12 h): out; the view at 9.6 is 9.6 h before: in.
        Assert.Equal(["search > display: 1, 5, 0"], Rows(build.Table));
    }

    [Fact]
    public void Build_SecondConversion_StartsANewJourneyUnlessAskedOtherwise()
    {
        // a(0) b(1) BUY(2) c(3) BUY(4): with reset, a > b converts at day 2 and c alone at day 4.
        TouchEvent[] touches = [Click("u", 0, "a"), Click("u", 1, "b"), Click("u", 3, "c")];
        ConversionEvent[] buys = [Buy("u", 2, 10m), Buy("u", 4, 30m)];
        Assert.Equal(["a > b: 1, 10, 0", "c: 1, 30, 0"], Rows(Build(touches, buys).Table));

        // Without reset, the second purchase takes every touch in its window again: a > b > c.
        var reused = Build(touches, buys, new JourneyOptions(resetAfterConversion: false));
        Assert.Equal(["a > b > c: 1, 30, 0", "a > b: 1, 10, 0"], Rows(reused.Table));
        Assert.Equal(3, reused.Report.TouchesUsed);
    }

    [Fact]
    public void Build_TouchAtTheConversionInstant_BelongsToThatConversion()
    {
        // A touch at the purchase's own instant comes before it (the window is inclusive at both ends).
        var build = Build([Click("u", 0, "a"), Click("u", 2, "b")], [Buy("u", 2, 10m)]);
        Assert.Equal(["a > b: 1, 10, 0"], Rows(build.Table));
    }

    [Fact]
    public void Build_TouchesAfterTheLastConversion_FormANonConvertingJourney()
    {
        // a(0) BUY(1) b(2) c(3), observation end day 60 (beyond every window): b > c is one null.
        var options = new JourneyOptions(observationEnd: Day(60));
        var build = Build([Click("u", 0, "a"), Click("u", 2, "b"), Click("u", 3, "c"), Click("v", 1, "a")], [Buy("u", 1, 10m)], options);

        // User v never converted: its touch a is a null too, on the same row as u's converting a.
        Assert.Equal(["a: 1, 10, 1", "b > c: 0, 0, 1"], Rows(build.Table));
        Assert.Equal(2, build.Report.NonConvertingJourneys);
        Assert.Equal(3, build.Report.TouchesNonConverting);
    }

    [Fact]
    public void Build_OpenJourney_IsExcludedByDefaultAndKeptOnRequest()
    {
        // Observation ends at day 10. The click at day 9 could still lead to a purchase within 28 days: open. A view at day
        // 5 expired at day 6 (1-day window): that journey is closed and counts as a null.
        TouchEvent[] touches = [Click("open", 9, "search"), View("closed", 5, "video")];
        var options = new JourneyOptions(observationEnd: Day(10));
        var build = Build(touches, [], options);
        Assert.Equal(["video: 0, 0, 1"], Rows(build.Table));
        Assert.Equal(1, build.Report.OpenJourneys);
        Assert.Equal(1, build.Report.TouchesInOpenJourneys);

        var kept = Build(touches, [], new JourneyOptions(observationEnd: Day(10), excludeOpenJourneys: false));
        Assert.Equal(["search: 0, 0, 1", "video: 0, 0, 1"], Rows(kept.Table));
        Assert.Equal(0, kept.Report.OpenJourneys);
    }

    [Fact]
    public void Build_OpenJourneyEdge_ClickExactlyAWindowBeforeTheEndIsClosed()
    {
        // end - t = 28 days is not < 28 days: a conversion after the end would be more than 28 days after the click.
        var build = Build([Click("u", 0, "search")], [], new JourneyOptions(observationEnd: Day(28)));
        Assert.Equal(["search: 0, 0, 1"], Rows(build.Table));
    }

    [Fact]
    public void Build_ObservationEndDefaultsToTheLatestEvent()
    {
        // Latest event: u's purchase at day 40. v's click at day 20 is 20 days before it (< 28): open, excluded.
        var build = Build([Click("u", 39, "a"), Click("v", 20, "b")], [Buy("u", 40, 10m)]);
        Assert.Equal(Day(40), build.Report.ObservationEnd);
        Assert.Equal(1, build.Report.OpenJourneys);
        Assert.Equal(["a: 1, 10, 0"], Rows(build.Table));
    }

    [Fact]
    public void Build_DuplicateOrderIds_AreDroppedAndCounted()
    {
        // Order A17 fired twice (day 2 and day 2.5): the first is kept; the duplicate is dropped and does not take c.
        var build = Build(
            [Click("u", 1, "a"), Click("u", 2.2, "c")],
            [Buy("u", 2, 10m, "A17"), Buy("u", 2.5, 10m, "A17"), Buy("u", 3, 4m)],
            new JourneyOptions(observationEnd: Day(90)));
        Assert.Equal(["a: 1, 10, 0", "c: 1, 4, 0"], Rows(build.Table));
        Assert.Equal(1, build.Report.ConversionsDuplicate);
        Assert.Equal(2, build.Report.ConversionsUsed);
    }

    [Fact]
    public void Build_ConversionsWithoutTouches_AreDirectByOption()
    {
        // u's purchase at day 50 has no touch within 28 days (click at day 1); w is unknown to the touch log.
        TouchEvent[] touches = [Click("u", 1, "a")];
        ConversionEvent[] buys = [Buy("u", 50, 10m), Buy("w", 3, 7m)];
        var left = Build(touches, buys);
        Assert.Empty(left.Table.Rows);
        Assert.Equal(1, left.Report.ConversionsDirect);
        Assert.Equal(1, left.Report.ConversionsUnknownUser);
        Assert.Null(left.Report.DirectChannel);

        var direct = Build(touches, buys, new JourneyOptions(directChannel: new Channel("direct")));
        Assert.Equal(["direct: 2, 17, 0"], Rows(direct.Table));
        Assert.Equal(new Channel("direct"), direct.Report.DirectChannel);
    }

    [Fact]
    public void Build_UnsortedInput_GivesTheSameTable()
    {
        TouchEvent[] touches = [Click("u", 0, "a"), Click("u", 1, "b"), Click("u", 3, "c")];
        ConversionEvent[] buys = [Buy("u", 2, 10m), Buy("u", 4, 30m)];
        var sorted = Build(touches, buys);
        var reversed = Build(touches.Reverse(), buys.Reverse());
        Assert.Equal(Rows(sorted.Table), Rows(reversed.Table));
        Assert.Equal(sorted.Report, reversed.Report);
    }

    [Fact]
    public void Build_TouchesAtOneInstant_AreOrderedByChannelName()
    {
        // Ties are broken by content so the input order cannot change the path: b and a at one instant read a > b.
        var build = Build([Click("u", 1, "b"), Click("u", 1, "a")], [Buy("u", 2, 1m)]);
        Assert.Equal(["a > b: 1, 1, 0"], Rows(build.Table));
    }

    [Fact]
    public void Build_NamesDifferingOnlyByCase_AreKeptApartWithAWarning()
    {
        var build = Build([Click("u", 1, "SEARCH"), Click("u", 2, "search")], [Buy("u", 3, 1m)]);
        Assert.Equal(["SEARCH > search: 1, 1, 0"], Rows(build.Table));
        var warning = Assert.Single(build.Report.Warnings);
        Assert.Equal("channels \"SEARCH\", \"search\" differ only by case and were kept apart (ChannelNormalization(foldCase: true) merges them).", warning);
    }

    [Fact]
    public void Build_CaseFoldingAndAliases_MergeNamesWithoutWarning()
    {
        var channels = new ChannelNormalization(foldCase: true, aliases: new Dictionary<string, string> { ["AdWords"] = "google ads" });
        var build = Build(
            [Click("u", 1, "SEARCH"), Click("u", 2, " search "), Click("u", 2.5, "adwords"), Click("u", 2.6, "Google Ads")],
            [Buy("u", 3, 1m)],
            new JourneyOptions(channels: channels));
        Assert.Equal(["search > search > google ads > google ads: 1, 1, 0"], Rows(build.Table));
        Assert.Empty(build.Report.Warnings);
    }

    [Fact]
    public void Build_TimeLag_CountsWholeDaysFromTheFirstTouchInTheWindow()
    {
        // u: first touch day 0.5, purchase day 3 -> 2.5 days -> row 2. v: touch and purchase 6 h apart -> row 0.
        var build = Build([Click("u", 0.5, "a"), Click("u", 2, "b"), Click("v", 1, "a")], [Buy("u", 3, 10m), Buy("v", 1.25, 4m)]);
        Assert.Equal([0, 2], build.TimeLag.Rows.Select(r => r.Days));
        Assert.Equal([1d, 1d], build.TimeLag.Rows.Select(r => r.Conversions));
        Assert.Equal(new Money(10m, Usd), build.TimeLag.Rows[1].Value);
        Assert.Equal(0.5, build.TimeLag.Rows[0].Share);
    }

    [Fact]
    public void Build_Report_AccountsForEveryRowOfAHandWorkedLog()
    {
        // u: a(0) b(1) BUY(2) [dup BUY(2.1) same order] c(40, outside the next purchase's window) BUY(70) d(71) -> open at end 71.
        // v: BUY(5) without touches -> unknown user. w: e(10) closed (end 71 - 10 >= 28) -> null.
        var build = Build(
            [Click("u", 0, "a"), Click("u", 1, "b"), Click("u", 40, "c"), Click("u", 71, "d"), Click("w", 10, "e")],
            [Buy("u", 2, 10m, "o1"), Buy("u", 2.1, 10m, "o1"), Buy("u", 70, 3m), Buy("v", 5, 8m)]);
        var report = build.Report;
        Assert.Equal((5L, 2L, 1L, 1L, 1L), (report.TouchesRead, report.TouchesUsed, report.TouchesOutsideWindow, report.TouchesNonConverting, report.TouchesInOpenJourneys));
        Assert.Equal((4L, 1L, 1L, 1L, 1L), (report.ConversionsRead, report.ConversionsUsed, report.ConversionsDuplicate, report.ConversionsDirect, report.ConversionsUnknownUser));
        Assert.Equal(["a > b: 1, 10, 0", "e: 0, 0, 1"], Rows(build.Table));
        Assert.Equal(
            """
            rows         what happened                              count
            -----------  -----------------------------------------  -----
            touches      read                                           5
            touches      used in a converting journey                   2
            touches      outside the window                             1
            touches      in a non-converting journey                    1
            touches      in an open journey (left out)                  1
            conversions  read                                           4
            conversions  used (a touch in the window)                   1
            conversions  duplicate order id (dropped)                   1
            conversions  direct, no touch in the window (left out)      1
            conversions  unknown user, no touch at all (left out)       1
            journeys     non-converting (nulls)                         1
            journeys     open at 2026-05-11T00:00:00Z (left out)        1

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            report.ToString());
    }

    [Fact]
    public async Task BuildAsync_SameRows_GivesTheSameBuild()
    {
        TouchEvent[] touches = [Click("u", 0, "a"), Click("u", 1, "b"), View("v", 3, "c")];
        ConversionEvent[] buys = [Buy("u", 2, 10m), Buy("v", 3.5, 1m)];
        var sync = Build(touches, buys);
        var async = await JourneyBuilder.BuildAsync(touches.ToAsyncEnumerable(), buys.ToAsyncEnumerable(), Usd, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(Rows(sync.Table), Rows(async.Table));
        Assert.Equal(sync.Report, async.Report);
        Assert.Equal(sync.TimeLag, async.TimeLag);
    }

    [Fact]
    public void Build_DefaultEvents_AreRejectedNamingTheIndex()
    {
        var touch = Assert.Throws<ArgumentException>(() => Build([Click("u", 0, "a"), default], []));
        Assert.Equal("touches", touch.ParamName);
        Assert.Contains("touches[1]", touch.Message, StringComparison.Ordinal);
        var conversion = Assert.Throws<ArgumentException>(() => Build([], [default]));
        Assert.Equal("conversions", conversion.ParamName);
    }

    [Fact]
    public void Build_ConversionInAnotherCurrency_ThrowsCurrencyMismatch()
    {
        var eur = new ConversionEvent("u", Day(1), new Money(5m, Currency.Eur));
        var ex = Assert.Throws<CurrencyMismatchException>(() => Build([Click("u", 0, "a")], [eur]));
        Assert.Equal("conversions[0]", ex.ParamName);
    }
}
