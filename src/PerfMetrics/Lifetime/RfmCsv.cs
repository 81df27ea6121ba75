using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>
/// Reads RFM summaries produced elsewhere (a warehouse query, the Python package lifetimes) from CSV into
/// <see cref="CustomerRfm"/> rows, so BG/NBD, Gamma-Gamma and CLV fit without a transaction log.
/// </summary>
/// <remarks>
/// <para>
/// The header names the columns; <see cref="RfmCsvColumns"/> says which (by default lifetimes' names:
/// <c>customer_id</c>, <c>frequency</c>, <c>recency</c>, <c>T</c>, <c>monetary_value</c>, and an optional <c>count</c>),
/// compared case-insensitively; other columns are ignored. Frequency is a whole number of repeat purchases, recency and
/// T are numbers of periods of the unit you pass, monetary value is the mean value of the repeat purchases in the
/// currency you pass (ignored and null when frequency is 0, where lifetimes writes 0). A count column makes each line a
/// group of that many identical customers (the grouped summary of docs/scale-out.md); without one every line counts once.
/// Without a customer id column the id of a line is <c>line N</c>.
/// </para>
/// <para>
/// Nothing is skipped: the first bad line throws a <see cref="FormatException"/> whose message starts
/// <c>Line N, column K (name):</c> and states the rule, as every CSV reader of the library.
/// </para>
/// </remarks>
public static class RfmCsv
{
    /// <summary>Reads RFM rows.</summary>
    /// <param name="reader">The CSV text; read to its end, not disposed.</param>
    /// <param name="unit">The period unit of recency and T (lifetimes' <c>freq</c>: days unless you chose otherwise).</param>
    /// <param name="currency">The currency of the monetary values.</param>
    /// <param name="columns">Which columns hold what; <see cref="RfmCsvColumns.Default"/> (lifetimes' names) when null.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>, or <paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    /// <exception cref="FormatException">
    /// The file is empty, the mapping names a column the header lacks, or a line breaks a rule (a frequency that is not a
    /// whole number, a negative number, recency above T, recency 0 with purchases, a count below 1); the message names the
    /// line, the column and the rule.
    /// </exception>
    public static IReadOnlyList<CustomerRfm> Read(TextReader reader, PeriodUnit unit, Currency currency, RfmCsvColumns? columns = null)
    {
        Guard.NotNull(reader);
        _ = PeriodUnit.Required(unit, nameof(unit));
        if (currency.IsDefault)
        {
            Guard.ThrowArgument(nameof(currency), "currency must be a real currency, was default(Currency).");
        }

        columns ??= RfmCsvColumns.Default;
        var csv = CsvRecords.Open(reader, $"{columns.Frequency}, {columns.Recency}, {columns.T} and {columns.MonetaryValue}");
        var id = columns.CustomerIdGiven ? csv.Column(columns.CustomerId, "customerId") : csv.TryColumn(columns.CustomerId);
        var frequency = csv.Column(columns.Frequency, "frequency");
        var recency = csv.Column(columns.Recency, "recency");
        var t = csv.Column(columns.T, "t");
        var monetary = csv.Column(columns.MonetaryValue, "monetaryValue");
        var count = columns.CountGiven ? csv.Column(columns.Count!, "count") : csv.TryColumn(columns.Count ?? "count");
        var rows = new List<CustomerRfm>();
        while (csv.Next())
        {
            var customer = id < 0 ? $"line {csv.LineNumber}" : csv.Field(id).ToString();
            if (customer.Length == 0)
            {
                throw csv.Error(id, "must name the customer (or the group)");
            }

            var x = WholeNumber(csv, frequency, "must be a whole number of repeat purchases, 0 or more", 0);
            var tx = csv.NonNegativeDecimal(recency);
            var age = csv.NonNegativeDecimal(t);
            Money? mean = null;
            if (x > 0)
            {
                mean = new Money(csv.NonNegativeDecimal(monetary), currency);
            }

            var n = count < 0 ? 1 : WholeNumber(csv, count, "must be a whole number of customers, 1 or more", 1);
            if (tx > age)
            {
                throw csv.Error(recency, $"must not exceed T ({age})");
            }

            if ((x > 0) != (tx > 0m))
            {
                throw csv.Error(recency, x > 0 ? "must be greater than 0 when frequency is (the last purchase is after the first)" : "must be 0 when frequency is 0 (no repeat purchase)");
            }

            rows.Add(CustomerRfm.Create(customer, x, new Periods(tx, unit), new Periods(age, unit), mean, null, null, n));
        }

        return rows.AsReadOnly();
    }

    private static int WholeNumber(CsvRecords csv, int column, string rule, int minimum)
    {
        var text = csv.Field(column);

        // lifetimes writes frequency as a float ("2.0"): a whole value is accepted in either form.
        if (!decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value != decimal.Truncate(value) || value < minimum || value > int.MaxValue)
        {
            throw csv.Error(column, rule);
        }

        return (int)value;
    }
}
