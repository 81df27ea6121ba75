using System.Text;

namespace PerfMetrics.Internal;

/// <summary>Renders rows of cells as an aligned plain-text table or a Markdown table.</summary>
internal static class TextTable
{
    internal static string Render(List<string[]> rows, bool[] rightAligned)
    {
        var widths = Widths(rows);
        var text = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            AppendLine(text, rows[r], widths, rightAligned, "  ");
            if (r == 0)
            {
                for (var c = 0; c < widths.Length; c++)
                {
                    text.Append(c == 0 ? string.Empty : "  ").Append('-', widths[c]);
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    internal static string Markdown(List<string[]> rows, bool[] rightAligned)
    {
        var text = new StringBuilder();
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append('|');
            foreach (var cell in rows[r])
            {
                text.Append(' ').Append(cell.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |");
            }

            text.Append('\n');
            if (r == 0)
            {
                text.Append('|');
                foreach (var right in rightAligned)
                {
                    text.Append(right ? " ---: |" : " --- |");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Renders rows as CSV (RFC 4180): comma-separated, a field quoted when it holds a comma, quote or line break, \n line ends.</summary>
    internal static string Csv(List<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                if (c > 0)
                {
                    text.Append(',');
                }

                var cell = row[c];
                if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
                {
                    text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
                }
                else
                {
                    text.Append(cell);
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The width of the widest line <see cref="Render"/> gives for these rows (columns two spaces apart).</summary>
    internal static int Width(List<string[]> rows)
    {
        var widths = Widths(rows);
        return widths.Sum() + (2 * (widths.Length - 1));
    }

    private static int[] Widths(List<string[]> rows)
    {
        var widths = new int[rows[0].Length];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        return widths;
    }

    private static void AppendLine(StringBuilder text, string[] row, int[] widths, bool[] rightAligned, string gap)
    {
        var line = new StringBuilder();
        for (var c = 0; c < row.Length; c++)
        {
            if (c > 0)
            {
                line.Append(gap);
            }

            line.Append(rightAligned[c] ? row[c].PadLeft(widths[c]) : row[c].PadRight(widths[c]));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
