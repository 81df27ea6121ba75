using System.Text;

namespace PerfMetrics.Cli.Output;

/// <summary>Joins the library's CSV tables into one (a leading column per table), RFC 4180 aware.</summary>
internal static class CsvLines
{
    /// <summary>Splits CSV text into its records (a line end inside quotes stays in its record), without line ends.</summary>
    internal static List<string> Records(string csv)
    {
        var records = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in csv)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == '\n' && !quoted)
            {
                records.Add(current.ToString().TrimEnd('\r'));
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            records.Add(current.ToString());
        }

        return records;
    }

    /// <summary>One CSV field: quoted when it holds a comma, a quote or a line end.</summary>
    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
