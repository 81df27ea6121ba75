using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Internal;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Cli.Input;

/// <summary>
/// Reads a transaction log CSV through the library's one CSV reader: a header naming the columns <c>customer</c>,
/// <c>date</c> and <c>value</c> (any order, any case; other columns are ignored, as in every reader of the library), then one purchase per line: a customer id, an ISO date (<c>1997-01-01</c>) and a
/// non-negative decimal value (invariant culture). Fields may be quoted (<c>"a, b"</c>, <c>""</c> for a quote). The
/// first bad line stops reading with a message in the library's form: <c>Line N, column K (name): rule, was "text".</c>
/// </summary>
internal static class TransactionCsv
{
    /// <summary>Reads every line.</summary>
    /// <exception cref="FormatException">A line breaks the layout; the message names the line, the column and the text.</exception>
    internal static List<CustomerTransaction> Read(TextReader reader, Currency currency)
    {
        const string Mapping = "customer, date, value";
        var records = CsvRecords.Open(reader, Mapping);
        var customerColumn = records.Column("customer", Mapping);
        var dateColumn = records.Column("date", Mapping);
        var valueColumn = records.Column("value", Mapping);
        var transactions = new List<CustomerTransaction>();
        while (records.Next())
        {
            var customer = records.Field(customerColumn).ToString();
            if (customer.Length == 0)
            {
                throw records.Error(customerColumn, "must not be empty");
            }

            var date = LocalDatePattern.Iso.Parse(records.Field(dateColumn).ToString());
            if (!date.Success)
            {
                throw records.Error(dateColumn, "must be a date such as 1997-01-01");
            }

            if (!decimal.TryParse(records.Field(valueColumn), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw records.Error(valueColumn, "must be a non-negative decimal number");
            }

            transactions.Add(new CustomerTransaction(customer, date.Value, new Money(value, currency)));
        }

        return transactions;
    }

    /// <summary>The last date of the log (the default observation end).</summary>
    internal static LocalDate LastDate(List<CustomerTransaction> transactions)
    {
        var last = transactions[0].Date;
        foreach (var t in transactions)
        {
            if (t.Date > last)
            {
                last = t.Date;
            }
        }

        return last;
    }
}
