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
    /// <summary>The models compared when <c>--models</c> is not given.</summary>
    internal const string DefaultModels = "first,last,linear,markov";

    private static readonly string[] ModelNames = ["first", "last", "last-non-direct", "linear", "position", "simplified-shapley", "shapley", "markov"];

    // Spend records need a period; the channel report sums the amounts per channel and never reads it.
    private static readonly DateInterval SpendPeriod = new(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1));

    private readonly Argument<string> _file = new("paths.csv") { Description = "The path table (path,total_conversions[,total_conversion_value][,total_null]); - reads standard input." };
    private readonly Option<Currency?> _currency = Values.Currency("--currency", "Currency of the conversion values (USD).");
    private readonly Option<string> _models = new("--models", "-m")
    {
        Description = $"Models to compare, comma-separated: {string.Join(", ", ModelNames)}.",
        HelpName = "LIST",
        DefaultValueFactory = _ => DefaultModels,
    };

    private readonly Option<int?> _order = Values.Integer("--order", "Markov order, 1 to 4 (default 1).", "1-4");
    private readonly Option<string> _separator = new("--separator")
    {
        Description = "Text between channels in a path.",
        HelpName = "TEXT",
        DefaultValueFactory = _ => " > ",
    };

    private readonly Option<string[]> _spend = new("--spend")
    {
        Description = "Spend of one channel, channel=AMOUNT (search=300USD); repeat per channel. Adds a channel report per model.",
        HelpName = "CHANNEL=AMOUNT",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<Money?> _margin = Values.Money("--margin", "Margin per conversion, with --spend: adds the verdict per channel (38USD).");

    /// <inheritdoc/>
    internal override string Name => "attribution";

    /// <inheritdoc/>
    internal override string Description =>
        "Attribution models compared on a path-table CSV (first, last, linear, Markov, ...), with a channel report per model given spend.";

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _currency.Required = true;
        command.Arguments.Add(_file);
        foreach (var option in new Option[] { _currency, _models, _order, _separator, _spend, _margin })
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var currency = Values.Required(result, _currency);
        var order = result.GetValue(_order);
        var models = Models(result.GetValue(_models) ?? DefaultModels, order);
        var spendTexts = result.GetValue(_spend) ?? [];
        var margin = result.GetValue(_margin);
        if (margin is not null && spendTexts.Length == 0)
        {
            throw new UsageException("--margin applies to the channel report: add the spend per channel with --spend channel=AMOUNT.");
        }

        var spends = spendTexts.Select(Spend).ToArray();
        var path = result.GetValue(_file)!;
        PathTable table;
        using (var file = InputFile.Open(path, console))
        using (Progress.Start(console, $"reading {file.Name}", file.Fraction))
        {
            try
            {
                table = PathTable.ReadCsv(file.Reader, currency, result.GetValue(_separator) ?? " > ");
            }
            catch (FormatException e)
            {
                throw new InputException($"{file.Name}: {e.Message}", e);
            }
        }

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

    private static IAttributionModel[] Models(string list, int? order)
    {
        var names = list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
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

    private static Spend Spend(string text)
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

    private sealed class AttributionOutput(ModelComparison comparison, ChannelReport[]? reports) : CommandOutput
    {
        internal override string Text()
        {
            var text = new StringBuilder(comparison.ToString());
            foreach (var report in reports ?? [])
            {
                text.Append('\n').Append(report.ToString());
            }

            return text.ToString();
        }

        internal override string Markdown()
        {
            var text = new StringBuilder(comparison.ToMarkdown());
            foreach (var report in reports ?? [])
            {
                text.Append("\n**").Append(report.ModelName).Append("**\n\n").Append(report.ToMarkdown());
            }

            return text.ToString();
        }

        internal override string Json() =>
            JsonSerializer.Serialize(new AttributionJson(comparison, reports), CliJsonContext.Default.AttributionJson);
    }
}

/// <summary>The JSON of <c>perfmetrics attribution</c>: the comparison, and the channel reports when spend was given.</summary>
/// <param name="Comparison">The model comparison.</param>
/// <param name="Reports">One channel report per model, or null without spend.</param>
internal sealed record AttributionJson(ModelComparison Comparison, IReadOnlyList<ChannelReport>? Reports);
