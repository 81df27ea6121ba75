using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>
/// The tracking series (<see cref="RepeatTransactionTracking"/>): the CDNOW log (6,919 lines, 2,357 customers) and the same
/// log repeated 100 times under new customer ids (691,900 lines, 235,700 customers), 78 weeks, three models at their
/// published CDNOW estimates.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ValidationBenchmarks
{
    private static readonly LocalDate CalibrationEnd = new(1997, 9, 30);
    private static readonly LocalDate ObservationEnd = new(1998, 6, 30);

    private readonly IRepeatPurchaseModel[] _models =
    [
        new BgNbd(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week),
        new ModifiedBgNbd(0.525, 6.183, 0.891, 1.614, PeriodUnit.Week),
        new ParetoNbd(0.553, 10.578, 0.606, 11.669, PeriodUnit.Week),
    ];

    private CustomerTransaction[] _cdnow = [];
    private CustomerTransaction[] _cdnowX100 = [];

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadAllLines(Path.Combine(ClvData.RepositoryRoot(), "tests", "PerfMetrics.Tests", "Data", "CDNOW_sample.txt"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length >= 5)
            .Select(p => (Id: p[1], Date: LocalDate.FromDateTime(DateTime.ParseExact(p[2], "yyyyMMdd", CultureInfo.InvariantCulture)), Value: decimal.Parse(p[4], CultureInfo.InvariantCulture)))
            .ToArray();
        _cdnow = [.. lines.Select(l => new CustomerTransaction(l.Id, l.Date, new Money(l.Value, Currency.Usd)))];
        _cdnowX100 = [.. Enumerable.Range(0, 100).SelectMany(copy => lines.Select(l => new CustomerTransaction($"{copy}-{l.Id}", l.Date, new Money(l.Value, Currency.Usd))))];
    }

    [Benchmark]
    public RepeatTransactionTracking TrackingCdnow() =>
        RepeatTransactionTracking.Of(_cdnow, PeriodUnit.Week, PurchaseMerging.SameDay, CalibrationEnd, ObservationEnd, _models);

    [Benchmark]
    public RepeatTransactionTracking TrackingCdnowX100() =>
        RepeatTransactionTracking.Of(_cdnowX100, PeriodUnit.Week, PurchaseMerging.SameDay, CalibrationEnd, ObservationEnd, _models);
}
