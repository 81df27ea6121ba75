using System.CommandLine;
using System.Text;
using System.Text.Json;
using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Cli.Input;
using PerfMetrics.Cli.Output;

namespace PerfMetrics.Cli.Commands;

/// <summary>
/// <c>perfmetrics attribution</c>: a path-table CSV (<see cref="PathTable.ReadCsv"/>, the ChannelAttribution layout) to
/// the model comparison of <see cref="AttributionEngine.Compare(PathTable, IEnumerable{IAttributionModel})"/>, and with
/// spend per channel the <see cref="ChannelReport"/> of each model.
/// </summary>
internal sealed class AttributionCommand : CliCommand
{
    private readonly Argument<string> _file = new("paths.csv") { Description = "The path table (path,total_conversions[,total_conversion_value][,total_null]); - reads standard input." };
    private readonly Option<Currency?> _currency = Values.Currency("--currency", "Currency of the conversion values (USD).");
    private readonly Option<string> _separator = new("--separator")
    {
        Description = "Text between channels in a path.",
        HelpName = "TEXT",
        DefaultValueFactory = _ => " > ",
    };

    private readonly AttributionChoices _choices = new();

    /// <inheritdoc/>
    internal override string Name => "attribution";

    /// <inheritdoc/>
    internal override string Description =>
        "Attribution models compared on a path-table CSV (first, last, linear, Markov, ...), with a channel report per model given spend.";

    /// <inheritdoc/>
    internal override IReadOnlyList<OutputFormat> Formats => AllFormats;

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _currency.Required = true;
        command.Arguments.Add(_file);
        command.Options.Add(_currency);
        _choices.AddTo(command);
        command.Options.Add(_separator);
    }

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var currency = Values.Required(result, _currency);
        var models = _choices.Models(result);
        var (spends, margin) = _choices.Spend(result);
        var path = result.GetValue(_file)!;
        PathTable table;
        using (var file = InputFile.Open(path, console))
        using (Progress.Start(console, $"reading {file.Name}", file.Fraction))
        {
            table = file.Read(reader => PathTable.ReadCsv(reader, currency, result.GetValue(_separator) ?? " > "));
        }

        return AttributionOutput.Of(table, models, spends, margin, console);
    }
}

/// <summary>
/// The options that choose the models and the channel report, shared by <c>attribution</c> (a path table) and
/// <c>journeys</c> (event logs), so both spell them the same way.
/// </summary>
internal sealed class AttributionChoices
{
    /// <summary>The models compared when <c>--models</c> is not given.</summary>
    internal const string DefaultModels = "first,last,linear,markov";

    private static readonly string[] ModelNames = ["first", "last", "last-non-direct", "linear", "position", "simplified-shapley", "shapley", "markov"];

    // Spend records need a period; the channel report sums the amounts per channel and never reads it.
    private static readonly DateInterval SpendPeriod = new(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1));

    private readonly Option<string> _models = new("--models", "-m")
    {
        Description = $"Models to compare, comma-separated: {string.Join(", ", ModelNames)}.",
        HelpName = "LIST",
        DefaultValueFactory = _ => DefaultModels,
    };

    private readonly Option<int?> _order = Values.Integer("--order", "Markov order, 1 to 4 (default 1).", "1-4");

    private readonly Option<string[]> _spend = new("--spend")
    {
        Description = "Spend of one channel, channel=AMOUNT (search=300USD); repeat per channel. Adds a channel report per model.",
        HelpName = "CHANNEL=AMOUNT",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<Money?> _margin = Values.Money("--margin", "Margin per conversion, with --spend: adds the verdict per channel (38USD).");

    /// <summary>Adds the options to a command.</summary>
    internal void AddTo(Command command)
    {
        foreach (var option in new Option[] { _models, _order, _spend, _margin })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The models named by <c>--models</c>, in the order given.</summary>
    internal IAttributionModel[] Models(ParseResult result)
    {
        var order = result.GetValue(_order);
        var names = (result.GetValue(_models) ?? DefaultModels).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            throw new UsageException($"--models must name at least one model: {string.Join(", ", ModelNames)}.");
        }

        if (order is not null && !names.Contains("markov", StringComparer.OrdinalIgnoreCase))
        {
            throw new UsageException("--order applies to the Markov model: add markov to --models.");
        }

        var models = new IAttributionModel[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            models[i] = names[i].ToLowerInvariant() switch
            {
                "first" => AttributionModels.FirstTouch,
                "last" => AttributionModels.LastTouch,
                "last-non-direct" => AttributionModels.LastNonDirect(),
                "linear" => AttributionModels.Linear,
                "position" => AttributionModels.PositionBased(),
                "simplified-shapley" => AttributionModels.SimplifiedShapley,
                "shapley" => AttributionModels.Shapley,
                "markov" => AttributionModels.Markov(new MarkovOptions(order: order ?? 1)),
                _ => throw new UsageException($"--models: unknown model \"{names[i]}\"; the models are {string.Join(", ", ModelNames)}."),
            };
        }

        return models;
    }

    /// <summary>The spend per channel (empty without <c>--spend</c>) and the margin per conversion.</summary>
    internal (Spend[] Spends, Money? Margin) Spend(ParseResult result)
    {
        var spendTexts = result.GetValue(_spend) ?? [];
        var margin = result.GetValue(_margin);
        if (margin is not null && spendTexts.Length == 0)
        {
            throw new UsageException("--margin applies to the channel report: add the spend per channel with --spend channel=AMOUNT.");
        }

        return (spendTexts.Select(ParseSpend).ToArray(), margin);
    }

    private static Spend ParseSpend(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new UsageException($"--spend must be channel=AMOUNT such as search=300USD, was \"{text}\".");
        }

        var amountText = text[(equals + 1)..].Trim();
        var amount = Values.TryParseMoney(amountText) ?? throw new UsageException($"--spend must be channel=AMOUNT such as search=300USD, was \"{text}\".");
        return new Spend(new Channel(text[..equals].Trim()), amount, SpendPeriod);
    }
}

