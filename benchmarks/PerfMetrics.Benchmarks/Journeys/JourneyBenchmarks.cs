using BenchmarkDotNet.Attributes;
using PerfMetrics.Attribution;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Benchmarks.Journeys;

/// <summary>
/// Issue 16: about 10 million events (1,000,000 users: 9.0 million touches, 0.8 million conversions) from the seeded
/// generator to a path table with the default options (target &lt;= 3 s and 1.5 GB peak on the 2-core machine). The
/// events are generated lazily while the builder reads them, so the time includes generating them.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class JourneyBenchmarks
{
    private EventLogGenerator _log = null!;

    [Params(1_000_000)]
    public int Users { get; set; }

    [GlobalSetup]
    public void Setup() => _log = new EventLogGenerator(Users, seed: 1, Currency.Usd);

    [Benchmark]
    public int GenerateOnly() => _log.Touches().Count() + _log.Conversions().Count();

    [Benchmark]
    public PathTable EventsToPathTable() => JourneyBuilder.Build(_log.Touches(), _log.Conversions(), Currency.Usd).Table;
}
