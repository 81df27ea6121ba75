using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Experiments;

namespace PerfMetrics.Tests.Helpers;

/// <summary>Readers for the geo-experiment fixtures in Data/Experiments (google/matched_markets, Apache-2.0; see Data/SOURCES.md).</summary>
public static class GeoData
{
    private static readonly Lazy<GeoObservation[]> Rows = new(ReadSales);
    private static readonly Lazy<GeoAssignment> Groups = new(ReadAssignment);

    /// <summary>The pre-period of the reference analysis, 2015-01-05..2015-02-15 (42 days).</summary>
    public static DateInterval PreTest { get; } = new(new LocalDate(2015, 1, 5), new LocalDate(2015, 2, 15));

    /// <summary>The test period of the reference analysis, 2015-02-16..2015-03-15 (28 days).</summary>
    public static DateInterval Test { get; } = new(new LocalDate(2015, 2, 16), new LocalDate(2015, 3, 15));

    /// <summary>
    /// Daily sales per geo, 100 geos x 93 days. The file has 9,225 rows: it leaves out the 75 geo-days of small geos
    /// with no sales (matched_markets' pandas sums treat them as absent, which is the same as zero); TBR here rejects
    /// missing days, so the reader adds them as explicit zeros (the group sums, and so the reference numbers, are unchanged).
    /// </summary>
    public static IReadOnlyList<GeoObservation> Sales => Rows.Value;

    /// <summary>Group 2 is treatment, group 1 control.</summary>
    public static GeoAssignment Assignment => Groups.Value;

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Data", "Experiments", file);

    /// <summary>The rows as the file has them (9,225; without the zero-sales geo-days).</summary>
    public static IReadOnlyList<GeoObservation> FileRows() =>
        [.. File.ReadLines(PathOf("salesandcost.csv")).Skip(1).Select(line =>
        {
            var p = line.Split(',');
            return new GeoObservation(p[1].Trim('"'), LocalDatePattern.Iso.Parse(p[0]).Value, decimal.Parse(p[2], NumberStyles.Float, CultureInfo.InvariantCulture));
        })];

    private static GeoObservation[] ReadSales()
    {
        var rows = FileRows();
        var have = rows.Select(r => (r.Geo, r.Date)).ToHashSet();
        var geos = rows.Select(r => r.Geo).Distinct(StringComparer.Ordinal).ToArray();
        var dates = rows.Select(r => r.Date).Distinct().ToArray();
        var zeros = geos.SelectMany(g => dates.Where(d => !have.Contains((g, d))).Select(d => new GeoObservation(g, d, 0m)));
        return [.. rows, .. zeros];
    }

    private static GeoAssignment ReadAssignment()
    {
        var rows = File.ReadLines(PathOf("geoassignment.csv")).Skip(1).Select(l => l.Split(',')).Select(p => (Geo: p[0].Trim('"'), Group: p[1])).ToList();
        return new GeoAssignment(rows.Where(r => r.Group == "2").Select(r => r.Geo), rows.Where(r => r.Group == "1").Select(r => r.Geo));
    }
}
