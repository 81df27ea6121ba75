using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Experiments;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;
using PerfMetrics.Json;
using PerfMetrics.Metrics;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The per-customer table of a fitted repeat-purchase model (BG/NBD, MBG/NBD, Pareto/NBD) and an optional Gamma-Gamma
/// spend model, from one call: customer id, x, t_x, T, P(alive), expected purchases over a horizon, expected value per
/// transaction, CLV and rank, optionally with delta-method confidence intervals; sortable by any column, with text,
/// Markdown, CSV and JSON output.
/// </summary>
/// <remarks>
/// <para>
/// One engine: the CLV of every row is computed by the same code as <see cref="Clv.ForCustomers"/> (the discounting of
/// <c>Lifetime/Discounting.cs</c>, one money boundary, not rounded), so for BG/NBD a row's CLV equals
/// <see cref="Clv.ForCustomer"/> and <see cref="TotalClv"/> equals <see cref="Clv.Total"/> for the same inputs. Units are
/// explicit, as everywhere in <see cref="PerfMetrics.Lifetime"/>: the discount rate and the whole-number horizon must be in
/// the model's unit, and a mismatch throws; convert on purpose with <see cref="DiscountRate.ConvertTo(PeriodUnit)"/> and
/// <see cref="Periods.ConvertTo(PeriodUnit)"/> (12 months are 52.1775 weeks by the mean Gregorian year).
/// </para>
/// <para>
/// Identical histories (x, t_x, T, mean value) are computed once, which is exact. Rows start in rank order: rank 1 is the
/// highest CLV (the highest expected purchases when there is no spend model), undefined values last, ties by customer id
/// (ordinal), then by input position. <see cref="SortBy"/> reorders by any column; <see cref="Top"/> keeps the first rows.
/// </para>
/// <para>
/// Intervals (<see cref="CustomerValueOptions.Intervals"/>, or <see cref="ForCustomer{TModel}"/>): the delta method with the
/// fit's covariance (<see cref="ModelFit{TModel}.Covariance"/>, the inverse observed information) and the gradient of the
/// prediction with respect to the natural parameters by central finite differences (step <c>1e-5 x |theta_i|</c>). P(alive)
/// gets its interval on the logit scale and expected purchases and CLV on the log scale, then transformed back, so they
/// stay in [0, 1] and non-negative. CLV's variance adds the transaction model's and the spend model's parts: the two fits
/// use separate likelihoods of independent processes, so their estimates are taken as uncorrelated. Equality compares
/// every member and the row order. Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var table = CustomerValueTable.Create(bgNbdFit, gammaGammaFit, summary.Customers, 0.3m,
///     new DiscountRate(0.01m, PeriodUnit.Week), new Periods(52, PeriodUnit.Week), new CustomerValueOptions(intervals: true));
/// Console.WriteLine(table.Top(10));
/// </code>
/// </example>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class CustomerValueTable : IEquatable<CustomerValueTable>, IEqualityOperators<CustomerValueTable, CustomerValueTable, bool>
{
    /// <summary>The relative step of the central differences of the delta method.</summary>
    internal const double GradientStep = 1e-5;

    private readonly Entry[] _entries;
    private readonly Values[] _values;
    private readonly int[] _order;

    private CustomerValueTable(string model, Periods horizon, DiscountRate discount, decimal marginRate, Currency? currency, double? confidenceLevel, Entry[] entries, Values[] values, int[] order)
    {
        Model = model;
        Horizon = horizon;
        Discount = discount;
        MarginRate = marginRate;
        Currency = currency;
        ConfidenceLevel = confidenceLevel;
        _entries = entries;
        _values = values;
        _order = order;
        Rows = new RowView(this);
        var customers = 0L;
        var purchases = 0d;
        Money? clv = currency is { } c ? Money.Zero(c) : null;
        // Summed in input order (as Clv.Total sums), so the total of the full table equals Clv.Total to the last digit
        // whatever the display order: decimal sums beyond 28 digits round, and rounding depends on the order.
        var inputOrder = order.Length == entries.Length ? null : order.Order().ToArray();
        for (var k = 0; k < order.Length; k++)
        {
            var i = inputOrder is null ? k : inputOrder[k];
            var entry = entries[i];
            var value = values[entry.Group];
            customers += entry.Count;
            purchases += value.Expected * entry.Count;
            clv = clv is { } sum && value.Clv is { } v ? sum + (entry.Count == 1 ? v : v * entry.Count) : null;
        }

        Customers = customers;
        TotalExpectedPurchases = purchases;
        TotalClv = clv;
    }

    /// <summary>Gets the name of the transaction model (<c>BG/NBD</c>, <c>MBG/NBD</c>, <c>Pareto/NBD</c>, or the type name of another model).</summary>
    public string Model { get; }

    /// <summary>Gets the horizon of the expected purchases and the CLV, in the model's unit.</summary>
    public Periods Horizon { get; }

    /// <summary>Gets the discount rate per period of the CLV, in the model's unit.</summary>
    public DiscountRate Discount { get; }

    /// <summary>Gets the gross margin as a share of purchase value.</summary>
    public decimal MarginRate { get; }

    /// <summary>Gets the currency of the money columns; null when the table has no spend model.</summary>
    public Currency? Currency { get; }

    /// <summary>Gets the confidence level of the intervals; null when the table has none.</summary>
    public double? ConfidenceLevel { get; }

    /// <summary>Gets the rows in the table's order (rank order unless sorted with <see cref="SortBy"/>).</summary>
    public IReadOnlyList<CustomerValueRow> Rows { get; }

    /// <summary>Gets the number of customers of the rows, each row counted <see cref="CustomerValueRow.Count"/> times.</summary>
    public long Customers { get; }

    /// <summary>Gets the expected purchases of all the rows' customers over the horizon.</summary>
    public double TotalExpectedPurchases { get; }

    /// <summary>Gets the total CLV of the rows' customers (each row counted <see cref="CustomerValueRow.Count"/> times); null without a spend model or when a row's CLV is null.</summary>
    public Money? TotalClv { get; }

    /// <summary>Builds the table from fitted models, without intervals.</summary>
    /// <param name="purchases">The fitted transaction model (BG/NBD, MBG/NBD, Pareto/NBD or another <see cref="IRepeatPurchaseModel"/>); its unit is the unit of the rows, the discount rate and the horizon.</param>
    /// <param name="spend">The fitted spend model; its currency is the currency of the money columns. Null for a table without spend and CLV.</param>
    /// <param name="customers">The customers' RFM rows (one per customer, or grouped rows with <see cref="CustomerRfm.Count"/>), at least one.</param>
    /// <param name="marginRate">The gross margin as a share of purchase value, a fraction in [0, 1] (0.3 is 30%).</param>
    /// <param name="discount">The discount rate per period, in the model's unit.</param>
    /// <param name="horizon">How many whole periods ahead to count purchases and value, in the model's unit.</param>
    /// <returns>The table in rank order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> or <paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no rows; a row is <c>default(CustomerRfm)</c>; a row, the discount rate or the horizon is not in the model's unit (no unit is converted silently); or a row's money is in another currency (the message names the row).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is outside [0, 1], or the horizon is not a whole number.</exception>
    /// <exception cref="OverflowException">A value is finite but beyond the range of <see cref="decimal"/> money.</exception>
    public static CustomerValueTable Create(IRepeatPurchaseModel purchases, GammaGamma? spend, IEnumerable<CustomerRfm> customers, decimal marginRate, DiscountRate discount, Periods horizon)
    {
        var kernel = RepeatPurchaseKernel.Of(purchases);
        return Build(purchases, kernel, spend, null, null, customers, marginRate, discount, horizon, null);
    }

    /// <summary>Builds the table from model fits, with delta-method intervals when <paramref name="options"/> asks for them.</summary>
    /// <typeparam name="TModel">The transaction model's type.</typeparam>
    /// <param name="purchases">The transaction model's fit; its covariance gives the intervals.</param>
    /// <param name="spend">The spend model's fit, or null for a table without spend and CLV.</param>
    /// <param name="customers">The customers' RFM rows, at least one.</param>
    /// <param name="marginRate">The gross margin as a share of purchase value, a fraction in [0, 1].</param>
    /// <param name="discount">The discount rate per period, in the model's unit.</param>
    /// <param name="horizon">How many whole periods ahead, in the model's unit.</param>
    /// <param name="options">Whether to add intervals and at which level; null for <see cref="CustomerValueOptions.Default"/> (no intervals).</param>
    /// <returns>
    /// The table in rank order. With intervals, a row's interval is null where the fit has no covariance (its
    /// <see cref="ModelFit{TModel}.Diagnostics"/> say why) or, for CLV, where either fit lacks one or the CLV is null.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> or <paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Create(IRepeatPurchaseModel, GammaGamma?, IEnumerable{CustomerRfm}, decimal, DiscountRate, Periods)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is outside [0, 1], or the horizon is not a whole number.</exception>
    /// <exception cref="OverflowException">A value is finite but beyond the range of <see cref="decimal"/> money.</exception>
    public static CustomerValueTable Create<TModel>(ModelFit<TModel> purchases, ModelFit<GammaGamma>? spend, IEnumerable<CustomerRfm> customers, decimal marginRate, DiscountRate discount, Periods horizon, CustomerValueOptions? options = null)
        where TModel : class, IRepeatPurchaseModel
    {
        Guard.NotNull(purchases);
        var kernel = RepeatPurchaseKernel.Of(purchases.Model);
        options ??= CustomerValueOptions.Default;
        return Build(
            purchases.Model,
            kernel,
            spend?.Model,
            options.Intervals ? purchases.CovarianceMatrix ?? [] : null,
            options.Intervals ? spend?.CovarianceMatrix ?? [] : null,
            customers,
            marginRate,
            discount,
            horizon,
            options.Intervals ? options.ConfidenceLevel : null);
    }

    /// <summary>Returns one customer's row with delta-method intervals: P(alive), expected purchases, expected spend and CLV.</summary>
    /// <typeparam name="TModel">The transaction model's type.</typeparam>
    /// <param name="purchases">The transaction model's fit.</param>
    /// <param name="spend">The spend model's fit, or null for no spend and CLV.</param>
    /// <param name="customer">The customer's RFM row, in the model's unit.</param>
    /// <param name="marginRate">The gross margin as a share of purchase value, a fraction in [0, 1].</param>
    /// <param name="discount">The discount rate per period, in the model's unit.</param>
    /// <param name="horizon">How many whole periods ahead, in the model's unit.</param>
    /// <param name="confidenceLevel">The two-sided confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The row (rank 1), with its intervals (null where a fit has no covariance).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> is null.</exception>
    /// <exception cref="ArgumentException">The row is <c>default(CustomerRfm)</c>, or a unit or currency differs from the models'.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is outside [0, 1], the horizon is not whole, or <paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="OverflowException">A value is finite but beyond the range of <see cref="decimal"/> money.</exception>
    public static CustomerValueRow ForCustomer<TModel>(ModelFit<TModel> purchases, ModelFit<GammaGamma>? spend, CustomerRfm customer, decimal marginRate, DiscountRate discount, Periods horizon, double confidenceLevel = 0.95)
        where TModel : class, IRepeatPurchaseModel
    {
        Guard.NotNull(purchases);
        var options = new CustomerValueOptions(true, confidenceLevel);
        Reject(customer, nameof(customer), PeriodUnit.Required(purchases.Model.Unit, nameof(purchases)), spend?.Model);
        return Create(purchases, spend, [customer], marginRate, discount, horizon, options).Rows[0];
    }

    /// <summary>Returns the table with its rows sorted by a column.</summary>
    /// <param name="column">The column to sort by.</param>
    /// <param name="descending">True for largest first; false (default) for smallest first.</param>
    /// <returns>
    /// A table with the same rows in the new order (ranks unchanged). Undefined (null) values come last in both
    /// directions; ties are ordered by customer id (ordinal, ascending), then by input position, so the order is total
    /// and the same on every run.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is not a defined column.</exception>
    public CustomerValueTable SortBy(CustomerValueColumn column, bool descending = false)
    {
        if (!Enum.IsDefined(column))
        {
            Guard.ThrowOutOfRange(nameof(column), column, "must be a defined CustomerValueColumn");
        }

        var order = (int[])_order.Clone();
        var sign = descending ? -1 : 1;
        var entries = _entries;
        var values = _values;
        Array.Sort(order, (i, j) =>
        {
            var byKey = Compare(column, entries[i], values[entries[i].Group], entries[j], values[entries[j].Group], sign);
            return byKey != 0 ? byKey : Tie(entries, i, j);
        });
        return With(order);
    }

    /// <summary>Returns the first rows of the table in its order, for example the 10 most valuable customers.</summary>
    /// <param name="count">How many rows to keep, 0 or more; all of them when the table has fewer.</param>
    /// <returns>A table of those rows (ranks unchanged; totals over the rows kept).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public CustomerValueTable Top(int count)
    {
        Guard.NonNegative((long)count, nameof(count));
        return count >= _order.Length ? this : With(_order[..count]);
    }

    /// <summary>Returns an aligned plain-text table at display precision (docs/design.md, "Display"), with a heading line.</summary>
    /// <returns>
    /// Invariant text: P(alive) as a percent with one decimal, expected purchases with two decimals, money at minor units
    /// grouped with the code, periods with two decimals; intervals in brackets after the value; undefined as <c>n/a</c>.
    /// </returns>
    public override string ToString() => $"{Heading()}\n{TextTable.Render(Cells(), Alignment())}";

    /// <summary>Returns the same table as GitHub-flavoured Markdown (without the heading line).</summary>
    /// <returns>Markdown text, numbers right-aligned.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), Alignment());

    /// <summary>Returns the rows as CSV for a spreadsheet (RFC 4180, \n line ends), in the table's order.</summary>
    /// <returns>
    /// CSV text with the header <c>customer_id,count,frequency,recency,t,unit,p_alive,expected_purchases,expected_spend,clv,currency,rank</c>
    /// (with intervals, <c>_lower</c> and <c>_upper</c> columns after <c>p_alive</c>, <c>expected_purchases</c> and
    /// <c>clv</c>): periods and doubles in full precision (round-trip), amounts at minor units without grouping or code
    /// (the currency in its column), unknown values empty.
    /// </returns>
    public string ToCsv()
    {
        var intervals = ConfidenceLevel is not null;
        var header = new List<string> { "customer_id", "count", "frequency", "recency", "t", "unit", "p_alive" };
        Add(header, intervals, "p_alive_lower", "p_alive_upper");
        header.Add("expected_purchases");
        Add(header, intervals, "expected_purchases_lower", "expected_purchases_upper");
        header.AddRange(["expected_spend", "clv"]);
        Add(header, intervals, "clv_lower", "clv_upper");
        header.AddRange(["currency", "rank"]);
        var rows = new List<string[]> { header.ToArray() };
        foreach (var row in Rows)
        {
            var cells = new List<string>
            {
                row.CustomerId,
                row.Count.ToString(CultureInfo.InvariantCulture),
                row.Frequency.ToString(CultureInfo.InvariantCulture),
                row.Recency.Count.ToString(CultureInfo.InvariantCulture),
                row.T.Count.ToString(CultureInfo.InvariantCulture),
                row.T.Unit.ToString(),
                Exact(row.ProbabilityAlive),
            };
            Add(cells, intervals, Exact(row.ProbabilityAliveInterval?.Lower), Exact(row.ProbabilityAliveInterval?.Upper));
            cells.Add(Exact(row.ExpectedPurchases));
            Add(cells, intervals, Exact(row.ExpectedPurchasesInterval?.Lower), Exact(row.ExpectedPurchasesInterval?.Upper));
            cells.AddRange([Display.Plain(row.ExpectedSpend), Display.Plain(row.Clv)]);
            Add(cells, intervals, Display.Plain(row.ClvInterval?.Lower), Display.Plain(row.ClvInterval?.Upper));
            cells.AddRange([Currency?.Code ?? string.Empty, row.Rank.ToString(CultureInfo.InvariantCulture)]);
            rows.Add([.. cells]);
        }

        return TextTable.Csv(rows);

        static void Add(List<string> list, bool when, string lower, string upper)
        {
            if (when)
            {
                list.AddRange([lower, upper]);
            }
        }

        static string Exact(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
    }

    /// <inheritdoc/>
    public bool Equals(CustomerValueTable? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Model, other.Model, StringComparison.Ordinal)
                && Horizon == other.Horizon
                && Discount == other.Discount
                && MarginRate == other.MarginRate
                && Currency == other.Currency
                && ConfidenceLevel == other.ConfidenceLevel
                && Rows.SequenceEqual(other.Rows)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CustomerValueTable);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Model), Horizon, Discount, MarginRate, Currency, ConfidenceLevel, _order.Length);

    /// <summary>Compares two tables by value.</summary>
    /// <param name="left">The first table, or null.</param>
    /// <param name="right">The second table, or null.</param>
    /// <returns><see langword="true"/> when both are null or every member and row is equal, in the same order.</returns>
    public static bool operator ==(CustomerValueTable? left, CustomerValueTable? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two tables by value.</summary>
    /// <param name="left">The first table, or null.</param>
    /// <param name="right">The second table, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CustomerValueTable? left, CustomerValueTable? right) => !(left == right);

    /// <summary>A table read back from JSON: each row its own group, in the stored order.</summary>
    internal static CustomerValueTable FromRows(string model, Periods horizon, DiscountRate discount, decimal marginRate, Currency? currency, double? confidenceLevel, IReadOnlyList<CustomerValueRow> rows)
    {
        var entries = new Entry[rows.Count];
        var values = new Values[rows.Count];
        var order = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i] ?? throw new System.Text.Json.JsonException("CustomerValueTable.Rows must not hold null.");
            entries[i] = new Entry(r.CustomerId, r.Count, r.Frequency, r.Recency, r.T, i, r.Rank);
            values[i] = new Values(r.ProbabilityAlive, r.ExpectedPurchases, r.ExpectedSpend, r.Clv, r.ProbabilityAliveInterval, r.ExpectedPurchasesInterval, r.ClvInterval);
            order[i] = i;
        }

        return new CustomerValueTable(model, horizon, discount, marginRate, currency, confidenceLevel, entries, values, order);
    }

    /// <summary>P(alive) at display precision, with its interval when there is one.</summary>
    internal static string AliveText(CustomerValueRow row) =>
        Display.Percent(row.ProbabilityAlive)
        + (row.ProbabilityAliveInterval is { } ci ? $" [{Display.Percent(ci.Lower)}, {Display.Percent(ci.Upper)}]" : string.Empty);

    /// <summary>Expected purchases at display precision, with the interval when there is one.</summary>
    internal static string PurchasesText(CustomerValueRow row) =>
        Display.Count(row.ExpectedPurchases)
        + (row.ExpectedPurchasesInterval is { } ci ? $" [{Display.Count(ci.Lower)}, {Display.Count(ci.Upper)}]" : string.Empty);

    /// <summary>CLV at display precision (minor units, grouped, code), with the interval's ends before the code.</summary>
    internal static string ClvText(CustomerValueRow row)
    {
        if (row.Clv is not { } clv)
        {
            return Display.Undefined;
        }

        var text = Display.Money(clv);
        if (row.ClvInterval is not { } ci)
        {
            return text;
        }

        var code = " " + clv.Currency.Code;
        return $"{text[..^code.Length]} [{Number(ci.Lower)}, {Number(ci.Upper)}]{code}";

        string Number(Money? m) => m is { } v ? Display.Money(v)[..^code.Length] : "unbounded";
    }

    private static CustomerValueTable Build(
        IRepeatPurchaseModel model,
        RepeatPurchaseKernel kernel,
        GammaGamma? spend,
        double[]? purchaseCovariance,
        double[]? spendCovariance,
        IEnumerable<CustomerRfm> customers,
        decimal marginRate,
        DiscountRate discount,
        Periods horizon,
        double? level)
    {
        var plan = Clv.Plan.Of(kernel, spend, marginRate, discount, horizon);
        var rows = BgNbd.Rows(customers);
        var entries = new Entry[rows.Length];
        var keys = new Dictionary<(int, decimal, decimal, Money?), int>();
        var representatives = new List<(CustomerRfm Row, int Index)>();
        var unit = kernel.Unit;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row.Count == 0 || row.T.Unit != unit || row.Recency.Unit != unit || (spend is not null && row.MonetaryValue is { } m && m.Currency != spend.Currency))
            {
                Reject(row, string.Create(CultureInfo.InvariantCulture, $"customers[{i}]"), unit, spend);
            }

            var key = (row.Frequency, row.Recency.Count, row.T.Count, row.MonetaryValue);
            if (!keys.TryGetValue(key, out var group))
            {
                group = representatives.Count;
                keys.Add(key, group);
                representatives.Add((row, i));
            }

            entries[i] = new Entry(row.CustomerId, row.Count, row.Frequency, row.Recency, row.T, group, 0);
        }

        var values = new Values[representatives.Count];
        var computer = new Computer(kernel, spend, plan, purchaseCovariance, spendCovariance, level);
        if (values.Length >= 1024)
        {
            Parallel.For(0, values.Length, g => values[g] = computer.Compute(representatives[g].Row, representatives[g].Index));
        }
        else
        {
            for (var g = 0; g < values.Length; g++)
            {
                values[g] = computer.Compute(representatives[g].Row, representatives[g].Index);
            }
        }

        var order = RankOrder(entries, values, byClv: spend is not null);
        for (var position = 0; position < order.Length; position++)
        {
            entries[order[position]] = entries[order[position]] with { Rank = position + 1 };
        }

        return new CustomerValueTable(HoldoutValidation.NameOf(model), horizon, discount, marginRate, spend?.Currency, level, entries, values, order);
    }

    /// <summary>Throws for a default row, a row in another unit, or a row whose money is in another currency than the spend model's.</summary>
    private static void Reject(CustomerRfm row, string name, PeriodUnit unit, GammaGamma? spend)
    {
        row.T.Required(name);
        PeriodUnit.RequireSame(unit, "purchases", row.T.Unit, name);
        PeriodUnit.RequireSame(unit, "purchases", row.Recency.Unit, name);
        if (spend is not null && row.MonetaryValue is { } m && m.Currency != spend.Currency)
        {
            throw new CurrencyMismatchException(spend.Currency, m.Currency, name);
        }
    }

    /// <summary>
    /// The rank order: groups sorted by value (CLV, or expected purchases), descending, undefined last; rows bucketed by
    /// their group's tie class in one counting pass (input order kept), then each class of more than one row sorted by
    /// customer id and input position.
    /// </summary>
    private static int[] RankOrder(Entry[] entries, Values[] values, bool byClv)
    {
        var groups = new int[values.Length];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = g;
        }

        Array.Sort(groups, (a, b) =>
        {
            var c = Compare(byClv ? CustomerValueColumn.Clv : CustomerValueColumn.ExpectedPurchases, default, values[a], default, values[b], -1);
            return c != 0 ? c : a.CompareTo(b);
        });
        var tieClass = new int[values.Length];
        var classes = 0;
        for (var k = 0; k < groups.Length; k++)
        {
            if (k > 0 && Compare(byClv ? CustomerValueColumn.Clv : CustomerValueColumn.ExpectedPurchases, default, values[groups[k - 1]], default, values[groups[k]], -1) != 0)
            {
                classes++;
            }

            tieClass[groups[k]] = classes;
        }

        classes++;
        var start = new int[classes + 1];
        foreach (var entry in entries)
        {
            start[tieClass[entry.Group] + 1]++;
        }

        for (var c = 0; c < classes; c++)
        {
            start[c + 1] += start[c];
        }

        var order = new int[entries.Length];
        var next = (int[])start.Clone();
        for (var i = 0; i < entries.Length; i++)
        {
            order[next[tieClass[entries[i].Group]]++] = i;
        }

        for (var c = 0; c < classes; c++)
        {
            var length = start[c + 1] - start[c];
            if (length > 1)
            {
                order.AsSpan(start[c], length).Sort((i, j) => Tie(entries, i, j));
            }
        }

        return order;
    }

    private static int Tie(Entry[] entries, int i, int j)
    {
        var byId = string.CompareOrdinal(entries[i].Id, entries[j].Id);
        return byId != 0 ? byId : i.CompareTo(j);
    }

    /// <summary>Compares two rows by a column; <paramref name="sign"/> -1 for descending; nulls last either way.</summary>
    private static int Compare(CustomerValueColumn column, Entry a, Values va, Entry b, Values vb, int sign) => column switch
    {
        CustomerValueColumn.CustomerId => sign * string.CompareOrdinal(a.Id, b.Id),
        CustomerValueColumn.Count => sign * a.Count.CompareTo(b.Count),
        CustomerValueColumn.Frequency => sign * a.Frequency.CompareTo(b.Frequency),
        CustomerValueColumn.Recency => sign * a.Recency.Count.CompareTo(b.Recency.Count),
        CustomerValueColumn.T => sign * a.T.Count.CompareTo(b.T.Count),
        CustomerValueColumn.ProbabilityAlive => sign * va.Alive.CompareTo(vb.Alive),
        CustomerValueColumn.ExpectedPurchases => sign * va.Expected.CompareTo(vb.Expected),
        CustomerValueColumn.ExpectedSpend => NullsLast(va.Spend, vb.Spend, sign),
        CustomerValueColumn.Clv => NullsLast(va.Clv, vb.Clv, sign),
        _ => sign * a.Rank.CompareTo(b.Rank),
    };

    private static int NullsLast(Money? a, Money? b, int sign) => (a, b) switch
    {
        ({ } x, { } y) => sign * x.Amount.CompareTo(y.Amount),
        (null, null) => 0,
        (null, _) => 1,
        _ => -1,
    };

    private CustomerValueTable With(int[] order) =>
        new(Model, Horizon, Discount, MarginRate, Currency, ConfidenceLevel, _entries, _values, order);

    private string Heading()
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Model} customer value over {Horizon}, discount {Discount}, margin {Display.Percent(MarginRate)}: {Display.Count(Customers)} customers, {Display.Count(TotalExpectedPurchases)} expected purchases, CLV {Display.Money(TotalClv)}");
        return ConfidenceLevel is { } level ? string.Create(CultureInfo.InvariantCulture, $"{text} (intervals at {level * 100d:0.##}%)") : text;
    }

    private List<string[]> Cells()
    {
        var grouped = _order.Any(i => _entries[i].Count > 1);
        var header = new List<string> { "customer" };
        if (grouped)
        {
            header.Add("count");
        }

        header.AddRange(["x", "t_x", "T", "P(alive)", "purchases", "spend", "CLV", "rank"]);
        var cells = new List<string[]> { header.ToArray() };
        foreach (var row in Rows)
        {
            var line = new List<string> { row.CustomerId };
            if (grouped)
            {
                line.Add(Display.Count(row.Count));
            }

            line.AddRange(
            [
                Display.Count(row.Frequency),
                row.Recency.Count.ToString("0.00", CultureInfo.InvariantCulture),
                row.T.Count.ToString("0.00", CultureInfo.InvariantCulture),
                AliveText(row),
                PurchasesText(row),
                Display.Money(row.ExpectedSpend),
                ClvText(row),
                Display.Count(row.Rank),
            ]);
            cells.Add([.. line]);
        }

        return cells;
    }

    private bool[] Alignment()
    {
        var grouped = _order.Any(i => _entries[i].Count > 1);
        return grouped ? [false, true, true, true, true, true, true, true, true, true] : [false, true, true, true, true, true, true, true, true];
    }

    /// <summary>A row's who: id, count and history, its group of identical histories and its rank.</summary>
    private readonly record struct Entry(string Id, int Count, int Frequency, Periods Recency, Periods T, int Group, int Rank);

    /// <summary>The values of one distinct history.</summary>
    private readonly record struct Values(double Alive, double Expected, Money? Spend, Money? Clv, Estimate? AliveInterval, Estimate? ExpectedInterval, MoneyEstimate? ClvInterval);

    /// <summary>Computes the values of one history: the plain predictions and, with a level, their delta-method intervals.</summary>
    private sealed class Computer
    {
        private readonly RepeatPurchaseKernel _kernel;
        private readonly GammaGamma? _spend;
        private readonly Clv.Plan _plan;
        private readonly double[]? _purchaseCovariance;
        private readonly double[]? _spendCovariance;
        private readonly double _level;
        private readonly double _z;
        private readonly double _horizon;
        private readonly (RepeatPurchaseKernel Up, RepeatPurchaseKernel Down, Clv.Plan PlanUp, Clv.Plan PlanDown, double Width)[] _moved = [];
        private readonly (GammaGamma? Up, GammaGamma? Down, double Width)[] _spendMoved = [];

        internal Computer(RepeatPurchaseKernel kernel, GammaGamma? spend, Clv.Plan plan, double[]? purchaseCovariance, double[]? spendCovariance, double? level)
        {
            _kernel = kernel;
            _spend = spend;
            _plan = plan;
            _horizon = plan.Periods;
            if (level is not { } l)
            {
                return;
            }

            _level = l;
            _z = SpecialFunctions.NormalQuantile(0.5 + (l / 2d));
            var theta = kernel.Parameters;
            if (purchaseCovariance is { Length: > 0 } c && c.Length == theta.Length * theta.Length)
            {
                _purchaseCovariance = c;
                _moved = new (RepeatPurchaseKernel, RepeatPurchaseKernel, Clv.Plan, Clv.Plan, double)[theta.Length];
                for (var i = 0; i < theta.Length; i++)
                {
                    var h = GradientStep * Math.Max(Math.Abs(theta[i]), 1e-8);
                    var up = Moved(theta, i, h);
                    var down = Moved(theta, i, -h);
                    var kUp = kernel.With(up);
                    var kDown = kernel.With(down);
                    _moved[i] = (kUp, kDown, plan.With(kUp), plan.With(kDown), 2d * h);
                }
            }

            if (spend is not null && spendCovariance is { Length: 9 } s)
            {
                _spendCovariance = s;
                var phi = spend.ParameterValues;
                _spendMoved = new (GammaGamma?, GammaGamma?, double)[phi.Length];
                for (var i = 0; i < phi.Length; i++)
                {
                    var h = GradientStep * Math.Max(Math.Abs(phi[i]), 1e-8);
                    var up = Moved(phi, i, h);
                    var down = Moved(phi, i, -h);
                    _spendMoved[i] = (new GammaGamma(up[0], up[1], up[2], spend.Currency), new GammaGamma(down[0], down[1], down[2], spend.Currency), 2d * h);
                }
            }
        }

        internal Values Compute(CustomerRfm row, int index)
        {
            var x = (double)row.Frequency;
            var tx = (double)row.Recency.Count;
            var t = (double)row.T.Count;
            BgNbd.CheckRow(x, tx, t, index);
            var alive = _kernel.Alive(x, tx, t);
            var expected = _kernel.Expected(_horizon, x, tx, t);
            double? perTransaction = null;
            Money? spend = null;
            Money? clv = null;
            var discounted = 0d;
            if (_spend is not null)
            {
                perTransaction = _spend.ConditionalExpectedCore(row.Frequency, row.MonetaryValue, string.Create(CultureInfo.InvariantCulture, $"customers[{index}]"));
                if (perTransaction is { } m)
                {
                    spend = Discounting.ToMoneyOrUndefined(1m, _spend.Currency, m);
                    discounted = _plan.DiscountedPurchases(x, tx, t);
                    clv = _plan.Value(discounted, m);
                }
            }

            if (_purchaseCovariance is not { } cov)
            {
                return new Values(alive, expected, spend, clv, null, null, null);
            }

            var n = _moved.Length;
            Span<double> gAlive = stackalloc double[n];
            Span<double> gExpected = stackalloc double[n];
            Span<double> gDiscounted = stackalloc double[n];
            for (var i = 0; i < n; i++)
            {
                var (up, down, planUp, planDown, width) = _moved[i];
                gAlive[i] = (up.Alive(x, tx, t) - down.Alive(x, tx, t)) / width;
                gExpected[i] = (up.Expected(_horizon, x, tx, t) - down.Expected(_horizon, x, tx, t)) / width;
                if (clv is not null)
                {
                    gDiscounted[i] = (planUp.DiscountedPurchases(x, tx, t) - planDown.DiscountedPurchases(x, tx, t)) / width;
                }
            }

            var aliveInterval = Logit(alive, Quadratic(gAlive, cov));
            var expectedInterval = LogScale(expected, Quadratic(gExpected, cov));
            MoneyEstimate? clvInterval = null;
            if (clv is { } value && perTransaction is { } mean && _spendCovariance is { } spendCov)
            {
                clvInterval = ClvInterval(value, discounted, mean, Quadratic(gDiscounted, cov), row, index, spendCov);
            }

            return new Values(alive, expected, spend, clv, aliveInterval, expectedInterval, clvInterval);
        }

        private MoneyEstimate? ClvInterval(Money value, double discounted, double mean, double discountedVariance, CustomerRfm row, int index, double[] spendCov)
        {
            if (!(discounted > 0d && mean > 0d) || _plan.MarginRate == 0m)
            {
                return new MoneyEstimate(value, value, value, _level);
            }

            Span<double> gMean = stackalloc double[_spendMoved.Length];
            var name = string.Create(CultureInfo.InvariantCulture, $"customers[{index}]");
            for (var i = 0; i < gMean.Length; i++)
            {
                var (up, down, width) = _spendMoved[i];
                if (up!.ConditionalExpectedCore(row.Frequency, row.MonetaryValue, name) is not { } mUp
                    || down!.ConditionalExpectedCore(row.Frequency, row.MonetaryValue, name) is not { } mDown)
                {
                    return null;
                }

                gMean[i] = (mUp - mDown) / width;
            }

            var logVariance = (discountedVariance / (discounted * discounted)) + (Quadratic(gMean, spendCov) / (mean * mean));
            if (!(logVariance >= 0d) || double.IsPositiveInfinity(logVariance))
            {
                return null;
            }

            var spread = Math.Exp(_z * Math.Sqrt(logVariance));
            if (!double.IsFinite(spread))
            {
                return null;
            }

            return new MoneyEstimate(value, _plan.Value(discounted / spread, mean), _plan.Value(discounted * spread, mean), _level);
        }

        private Estimate? Logit(double p, double variance)
        {
            if (!(p > 0d && p < 1d))
            {
                return new Estimate(p, p, p, _level);
            }

            var odds = p * (1d - p);
            var se = Math.Sqrt(variance) / odds;
            if (!double.IsFinite(se))
            {
                return null;
            }

            var logit = Math.Log(p / (1d - p));
            return new Estimate(p, Logistic(logit - (_z * se)), Logistic(logit + (_z * se)), _level);
        }

        private Estimate? LogScale(double value, double variance)
        {
            if (!(value > 0d))
            {
                return new Estimate(value, value, value, _level);
            }

            var spread = Math.Exp(_z * Math.Sqrt(variance) / value);
            return double.IsFinite(spread) ? new Estimate(value, value / spread, value * spread, _level) : null;
        }

        private static double Logistic(double u) => 1d / (1d + Math.Exp(-u));

        /// <summary><c>g' S g</c> for a row-major symmetric S of the gradient's size; 0 or more (NaN when S is not usable).</summary>
        private static double Quadratic(ReadOnlySpan<double> g, double[] s)
        {
            var n = g.Length;
            var sum = 0d;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    sum += g[i] * s[(i * n) + j] * g[j];
                }
            }

            return Math.Max(0d, sum);
        }

        private static double[] Moved(double[] theta, int i, double h)
        {
            var moved = (double[])theta.Clone();
            moved[i] += h;
            return moved;
        }
    }

    /// <summary>The rows in the table's order, built on access from the shared storage.</summary>
    private sealed class RowView(CustomerValueTable table) : IReadOnlyList<CustomerValueRow>
    {
        public int Count => table._order.Length;

        public CustomerValueRow this[int index]
        {
            get
            {
                Guard.Index(index, Count, "rows");
                var entry = table._entries[table._order[index]];
                var v = table._values[entry.Group];
                return new CustomerValueRow(entry.Id, entry.Count, entry.Frequency, entry.Recency, entry.T, v.Alive, v.Expected, v.Spend, v.Clv, entry.Rank, v.AliveInterval, v.ExpectedInterval, v.ClvInterval);
            }
        }

        public IEnumerator<CustomerValueRow> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
