using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Helpers;

/// <summary>
/// Shared cohorts of one customer for the lifetime extreme-value tests (the Lifetime XTests.Extremes.cs partials, issue 8
/// item 2), imported with <c>using static</c>.
/// </summary>
internal static class LifetimeExtremes
{
    internal static readonly Currency Usd = Currency.Usd;
    internal static readonly PeriodUnit Week = PeriodUnit.Week;
    internal static readonly LocalDate Start = new(2026, 1, 5);
    internal static readonly LocalDate End = Start.PlusDays(56);

    /// <summary>One customer buying on days 0, 14 and 28 (20.00, 30.00, 50.00), observed for 8 weeks.</summary>
    internal static RfmSummary RepeatBuyer() => RfmSummary.Build(
        [
            new CustomerTransaction("solo", Start, new Money(20.00m, Usd)),
            new CustomerTransaction("solo", Start.PlusDays(14), new Money(30.00m, Usd)),
            new CustomerTransaction("solo", Start.PlusDays(28), new Money(50.00m, Usd)),
        ],
        Week,
        PurchaseMerging.SameDay,
        End);

    /// <summary>One customer with a single purchase (no repeat), observed for 8 weeks.</summary>
    internal static RfmSummary OneTimeBuyer() =>
        RfmSummary.Build([new CustomerTransaction("solo", Start, new Money(20.00m, Usd))], Week, PurchaseMerging.SameDay, End);

    internal static void AssertFinite(double value) => Assert.True(double.IsFinite(value), $"{value} is not finite");
}
