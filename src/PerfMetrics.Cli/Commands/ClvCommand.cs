using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using PerfMetrics.Cli.Input;
using PerfMetrics.Cli.Output;
using PerfMetrics.Internal;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Cli.Commands;

/// <summary>
/// <c>perfmetrics clv</c>: a transaction log CSV (customer, date, value) to the RFM summary
/// (<see cref="RfmSummary.Build(IEnumerable{CustomerTransaction}, PeriodUnit, PurchaseMerging, LocalDate)"/>), the
/// BG/NBD and Gamma-Gamma fits, the CLV of a new customer and the CPA ceiling (<see cref="Clv.ForNewCustomer"/>,
/// <see cref="CpaCeiling.FromLtv"/>), the total CLV of the base and, on request, the CLV per customer.
/// </summary>
internal sealed class ClvCommand : CliCommand
{
    private readonly Argument<string> _file = new("transactions.csv") { Description = "The transaction log (customer,date,value); - reads standard input." };
    private readonly Option<Currency?> _currency = Values.Currency("--currency", "Currency of the values (USD).");
    private readonly Option<PeriodUnit?> _unit = Values.Unit("--unit", "Period unit of the models, the discount rate and the horizon (default week).");
    private readonly Option<LocalDate?> _end = Values.Date("--end", "Last day observed, inclusive (default: the last date in the log); later lines are excluded and counted.");
    private readonly Option<decimal?> _marginRate = Values.Decimal("--margin-rate", "Gross margin as a fraction of purchase value (0.3).", "RATE");
    private readonly Option<decimal?> _discount = Values.Decimal("--discount", "Discount rate per period of --unit, a fraction (0.002).", "RATE");
    private readonly Option<decimal?> _horizon = Values.Decimal("--horizon", "Whole periods of --unit to value ahead (52).", "PERIODS");
    private readonly Option<decimal?> _ratio = Values.Decimal("--ltv-to-cac", "Target LTV:CAC ratio of the CPA ceiling (default 3).", "RATIO");
    private readonly Option<bool> _perCustomer = new("--per-customer") { Description = "Also print the RFM row, P(alive) and CLV of every customer." };

    /// <inheritdoc/>
    internal override string Name => "clv";

    /// <inheritdoc/>
    internal override string Description =>
        "Customer lifetime value from a transaction log: BG/NBD and Gamma-Gamma fits, new-customer CLV, CPA ceiling, CLV per customer.";

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _currency.Required = true;
        _marginRate.Required = true;
        _discount.Required = true;
        _horizon.Required = true;
        command.Arguments.Add(_file);
        foreach (var option in new Option[] { _currency, _unit, _end, _marginRate, _discount, _horizon, _ratio, _perCustomer })
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var currency = Values.Required(result, _currency);
        var unit = result.GetValue(_unit) ?? PeriodUnit.Week;
        var marginRate = Values.Required(result, _marginRate);
        var discount = new DiscountRate(Values.Required(result, _discount), unit);
        var horizon = new Periods(Values.Required(result, _horizon), unit);
        var ratio = result.GetValue(_ratio) ?? CpaCeiling.DefaultTargetLtvToCacRatio;
        var path = result.GetValue(_file)!;

        List<CustomerTransaction> log;
        using (var file = InputFile.Open(path, console))
        using (Progress.Start(console, $"reading {file.Name}", file.Fraction))
        {
            try
            {
                log = TransactionCsv.Read(file.Reader, currency);
            }
            catch (FormatException e)
            {
                throw new InputException($"{file.Name}: {e.Message}", e);
            }

            if (log.Count == 0)
            {
                throw new InputException($"{file.Name}: the log has a header but no transaction.");
            }
        }

