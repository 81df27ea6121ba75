using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The tracking plot of Fader, Hardie and Lee (2005, "Counting Your Customers the Easy Way", figure 2): cumulative repeat
/// transactions per period over the calibration and holdout periods, actual (from the transaction log) against each
/// model's expectation for the same customers, each customer counted from their own first purchase.
/// </summary>
/// <remarks>
/// <para>
/// Built from a transaction log (<see cref="Of"/>), read and merged exactly as
/// <see cref="RfmSummary.Build(IEnumerable{CustomerTransaction}, PeriodUnit, PurchaseMerging, LocalDate, LocalDate)"/>
/// does (same checks, same merging of same-day or same-period purchases), so the customers are those of the summary: the
/// ones whose first purchase is on or before the calibration end. Customers first seen in the holdout are left out of
/// both the actual and the expected series and counted in <see cref="CustomersFirstSeenInHoldout"/>.
/// </para>
/// <para>
/// Periods: period 1 starts on <see cref="Start"/>, the earliest first purchase; period k ends on the day before
/// <c>Start + k</c> periods of the unit (calendar arithmetic for months), the last period ending on the observation end
/// (it may be shorter). Actual: the repeat transactions (every merged transaction after a customer's first) dated up to
/// the end of each period, cumulated. Expected: <c>sum over customers i of E[X(t_ik)]</c>, where E[X(t)] is the model's
/// unconditional expectation (<see cref="IRepeatPurchaseModel.ExpectedPurchases"/>) and t_ik is the time from the
/// customer's first purchase to the end of period k, counted as the model's rows are: days / days per period up to the
/// start of the next day (<see cref="PurchaseMerging.SameDay"/>), or whole periods (<see cref="PurchaseMerging.SamePeriod"/>).
/// This is the expectation BTYD and lifetimes plot (<c>expected_cumulative_transactions</c>).
/// </para>
/// <para>Render with <see cref="ToString"/> (aligned text), <see cref="ToMarkdown"/> or <see cref="ToCsv"/>; JSON through
/// <see cref="PerfMetricsJsonConverterFactory"/>. Value equality. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var tracking = RepeatTransactionTracking.Of(log, PeriodUnit.Week, PurchaseMerging.SameDay,
///     new LocalDate(1997, 9, 30), new LocalDate(1998, 6, 30), [bgNbd.Model, paretoNbd.Model]);
/// var week78 = tracking.Actual[^1]; // 4339 repeat transactions on CDNOW
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class RepeatTransactionTracking : IEquatable<RepeatTransactionTracking>, System.Numerics.IEqualityOperators<RepeatTransactionTracking, RepeatTransactionTracking, bool>
{
    private readonly string[] _models;
    private readonly LocalDate[] _ends;
    private readonly int[] _actual;
    private readonly double[][] _expected;

    private RepeatTransactionTracking(
        PeriodUnit unit,
        PurchaseMerging merging,
        LocalDate start,
        LocalDate calibrationEnd,
        LocalDate observationEnd,
        int customers,
        int firstSeenInHoldout,
        string[] models,
        int[] actual,
        double[][] expected,
        int calibrationTotal,
        int holdoutTotal)
    {
        Unit = unit;
        Merging = merging;
        Start = start;
        CalibrationEnd = calibrationEnd;
        ObservationEnd = observationEnd;
        Customers = customers;
        CustomersFirstSeenInHoldout = firstSeenInHoldout;
        _models = models;
        _ends = [.. Boundaries(unit, start, observationEnd).Select(b => b.PlusDays(-1))];
        _actual = actual;
        _expected = expected;
        ActualCalibrationTotal = calibrationTotal;
        ActualHoldoutTotal = holdoutTotal;
        CalibrationPeriods = _ends.Count(e => e <= calibrationEnd);
    }

    /// <summary>Gets the period unit of the series and of the models.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets how purchases were merged into transactions.</summary>
    public PurchaseMerging Merging { get; }

    /// <summary>Gets the first day of period 1: the earliest first purchase of a tracked customer.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last date (inclusive) of the calibration period.</summary>
    public LocalDate CalibrationEnd { get; }

    /// <summary>Gets the last date (inclusive) of the holdout period, the end of the last period.</summary>
    public LocalDate ObservationEnd { get; }

    /// <summary>Gets the number of customers tracked (first purchase on or before the calibration end).</summary>
    public int Customers { get; }

    /// <summary>Gets the number of customers whose first purchase is in the holdout period (not tracked).</summary>
    public int CustomersFirstSeenInHoldout { get; }

    /// <summary>Gets the models' names in column order, for example <c>BG/NBD</c>, <c>Pareto/NBD</c>.</summary>
    public IReadOnlyList<string> Models => Array.AsReadOnly(_models);

    /// <summary>Gets the last day (inclusive) of each period 1, 2, ...; the last is <see cref="ObservationEnd"/>.</summary>
    public IReadOnlyList<LocalDate> PeriodEnds => Array.AsReadOnly(_ends);

    /// <summary>Gets the number of periods that end on or before <see cref="CalibrationEnd"/> (where a chart marks the split).</summary>
    public int CalibrationPeriods { get; }

    /// <summary>Gets the actual cumulative repeat transactions at the end of each period (non-decreasing).</summary>
    public IReadOnlyList<int> Actual => Array.AsReadOnly(_actual);

    /// <summary>Gets the repeat transactions dated on or before the calibration end (the sum of the customers' x).</summary>
    public int ActualCalibrationTotal { get; }

    /// <summary>Gets the repeat transactions dated after the calibration end, up to the observation end (the sum of the holdout frequencies).</summary>
    public int ActualHoldoutTotal { get; }

    /// <summary>Returns a model's expected cumulative repeat transactions at the end of each period (non-decreasing).</summary>
    /// <param name="model">The model's index in <see cref="Models"/>.</param>
    /// <returns>One value per period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not an index of <see cref="Models"/>.</exception>
    public IReadOnlyList<double> Expected(int model)
    {
        Guard.Index(model, _models.Length, "models");
        return Array.AsReadOnly(_expected[model]);
    }

    /// <summary>Tracks actual against expected cumulative repeat transactions, per period, from a transaction log.</summary>
    /// <param name="transactions">The log, in any order; every line needs a customer id (read as by <see cref="RfmSummary"/>).</param>
    /// <param name="unit">The period unit of the series; every model must be in it.</param>
    /// <param name="merging">Whether purchases merge per day or per period (as for the summary the models were fitted on).</param>
    /// <param name="calibrationEnd">The last date of calibration, inclusive: customers first seen after it are not tracked.</param>
    /// <param name="observationEnd">The last date of the holdout, inclusive, on or after <paramref name="calibrationEnd"/>.</param>
    /// <param name="models">The fitted models, at least one, each in <paramref name="unit"/>.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> or <paramref name="models"/> (or one of them) is null.</exception>
    /// <exception cref="ArgumentException">
    /// A line has no customer id or no currency, currencies differ (<see cref="CurrencyMismatchException"/>), no line is on
    /// or before the calibration end, <paramref name="observationEnd"/> is before <paramref name="calibrationEnd"/>,
    /// <paramref name="unit"/> is the default, <see cref="PurchaseMerging.SameDay"/> is asked for with a calendar unit,
    /// there is no model, or a model is in another unit.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A line has a negative value, or <paramref name="merging"/> is not defined.</exception>
    public static RepeatTransactionTracking Of(
        IEnumerable<CustomerTransaction> transactions,
        PeriodUnit unit,
        PurchaseMerging merging,
        LocalDate calibrationEnd,
        LocalDate observationEnd,
        IReadOnlyList<IRepeatPurchaseModel> models)
    {
        RfmSummary.CheckObservationEnd(calibrationEnd, observationEnd);

        var (byCustomer, _, afterEnd, lines) = RfmSummary.ReadLog(transactions, unit, merging, observationEnd);
        HoldoutValidation.CheckModels(models, unit, nameof(unit));

        // Per customer: the first purchase (an acquisition) and the dates of the repeat transactions.
        var acquisitions = new SortedDictionary<LocalDate, int>();
        var repeats = new List<LocalDate>();
        var firstSeenInHoldout = 0;
        var customers = 0;
        foreach (var purchases in byCustomer.Values)
        {
            purchases.Sort((x, y) => x.Date.CompareTo(y.Date));
            var first = purchases[0].Date;
            if (first > calibrationEnd)
            {
                firstSeenInHoldout++;
                continue;
            }

            customers++;
            acquisitions[first] = acquisitions.GetValueOrDefault(first) + 1;
            var lastKey = 0L;
            foreach (var (date, _) in purchases)
            {
                var key = RfmSummary.MergeKey(first, date, unit, merging);
                if (key != lastKey)
                {
                    repeats.Add(date);
                    lastKey = key;
                }
            }
        }

        if (customers == 0)
        {
            Guard.ThrowArgument(
                nameof(transactions),
                string.Create(CultureInfo.InvariantCulture, $"transactions must hold at least one purchase on or before {calibrationEnd:uuuu-MM-dd}, had {lines} lines ({afterEnd} after the observation end)."));
        }

        var start = acquisitions.Keys.First();
        var boundaries = Boundaries(unit, start, observationEnd);
        var periods = boundaries.Length;

        // Actual: each repeat transaction in the period whose boundary is the first one after its date.
        var actual = new int[periods];
        var calibrationTotal = 0;
        foreach (var date in repeats)
        {
            var k = Array.BinarySearch(boundaries, date);
            actual[k >= 0 ? k + 1 : ~k]++;
            if (date <= calibrationEnd)
            {
                calibrationTotal++;
            }
        }

        for (var k = 1; k < periods; k++)
        {
            actual[k] = checked(actual[k] + actual[k - 1]);
        }

        // Expected: E[X(t)] depends only on the time from a first purchase to a boundary, so each model computes it once
        // per distinct time; with SameDay merging that time is a whole number of days (its key), counted once per pair.
        var expected = new double[models.Count][];
        var caches = new Dictionary<long, double>[models.Count];
        for (var m = 0; m < models.Count; m++)
        {
            expected[m] = new double[periods];
            caches[m] = [];
        }

        var firstDays = acquisitions.Keys.Select(first => (long)Period.Between(start, first, PeriodUnits.Days).Days).ToArray();
        var counts = acquisitions.Values.ToArray();
        var firsts = acquisitions.Keys.ToArray();
        for (var k = 0; k < periods; k++)
        {
            var boundaryDay = (long)Period.Between(start, boundaries[k], PeriodUnits.Days).Days;
            for (var i = 0; i < firsts.Length && firsts[i] < boundaries[k]; i++)
            {
                var key = merging == PurchaseMerging.SameDay ? boundaryDay - firstDays[i] : unit.WholePeriodsBetween(firsts[i], boundaries[k]);
                for (var m = 0; m < models.Count; m++)
                {
                    if (!caches[m].TryGetValue(key, out var value))
                    {
                        var age = merging == PurchaseMerging.SameDay ? (decimal)key / unit.DaysPerPeriod : key;
                        value = models[m].ExpectedPurchases(new Periods(age, unit));
                        caches[m].Add(key, value);
                    }

                    expected[m][k] += counts[i] * value;
                }
            }
        }

        return new RepeatTransactionTracking(
            unit,
            merging,
            start,
            calibrationEnd,
            observationEnd,
            customers,
            firstSeenInHoldout,
            [.. models.Select(HoldoutValidation.NameOf)],
            actual,
            expected,
            calibrationTotal,
            repeats.Count - calibrationTotal);
    }

    /// <summary>Returns the series as aligned plain text: one line per period (its number, last day, calibration or holdout, actual, each model).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => TextTable.Render(Cells(), Alignment);

    /// <summary>Returns the same series as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), Alignment);

    /// <summary>Returns the same series as CSV (RFC 4180, invariant numbers in round-trip form, a header line).</summary>
    /// <returns>CSV text, lines ending in <c>\n</c>.</returns>
    public string ToCsv() => HoldoutValidation.Csv(Cells(roundTrip: true));

    /// <inheritdoc/>
    public bool Equals(RepeatTransactionTracking? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Unit == other.Unit
                && Merging == other.Merging
                && Start == other.Start
                && CalibrationEnd == other.CalibrationEnd
                && ObservationEnd == other.ObservationEnd
                && Customers == other.Customers
                && CustomersFirstSeenInHoldout == other.CustomersFirstSeenInHoldout
                && ActualCalibrationTotal == other.ActualCalibrationTotal
                && ActualHoldoutTotal == other.ActualHoldoutTotal
                && _models.AsSpan().SequenceEqual(other._models)
                && _actual.AsSpan().SequenceEqual(other._actual)
                && _expected.Length == other._expected.Length
                && _expected.Select((e, m) => e.AsSpan().SequenceEqual(other._expected[m])).All(same => same)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RepeatTransactionTracking);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Unit, Start, ObservationEnd, Customers, _actual.Length == 0 ? 0 : _actual[^1], _models.Length);

    /// <summary>Compares two series for value equality (every field, every value).</summary>
    /// <param name="left">The first series.</param>
    /// <param name="right">The second series.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(RepeatTransactionTracking? left, RepeatTransactionTracking? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two series for inequality.</summary>
    /// <param name="left">The first series.</param>
    /// <param name="right">The second series.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RepeatTransactionTracking? left, RepeatTransactionTracking? right) => !(left == right);

    /// <summary>Rebuilds a stored series (JSON), checking that its parts fit together.</summary>
    internal static RepeatTransactionTracking FromStored(
        PeriodUnit unit,
        PurchaseMerging merging,
        LocalDate start,
        LocalDate calibrationEnd,
        LocalDate observationEnd,
        int customers,
        int firstSeenInHoldout,
        IReadOnlyList<string> models,
        IReadOnlyList<int> actual,
        IReadOnlyList<IReadOnlyList<double>> expected,
        int calibrationTotal,
        int holdoutTotal)
    {
        PeriodUnit.Required(unit, nameof(unit));
        if (!(start <= calibrationEnd && calibrationEnd <= observationEnd))
        {
            Guard.ThrowArgument(nameof(calibrationEnd), $"Start, CalibrationEnd and ObservationEnd must be in that order, were {start:uuuu-MM-dd}, {calibrationEnd:uuuu-MM-dd}, {observationEnd:uuuu-MM-dd}.");
        }

        var periods = Boundaries(unit, start, observationEnd).Length;
        if (actual.Count != periods || models.Count == 0 || expected.Count != models.Count || expected.Any(e => e.Count != periods))
        {
            Guard.ThrowArgument(
                nameof(actual),
                string.Create(CultureInfo.InvariantCulture, $"Actual and each model's Expected must hold one value per period ({periods} from {start:uuuu-MM-dd} to {observationEnd:uuuu-MM-dd} per {unit}), with at least one model and one Expected series per model."));
        }

        if (actual[^1] != (long)calibrationTotal + holdoutTotal || customers < 1 || firstSeenInHoldout < 0 || calibrationTotal < 0 || holdoutTotal < 0)
        {
            Guard.ThrowArgument(nameof(actual), "the last Actual value must be ActualCalibrationTotal + ActualHoldoutTotal, with non-negative totals and at least one customer.");
        }

        return new RepeatTransactionTracking(
            unit, merging, start, calibrationEnd, observationEnd, customers, firstSeenInHoldout, [.. models], [.. actual], [.. expected.Select(e => e.ToArray())], calibrationTotal, holdoutTotal);
    }

    /// <summary>The day after each period's last day: <c>Start + k</c> periods, the last one capped at the day after the observation end.</summary>
    private static LocalDate[] Boundaries(PeriodUnit unit, LocalDate start, LocalDate observationEnd)
    {
        var end = observationEnd.PlusDays(1);
        var boundaries = new List<LocalDate>();
        for (var k = 1; ; k++)
        {
            var next = unit.AddTo(start, k);
            if (next >= end)
            {
                boundaries.Add(end);
                return [.. boundaries];
            }

            boundaries.Add(next);
        }
    }

    private bool[] Alignment => [true, false, false, true, .. _models.Select(_ => true)];

    private List<string[]> Cells(bool roundTrip = false)
    {
        string F(double v) => roundTrip ? v.ToString("R", CultureInfo.InvariantCulture) : v.ToString("0.0", CultureInfo.InvariantCulture);
        string[] header = ["period", "end", "split", "actual", .. _models];
        var rows = new List<string[]>(_ends.Length + 1) { header };
        for (var k = 0; k < _ends.Length; k++)
        {
            rows.Add([
                (k + 1).ToString(CultureInfo.InvariantCulture),
                _ends[k].ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                _ends[k] <= CalibrationEnd ? "calibration" : "holdout",
                _actual[k].ToString(CultureInfo.InvariantCulture),
                .. _expected.Select(e => F(e[k])),
            ]);
        }

        return rows;
    }
}
