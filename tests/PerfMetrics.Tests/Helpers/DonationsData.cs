using System.Globalization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Helpers;

/// <summary>The donations data of Fader, Hardie and Shang (2010) in Data/donations.csv (see Data/SOURCES.md), one row per group of donors.</summary>
public static class DonationsData
{
    private static readonly Lazy<OpportunityRfm[]> Data = new(() =>
        [.. File.ReadLines(CdnowData.PathOf("donations.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(p => new OpportunityRfm(
                int.Parse(p[0], CultureInfo.InvariantCulture),
                int.Parse(p[1], CultureInfo.InvariantCulture),
                int.Parse(p[2], CultureInfo.InvariantCulture),
                int.Parse(p[3], CultureInfo.InvariantCulture)))]);

    /// <summary>Gets the 22 rows (11,104 donors, 6 opportunities each).</summary>
    public static IReadOnlyList<OpportunityRfm> Rows => Data.Value;
}