        var end = result.GetValue(_end) ?? TransactionCsv.LastDate(log);
        // Same-day merging keeps fractional periods (days / days per period); calendar units count whole periods.
        var merging = unit.IsFixedLength ? PurchaseMerging.SameDay : PurchaseMerging.SamePeriod;
        using var progress = Progress.Start(console, "summarising");
        var summary = RfmSummary.Build(log, unit, merging, end);
        progress.Stage("fitting BG/NBD");
        var purchases = BgNbd.Fit(summary.Customers);
        progress.Stage("fitting Gamma-Gamma");
        var spend = GammaGamma.Fit(summary.Customers);
        progress.Stage("valuing customers");
        var newCustomer = Clv.ForNewCustomer(purchases.Model, spend.Model, marginRate, discount, horizon);
        Money? ceiling = newCustomer is { } value ? CpaCeiling.FromLtv(value, ratio) : null;
        var perCustomer = Clv.ForCustomers(purchases.Model, spend.Model, summary.Customers, marginRate, discount, horizon);
        var total = Clv.Total(purchases.Model, spend.Model, summary.Customers, marginRate, discount, horizon);
        List<ClvCustomerJson>? rows = null;
        if (result.GetValue(_perCustomer))
        {
            rows = new List<ClvCustomerJson>(summary.Customers.Count);
            for (var i = 0; i < summary.Customers.Count; i++)
            {
                var c = summary.Customers[i];
                rows.Add(new ClvCustomerJson(c.CustomerId, c.Frequency, c.Recency, c.T, c.MonetaryValue, purchases.Model.ProbabilityAlive(c), perCustomer[i]));
            }
        }

        var json = new ClvJson(
            summary.Customers.Count,
            summary.Customers.Count(c => c.Frequency > 0),
            unit,
            end.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            summary.TransactionsAfterObservationEnd,
            purchases,
            spend,
            marginRate,
            discount,
            horizon,
            ratio,
            newCustomer,
            ceiling,
            total,
            rows);
        return new ClvOutput(summary, json);
    }

    private sealed class ClvOutput(RfmSummary summary, ClvJson result) : CommandOutput
    {
        internal override string Text() => Render(markdown: false);

        internal override string Markdown() => Render(markdown: true);

        internal override string Json() => JsonSerializer.Serialize(result, CliJsonContext.Default.ClvJson);

        private string Render(bool markdown)
        {
            var text = new StringBuilder();
            text.Append(summary.ToString()).Append('\n').Append('\n');
            text.Append(Table(FitCells(), [false, false, true, true], markdown)).Append('\n');
            text.Append(Table(ValueCells(), [false, true], markdown));
            if (result.Customers is { } customers)
            {
                text.Append('\n').Append(Table(CustomerCells(customers), [false, true, true, true, true, true, true], markdown));
            }

            return text.ToString();
        }

        private static string Table(List<string[]> cells, bool[] right, bool markdown) =>
            markdown ? TextTable.Markdown(cells, right) : TextTable.Render(cells, right);

        private List<string[]> FitCells()
        {
            List<string[]> rows = [["model", "parameter", "estimate", "standard error"]];
            AddFit(rows, "BG/NBD", result.BgNbd.Parameters, result.BgNbd.LogLikelihood, result.BgNbd.Converged);
            AddFit(rows, "Gamma-Gamma", result.GammaGamma.Parameters, result.GammaGamma.LogLikelihood, result.GammaGamma.Converged);
            return rows;
        }

        private static void AddFit(List<string[]> rows, string model, IReadOnlyList<ParameterEstimate> parameters, double logLikelihood, bool converged)
        {
            foreach (var p in parameters)
            {
                rows.Add([model, p.Name, Number(p.Value), p.StandardError is { } se ? Number(se) : "n/a"]);
            }

            rows.Add([model, "log-likelihood", logLikelihood.ToString("0.00", CultureInfo.InvariantCulture), converged ? "converged" : "NOT converged"]);
        }

        private List<string[]> ValueCells()
        {
            var unit = UnitName(result.Unit, result.Horizon.Count);
            return
            [
                ["measure", "value"],
                ["customers (repeat buyers)", string.Create(CultureInfo.InvariantCulture, $"{result.CustomerCount} ({result.RepeatBuyers})")],
                ["margin rate", result.MarginRate.ToString(CultureInfo.InvariantCulture)],
                [$"discount per {UnitName(result.Unit, 1)}", result.Discount.Value.ToString(CultureInfo.InvariantCulture)],
                ["horizon", string.Create(CultureInfo.InvariantCulture, $"{result.Horizon.Count} {unit}")],
                ["new-customer CLV (repeat purchases)", Cell(result.NewCustomerClv)],
                [string.Create(CultureInfo.InvariantCulture, $"CPA ceiling (LTV:CAC {result.LtvToCac})"), Cell(result.CpaCeiling)],
                ["total CLV of the base", Cell(result.TotalClv)],
            ];
        }

        private static List<string[]> CustomerCells(List<ClvCustomerJson> customers)
        {
            List<string[]> rows = [["customer", "x", "t_x", "T", "mean value", "P(alive)", "CLV"]];
            foreach (var c in customers)
            {
                rows.Add(
                [
                    c.CustomerId,
                    c.Frequency.ToString(CultureInfo.InvariantCulture),
                    c.Recency.Count.ToString("0.00", CultureInfo.InvariantCulture),
                    c.T.Count.ToString("0.00", CultureInfo.InvariantCulture),
                    Cell(c.MonetaryValue),
                    c.ProbabilityAlive.ToString("0.000", CultureInfo.InvariantCulture),
                    Cell(c.Clv),
                ]);
            }

            return rows;
        }

        private static string Cell(Money? value) => value is { } v ? v.Round().ToString() : "n/a";

        private static string Number(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

        private static string UnitName(PeriodUnit unit, decimal count)
        {
            var name = unit == PeriodUnit.Day ? "day" : unit == PeriodUnit.Week ? "week" : unit == PeriodUnit.Month ? "month" : unit == PeriodUnit.Quarter ? "quarter" : unit == PeriodUnit.Year ? "year" : unit.ToString();
            return count == 1m ? name : name + "s";
        }
    }
}

