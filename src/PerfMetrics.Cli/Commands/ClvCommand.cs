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
/// (<see cref="RfmSummary.Build(IEnumerable{CustomerTransaction}, PeriodUnit, PurchaseMerging, LocalDate)"/>, or with
/// <c>--calibration-end</c> a calibration/holdout split), or an RFM summary CSV (<see cref="RfmCsv"/>); then the
/// repeat-purchase models chosen (BG/NBD, MBG/NBD, Pareto/NBD) and Gamma-Gamma, the <see cref="HoldoutValidation"/> with a
/// split, and with a margin, discount and horizon the CLV of a new customer, the CPA ceiling
/// (<see cref="Clv.ForNewCustomer"/>, <see cref="CpaCeiling.FromLtv"/>), the total CLV of the base and, on request, the
/// CLV per customer.
/// </summary>
internal sealed class ClvCommand : CliCommand
{
    private static readonly string[] ModelNames = ["bgnbd", "mbgnbd", "paretonbd"];

    private readonly Argument<string> _file = new("transactions.csv") { Description = "The transaction log (customer,date,value), or with --rfm an RFM summary; - reads standard input." };
    private readonly Option<Currency?> _currency = Values.Currency("--currency", "Currency of the values (USD).");
    private readonly Option<PeriodUnit?> _unit = Values.Unit("--unit", "Period unit of the models, the discount rate and the horizon (default week).");
    private readonly Option<LocalDate?> _end = Values.Date("--end", "Last day observed, inclusive (default: the last date in the log); later lines are excluded and counted.");
    private readonly Option<LocalDate?> _calibrationEnd = Values.Date("--calibration-end", "Fit on the log up to this day and validate on the rest up to --end: adds the holdout validation.");
    private readonly Option<bool> _rfm = new("--rfm") { Description = "The file is an RFM summary (customer_id,frequency,recency,T,monetary_value; recency and T in periods of --unit)." };
    private readonly Option<string?> _columns = new("--columns")
    {
        Description = "With --rfm, the column names when they are not lifetimes' (customer_id, frequency, recency, T, monetary_value): id=ID,frequency=x,recency=t_x,t=T,monetary=zbar,count=n.",
        HelpName = "KEY=NAME,...",
    };

    private readonly Option<string> _models = new("--models", "-m")
    {
        Description = $"Repeat-purchase models to fit, comma-separated: {string.Join(", ", ModelNames)} (default bgnbd; CLV uses bgnbd).",
        HelpName = "LIST",
        DefaultValueFactory = _ => "bgnbd",
    };

    private readonly Option<decimal?> _marginRate = Values.Decimal("--margin-rate", "Gross margin as a fraction of purchase value (0.3).", "RATE");
    private readonly Option<decimal?> _discount = Values.Decimal("--discount", "Discount rate per period of --unit, a fraction (0.002).", "RATE");
    private readonly Option<decimal?> _horizon = Values.Decimal("--horizon", "Whole periods of --unit to value ahead (52).", "PERIODS");
    private readonly Option<decimal?> _ratio = Values.Decimal("--ltv-to-cac", "Target LTV:CAC ratio of the CPA ceiling (default 3).", "RATIO");
    private readonly Option<bool> _perCustomer = new("--per-customer") { Description = "Also print the per-customer table: x, t_x, T, P(alive), expected purchases and spend over the horizon, CLV and rank (the first of --models)." };
    private readonly Option<string?> _sort = new("--sort") { Description = "Sort the per-customer table by rank (default), clv, p-alive, purchases, spend, x, recency, t or id.", HelpName = "COLUMN" };
    private readonly Option<bool> _ascending = new("--ascending") { Description = "Sort the per-customer table smallest first (default: rank and id ascending, the others descending)." };
    private readonly Option<int?> _top = Values.Integer("--top", "Print only the first N customers of the per-customer table.");
    private readonly Option<bool> _intervals = new("--intervals") { Description = "Add delta-method intervals on P(alive), expected purchases and CLV to the per-customer table." };
    private readonly Option<double?> _level = ExperimentValues.Fraction("--level", "Confidence level of --intervals (default 0.95).", "LEVEL");

    /// <inheritdoc/>
    internal override string Name => "clv";

