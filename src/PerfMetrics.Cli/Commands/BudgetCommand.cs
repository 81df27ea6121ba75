using System.CommandLine;
using System.Text.Json;
using PerfMetrics.Budget;
using PerfMetrics.Cli.Input;
using PerfMetrics.Cli.Output;

namespace PerfMetrics.Cli.Commands;

/// <summary>
/// <c>perfmetrics budget</c>: response curves from a CSV or JSON file (<see cref="CurveFile"/>) to the allocation of a
/// budget (<see cref="BudgetAllocator.Allocate"/>) and, given a margin rate, the profit-maximising budget
/// (<see cref="BudgetAllocator.MaximizeProfit"/>).
/// </summary>
internal sealed class BudgetCommand : CliCommand
{
    private readonly Argument<string> _file = new("curves.csv") { Description = "The curves, one per channel: CSV, or JSON when the name ends in .json; - reads CSV from standard input." };
    private readonly Option<Currency?> _currency = Values.Currency("--currency", "Currency of the amounts in the file (USD).");
    private readonly Option<Money?> _budget = Values.Money("--budget", "The budget to split across the channels (18000USD).");
    private readonly Option<decimal?> _marginRate = Values.Decimal("--margin-rate", "Margin as a fraction of the response: adds the profit-maximising budget (0.4).", "RATE");
    private readonly Option<int?> _grid = Values.Integer("--grid-steps", "Steps of the grid search of S-shaped curves (default 1000).");

    /// <inheritdoc/>
    internal override string Name => "budget";

    /// <inheritdoc/>
    internal override string Description => "Budget allocation over response curves (CSV or JSON) and the profit-maximising budget.";

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _currency.Required = true;
        command.Arguments.Add(_file);
        foreach (var option in new Option[] { _currency, _budget, _marginRate, _grid })
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc/>
    internal override IReadOnlyList<OutputFormat> FormatsFor(ParseResult result) =>
        (result.GetValue(_budget) is null, result.GetValue(_marginRate) is null) switch
        {
            (false, true) => AllFormats, // the allocation alone: every format
            (true, false) => [OutputFormat.Text, OutputFormat.Csv, OutputFormat.Json], // the profit plan alone: no Markdown writer
            _ => TextJson, // both: one CSV or Markdown table cannot hold them
        };

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var currency = Values.Required(result, _currency);
        var budget = result.GetValue(_budget);
        var marginRate = result.GetValue(_marginRate);
        if (budget is null && marginRate is null)
        {
            throw new UsageException("give --budget AMOUNT to split a budget, --margin-rate RATE to find the profit-maximising budget, or both.");
        }

        var options = result.GetValue(_grid) is { } steps ? new AllocationOptions(gridSteps: steps) : null;
        var path = result.GetValue(_file)!;
        List<BudgetChannel> channels;
        using (var file = InputFile.Open(path, console))
        {
            channels = file.Read(reader => path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? CurveFile.ReadJson(reader, currency) : CurveFile.ReadCsv(reader, currency));
        }

        if (channels.Count == 0)
        {
            throw new InputException($"{path}: the file has no curve.");
        }

        BudgetAllocation? allocation = null;
        ProfitPlan? plan = null;
        using (Progress.Start(console, "allocating"))
        {
            if (budget is { } b)
            {
                allocation = BudgetAllocator.Allocate(channels, b, options);
            }

            if (marginRate is { } m)
            {
                plan = BudgetAllocator.MaximizeProfit(channels, m, options);
            }
        }

        return new BudgetOutput(allocation, plan);
    }

    private sealed class BudgetOutput(BudgetAllocation? allocation, ProfitPlan? plan) : CommandOutput
    {
        internal override string Text() =>
            string.Join('\n', new[] { allocation?.ToString(), plan?.ToString() }.Where(t => t is not null).Select(t => t!.TrimEnd('\n') + "\n"));

        internal override string Markdown() => allocation!.ToMarkdown();

        internal override string Csv() => allocation?.ToCsv() ?? plan!.ToCsv();

        internal override string Json() => JsonSerializer.Serialize(new BudgetJson(allocation, plan), CliJsonContext.Default.BudgetJson);
    }
}

/// <summary>The JSON of <c>perfmetrics budget</c>.</summary>
/// <param name="Allocation">The allocation of <c>--budget</c>, or null.</param>
/// <param name="ProfitPlan">The profit-maximising plan of <c>--margin-rate</c>, or null.</param>
internal sealed record BudgetJson(BudgetAllocation? Allocation, ProfitPlan? ProfitPlan);
