using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// Repeat-purchase models checked against a holdout period, side by side: the report of Fader, Hardie and Lee (2005,
/// "Counting Your Customers the Easy Way", figure 4): the mean number of holdout transactions of the customers with each
/// calibration frequency 0, 1, ..., 7+, actual against each model's conditional expectation; the totals; and a chi-square
/// goodness of fit of each model to the calibration frequency histogram.
/// </summary>
/// <remarks>
/// <para>
/// Predicted holdout transactions of a customer: <c>E[Y(h) | x, t_x, T]</c> over the holdout length h (the same unit as
/// the models). Expected calibration histogram: the number of customers with k repeat purchases is
/// <c>sum over customers of P(X(T_i) = k)</c> for k = 0..6 and the rest for 7+; chi-square = <c>sum over the 8 classes of
/// (observed - expected)^2 / expected</c>, with 8 - 1 - (number of parameters) degrees of freedom (3 for the
/// four-parameter models). Grouped rows count as their <see cref="CustomerRfm.Count"/> customers.
/// </para>
/// <para>
/// The discrete-time <see cref="BgBb"/> gets the same report from a transaction log in whole-period opportunities
/// (<see cref="Of(IEnumerable{CustomerTransaction}, PeriodUnit, NodaTime.LocalDate, NodaTime.LocalDate, IReadOnlyList{BgBb})"/>):
/// there the counts are opportunities with a purchase, not transactions.
/// </para>
/// <para>Render with <see cref="ToString"/> (aligned text), <see cref="ToMarkdown"/> or <see cref="ToCsv"/>; JSON through
/// <see cref="PerfMetricsJsonConverterFactory"/>. The per-period tracking series of the same paper is
/// <see cref="RepeatTransactionTracking"/>. Value equality. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class HoldoutValidation : IEquatable<HoldoutValidation>, System.Numerics.IEqualityOperators<HoldoutValidation, HoldoutValidation, bool>
{
    /// <summary>The highest calibration frequency with its own class; the last class is this number and more.</summary>
    internal const int TopClass = 7;

    private readonly string[] _models;
    private readonly double[] _customers;
    private readonly double[] _actual;
    private readonly double[][] _predicted;
    private readonly double[] _predictedTotals;
    private readonly double[] _chiSquare;

    private HoldoutValidation(string[] models, double[] customers, double[] actual, double[][] predicted, double actualTotal, double[] predictedTotals, double[] chiSquare)
    {
        _models = models;
        _customers = customers;
        _actual = actual;
        _predicted = predicted;
        _predictedTotals = predictedTotals;
        _chiSquare = chiSquare;
        ActualTotal = actualTotal;
    }

    /// <summary>Gets the models' names in column order, for example <c>BG/NBD</c>, <c>Pareto/NBD</c>.</summary>
    public IReadOnlyList<string> Models => Array.AsReadOnly(_models);

    /// <summary>Gets the number of customers in each calibration-frequency class 0, 1, ..., 7+.</summary>
    public IReadOnlyList<double> Customers => Array.AsReadOnly(_customers);

    /// <summary>Gets the actual mean number of holdout transactions per class (null where a class has no customer).</summary>
    public IReadOnlyList<double?> ActualMeans => Array.AsReadOnly(_actual.Select((a, k) => _customers[k] > 0d ? a : (double?)null).ToArray());

    /// <summary>Gets the total number of holdout transactions actually made.</summary>
    public double ActualTotal { get; }

    /// <summary>Gets each model's total expected holdout transactions, in the order of <see cref="Models"/>.</summary>
    public IReadOnlyList<double> PredictedTotals => Array.AsReadOnly(_predictedTotals);

    /// <summary>Gets each model's chi-square statistic on the calibration frequency histogram, in the order of <see cref="Models"/>.</summary>
    public IReadOnlyList<double> ChiSquare => Array.AsReadOnly(_chiSquare);

    /// <summary>Returns a model's mean expected holdout transactions per class 0..7+ (null where a class has no customer).</summary>
    /// <param name="model">The model's index in <see cref="Models"/>.</param>
    /// <returns>Eight means.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="model"/> is not an index of <see cref="Models"/>.</exception>
    public IReadOnlyList<double?> PredictedMeans(int model)
    {
        Guard.Index(model, _models.Length, "models");
        return Array.AsReadOnly(_predicted[model].Select((p, k) => _customers[k] > 0d ? p : (double?)null).ToArray());
    }

    /// <summary>Compares models with the holdout of a summary built with a calibration/holdout split.</summary>
    /// <param name="summary">A summary from <see cref="RfmSummary.Build(IEnumerable{CustomerTransaction}, PeriodUnit, PurchaseMerging, NodaTime.LocalDate, NodaTime.LocalDate)"/>, with a holdout.</param>
    /// <param name="models">The fitted models, at least one, each in the summary's unit.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> or <paramref name="models"/> (or one of them) is null.</exception>
    /// <exception cref="ArgumentException">The summary has no holdout, there is no model, or a model is in another unit.</exception>
    public static HoldoutValidation Of(RfmSummary summary, IReadOnlyList<IRepeatPurchaseModel> models)
    {
        Guard.NotNull(summary);
        Guard.NotNull(models);
        if (summary.HoldoutLength is not { } holdout)
        {
            Guard.ThrowArgument(nameof(summary), "summary must have a holdout period (build it with a calibration end and an observation end).");
            return null!;
        }

        CheckModels(models, summary.Unit, nameof(summary));
        var histogram = new Dictionary<(int Model, decimal T), double[]>();
        return Tabulate(
            summary.Customers,
            [.. models.Select(NameOf)],
            c => c.Frequency,
            c => c.Count,
            c => c.HoldoutFrequency ?? 0,
            (m, c) => models[m].ConditionalExpectedPurchases(holdout, c),
            (m, c) => Cached(histogram, (m, c.T.Count), j => models[m].PurchaseCountProbability(j, c.T)));
    }

    /// <summary>
    /// Checks BG/BB models against a holdout of a transaction log in discrete opportunities: the same report as for the
    /// continuous-time models, with the calibration frequency x = the opportunities with a purchase (see
    /// <see cref="OpportunityRfm.FromTransactions"/>) and the holdout count = the holdout opportunities with a purchase.
    /// </summary>
    /// <param name="transactions">The log, in any order; every line needs a customer id.</param>
    /// <param name="unit">The period between two opportunities, the models' unit.</param>
    /// <param name="calibrationEnd">The last date of calibration, inclusive; the opportunities are anchored at it.</param>
    /// <param name="observationEnd">The last date of the holdout, inclusive, on or after <paramref name="calibrationEnd"/>; the holdout has
    /// n* = <c>unit.WholePeriodsBetween(calibrationEnd, observationEnd)</c> opportunities (a last, partial period is not counted).</param>
    /// <param name="models">The fitted models, at least one, each in <paramref name="unit"/>.</param>
    /// <returns>
    /// The report: a customer's prediction is <see cref="BgBb.ConditionalExpectedTransactions"/> over the n* holdout
    /// opportunities; the expected calibration histogram sums P(X(n) = k) (Fader, Hardie and Shang 2010, eq. 8) over
    /// customers. Counts are opportunities with a purchase, not transactions.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> or <paramref name="models"/> (or one of them) is null.</exception>
    /// <exception cref="ArgumentException">
    /// A line has no customer id or no currency (naming its index), currencies differ (<see cref="CurrencyMismatchException"/>),
    /// no line is on or before the calibration end, <paramref name="observationEnd"/> is before <paramref name="calibrationEnd"/>,
    /// <paramref name="unit"/> is the default, there is no model, or a model is in another unit.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A line has a negative value.</exception>
    public static HoldoutValidation Of(
        IEnumerable<CustomerTransaction> transactions,
        PeriodUnit unit,
        NodaTime.LocalDate calibrationEnd,
        NodaTime.LocalDate observationEnd,
        IReadOnlyList<BgBb> models)
    {
        Guard.NotNull(models);
        var (rows, holdout, opportunities) = OpportunityLog.Read(transactions, unit, calibrationEnd, observationEnd);
        CheckModels(models, unit, nameof(unit), m => m.Unit);
        var histogram = new Dictionary<(int Model, int N), double[]>();
        return Tabulate(
            [.. Enumerable.Range(0, rows.Length)],
            [.. models.Select(m => NameOf(m.ToString()))],
            i => rows[i].Frequency,
            _ => 1d,
            i => holdout[i],
            (m, i) => models[m].ConditionalExpectedTransactions(opportunities, rows[i]),
            (m, i) => Cached(histogram, (m, rows[i].Opportunities), j => models[m].TransactionCountProbability(j, rows[i].Opportunities)));
    }

    /// <summary>P(X = j) for j = 0..6 and the rest for 7+, computed once per key.</summary>
    private static double[] Cached<TKey>(Dictionary<TKey, double[]> cache, TKey key, Func<int, double> probability)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var p))
        {
            p = new double[TopClass + 1];
            var below = 0d;
            for (var j = 0; j < TopClass; j++)
            {
                p[j] = probability(j);
                below += p[j];
            }

            p[TopClass] = Math.Max(0d, 1d - below);
            cache[key] = p;
        }

        return p;
    }

    /// <summary>The report from per-customer rows: class, weight, actual holdout count, each model's prediction and calibration-class probabilities.</summary>
    private static HoldoutValidation Tabulate<TRow>(
        IReadOnlyList<TRow> rows,
        string[] names,
        Func<TRow, int> frequency,
        Func<TRow, double> weight,
        Func<TRow, double> actualHoldout,
        Func<int, TRow, double> predictedHoldout,
        Func<int, TRow, double[]> classProbabilities)
    {
        var classes = TopClass + 1;
        var customers = new double[classes];
        var actual = new double[classes];
        var predicted = new double[names.Length][];
        var expected = new double[names.Length][];
        for (var m = 0; m < names.Length; m++)
        {
            predicted[m] = new double[classes];
            expected[m] = new double[classes];
        }

        var actualTotal = 0d;
        foreach (var c in rows)
        {
            var k = Math.Min(frequency(c), TopClass);
            var w = weight(c);
            customers[k] += w;
            var h = actualHoldout(c) * w;
            actual[k] += h;
            actualTotal += h;
            for (var m = 0; m < names.Length; m++)
            {
                predicted[m][k] += w * predictedHoldout(m, c);
                var p = classProbabilities(m, c);
                for (var j = 0; j < classes; j++)
                {
                    expected[m][j] += w * p[j];
                }
            }
        }

        var totals = new double[names.Length];
        var chiSquare = new double[names.Length];
        for (var m = 0; m < names.Length; m++)
        {
            for (var k = 0; k < classes; k++)
            {
                totals[m] += predicted[m][k];
                predicted[m][k] = customers[k] > 0d ? predicted[m][k] / customers[k] : 0d;
                var e = expected[m][k];
                chiSquare[m] += e > 0d ? (customers[k] - e) * (customers[k] - e) / e : 0d;
            }
        }

        for (var k = 0; k < classes; k++)
        {
            actual[k] = customers[k] > 0d ? actual[k] / customers[k] : 0d;
        }

        return new HoldoutValidation(names, customers, actual, predicted, actualTotal, totals, chiSquare);
    }

    /// <summary>Checks a model list: at least one model, none null, each in <paramref name="unit"/> (shared with <see cref="RepeatTransactionTracking"/>).</summary>
    internal static void CheckModels(IReadOnlyList<IRepeatPurchaseModel> models, PeriodUnit unit, string unitName) =>
        CheckModels(models, unit, unitName, m => m.Unit);

    /// <summary>Checks a model list of any model type: at least one model, none null, each in <paramref name="unit"/>.</summary>
    private static void CheckModels<TModel>(IReadOnlyList<TModel> models, PeriodUnit unit, string unitName, Func<TModel, PeriodUnit> unitOf)
        where TModel : class
    {
        Guard.NotNull(models);
        if (models.Count == 0)
        {
            Guard.ThrowArgument(nameof(models), "models must hold at least one model, had 0.");
        }

        for (var m = 0; m < models.Count; m++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{nameof(models)}[{m}]");
            if (models[m] is null)
            {
                Guard.ThrowNull(name);
            }

            PeriodUnit.RequireSame(unit, unitName, unitOf(models[m]), name);
        }
    }

    /// <summary>Rebuilds a stored report (JSON), checking that its parts fit together; a null mean is a class without customers.</summary>
    internal static HoldoutValidation FromStored(
        IReadOnlyList<string> models,
        IReadOnlyList<double> customers,
        IReadOnlyList<double?> actualMeans,
        double actualTotal,
        IReadOnlyList<IReadOnlyList<double?>> predictedMeans,
        IReadOnlyList<double> predictedTotals,
        IReadOnlyList<double> chiSquare)
    {
        const int Classes = TopClass + 1;
        if (models.Count == 0 || predictedMeans.Count != models.Count || predictedTotals.Count != models.Count || chiSquare.Count != models.Count)
        {
            Guard.ThrowArgument(nameof(models), "models must hold at least one model, and PredictedMeans, PredictedTotals and ChiSquare one entry per model.");
        }

        if (customers.Count != Classes || actualMeans.Count != Classes || predictedMeans.Any(p => p.Count != Classes))
        {
            Guard.ThrowArgument(nameof(customers), string.Create(CultureInfo.InvariantCulture, $"Customers, ActualMeans and each model's PredictedMeans must hold {Classes} classes (0..{TopClass}+)."));
        }

        double[] Means(IReadOnlyList<double?> means, string name)
        {
            var values = new double[Classes];
            for (var k = 0; k < Classes; k++)
            {
                if (customers[k] < 0d || (means[k] is null) != (customers[k] == 0d))
                {
                    Guard.ThrowArgument(name, string.Create(CultureInfo.InvariantCulture, $"{name}[{k}] must be null exactly where the class has no customers (Customers[{k}] = {customers[k]:R})."));
                }

                values[k] = means[k] ?? 0d;
            }

            return values;
        }

        return new HoldoutValidation(
            [.. models],
            [.. customers],
            Means(actualMeans, "ActualMeans"),
            [.. predictedMeans.Select(p => Means(p, "PredictedMeans"))],
            actualTotal,
            [.. predictedTotals],
            [.. chiSquare]);
    }

    /// <inheritdoc/>
    public bool Equals(HoldoutValidation? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (ActualTotal.Equals(other.ActualTotal)
                && _models.AsSpan().SequenceEqual(other._models)
                && _customers.AsSpan().SequenceEqual(other._customers)
                && _actual.AsSpan().SequenceEqual(other._actual)
                && _predictedTotals.AsSpan().SequenceEqual(other._predictedTotals)
                && _chiSquare.AsSpan().SequenceEqual(other._chiSquare)
                && _predicted.Length == other._predicted.Length
                && _predicted.Select((p, m) => p.AsSpan().SequenceEqual(other._predicted[m])).All(same => same)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HoldoutValidation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ActualTotal, _models.Length, _customers[0]);

    /// <summary>Compares two reports for value equality (every name and number).</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(HoldoutValidation? left, HoldoutValidation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reports for inequality.</summary>
    /// <param name="left">The first report.</param>
    /// <param name="right">The second report.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(HoldoutValidation? left, HoldoutValidation? right) => !(left == right);

    /// <summary>Returns the report as aligned plain text: one line per class, then the totals and the chi-square statistics.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => TextTable.Render(Cells(), Alignment);

    /// <summary>Returns the same report as GitHub-flavoured Markdown.</summary>
    /// <returns>Markdown text.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), Alignment);

    /// <summary>Returns the same report as CSV (RFC 4180, invariant numbers in round-trip form, a header line).</summary>
    /// <returns>CSV text, lines ending in <c>\n</c>.</returns>
    public string ToCsv() => Csv(Cells(roundTrip: true));

    /// <summary>Rows of cells as CSV (RFC 4180 quoting, lines ending in <c>\n</c>).</summary>
    internal static string Csv(IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append('\n');
        }

        return text.ToString();

        static string Quote(string cell) => cell.Contains(',', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal) ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
    }

    private bool[] Alignment => [false, true, true, .. _models.Select(_ => true)];

    private List<string[]> Cells(bool roundTrip = false)
    {
        string F(double v) => roundTrip ? v.ToString("R", CultureInfo.InvariantCulture) : v.ToString("0.000", CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        rows.Add(["calibration x", "customers", "actual", .. _models]);
        for (var k = 0; k <= TopClass; k++)
        {
            var label = k == TopClass ? $"{TopClass}+" : k.ToString(CultureInfo.InvariantCulture);
            var has = _customers[k] > 0d;
            rows.Add([label, _customers[k].ToString("R", CultureInfo.InvariantCulture), has ? F(_actual[k]) : string.Empty, .. _predicted.Select(p => has ? F(p[k]) : string.Empty)]);
        }

        rows.Add(["total", _customers.Sum().ToString("R", CultureInfo.InvariantCulture), F(ActualTotal), .. _predictedTotals.Select(F)]);
        rows.Add(["chi-square", string.Empty, string.Empty, .. _chiSquare.Select(F)]);
        return rows;
    }

    internal static string NameOf(IRepeatPurchaseModel model) => NameOf(model.ToString() ?? model.GetType().Name);

    private static string NameOf(string text)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        return open > 0 ? text[..open] : text;
    }
}