    /// <inheritdoc/>
    internal override string Description =>
        "Customer lifetime value from a transaction log or an RFM summary: BG/NBD (or MBG/NBD, Pareto/NBD) and Gamma-Gamma fits, holdout validation, new-customer CLV, CPA ceiling.";

    /// <inheritdoc/>
    internal override void Configure(Command command)
    {
        _currency.Required = true;
        command.Arguments.Add(_file);
        foreach (var option in new Option[] { _currency, _unit, _rfm, _columns, _end, _calibrationEnd, _models, _marginRate, _discount, _horizon, _ratio, _perCustomer, _sort, _ascending, _top, _intervals, _level })
        {
            command.Options.Add(option);
        }
    }

    /// <inheritdoc/>
    internal override IReadOnlyList<OutputFormat> FormatsFor(ParseResult result) =>
        (result.GetValue(_calibrationEnd) is null) == result.GetValue(_perCustomer) ? AllFormats : TextMarkdownJson;

    /// <inheritdoc/>
    internal override CommandOutput Run(ParseResult result, CliConsole console)
    {
        var currency = Values.Required(result, _currency);
        var unit = result.GetValue(_unit) ?? PeriodUnit.Week;
        var models = Models(result.GetValue(_models) ?? "bgnbd");
        var marginRate = result.GetValue(_marginRate);
        var discountRate = result.GetValue(_discount);
        var horizonCount = result.GetValue(_horizon);
        var valued = marginRate is not null || discountRate is not null || horizonCount is not null;
        if (valued && (marginRate is null || discountRate is null || horizonCount is null))
        {
            throw new UsageException("--margin-rate, --discount and --horizon go together: all three value the customers, none fits the models only.");
        }

        if (!valued && (result.GetValue(_ratio) is not null || result.GetValue(_perCustomer)))
        {
            throw new UsageException("--ltv-to-cac and --per-customer need the customers valued: add --margin-rate, --discount and --horizon.");
        }

        var perCustomer = result.GetValue(_perCustomer);
        if (!perCustomer && (result.GetValue(_sort) is not null || result.GetValue(_ascending) || result.GetValue(_top) is not null || result.GetValue(_intervals) || result.GetValue(_level) is not null))
        {
            throw new UsageException("--sort, --ascending, --top, --intervals and --level shape the per-customer table: add --per-customer.");
        }

        if (result.GetValue(_level) is not null && !result.GetValue(_intervals))
        {
            throw new UsageException("--level is the confidence level of --intervals: add --intervals.");
        }

        var sort = SortColumn(result.GetValue(_sort));
        var top = result.GetValue(_top);
        if (top is < 1)
        {
            throw new UsageException($"--top must be at least 1, was {top}.");
        }

        var calibrationEnd = result.GetValue(_calibrationEnd);
        var rfm = result.GetValue(_rfm);
        if (rfm && (result.GetValue(_end) is not null || calibrationEnd is not null))
        {
            throw new UsageException("--end and --calibration-end split a transaction log; an RFM summary is already summarised (leave them out, or give the log).");
        }

        if (!rfm && result.GetValue(_columns) is not null)
        {
            throw new UsageException("--columns names the columns of an RFM summary: add --rfm.");
        }

        var ratio = result.GetValue(_ratio) ?? CpaCeiling.DefaultTargetLtvToCacRatio;
        var path = result.GetValue(_file)!;

        RfmSummary? summary = null;
        IReadOnlyList<CustomerRfm> customers;
        string heading;
        int transactionsAfterEnd = 0;
        LocalDate? end = null;
        if (rfm)
        {
            using var file = InputFile.Open(path, console);
            using var reading = Progress.Start(console, $"reading {file.Name}", file.Fraction);
            var columns = Columns(result.GetValue(_columns));
            customers = file.Read(reader => RfmCsv.Read(reader, unit, currency, columns));
            if (customers.Count == 0)
            {
                throw new InputException($"{file.Name}: the summary has a header but no customer.");
            }

            heading = string.Create(CultureInfo.InvariantCulture, $"RFM of {customers.Sum(c => (long)c.Count)} customers per {PerPeriod<decimal>.UnitWords(unit)} read from {Path.GetFileName(file.Name)}");
        }
        else
        {
            List<CustomerTransaction> log;
            using (var file = InputFile.Open(path, console))
            using (Progress.Start(console, $"reading {file.Name}", file.Fraction))
            {
                log = file.Read(reader => TransactionCsv.Read(reader, currency));
                if (log.Count == 0)
                {
                    throw new InputException($"{file.Name}: the log has a header but no transaction.");
                }
            }

            var last = result.GetValue(_end) ?? TransactionCsv.LastDate(log);
            end = last;
            // Same-day merging keeps fractional periods (days / days per period); calendar units count whole periods.
            var merging = unit.IsFixedLength ? PurchaseMerging.SameDay : PurchaseMerging.SamePeriod;
            using (Progress.Start(console, "summarising"))
            {
                summary = calibrationEnd is { } c ? RfmSummary.Build(log, unit, merging, c, last) : RfmSummary.Build(log, unit, merging, last);
            }

            customers = summary.Customers;
            heading = summary.ToString();
            transactionsAfterEnd = summary.TransactionsAfterObservationEnd;
        }

        using var progress = Progress.Start(console, "fitting");
        ModelFit<BgNbd>? bgNbd = null;
        ModelFit<ModifiedBgNbd>? modified = null;
        ModelFit<ParetoNbd>? pareto = null;
        var fitted = new List<IRepeatPurchaseModel>();
        Func<ModelFit<GammaGamma>, decimal, DiscountRate, Periods, CustomerValueOptions, CustomerValueTable>? table = null;
        foreach (var name in models)
        {
            progress.Stage($"fitting {name}");
            switch (name)
            {
                case "bgnbd":
                    var bg = bgNbd = BgNbd.Fit(customers);
                    fitted.Add(bg.Model);
                    table ??= (s, m, d, h, o) => CustomerValueTable.Create(bg, s, customers, m, d, h, o);
                    break;
                case "mbgnbd":
                    var mbg = modified = ModifiedBgNbd.Fit(customers);
                    fitted.Add(mbg.Model);
                    table ??= (s, m, d, h, o) => CustomerValueTable.Create(mbg, s, customers, m, d, h, o);
                    break;
                default:
                    var pnbd = pareto = ParetoNbd.Fit(customers);
                    fitted.Add(pnbd.Model);
                    table ??= (s, m, d, h, o) => CustomerValueTable.Create(pnbd, s, customers, m, d, h, o);
                    break;
            }
        }

        progress.Stage("fitting Gamma-Gamma");
        var spend = GammaGamma.Fit(customers);
        HoldoutValidation? validation = null;
        if (summary is not null && calibrationEnd is not null)
        {
            progress.Stage("validating");
            validation = HoldoutValidation.Of(summary, fitted);
        }

        ValueCells? value = null;
        CustomerValueTable? rows = null;
        if (valued)
        {
            progress.Stage("valuing customers");
            var purchases = fitted[0];
            var discount = new DiscountRate(discountRate!.Value, unit);
            var horizon = new Periods(horizonCount!.Value, unit);
            var newCustomer = Clv.ForNewCustomer(purchases, spend.Model, marginRate!.Value, discount, horizon);
            Money? ceiling = newCustomer is { } v ? CpaCeiling.FromLtv(v, ratio) : null;
            var total = Clv.Total(purchases, spend.Model, customers, marginRate.Value, discount, horizon);
            value = new ValueCells(HoldoutValidation.NameOf(purchases), marginRate.Value, discount, horizon, ratio, newCustomer, ceiling, total);
            if (perCustomer)
            {
                var options = new CustomerValueOptions(result.GetValue(_intervals), result.GetValue(_level) ?? 0.95);
                var descending = !result.GetValue(_ascending) && sort is not (CustomerValueColumn.Rank or CustomerValueColumn.CustomerId);
                rows = table!(spend, marginRate.Value, discount, horizon, options).SortBy(sort, descending);
                rows = top is { } n ? rows.Top(n) : rows;
            }
        }

        var json = new ClvJson(
            customers.Sum(c => c.Count),
            customers.Where(c => c.Frequency > 0).Sum(c => c.Count),
            unit,
            end?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            calibrationEnd?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            transactionsAfterEnd,
            bgNbd,
            modified,
            pareto,
            spend,
            validation,
            value?.Model,
            value?.MarginRate,
            value?.Discount,
            value?.Horizon,
            value?.LtvToCac,
            value?.NewCustomerClv,
            value?.CpaCeiling,
            value?.TotalClv,
            rows);
        return new ClvOutput(heading, json, validation, rows);
    }

