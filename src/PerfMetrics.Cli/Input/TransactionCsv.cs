using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Cli.Input;

/// <summary>
/// Reads a transaction log CSV: a header naming the columns <c>customer</c>, <c>date</c> and <c>value</c> (any order,
/// any case, nothing else), then one purchase per line: a customer id, an ISO date (<c>1997-01-01</c>) and a
/// non-negative decimal value (invariant culture). Fields may be quoted (<c>"a, b"</c>, <c>""</c> for a quote). The
/// first bad line stops reading with a message in the library's form: <c>Line N, column K (name): rule, was "text".</c>
/// </summary>
internal static class TransactionCsv
{
    private static readonly string[] Columns = ["customer", "date", "value"];

    /// <summary>Reads every line.</summary>
    /// <exception cref="FormatException">A line breaks the layout; the message names the line, the column and the text.</exception>
    internal static List<CustomerTransaction> Read(TextReader reader, Currency currency)
    {
        var header = reader.ReadLine() ?? throw Error(1, 1, "customer", "the header line is missing; expected customer,date,value", string.Empty);
        var names = Split(header.TrimStart('\uFEFF'), 1);
        var columnOf = new[] { -1, -1, -1 };
        for (var c = 0; c < names.Count; c++)
        {
            var known = Array.FindIndex(Columns, k => k.Equals(names[c].Trim(), StringComparison.OrdinalIgnoreCase));
            if (known < 0)
            {
                throw Error(1, c + 1, names[c].Trim(), "unknown column; expected customer, date and value", names[c]);
            }

            if (columnOf[known] >= 0)
            {
                throw Error(1, c + 1, Columns[known], "the column appears twice", names[c]);
            }

            columnOf[known] = c;
        }

        for (var k = 0; k < Columns.Length; k++)
        {
            if (columnOf[k] < 0)
            {
                throw Error(1, names.Count + 1, Columns[k], "the header must name this column", header);
            }
        }

        var transactions = new List<CustomerTransaction>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                throw Error(lineNumber, 1, "customer", "the line is empty (blank lines are not allowed)", line);
            }

            var fields = Split(line, lineNumber);
            if (fields.Count != names.Count)
            {
                var at = Math.Min(fields.Count, names.Count);
                throw Error(lineNumber, at + 1, at < names.Count ? Columns[Array.IndexOf(columnOf, at)] : "end", $"the header has {names.Count} columns, the line has {fields.Count}", line);
            }

            var customer = fields[columnOf[0]].Trim();
            if (customer.Length == 0)
            {
                throw Error(lineNumber, columnOf[0] + 1, "customer", "must not be empty", customer);
            }

            var dateText = fields[columnOf[1]].Trim();
            var date = LocalDatePattern.Iso.Parse(dateText);
            if (!date.Success)
            {
                throw Error(lineNumber, columnOf[1] + 1, "date", "must be a date such as 1997-01-01", dateText);
            }

            var valueText = fields[columnOf[2]].Trim();
            if (!decimal.TryParse(valueText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw Error(lineNumber, columnOf[2] + 1, "value", "must be a non-negative decimal number", valueText);
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

    private static List<string> Split(string line, int lineNumber)
    {
        var fields = new List<string>();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var text = new System.Text.StringBuilder();
                var start = i;
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        throw Error(lineNumber, fields.Count + 1, "field", "a quoted field must end with a quote on the same line", line[start..]);
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    text.Append(line[i++]);
                }

                fields.Add(text.ToString());
                if (i < line.Length && line[i] != ',')
                {
                    throw Error(lineNumber, fields.Count, "field", "a quoted field must be followed by a comma or the line end", line[start..]);
                }
            }
            else
            {
                var comma = line.IndexOf(',', i);
                var end = comma < 0 ? line.Length : comma;
                fields.Add(line[i..end]);
                i = end;
            }

            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }

    private static FormatException Error(int line, int column, string name, string rule, string received) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Line {line}, column {column} ({name}): {rule}, was \"{received}\"."));
}
