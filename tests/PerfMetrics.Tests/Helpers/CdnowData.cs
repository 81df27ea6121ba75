using System.Globalization;
using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Helpers;

/// <summary>One row of the published CDNOW calibration summary (weeks).</summary>
public sealed record CdnowRow(int Id, int X, double Tx, double T, decimal Zbar);

/// <summary>Readers for the CDNOW fixtures in Data/ (see Data/SOURCES.md: Fader and Hardie, via lifetimes, MIT).</summary>
public static class CdnowData
{
    private static readonly Lazy<CdnowRow[]> SummaryRows = new(ReadSummary);

    public static LocalDate CalibrationEnd { get; } = new(1997, 9, 30);

    /// <summary>The 2,357 rows of cdnow_customers_summary_with_transactions.csv (ID, x, t_x, T, zbar).</summary>
    public static IReadOnlyList<CdnowRow> Summary => SummaryRows.Value;

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Data", file);

    /// <summary>The 6,919 lines of CDNOW_sample.txt as transactions (customer = sample id, value in USD).</summary>
    public static IReadOnlyList<CustomerTransaction> Transactions()
    {
        var list = new List<CustomerTransaction>();
        foreach (var line in File.ReadLines(PathOf("CDNOW_sample.txt")))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 5)
            {
                continue;
            }

            var date = new LocalDate(
                int.Parse(parts[2].AsSpan(0, 4), CultureInfo.InvariantCulture),
                int.Parse(parts[2].AsSpan(4, 2), CultureInfo.InvariantCulture),
                int.Parse(parts[2].AsSpan(6, 2), CultureInfo.InvariantCulture));
            list.Add(new CustomerTransaction(parts[1], date, new Money(decimal.Parse(parts[4], CultureInfo.InvariantCulture), Currency.Usd)));
        }

        return list;
    }

    private static CdnowRow[] ReadSummary() =>
        File.ReadLines(PathOf("cdnow_customers_summary_with_transactions.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(p => new CdnowRow(
                int.Parse(p[0], CultureInfo.InvariantCulture),
                int.Parse(p[1], CultureInfo.InvariantCulture),
                double.Parse(p[2], CultureInfo.InvariantCulture),
                double.Parse(p[3], CultureInfo.InvariantCulture),
                decimal.Parse(p[4], CultureInfo.InvariantCulture)))
            .ToArray();
}