    /// <summary>The RFM column names of <c>--columns</c> (key=name pairs), or null for lifetimes' names.</summary>
    private static RfmCsvColumns? Columns(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string? id = null, count = null;
        string frequency = "frequency", recency = "recency", t = "T", monetary = "monetary_value";
        foreach (var pair in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? pair[..equals].Trim().ToLowerInvariant() : string.Empty;
            var name = equals > 0 ? pair[(equals + 1)..].Trim() : string.Empty;
            if (name.Length == 0)
            {
                key = string.Empty;
            }

            switch (key)
            {
                case "id": id = name; break;
                case "frequency": frequency = name; break;
                case "recency": recency = name; break;
                case "t": t = name; break;
                case "monetary": monetary = name; break;
                case "count": count = name; break;
                default: throw new UsageException($"--columns must be key=name pairs with the keys id, frequency, recency, t, monetary and count, was \"{pair}\".");
            }
        }

        return new RfmCsvColumns(id, frequency, recency, t, monetary, count);
    }

    /// <summary>The column of <c>--sort</c>; rank when absent.</summary>
    private static CustomerValueColumn SortColumn(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "rank" => CustomerValueColumn.Rank,
        "clv" => CustomerValueColumn.Clv,
        "p-alive" => CustomerValueColumn.ProbabilityAlive,
        "purchases" => CustomerValueColumn.ExpectedPurchases,
        "spend" => CustomerValueColumn.ExpectedSpend,
        "x" => CustomerValueColumn.Frequency,
        "recency" => CustomerValueColumn.Recency,
        "t" => CustomerValueColumn.T,
        "id" => CustomerValueColumn.CustomerId,
        _ => throw new UsageException($"--sort must be one of rank, clv, p-alive, purchases, spend, x, recency, t, id; was \"{name}\"."),
    };