/// <summary>
/// What <c>attribution</c> and <c>journeys</c> print: optional sections before the comparison (the journey build
/// report), the model comparison, the channel report of each model given spend, and optional sections after it (the
/// journey reports). CSV is the library's long-form CSV of the comparison, or with spend the channel reports with a
/// leading <c>model</c> column: one table per output, so a spreadsheet reads it.
/// </summary>
internal sealed class AttributionOutput : CommandOutput
{
    private readonly ModelComparison _comparison;
    private readonly ChannelReport[]? _reports;

    private AttributionOutput(ModelComparison comparison, ChannelReport[]? reports)
    {
        _comparison = comparison;
        _reports = reports;
    }

    /// <summary>Gets the comparison.</summary>
    internal ModelComparison Comparison => _comparison;

    /// <summary>Gets the channel reports, or null without spend.</summary>
    internal IReadOnlyList<ChannelReport>? Reports => _reports;

    /// <summary>Gets the sections printed before the comparison (text and Markdown).</summary>
    internal List<(string Title, string Text, string Markdown)> Before { get; } = [];

    /// <summary>Gets the sections printed after the comparison and the channel reports (text and Markdown).</summary>
    internal List<(string Title, string Text, string Markdown)> After { get; } = [];

    /// <summary>Gets or sets the JSON of the whole output (the journeys command adds its reports).</summary>
    internal Func<AttributionOutput, string>? JsonWriter { get; set; }

    /// <summary>Compares the models on the table and joins each result with the spend.</summary>
    internal static AttributionOutput Of(PathTable table, IAttributionModel[] models, Spend[] spends, Money? margin, CliConsole console)
    {
        ModelComparison comparison;
        using (Progress.Start(console, "attributing"))
        {
            comparison = AttributionEngine.Compare(table, models);
        }

        var reports = spends.Length == 0
            ? null
            : comparison.Results.Select(r => ChannelReport.Of(r, spends, margin)).ToArray();
        return new AttributionOutput(comparison, reports);
    }

    internal override string Text()
    {
        var text = new StringBuilder();
        foreach (var (title, body, _) in Before)
        {
            text.Append(title).Append('\n').Append(body.TrimEnd('\n')).Append("\n\n");
        }

        text.Append(_comparison.ToString());
        foreach (var report in _reports ?? [])
        {
            text.Append('\n').Append(report.ToString());
        }

        foreach (var (title, body, _) in After)
        {
            text.Append('\n').Append(title).Append('\n').Append(body.TrimEnd('\n')).Append('\n');
        }

        return text.ToString();
    }

    internal override string Markdown()
    {
        var text = new StringBuilder();
        foreach (var (title, _, markdown) in Before)
        {
            text.Append("**").Append(title.TrimEnd(':')).Append("**\n\n").Append(markdown.TrimEnd('\n')).Append("\n\n");
        }

        text.Append(_comparison.ToMarkdown());
        foreach (var report in _reports ?? [])
        {
            text.Append("\n**").Append(report.ModelName).Append("**\n\n").Append(report.ToMarkdown());
        }

        foreach (var (title, _, markdown) in After)
        {
            text.Append("\n**").Append(title.TrimEnd(':')).Append("**\n\n").Append(markdown.TrimEnd('\n')).Append('\n');
        }

        return text.ToString();
    }

    internal override string Csv()
    {
        if (_reports is null)
        {
            return _comparison.ToCsv();
        }

        var csv = new StringBuilder();
        for (var i = 0; i < _reports.Length; i++)
        {
            var records = CsvLines.Records(_reports[i].ToCsv());
            if (i == 0)
            {
                csv.Append("model,").Append(records[0]).Append('\n');
            }

            foreach (var record in records.Skip(1))
            {
                csv.Append(CsvLines.Quote(_reports[i].ModelName)).Append(',').Append(record).Append('\n');
            }
        }

        return csv.ToString();
    }

    internal override string Json() =>
        JsonWriter is { } writer ? writer(this) : JsonSerializer.Serialize(new AttributionJson(_comparison, _reports), CliJsonContext.Default.AttributionJson);
}

/// <summary>The JSON of <c>perfmetrics attribution</c>: the comparison, and the channel reports when spend was given.</summary>
/// <param name="Comparison">The model comparison.</param>
/// <param name="Reports">One channel report per model, or null without spend.</param>
internal sealed record AttributionJson(ModelComparison Comparison, IReadOnlyList<ChannelReport>? Reports);
