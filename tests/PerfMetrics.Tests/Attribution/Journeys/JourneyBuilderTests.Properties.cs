using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using PerfMetrics.Attribution;
using static PerfMetrics.Tests.Attribution.Journeys.JourneyTestData;

namespace PerfMetrics.Tests.Attribution.Journeys;

/// <summary>A generated pair of event logs with options; small user, channel and order-id sets so that ties, duplicates, reuse and case variants occur.</summary>
public sealed record EventLogSample(TouchEvent[] Touches, ConversionEvent[] Conversions, JourneyOptions Options, int Seed)
{
    public override string ToString() =>
        $"{Options}; touches: {string.Join("; ", Touches.Select(t => t.ToString()))}; conversions: {string.Join("; ", Conversions.Select(c => c.ToString()))}";
}

public static class EventLogArbitraries
{
    private static readonly string[] Users = ["u0", "u1", "u2", "u3", "u4"];
    private static readonly string[] Channels = ["a", "b", "c", "A"];
    private static readonly string?[] Orders = [null, null, "o1", "o2", "o3"];

    public static Arbitrary<EventLogSample> Samples() => Arb.From(
        from touches in Gen.ArrayOf(
            from user in Gen.Elements(Users)
            from hour in Gen.Choose(0, 24 * 60)
            from channel in Gen.Elements(Channels)
            from kind in Gen.Elements(InteractionKind.Click, InteractionKind.Impression, InteractionKind.Unspecified)
            select new TouchEvent(user, Epoch + Duration.FromHours(hour), new Channel(channel), kind))
        from conversions in Gen.ArrayOf(
            from user in Gen.Elements(Users)
            from hour in Gen.Choose(0, 24 * 60)
            from cents in Gen.Choose(0, 10_000)
            from order in Gen.Elements(Orders)
            select new ConversionEvent(user, Epoch + Duration.FromHours(hour), Money.FromMinorUnits(cents, Usd), order))
        from clickDays in Gen.Choose(1, 40)
        from viewHours in Gen.Choose(1, 72)
        from reset in Gen.Elements(true, false)
        from excludeOpen in Gen.Elements(true, false)
        from direct in Gen.Elements(true, false)
        from end in Gen.Elements<int?>(null, 24 * 30, 24 * 70)
        from seed in Gen.Choose(0, int.MaxValue)
        select new EventLogSample(
            touches,
            conversions,
            new JourneyOptions(
                Duration.FromDays(clickDays),
                Duration.FromHours(viewHours),
                reset,
                excludeOpen,
                end is { } h ? Epoch + Duration.FromHours(h) : null,
                direct ? new Channel("direct") : null),
            seed));
}

