namespace PerfMetrics.Internal;

/// <summary>Checks of caller-named CSV columns.</summary>
internal static class CsvColumnNames
{
    internal static string Required(string name, string paramName)
    {
        Guard.NotNull(name, paramName);
        return Optional(name, paramName)!;
    }

    internal static string? Optional(string? name, string paramName)
    {
        if (name is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            Guard.ThrowArgument(paramName, $"{paramName} must name a column (not empty or white space), was {Guard.Format(name)}.");
        }

        return name.Trim();
    }

    internal static void Distinct(string?[] names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (name is not null && !seen.Add(name))
            {
                Guard.ThrowArgument("columns", $"columns must name different columns, named {Guard.Format(name)} twice.");
            }
        }
    }
}