    private static List<string> Models(string list)
    {
        var names = new List<string>();
        foreach (var name in list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = name.ToLowerInvariant();
            if (!ModelNames.Contains(lower))
            {
                throw new UsageException($"--models: unknown model \"{name}\"; the models are {string.Join(", ", ModelNames)}.");
            }

            if (!names.Contains(lower))
            {
                names.Add(lower);
            }
        }

        return names.Count > 0 ? names : throw new UsageException($"--models must name at least one model: {string.Join(", ", ModelNames)}.");
    }

    /// <summary>The valuation, when asked for.</summary>
    private sealed record ValueCells(string Model, decimal MarginRate, DiscountRate Discount, Periods Horizon, decimal LtvToCac, Money? NewCustomerClv, Money? CpaCeiling, Money? TotalClv);

    private sealed class ClvOutput(string heading, ClvJson result, HoldoutValidation? validation, CustomerValueTable? customers) : CommandOutput
    {
        internal override string Text() => Render(markdown: false);

        internal override string Markdown() => Render(markdown: true);

        internal override string Csv() => customers?.ToCsv() ?? validation!.ToCsv();

        internal override string Json() => JsonSerializer.Serialize(result, CliJsonContext.Default.ClvJson);

        private string Render(bool markdown)
        {
            var text = new StringBuilder();
            text.Append(heading).Append('\n').Append('\n');
            text.Append(Table(FitCells(), [false, false, true, true], markdown));
            if (validation is not null)
            {
                text.Append('\n').Append(markdown ? "**Holdout validation**\n\n" : "Holdout validation: mean repeat purchases in the holdout per calibration frequency\n")
                    .Append((markdown ? validation.ToMarkdown() : validation.ToString()).TrimEnd('\n')).Append('\n');
            }

            if (result.MarginRate is not null)
            {
                text.Append('\n').Append(Table(ValueCells(), [false, true], markdown));
            }

            if (customers is not null)
            {
                text.Append('\n').Append((markdown ? customers.ToMarkdown() : customers.ToString()).TrimEnd('\n')).Append('\n');
            }

            return text.ToString();
        }

        private static string Table(List<string[]> cells, bool[] right, bool markdown) =>
            markdown ? TextTable.Markdown(cells, right) : TextTable.Render(cells, right);

