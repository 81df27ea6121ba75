using System.Diagnostics;
using System.Globalization;
using NodaTime;
using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The recency-frequency-monetary (RFM) summary of a transaction log: one <see cref="CustomerRfm"/> per customer, in an
/// explicit period unit, up to an explicit observation end, optionally split into calibration and holdout.
/// </summary>
/// <remarks>
/// <para>
/// Construction (<see cref="Build(IEnumerable{CustomerTransaction}, PeriodUnit, PurchaseMerging, LocalDate)"/>):
/// purchases are grouped by customer id (ordinal); purchases in the same day or period (<see cref="PurchaseMerging"/>)
/// merge into one transaction whose value is their sum; x = transactions - 1; t_x = periods from the first to the last
/// transaction; T = periods from the first transaction to the calibration end; monetary value = exact mean of the values
/// of the x repeat transactions.
/// </para>
/// <para>
/// Time: with <see cref="PurchaseMerging.SameDay"/>, t_x and T are day counts divided by the unit's days, kept as exact
/// decimals (days / 7 for weeks: 213 days is 30.428571... weeks), so nothing is rounded before a model sees it; with
/// <see cref="PurchaseMerging.SamePeriod"/> they are whole periods counted from each customer's first purchase. Dates are
/// inclusive: a purchase on the calibration end belongs to calibration.
/// </para>
/// <para>
/// Nothing is dropped silently: purchases after the observation end are excluded and counted in
/// <see cref="TransactionsAfterObservationEnd"/>; customers whose first purchase falls in the holdout are not in
/// <see cref="Customers"/> (they were not yet customers at the calibration end) and are counted in
/// <see cref="CustomersFirstSeenInHoldout"/>. Customers are ordered by id (ordinal), so the summary does not depend
/// on the order of the log. Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var summary = RfmSummary.Build(log, PeriodUnit.Week, PurchaseMerging.SameDay, new LocalDate(1997, 9, 30));
/// var fit = BgNbd.Fit(summary.Customers);
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class RfmSummary
{
    private RfmSummary(
        CustomerRfm[] customers,
        PeriodUnit unit,
        PurchaseMerging merging,
        Currency currency,
        LocalDate calibrationEnd,
        LocalDate observationEnd,
        Periods? holdoutLength,
        int afterEnd,
        int firstSeenInHoldout)
    {
        Customers = customers;
        Unit = unit;
        Merging = merging;
        Currency = currency;
        CalibrationEnd = calibrationEnd;
        ObservationEnd = observationEnd;
        HoldoutLength = holdoutLength;
        TransactionsAfterObservationEnd = afterEnd;
        CustomersFirstSeenInHoldout = firstSeenInHoldout;
    }

    /// <summary>Gets the customers with at least one purchase by the calibration end, ordered by id (ordinal).</summary>
    public IReadOnlyList<CustomerRfm> Customers { get; }

    /// <summary>Gets the period unit recency, T and the holdout length are counted in.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets how purchases were merged into transactions.</summary>
    public PurchaseMerging Merging { get; }

    /// <summary>Gets the currency of every value in the log.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the last date (inclusive) of the calibration period; equals <see cref="ObservationEnd"/> without a holdout split.</summary>
    public LocalDate CalibrationEnd { get; }

    /// <summary>Gets the last date (inclusive) of observation.</summary>
    public LocalDate ObservationEnd { get; }

    /// <summary>Gets the length of the holdout period (calibration end to observation end); null without a holdout split.</summary>
    public Periods? HoldoutLength { get; }

    /// <summary>Gets the number of log lines dated after the observation end, which the summary excludes.</summary>
    public int TransactionsAfterObservationEnd { get; }

    /// <summary>Gets the number of customers whose first purchase is in the holdout period (not in <see cref="Customers"/>).</summary>
    public int CustomersFirstSeenInHoldout { get; }

    /// <summary>Summarises a transaction log up to an observation end, without a holdout split.</summary>
    /// <param name="transactions">The log, in any order; every line needs a customer id.</param>
    /// <param name="unit">The period unit for recency and T (for example <see cref="PeriodUnit.Week"/>).</param>
    /// <param name="merging">Whether purchases merge per day (fractional periods) or per period (whole periods).</param>
    /// <param name="observationEnd">The last date observed, inclusive; later lines are excluded and counted.</param>
    /// <returns>The summary, one row per customer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A line has no customer id or no currency (the message names its index), currencies differ
    /// (<see cref="CurrencyMismatchException"/>), no line is on or before the observation end, <paramref name="unit"/> is
    /// the default, or <see cref="PurchaseMerging.SameDay"/> is asked for with a calendar unit.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A line has a negative value, or <paramref name="merging"/> is not defined.</exception>
    public static RfmSummary Build(IEnumerable<CustomerTransaction> transactions, PeriodUnit unit, PurchaseMerging merging, LocalDate observationEnd) =>
        BuildCore(transactions, unit, merging, observationEnd, observationEnd, holdout: false);

    /// <summary>Summarises a transaction log with a calibration/holdout split.</summary>
    /// <param name="transactions">The log, in any order; every line needs a customer id.</param>
    /// <param name="unit">The period unit for recency, T and the holdout length.</param>
    /// <param name="merging">Whether purchases merge per day (fractional periods) or per period (whole periods).</param>
    /// <param name="calibrationEnd">The last date of calibration, inclusive: x, t_x, T and the monetary value use purchases up to it.</param>
    /// <param name="observationEnd">The last date of the holdout, inclusive, on or after <paramref name="calibrationEnd"/>.</param>
    /// <returns>
    /// The summary; each row's <see cref="CustomerRfm.HoldoutFrequency"/> counts merged transactions in the holdout (a
    /// purchase merging with a calibration transaction of the same day or period is not a new transaction) and
    /// <see cref="CustomerRfm.HoldoutValue"/> sums every holdout purchase.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A line has no customer id or no currency (naming its index), currencies differ (<see cref="CurrencyMismatchException"/>),
    /// no line is on or before the calibration end, <paramref name="observationEnd"/> is before <paramref name="calibrationEnd"/>,
    /// <paramref name="unit"/> is the default, or <see cref="PurchaseMerging.SameDay"/> is asked for with a calendar unit.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A line has a negative value, or <paramref name="merging"/> is not defined.</exception>
    public static RfmSummary Build(
        IEnumerable<CustomerTransaction> transactions,
        PeriodUnit unit,
        PurchaseMerging merging,
        LocalDate calibrationEnd,
        LocalDate observationEnd)
    {
        RfmSummary.CheckObservationEnd(calibrationEnd, observationEnd);

        return BuildCore(transactions, unit, merging, calibrationEnd, observationEnd, holdout: true);
    }

    /// <summary>Returns a one-line description, for example <c>RFM of 2357 customers per week to 1997-09-30 (SameDay), 0 lines after the end</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"RFM of {Customers.Count} customers per {PerPeriod<decimal>.UnitWords(Unit)} to {CalibrationEnd:uuuu-MM-dd}{(HoldoutLength is { } h ? $" + holdout {h}" : string.Empty)} ({Merging}), {TransactionsAfterObservationEnd} lines after the end");

    private static RfmSummary BuildCore(
        IEnumerable<CustomerTransaction> transactions,
        PeriodUnit unit,
        PurchaseMerging merging,
        LocalDate calibrationEnd,
        LocalDate observationEnd,
        bool holdout)
    {
        var (byCustomer, currency, afterEnd, index) = ReadLog(transactions, unit, merging, observationEnd);
        var ids = byCustomer.Keys.ToArray();
        Array.Sort(ids, StringComparer.Ordinal);
        var rows = new List<CustomerRfm>(ids.Length);
        var firstSeenInHoldout = 0;
        foreach (var id in ids)
        {
            var purchases = byCustomer[id];
            purchases.Sort((x, y) => x.Date.CompareTo(y.Date));
            var first = purchases[0].Date;
            if (first > calibrationEnd)
            {
                firstSeenInHoldout++;
                continue;
            }

            rows.Add(Summarise(id, purchases, first, unit, merging, calibrationEnd, currency, holdout));
        }

        if (rows.Count == 0)
        {
            Guard.ThrowArgument(
                nameof(transactions),
                string.Create(CultureInfo.InvariantCulture, $"transactions must hold at least one purchase on or before {calibrationEnd:uuuu-MM-dd}, had {index} lines ({afterEnd} after the observation end)."));
        }

        Periods? holdoutLength = holdout ? new Periods(Count(calibrationEnd, observationEnd, unit, merging), unit) : null;
        return new RfmSummary([.. rows], unit, merging, currency, calibrationEnd, observationEnd, holdoutLength, afterEnd, firstSeenInHoldout);
    }

    /// <summary>The one rule for a holdout's end, shared by every reader of a split log: it is on or after the calibration end.</summary>
    internal static void CheckObservationEnd(LocalDate calibrationEnd, LocalDate observationEnd)
    {
        if (observationEnd < calibrationEnd)
        {
            Guard.ThrowArgument(
                nameof(observationEnd),
                $"observationEnd must be on or after calibrationEnd ({calibrationEnd:uuuu-MM-dd}), was {observationEnd:uuuu-MM-dd}.");
        }
    }

    /// <summary>
    /// Checks the unit and merging rule and reads a log up to an observation end: purchases grouped by customer id
    /// (ordinal), the log's one currency, the number of lines after the end and the number of lines read. Shared by
    /// <see cref="Build(IEnumerable{CustomerTransaction}, PeriodUnit, PurchaseMerging, LocalDate)"/> and
    /// <see cref="RepeatTransactionTracking"/>, so both accept and refuse the same logs with the same messages.
    /// </summary>
    internal static (Dictionary<string, List<(LocalDate Date, decimal Value)>> ByCustomer, Currency Currency, int AfterEnd, int Lines) ReadLog(
        IEnumerable<CustomerTransaction> transactions,
        PeriodUnit unit,
        PurchaseMerging merging,
        LocalDate observationEnd)
    {
        Guard.NotNull(transactions);
        PeriodUnit.Required(unit, nameof(unit));
        if (merging is not (PurchaseMerging.SameDay or PurchaseMerging.SamePeriod))
        {
            Guard.ThrowOutOfRange(nameof(merging), merging, "must be PurchaseMerging.SameDay or PurchaseMerging.SamePeriod");
        }

        if (merging == PurchaseMerging.SameDay && !unit.IsFixedLength)
        {
            Guard.ThrowArgument(
                nameof(merging),
                $"merging SameDay counts fractional periods as days / days per period, which needs a fixed-length unit (days or weeks), but unit was {unit}; use PurchaseMerging.SamePeriod for calendar units.");
        }

        var byCustomer = new Dictionary<string, List<(LocalDate Date, decimal Value)>>(StringComparer.Ordinal);
        var currency = default(Currency);
        var afterEnd = 0;
        var index = 0;
        foreach (var line in transactions)
        {
            if (line.CustomerId is null || line.Value.IsDefault)
            {
                Guard.ThrowArgument(
                    nameof(transactions),
                    string.Create(CultureInfo.InvariantCulture, $"transactions[{index}] must have a customer id and a value in a currency, was default(CustomerTransaction) or a default value: {line}."));
            }

            if (line.Value.Amount < 0m)
            {
                Guard.ThrowOutOfRange(string.Create(CultureInfo.InvariantCulture, $"transactions[{index}].Value"), line.Value, "must be non-negative");
            }

            if (currency.IsDefault)
            {
                currency = line.Value.Currency;
            }
            else if (line.Value.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, line.Value.Currency, string.Create(CultureInfo.InvariantCulture, $"transactions[{index}]"));
            }

            if (line.Date > observationEnd)
            {
                afterEnd++;
            }
            else
            {
                if (!byCustomer.TryGetValue(line.CustomerId, out var purchases))
                {
                    purchases = [];
                    byCustomer.Add(line.CustomerId, purchases);
                }

                purchases.Add((line.Date, line.Value.Amount));
            }

            index++;
        }

        return (byCustomer, currency, afterEnd, index);
    }

    /// <summary>The merge key of a purchase: its day, or its whole period, counted from the customer's first purchase.</summary>
    internal static long MergeKey(LocalDate first, LocalDate date, PeriodUnit unit, PurchaseMerging merging) =>
        merging == PurchaseMerging.SameDay
            ? Period.Between(first, date, PeriodUnits.Days).Days
            : unit.WholePeriodsBetween(first, date);

    private static CustomerRfm Summarise(
        string id,
        List<(LocalDate Date, decimal Value)> purchases,
        LocalDate first,
        PeriodUnit unit,
        PurchaseMerging merging,
        LocalDate calibrationEnd,
        Currency currency,
        bool holdout)
    {
        // Purchases are sorted by date, so equal merge keys are adjacent.
        var transactions = 0;
        var lastKey = long.MinValue;
        var lastDate = first;
        var firstValue = 0m;
        var repeatValue = 0m;
        var holdoutTransactions = 0;
        var holdoutValue = 0m;
        foreach (var (date, value) in purchases)
        {
            var key = MergeKey(first, date, unit, merging);
            var isNew = key != lastKey;
            lastKey = key;
            if (date <= calibrationEnd)
            {
                if (isNew)
                {
                    transactions++;
                    lastDate = date;
                }

                if (transactions == 1)
                {
                    firstValue += value;
                }
                else
                {
                    repeatValue += value;
                }
            }
            else
            {
                holdoutValue += value;
                if (isNew)
                {
                    holdoutTransactions++;
                }
            }
        }

        Debug.Assert(firstValue >= 0m, "Values are non-negative.");
        var frequency = transactions - 1;
        var recency = new Periods(Count(first, lastDate, unit, merging), unit);
        var t = new Periods(Count(first, calibrationEnd, unit, merging), unit);
        Money? monetary = frequency > 0 ? new Money(repeatValue / frequency, currency) : null;
        return CustomerRfm.Trusted(
            id,
            frequency,
            recency,
            t,
            monetary,
            holdout ? holdoutTransactions : null,
            holdout ? new Money(holdoutValue, currency) : null);
    }

    /// <summary>Periods from <paramref name="start"/> to <paramref name="end"/>: exact days / days per period, or whole periods.</summary>
    private static decimal Count(LocalDate start, LocalDate end, PeriodUnit unit, PurchaseMerging merging) =>
        merging == PurchaseMerging.SameDay
            ? (decimal)Period.Between(start, end, PeriodUnits.Days).Days / unit.DaysPerPeriod
            : unit.WholePeriodsBetween(start, end);
}