/// <summary>The JSON of <c>perfmetrics clv</c>.</summary>
/// <param name="CustomerCount">Customers in the summary.</param>
/// <param name="RepeatBuyers">Customers with at least one repeat transaction.</param>
/// <param name="Unit">The period unit.</param>
/// <param name="ObservationEnd">The last day observed, ISO (1997-09-30).</param>
/// <param name="TransactionsAfterEnd">Log lines after the observation end (excluded).</param>
/// <param name="BgNbd">The purchase model fit.</param>
/// <param name="GammaGamma">The spend model fit.</param>
/// <param name="MarginRate">The margin rate.</param>
/// <param name="Discount">The discount rate per period.</param>
/// <param name="Horizon">The horizon.</param>
/// <param name="LtvToCac">The target LTV:CAC ratio.</param>
/// <param name="NewCustomerClv">The CLV of a new customer's repeat purchases, null when infinite.</param>
/// <param name="CpaCeiling">The CPA ceiling, null when the CLV is.</param>
/// <param name="TotalClv">The total CLV of the base, null when any is infinite.</param>
/// <param name="Customers">The per-customer rows, when asked for.</param>
internal sealed record ClvJson(
    int CustomerCount,
    int RepeatBuyers,
    PeriodUnit Unit,
    string ObservationEnd,
    int TransactionsAfterEnd,
    ModelFit<BgNbd> BgNbd,
    ModelFit<GammaGamma> GammaGamma,
    decimal MarginRate,
    DiscountRate Discount,
    Periods Horizon,
    decimal LtvToCac,
    Money? NewCustomerClv,
    Money? CpaCeiling,
    Money? TotalClv,
    List<ClvCustomerJson>? Customers);

/// <summary>One customer's row in the JSON of <c>perfmetrics clv --per-customer</c>.</summary>
/// <param name="CustomerId">The id.</param>
/// <param name="Frequency">Repeat transactions x.</param>
/// <param name="Recency">t_x.</param>
/// <param name="T">T.</param>
/// <param name="MonetaryValue">Mean repeat value, null without repeats.</param>
/// <param name="ProbabilityAlive">P(alive).</param>
/// <param name="Clv">CLV over the horizon, null when infinite.</param>
internal sealed record ClvCustomerJson(string CustomerId, int Frequency, Periods Recency, Periods T, Money? MonetaryValue, double ProbabilityAlive, Money? Clv);
