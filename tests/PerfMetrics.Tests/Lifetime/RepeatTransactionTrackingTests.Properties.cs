using System.Text.Json;
using FsCheck.Xunit;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Generators;
using PerfMetrics.Tests.Json;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>Invariants of the tracking series on generated logs: monotone series, totals that add up to the log, JSON round trips.</summary>
public partial class RepeatTransactionTrackingTests
{
    private static IRepeatPurchaseModel[] Models(PeriodUnit unit) => [new BgNbd(0.5, 3d, 0.8, 2.5, unit), new ParetoNbd(0.6, 5d, 0.7, 8d, unit)];

    private static RepeatTransactionTracking Track(TrackingCase c) =>
        RepeatTransactionTracking.Of(c.Log, c.Unit, c.Merging, c.CalibrationEnd, c.ObservationEnd, Models(c.Unit));

    [Property(Arbitrary = [typeof(ValidationGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CumulativeSeriesNeverDecrease(TrackingCase c)
    {
        var tracking = Track(c);
        for (var k = 1; k < tracking.Actual.Count; k++)
        {
            Assert.True(tracking.Actual[k] >= tracking.Actual[k - 1], $"actual falls at period {k + 1}");
            for (var m = 0; m < tracking.Models.Count; m++)
            {
                Assert.True(tracking.Expected(m)[k] >= tracking.Expected(m)[k - 1], $"model {m} falls at period {k + 1}");
            }
        }

        return tracking.PeriodEnds[^1] == c.ObservationEnd && tracking.Expected(0).All(double.IsFinite);
    }

    [Property(Arbitrary = [typeof(ValidationGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CalibrationAndHoldoutTotalsAreTheLogsRepeatTransactions(TrackingCase c)
    {
        // Oracle from the log: per customer first seen by the calibration end, the distinct days (SameDay) or whole periods
        // from the first purchase (SamePeriod) up to the observation end, less the first; split at the calibration end.
        var (calibration, holdout) = (0, 0);
        foreach (var customer in c.Log.Where(t => t.Date <= c.ObservationEnd).GroupBy(t => t.CustomerId))
        {
            var first = customer.Min(t => t.Date);
            if (first > c.CalibrationEnd)
            {
                continue;
            }

            var transactions = customer
                .GroupBy(t => c.Merging == PurchaseMerging.SameDay ? NodaTime.Period.Between(first, t.Date, NodaTime.PeriodUnits.Days).Days : c.Unit.WholePeriodsBetween(first, t.Date))
                .Select(g => g.Min(t => t.Date))
                .Where(d => d != first);
            foreach (var date in transactions)
            {
                _ = date <= c.CalibrationEnd ? calibration++ : holdout++;
            }
        }

        var tracking = Track(c);
        var summary = RfmSummary.Build(c.Log, c.Unit, c.Merging, c.CalibrationEnd, c.ObservationEnd);

        Assert.Equal(calibration, tracking.ActualCalibrationTotal);
        Assert.Equal(holdout, tracking.ActualHoldoutTotal);
        Assert.Equal(calibration + holdout, tracking.Actual[^1]);
        Assert.Equal(summary.Customers.Sum(r => r.Frequency), tracking.ActualCalibrationTotal);
        Assert.Equal(summary.Customers.Sum(r => r.HoldoutFrequency ?? 0), tracking.ActualHoldoutTotal);
        return tracking.Customers == summary.Customers.Count && tracking.CustomersFirstSeenInHoldout == summary.CustomersFirstSeenInHoldout;
    }

    [Property(Arbitrary = [typeof(ValidationGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool JsonRoundTripsAreEqual(TrackingCase c)
    {
        var tracking = Track(c);
        var back = JsonSerializer.Deserialize(JsonSerializer.Serialize(tracking, ValidationJsonContext.Default.RepeatTransactionTracking), ValidationJsonContext.Default.RepeatTransactionTracking);
        Assert.Equal(tracking, back);

        var summary = RfmSummary.Build(c.Log, c.Unit, c.Merging, c.CalibrationEnd, c.ObservationEnd);
        var report = HoldoutValidation.Of(summary, Models(c.Unit));
        var again = JsonSerializer.Deserialize(JsonSerializer.Serialize(report, ValidationJsonContext.Default.HoldoutValidation), ValidationJsonContext.Default.HoldoutValidation);
        return report == again;
    }
}