/// <summary>Property tests of the journey builder: a brute-force oracle, row accounting, conservation, order and renaming.</summary>
public partial class JourneyBuilderTests
{
    [Property(Arbitrary = [typeof(EventLogArbitraries)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void Build_EqualsTheBruteForceOracle(EventLogSample sample)
    {
        var build = Build(sample.Touches, sample.Conversions, sample.Options);
        var (rows, counts) = Oracle(sample);
        Assert.Equal(rows, Rows(build.Table));
        var r = build.Report;
        Assert.Equal(counts, (r.TouchesUsed, r.TouchesOutsideWindow, r.TouchesNonConverting, r.TouchesInOpenJourneys, r.ConversionsUsed, r.ConversionsDuplicate, r.ConversionsDirect, r.ConversionsUnknownUser));
    }

    [Property(Arbitrary = [typeof(EventLogArbitraries)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void Build_AccountsForEveryInputRowExactlyOnce(EventLogSample sample)
    {
        var r = Build(sample.Touches, sample.Conversions, sample.Options).Report;
        Assert.Equal(sample.Touches.Length, r.TouchesRead);
        Assert.Equal(sample.Conversions.Length, r.ConversionsRead);
        Assert.Equal(r.TouchesRead, r.TouchesUsed + r.TouchesOutsideWindow + r.TouchesNonConverting + r.TouchesInOpenJourneys);
        Assert.Equal(r.ConversionsRead, r.ConversionsUsed + r.ConversionsDuplicate + r.ConversionsDirect + r.ConversionsUnknownUser);
    }

    [Property(Arbitrary = [typeof(EventLogArbitraries)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void Build_ConservesConversionsAndValue(EventLogSample sample)
    {
        // Every conversion that is not a duplicate is in the table when direct conversions get a channel; otherwise the
        // direct and unknown-user ones are missing, and nothing else. Value: the kept conversions' values, exactly.
        var build = Build(sample.Touches, sample.Conversions, sample.Options);
        var r = build.Report;
        var direct = sample.Options.DirectChannel is not null;
        Assert.Equal(r.ConversionsUsed + (direct ? r.ConversionsDirect + r.ConversionsUnknownUser : 0), build.Table.TotalConversions);
        Assert.Equal(r.NonConvertingJourneys, build.Table.TotalNulls);
        if (direct)
        {
            var kept = sample.Conversions.Where(c => c.OrderId is null).Sum(c => c.Value.Amount)
                + sample.Conversions.Where(c => c.OrderId is not null).GroupBy(c => c.OrderId).Sum(g => g.MinBy(c => (c.At, c.UserId, c.Value.Amount)).Value.Amount);
            Assert.Equal(kept, build.Table.TotalValue.Amount);
            Assert.Equal(sample.Conversions.Length - r.ConversionsDuplicate, build.Table.TotalConversions);
        }
    }

    [Property(Arbitrary = [typeof(EventLogArbitraries)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void Build_ShufflingTheInput_ChangesNothing(EventLogSample sample)
    {
        var random = new Random(sample.Seed);
        var touches = sample.Touches.ToArray();
        var conversions = sample.Conversions.ToArray();
        random.Shuffle(touches);
        random.Shuffle(conversions);
        var original = Build(sample.Touches, sample.Conversions, sample.Options);
        var shuffled = Build(touches, conversions, sample.Options);
        Assert.Equal(Rows(original.Table), Rows(shuffled.Table));
        Assert.Equal(original.Report, shuffled.Report);
        Assert.Equal(original.TimeLag, shuffled.TimeLag);
    }

    [Property(Arbitrary = [typeof(EventLogArbitraries)], MaxTest = 200 / TestProfile.PropertyRunDivisor)]
    public void Build_RenamingChannels_Commutes(EventLogSample sample)
    {
        // Renaming every channel (a prefix keeps the names' order, which breaks ties between touches at one instant)
        // renames the table's channels and changes nothing else.
        static string Rename(string name) => "ch " + name;
        var renamed = sample.Touches.Select(t => new TouchEvent(t.UserId, t.At, new Channel(Rename(t.Channel.Name)), t.Interaction)).ToArray();
        var options = sample.Options.DirectChannel is null
            ? sample.Options
            : new JourneyOptions(sample.Options.ClickWindow, sample.Options.ViewWindow, sample.Options.ResetAfterConversion, sample.Options.ExcludeOpenJourneys, sample.Options.ObservationEnd, new Channel(Rename("direct")));
        var original = Build(sample.Touches, sample.Conversions, sample.Options);
        var after = Build(renamed, sample.Conversions, options);
        var expected = original.Table.Rows
            .Select(row => string.Join(" > ", row.Path.Select(c => Rename(c.Name))) + $": {row.Conversions}, {row.Value.Amount}, {row.Nulls}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, Rows(after.Table));
        Assert.Equal(original.Report.TouchesUsed, after.Report.TouchesUsed);
    }

    /// <summary>
    /// The rules of the issue written out directly over instants, one conversion at a time (no grouping arrays, no
    /// pointers): the candidate touches of a conversion at c are the user's touches t with t &lt;= c, after the previous
    /// kept conversion when journeys reset, and c - t within the touch's window.
    /// </summary>
    private static (string[] Rows, (long, long, long, long, long, long, long, long) Counts) Oracle(EventLogSample sample)
    {
        var o = sample.Options;
        Duration Window(TouchEvent t) => t.Interaction == InteractionKind.Impression ? o.ViewWindow : o.ClickWindow;
        var end = o.ObservationEnd ?? sample.Touches.Select(t => t.At).Concat(sample.Conversions.Select(c => c.At)).DefaultIfEmpty(Instant.MinValue).Max();
        var keptOrders = sample.Conversions.Where(c => c.OrderId is not null).GroupBy(c => c.OrderId!)
            .ToDictionary(g => g.Key, g => g.MinBy(c => (c.At, c.UserId, c.Value.Amount)));
        var duplicates = 0L;
        var kept = new List<ConversionEvent>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in sample.Conversions)
        {
            if (c.OrderId is { } id && (keptOrders[id] != c || !claimed.Add(id)))
            {
                duplicates++;
                continue;
            }

            kept.Add(c);
        }

        var rows = new List<(string Path, int Conversions, decimal Value, int Nulls)>();
        long used = 0, outside = 0, nonConverting = 0, open = 0, usedConversions = 0, direct = 0, unknown = 0;
        foreach (var user in sample.Touches.Select(t => t.UserId).Concat(kept.Select(c => c.UserId)).Distinct())
        {
            var touches = sample.Touches.Where(t => t.UserId == user)
                .OrderBy(t => t.At).ThenBy(t => t.Channel.Name, StringComparer.Ordinal).ThenBy(t => t.Interaction == InteractionKind.Impression).ToList();
            var buys = kept.Where(c => c.UserId == user).OrderBy(c => c.At).ThenBy(c => c.OrderId, StringComparer.Ordinal).ThenBy(c => c.Value.Amount).ToList();
            var usedSet = new HashSet<int>();
            Instant? previous = null;
            foreach (var c in buys)
            {
                var path = Enumerable.Range(0, touches.Count)
                    .Where(i => touches[i].At <= c.At && (!o.ResetAfterConversion || previous is null || touches[i].At > previous) && c.At - touches[i].At <= Window(touches[i]))
                    .ToList();
                previous = c.At;
                usedSet.UnionWith(path);
                if (path.Count > 0)
                {
                    usedConversions++;
                    rows.Add((string.Join(" > ", path.Select(i => touches[i].Channel.Name)), 1, c.Value.Amount, 0));
                    continue;
                }

                if (touches.Count == 0)
                {
                    unknown++;
                }
                else
                {
                    direct++;
                }

                if (o.DirectChannel is { } d)
                {
                    rows.Add((d.Name, 1, c.Value.Amount, 0));
                }
            }

            var rest = touches.Where(t => previous is null || t.At > previous).ToList();
            used += usedSet.Count;
            outside += touches.Count - rest.Count - usedSet.Count;
            if (rest.Count > 0)
            {
                var isOpen = rest.Any(t => end - t.At < Window(t));
                if (isOpen && o.ExcludeOpenJourneys)
                {
                    open += rest.Count;
                }
                else
                {
                    nonConverting += rest.Count;
                    rows.Add((string.Join(" > ", rest.Select(t => t.Channel.Name)), 0, 0m, 1));
                }
            }
        }

        var table = rows.GroupBy(r => r.Path, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Sum(r => r.Conversions)}, {g.Sum(r => r.Value)}, {g.Sum(r => r.Nulls)}")
            .Order(StringComparer.Ordinal)
            .ToArray();
        return (table, (used, outside, nonConverting, open, usedConversions, duplicates, direct, unknown));
    }
}
