using System.Globalization;
using BenchmarkDotNet.Attributes;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>
/// Issue 20 models: Pareto/NBD and MBG/NBD fits on the CDNOW summary repeated 100 times (235,700 rows, not grouped;
/// targets 1 s and 0.3 s, the same input as the BG/NBD benchmark), the BG/BB fit on the donations data (22 rows, 11,104
/// donors; target 1 ms), and the holdout validation report on CDNOW for three models.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LifetimeModelsBenchmarks
{
    private CustomerRfm[] _cdnow = [];
    private OpportunityRfm[] _donations = [];

    [GlobalSetup]
    public void Setup()
    {
        _cdnow = ClvData.Rows(ClvData.Cdnow(100));
        _donations = [.. File.ReadAllLines(Path.Combine(ClvData.RepositoryRoot(), "tests", "PerfMetrics.Tests", "Data", "donations.csv"))
            .Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray())
            .Select(v => new OpportunityRfm(v[0], v[1], v[2], v[3]))];
    }

    [Benchmark]
    public ModelFit<ParetoNbd> ParetoNbdFitCdnowX100() => ParetoNbd.Fit(_cdnow);

    [Benchmark]
    public ModelFit<ModifiedBgNbd> ModifiedBgNbdFitCdnowX100() => ModifiedBgNbd.Fit(_cdnow);

    [Benchmark]
    public ModelFit<BgBb> BgBbFitDonations() => BgBb.Fit(_donations, PeriodUnit.Year);
}
