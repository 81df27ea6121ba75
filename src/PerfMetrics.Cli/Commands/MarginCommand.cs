using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PerfMetrics.Cli.Output;
using PerfMetrics.Internal;
using PerfMetrics.Metrics;

namespace PerfMetrics.Cli.Commands;

/// <summary>
/// <c>perfmetrics margin</c>: spend, sales and the margin per sale to the CPA, the profit per sale, the total profit and
/// the verdict, with <see cref="CpaVersusMargin"/>. The margin per sale is given (<c>--margin 38USD</c>) or is the
/// break-even CPA of an order value and a margin rate (<see cref="BreakEvenCpa"/>: <c>--aov 100USD --margin-rate 0.38</c>).
/// </summary>
internal sealed class MarginCommand : CliCommand
{
    private readonly Option<SpendValue?> _spend = Values.Spend("--spend", "What was spent: a total (350USD) or per day (50USD/day, with --days).");
    private readonly Option<decimal?> _days = Values.Decimal("--days", "Days of spend, with a per-day --spend.", "DAYS");
    private readonly Option<decimal?> _sales = Values.Decimal("--sales", "Sales (acquisitions) the spend brought; may be fractional (attributed).", "SALES");
    private readonly Option<Money?> _margin = Values.Money("--margin", "Margin one sale earns before advertising (38USD).");
    private readonly Option<Money?> _aov = Values.Money("--aov", "Average order value, with --margin-rate instead of --margin (100USD).");
    private readonly Option<decimal?> _marginRate = Values.Decimal("--margin-rate", "Margin as a fraction of the order value, with --aov (0.38).", "RATE");

    /// <inheritdoc/>
    internal override string Name => "margin";

    /// <inheritdoc/>
    internal override string Description =>
        "CPA versus margin: spend, sales and margin per sale to CPA, profit per sale, total profit and verdict.";

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _spend.Required = true;
        _sales.Required = true;
        foreach (var option in new Option[] { _spend, _days, _sales, _margin, _aov, _marginRate })
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var spendValue = Values.Required(result, _spend);
        var days = result.GetValue(_days);
        Money spend;
        if (spendValue.PerDay)
        {
            spend = spendValue.Amount * (days ?? throw new UsageException("--spend per day needs --days: --spend 50USD/day --days 7."));
        }
        else
        {
            if (days is not null)
            {
                throw new UsageException("--days applies to a per-day spend: write --spend 50USD/day --days 7, or the total --spend 350USD alone.");
            }

            spend = spendValue.Amount;
        }

        var sales = Values.Required(result, _sales);
        var margin = result.GetValue(_margin);
        var aov = result.GetValue(_aov);
        var rate = result.GetValue(_marginRate);
        Money unitMargin;
        if (margin is { } m)
        {
            if (aov is not null || rate is not null)
            {
                throw new UsageException("give the margin per sale either as --margin 38USD or as --aov 100USD --margin-rate 0.38, not both.");
            }

            unitMargin = m;
        }
        else if (aov is { } orderValue && rate is { } marginRate)
        {
            unitMargin = BreakEvenCpa.Of(orderValue, marginRate);
        }
        else
        {
            throw new UsageException("the margin per sale is required: --margin 38USD, or --aov 100USD --margin-rate 0.38.");
        }

        var check = CpaVersusMargin.Of(spend, sales, unitMargin);
        return new MarginOutput(check, spendValue.PerDay ? (spendValue.Amount, days!.Value) : null);
    }

    private sealed class MarginOutput(MarginCheck check, (Money PerDay, decimal Days)? daily) : CommandOutput
    {
        internal override string Text() => TextTable.Render(Cells(), Alignment);

        internal override string Markdown() => TextTable.Markdown(Cells(), Alignment);

        internal override string Json() => JsonSerializer.Serialize(check, CliJsonContext.Default.MarginCheck);

        private static bool[] Alignment => [false, true];

        private List<string[]> Cells()
        {
            List<string[]> rows = [["measure", "value"]];
            if (daily is { } d)
            {
                rows.Add(["spend per day", d.PerDay.Round().ToString()]);
                rows.Add(["days", d.Days.ToString(CultureInfo.InvariantCulture)]);
            }

            rows.Add(["spend", check.Spend.Round().ToString()]);
            rows.Add(["sales", check.Acquisitions.ToString(CultureInfo.InvariantCulture)]);
            rows.Add(["CPA", Cell(check.Cpa)]);
            rows.Add(["margin per sale", check.UnitMargin.Round().ToString()]);
            rows.Add(["profit per sale", Cell(check.Headroom)]);
            rows.Add(["headroom", check.HeadroomShare is { } share ? string.Create(CultureInfo.InvariantCulture, $"{share * 100m:0.0}% of margin") : "n/a"]);
            rows.Add(["total profit", check.TotalProfit.Round().ToString()]);
            rows.Add(["verdict", check.Verdict.ToString()]);
            return rows;
        }

        private static string Cell(Money? value) => value is { } v ? v.Round().ToString() : "n/a";
    }
}
