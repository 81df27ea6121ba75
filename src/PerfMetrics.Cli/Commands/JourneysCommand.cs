using System.CommandLine;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Attribution;
using PerfMetrics.Cli.Input;
using PerfMetrics.Cli.Output;

namespace PerfMetrics.Cli.Commands;

/// <summary>
/// <c>perfmetrics journeys</c>: two event logs, touchpoints and conversions (<see cref="JourneyCsv"/>), to journeys
/// (<see cref="JourneyBuilder.Build"/> with the lookback windows of <see cref="JourneyOptions"/>), then the same model
/// comparison and channel reports as <c>attribution</c>, the build report (every row accounted for) and, on request, the
/// journey reports (top paths, path length, time lag, assisted conversions).
/// </summary>
internal sealed class JourneysCommand : CliCommand
{
    private static readonly string[] ReportNames = ["top-paths", "path-length", "time-lag", "assisted"];

    private readonly Argument<string> _touches = new("touches.csv") { Description = "The touchpoint log (user_id,timestamp,channel[,interaction]); - reads standard input." };
    private readonly Argument<string> _conversions = new("conversions.csv") { Description = "The conversion log (user_id,timestamp,value[,order id])." };
    private readonly Option<Currency?> _currency = Values.Currency("--currency", "Currency of the conversion values (USD).");
    private readonly Option<string> _user = Column("--user-column", "user_id", "Column of the user id, in both logs.");
    private readonly Option<string> _time = Column("--time-column", "timestamp", "Column of the ISO 8601 instant, in both logs.");
    private readonly Option<string> _channel = Column("--channel-column", "channel", "Column of the channel, in the touchpoint log.");
    private readonly Option<string?> _interaction = new("--interaction-column") { Description = "Column of the interaction (click or view), in the touchpoint log; without it every touch is a click.", HelpName = "NAME" };
    private readonly Option<string> _value = Column("--value-column", "value", "Column of the conversion value, in the conversion log.");
    private readonly Option<string?> _order = new("--order-column") { Description = "Column of the order id, in the conversion log: a repeated order counts once.", HelpName = "NAME" };
    private readonly Option<decimal?> _clickWindow = Values.Decimal("--click-window", "Days before a conversion a click still counts (default 28).", "DAYS");
    private readonly Option<decimal?> _viewWindow = Values.Decimal("--view-window", "Days before a conversion a view still counts (default 1).", "DAYS");
    private readonly Option<bool> _noReset = new("--no-reset") { Description = "Every conversion takes every touch in its window (by default a conversion closes its journey)." };
    private readonly Option<bool> _includeOpen = new("--include-open") { Description = "Count journeys that could still convert at the end as non-converting (by default they are left out)." };
    private readonly Option<Instant?> _end = InstantOption("--end", "When observation ended, ISO 8601 (2026-03-31T00:00:00Z; default: the latest event).");
    private readonly Option<string?> _direct = new("--direct") { Description = "Channel credited with conversions that have no touch in their window (direct); by default they are left out and counted.", HelpName = "CHANNEL" };
    private readonly Option<bool> _foldCase = new("--fold-case") { Description = "Channel names that differ only in case are one channel." };
    private readonly Option<string?> _zone = new("--time-zone") { Description = "IANA time zone of timestamps written without an offset (Europe/Paris); by default they are an error.", HelpName = "ZONE" };
    private readonly Option<string?> _reports = new("--reports") { Description = $"Journey reports to add, comma-separated: {string.Join(", ", ReportNames)}, or all.", HelpName = "LIST" };
    private readonly Option<int?> _top = Values.Integer("--top", "Paths in the top-paths report (default 10).");
    private readonly AttributionChoices _choices = new();

    /// <inheritdoc/>
    internal override string Name => "journeys";

    /// <inheritdoc/>
    internal override string Description =>
        "Attribution from two event logs (touchpoints, conversions): journeys with lookback windows, the model comparison, the journey reports.";

    /// <inheritdoc/>
    internal override IReadOnlyList<OutputFormat> Formats => AllFormats;

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _currency.Required = true;
        command.Arguments.Add(_touches);
        command.Arguments.Add(_conversions);
        command.Options.Add(_currency);
        _choices.AddTo(command);
        foreach (var option in new Option[] { _reports, _top, _clickWindow, _viewWindow, _noReset, _includeOpen, _end, _direct, _foldCase, _user, _time, _channel, _interaction, _value, _order, _zone })
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var currency = Values.Required(result, _currency);
        var models = _choices.Models(result);
        var (spends, margin) = _choices.Spend(result);
        var reports = Reports(result.GetValue(_reports));
        var top = result.GetValue(_top);
        if (top is not null && !reports.Contains("top-paths"))
        {
            throw new UsageException("--top applies to the top-paths report: add --reports top-paths.");
        }

