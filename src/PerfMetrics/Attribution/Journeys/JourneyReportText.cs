namespace PerfMetrics.Attribution;

/// <summary>Cell formats shared by the journey reports.</summary>
internal static class JourneyReportText
{
    /// <summary>A share or rate as a percentage with one decimal (<c>35.0%</c>), or <c>n/a</c> when undefined.</summary>
    internal static string Percent(double? share) => Metrics.Display.Percent(share);

    /// <summary>A ratio with two decimals, or <c>n/a</c> when undefined.</summary>
    internal static string Ratio(double? ratio) => ratio is { } r ? Metrics.Display.Count(r) : Metrics.Display.Undefined;

    /// <summary>A count: two decimals, as the attribution results print credited conversions.</summary>
    internal static string Count(double count) => AttributionResult.Number(count);

    /// <summary>part / whole, or null when the whole is 0 (undefined, never NaN).</summary>
    internal static double? Share(double part, double whole) => whole > 0d ? part / whole : null;

    /// <summary>Rows and currency equal, in order.</summary>
    internal static bool SameRows<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
        where T : IEquatable<T> => a.Count == b.Count && a.SequenceEqual(b);

    internal static int RowsHash<T>(Currency currency, IReadOnlyList<T> rows)
    {
        var hash = new HashCode();
        hash.Add(currency);
        foreach (var row in rows)
        {
            hash.Add(row);
        }

        return hash.ToHashCode();
    }
}