        private List<string[]> FitCells()
        {
            List<string[]> rows = [["model", "parameter", "estimate", "standard error"]];
            if (result.BgNbd is { } bg)
            {
                AddFit(rows, "BG/NBD", bg.Parameters, bg.LogLikelihood, bg.Converged);
            }

            if (result.ModifiedBgNbd is { } mbg)
            {
                AddFit(rows, "MBG/NBD", mbg.Parameters, mbg.LogLikelihood, mbg.Converged);
            }

            if (result.ParetoNbd is { } pareto)
            {
                AddFit(rows, "Pareto/NBD", pareto.Parameters, pareto.LogLikelihood, pareto.Converged);
            }

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
            return
            [
                ["measure", "value"],
                ["purchase model", result.Model!],
                ["customers (repeat buyers)", string.Create(CultureInfo.InvariantCulture, $"{result.CustomerCount} ({result.RepeatBuyers})")],
                ["margin rate", result.MarginRate!.Value.ToString(CultureInfo.InvariantCulture)],
                [$"discount per {PerPeriod<decimal>.UnitWords(result.Unit)}", result.Discount!.Value.Value.ToString(CultureInfo.InvariantCulture)],
                ["horizon", result.Horizon!.Value.ToString()],
                ["new-customer CLV (repeat purchases)", Cell(result.NewCustomerClv)],
                [string.Create(CultureInfo.InvariantCulture, $"CPA ceiling (LTV:CAC {result.LtvToCac})"), Cell(result.CpaCeiling)],
                ["total CLV of the base", Cell(result.TotalClv)],
            ];
        }

        private static string Cell(Money? value) => PerfMetrics.Metrics.Display.Money(value);

        private static string Number(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
    }
}

/// <summary>The JSON of <c>perfmetrics clv</c>; the valuation fields are absent when the customers were not valued.</summary>
/// <param name="CustomerCount">Customers in the summary.</param>
/// <param name="RepeatBuyers">Customers with at least one repeat transaction.</param>
/// <param name="Unit">The period unit.</param>
/// <param name="ObservationEnd">The last day observed, ISO (1997-09-30); absent for an RFM summary.</param>
/// <param name="CalibrationEnd">The last day of the calibration period, with a holdout.</param>
/// <param name="TransactionsAfterEnd">Log lines after the observation end (excluded).</param>
/// <param name="BgNbd">The BG/NBD fit, when fitted.</param>
/// <param name="ModifiedBgNbd">The MBG/NBD fit, when fitted.</param>
/// <param name="ParetoNbd">The Pareto/NBD fit, when fitted.</param>
/// <param name="GammaGamma">The spend model fit.</param>
/// <param name="Validation">The holdout validation, with a calibration end.</param>
/// <param name="Model">The purchase model that values the customers (the first of <c>--models</c>).</param>
/// <param name="MarginRate">The margin rate.</param>
/// <param name="Discount">The discount rate per period.</param>
/// <param name="Horizon">The horizon.</param>
/// <param name="LtvToCac">The target LTV:CAC ratio.</param>
/// <param name="NewCustomerClv">The CLV of a new customer's repeat purchases, null when infinite.</param>
/// <param name="CpaCeiling">The CPA ceiling, null when the CLV is.</param>
/// <param name="TotalClv">The total CLV of the base, null when any is infinite.</param>
/// <param name="Customers">The per-customer table, when asked for (sorted and cut as asked).</param>
internal sealed record ClvJson(
    long CustomerCount,
    long RepeatBuyers,
    PeriodUnit Unit,
    string? ObservationEnd,
    string? CalibrationEnd,
    int TransactionsAfterEnd,
    ModelFit<BgNbd>? BgNbd,
    ModelFit<ModifiedBgNbd>? ModifiedBgNbd,
    ModelFit<ParetoNbd>? ParetoNbd,
    ModelFit<GammaGamma> GammaGamma,
    HoldoutValidation? Validation,
    string? Model,
    decimal? MarginRate,
    DiscountRate? Discount,
    Periods? Horizon,
    decimal? LtvToCac,
    Money? NewCustomerClv,
    Money? CpaCeiling,
    Money? TotalClv,
    CustomerValueTable? Customers);