        DateTimeZone? zone = null;
        if (result.GetValue(_zone) is { } zoneId)
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? throw new UsageException($"--time-zone must be an IANA time zone such as Europe/Paris, was \"{zoneId}\".");
        }

        var options = new JourneyOptions(
            clickWindow: Days(result.GetValue(_clickWindow)),
            viewWindow: Days(result.GetValue(_viewWindow)),
            resetAfterConversion: !result.GetValue(_noReset),
            excludeOpenJourneys: !result.GetValue(_includeOpen),
            observationEnd: result.GetValue(_end),
            directChannel: result.GetValue(_direct) is { } direct ? new Channel(direct) : null,
            channels: result.GetValue(_foldCase) ? new ChannelNormalization(foldCase: true) : null);
        var user = result.GetValue(_user)!;
        var time = result.GetValue(_time)!;
        var touchColumns = new TouchCsvColumns(userId: user, timestamp: time, channel: result.GetValue(_channel)!, interaction: result.GetValue(_interaction));
        var conversionColumns = new ConversionCsvColumns(userId: user, timestamp: time, value: result.GetValue(_value)!, orderId: result.GetValue(_order));

        IReadOnlyList<TouchEvent> touches;
        using (var file = InputFile.Open(result.GetValue(_touches)!, console))
        using (Progress.Start(console, $"reading {file.Name}", file.Fraction))
        {
            touches = file.Read(reader => WithOptionNames(() => JourneyCsv.ReadTouches(reader, touchColumns, zone)));
        }

        IReadOnlyList<ConversionEvent> conversions;
        using (var file = InputFile.Open(result.GetValue(_conversions)!, console))
        using (Progress.Start(console, $"reading {file.Name}", file.Fraction))
        {
            conversions = file.Read(reader => WithOptionNames(() => JourneyCsv.ReadConversions(reader, currency, conversionColumns, zone)));
        }

        JourneyBuild build;
        using (Progress.Start(console, "building journeys"))
        {
            build = JourneyBuilder.Build(touches, conversions, currency, options);
        }

        var output = AttributionOutput.Of(build.Table, models, spends, margin, console);
        output.Before.Add(("Journeys:", build.Report.ToString(), build.Report.ToMarkdown()));
        var topPaths = reports.Contains("top-paths") ? TopPathsReport.Of(build.Table, top ?? 10) : null;
        var pathLength = reports.Contains("path-length") ? PathLengthReport.Of(build.Table) : null;
        var timeLag = reports.Contains("time-lag") ? build.TimeLag : null;
        var assisted = reports.Contains("assisted") ? AssistedConversionsReport.Of(build.Table) : null;
        if (topPaths is not null)
        {
            output.After.Add(("Top paths:", topPaths.ToString(), topPaths.ToMarkdown()));
        }

        if (pathLength is not null)
        {
            output.After.Add(("Path length:", pathLength.ToString(), pathLength.ToMarkdown()));
        }

        if (timeLag is not null)
        {
            output.After.Add(("Time lag:", timeLag.ToString(), timeLag.ToMarkdown()));
        }

        if (assisted is not null)
        {
            output.After.Add(("Assisted conversions:", assisted.ToString(), assisted.ToMarkdown()));
        }

        var report = build.Report;
        var buildJson = new JourneyBuildJson(
            report.TouchesRead, report.TouchesUsed, report.TouchesOutsideWindow, report.TouchesNonConverting, report.TouchesInOpenJourneys,
            report.ConversionsRead, report.ConversionsUsed, report.ConversionsDirect, report.ConversionsDuplicate, report.ConversionsUnknownUser,
            report.NonConvertingJourneys, report.OpenJourneys, InstantPattern.ExtendedIso.Format(report.ObservationEnd), report.DirectChannel?.Name, report.Warnings);
        output.JsonWriter = o => JsonSerializer.Serialize(
            new JourneysJson(buildJson, o.Comparison, o.Reports, topPaths, pathLength, timeLag, assisted),
            CliJsonContext.Default.JourneysJson);
        return output;
    }

    /// <summary>Runs a reader; its message names the library's parameter for the zone, which is --time-zone here.</summary>
    private static T WithOptionNames<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (FormatException e) when (e.Message.Contains("(timeZone)", StringComparison.Ordinal))
        {
            throw new FormatException(e.Message.Replace("(timeZone)", "(--time-zone)", StringComparison.Ordinal), e);
        }
    }

    private static Option<string> Column(string name, string defaultName, string description) =>
        new(name) { Description = description, HelpName = "NAME", DefaultValueFactory = _ => defaultName };

    private static Option<Instant?> InstantOption(string name, string description) =>
        new(name)
        {
            Description = description,
            HelpName = "INSTANT",
            CustomParser = r =>
            {
                var text = r.Tokens[0].Value;
                var parsed = OffsetDateTimePattern.ExtendedIso.Parse(text);
                if (parsed.Success)
                {
                    return parsed.Value.ToInstant();
                }

                r.AddError($"{name} must be an ISO 8601 instant with an offset such as 2026-03-31T00:00:00Z, was \"{text}\".");
                return null;
            },
        };

    private static Duration? Days(decimal? days) => days is { } d ? Duration.FromTicks(decimal.ToInt64(decimal.Round(d * NodaConstants.TicksPerDay))) : null;

    private static HashSet<string> Reports(string? list)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in (list ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = name.ToLowerInvariant();
            if (lower == "all")
            {
                names.UnionWith(ReportNames);
            }
            else if (ReportNames.Contains(lower))
            {
                names.Add(lower);
            }
            else
            {
                throw new UsageException($"--reports: unknown report \"{name}\"; the reports are {string.Join(", ", ReportNames)}, or all.");
            }
        }

        return names;
    }
}

/// <summary>The JSON of <c>perfmetrics journeys</c>.</summary>
/// <param name="Build">What the builder did with every row.</param>
/// <param name="Comparison">The model comparison.</param>
/// <param name="Reports">The channel reports, with spend.</param>
/// <param name="TopPaths">The top-paths report, when asked for.</param>
/// <param name="PathLength">The path-length report, when asked for.</param>
/// <param name="TimeLag">The time-lag report, when asked for.</param>
/// <param name="Assisted">The assisted-conversions report, when asked for.</param>
internal sealed record JourneysJson(
    JourneyBuildJson Build,
    ModelComparison Comparison,
    IReadOnlyList<ChannelReport>? Reports,
    TopPathsReport? TopPaths,
    PathLengthReport? PathLength,
    TimeLagReport? TimeLag,
    AssistedConversionsReport? Assisted);

/// <summary>The counts of <see cref="JourneyBuildReport"/>, for JSON (the library stores no build report).</summary>
/// <param name="TouchesRead">Touch rows read.</param>
/// <param name="TouchesUsed">Touches in a converting journey.</param>
/// <param name="TouchesOutsideWindow">Touches outside every lookback window.</param>
/// <param name="TouchesNonConverting">Touches in non-converting journeys.</param>
/// <param name="TouchesInOpenJourneys">Touches in open journeys (left out).</param>
/// <param name="ConversionsRead">Conversion rows read.</param>
/// <param name="ConversionsUsed">Conversions in the table.</param>
/// <param name="ConversionsDirect">Conversions without a touch in their window.</param>
/// <param name="ConversionsDuplicate">Repeated order ids.</param>
/// <param name="ConversionsUnknownUser">Conversions of users without a touch.</param>
/// <param name="NonConvertingJourneys">Non-converting journeys (nulls).</param>
/// <param name="OpenJourneys">Open journeys left out.</param>
/// <param name="ObservationEnd">The observation end, ISO 8601.</param>
/// <param name="DirectChannel">The direct channel, if any.</param>
/// <param name="Warnings">The builder's warnings.</param>
internal sealed record JourneyBuildJson(
    long TouchesRead,
    long TouchesUsed,
    long TouchesOutsideWindow,
    long TouchesNonConverting,
    long TouchesInOpenJourneys,
    long ConversionsRead,
    long ConversionsUsed,
    long ConversionsDirect,
    long ConversionsDuplicate,
    long ConversionsUnknownUser,
    long NonConvertingJourneys,
    long OpenJourneys,
    string ObservationEnd,
    string? DirectChannel,
    IReadOnlyList<string> Warnings);
