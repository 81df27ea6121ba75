using FsCheck.Xunit;
using NodaTime;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>The BG/BB holdout report on a log turned into weekly opportunities: hand-worked cases and the CDNOW log counted directly.</summary>
public partial class HoldoutValidationTests
{
    private static readonly LocalDate Day0 = new(2026, 1, 1);

    private static CustomerTransaction Buy(string id, int day) => new(id, Day0.PlusDays(day), new Money(5m, Currency.Usd));

    [Fact]
    public void FromTransactions_CountsWeeksAnchoredAtTheCalibrationEnd()
    {
        // Calibration end = day 27, so the weeks back are days 21-27 (0 back), 14-20 (1), 7-13 (2), 0-6 (3).
        // a: first purchase day 2 (3 back: n = 3); day 5 is the same week; days 10 and 12 are opportunity 1; day 25 is
        //    opportunity 3: x = 2, t_x = 3. b: first purchase day 15 (1 back: n = 1), nothing after: x = 0.
        // c: first purchase after the calibration end: not a customer yet.
        CustomerTransaction[] log = [Buy("b", 15), Buy("a", 12), Buy("a", 2), Buy("a", 5), Buy("a", 10), Buy("a", 25), Buy("c", 30), Buy("a", 31)];

        var rows = OpportunityRfm.FromTransactions(log, PeriodUnit.Week, Day0.PlusDays(27));

        Assert.Equal([new OpportunityRfm(2, 3, 3), new OpportunityRfm(0, 0, 1)], rows);
    }

    [Fact]
    public void OfBgBb_TwoCustomers_MatchesTheHandWorkedReport()
    {
        // Calibration end day 13, observation end day 20: one calibration opportunity each (days 7-13) and n* = 1 holdout
        // week (days 14-20). a: days 0, 7 (x = 1, t_x = 1, n = 1), holdout day 15 (1). b: day 0 only (x = 0, n = 1), none.
        // Day 22 is after the observation end.
        // Model alpha = beta = gamma = delta = 1 (p and theta uniform), worked by hand from the individual model:
        //   b: L = E[(1 - p)(1 - theta) + theta] = 1/4 + 1/2 = 3/4; E[p (1 - p) (1 - theta)^2] = 1/6 x 1/3 = 1/18;
        //      E[next week] = (1/18) / (3/4) = 2/27.
        //   a: L = E[p (1 - theta)] = 1/4; E[p^2 (1 - theta)^2] = 1/9; E[next week] = 4/9.
        //   P(X(1) = 1) = E[p (1 - theta)] = 1/4, P(X(1) = 0) = 3/4: expected histogram 1.5, 0.5 against 1, 1:
        //   chi-square = 0.25 / 1.5 + 0.25 / 0.5 = 2/3.
        CustomerTransaction[] log = [Buy("a", 0), Buy("a", 7), Buy("a", 15), Buy("b", 0), Buy("b", 22)];
        var uniform = new BgBb(1d, 1d, 1d, 1d, PeriodUnit.Week);

        var report = HoldoutValidation.Of(log, PeriodUnit.Week, Day0.PlusDays(13), Day0.PlusDays(20), [uniform]);

        Assert.Equal(["BG/BB"], report.Models);
        Assert.Equal([1d, 1d, 0d, 0d, 0d, 0d, 0d, 0d], report.Customers);
        Assert.Equal([0d, 1d, null, null, null, null, null, null], report.ActualMeans);
        Assert.Equal(1d, report.ActualTotal);
        var means = report.PredictedMeans(0);
        Assert.Equal(2d / 27d, means[0]!.Value, 1e-12);
        Assert.Equal(4d / 9d, means[1]!.Value, 1e-12);
        Assert.All(means.Skip(2), m => Assert.Null(m));
        Assert.Equal(14d / 27d, report.PredictedTotals[0], 1e-12);
        Assert.Equal(2d / 3d, report.ChiSquare[0], 1e-12);
    }

    [Fact]
    public void OfBgBb_Cdnow_CountsWeeksWithAPurchaseFromTheRawLog()
    {
        // Oracle by day arithmetic on the raw log: weeks back from 1997-09-30 = days before it / 7; holdout week
        // j = (days after it - 1) / 7 + 1 for j <= 39 (1997-10-01..1998-06-30 is exactly 39 weeks).
        var end = CdnowData.CalibrationEnd;
        var classes = new double[8];
        var holdout = 0;
        foreach (var days in CdnowData.Transactions().GroupBy(t => t.CustomerId).Select(g => g.Select(t => t.Date).ToList()))
        {
            var back = days.Where(d => d <= end).Select(d => Period.Between(d, end, PeriodUnits.Days).Days / 7).ToHashSet();
            var first = back.Max();
            classes[Math.Min(back.Count(b => b < first), 7)]++;
            holdout += days.Where(d => d > end).Select(d => (Period.Between(end, d, PeriodUnits.Days).Days - 1) / 7 + 1).Where(j => j <= 39).Distinct().Count();
        }

        var model = new BgBb(0.587, 11.3, 0.609, 11.17, PeriodUnit.Week);
        var report = HoldoutValidation.Of(CdnowData.Transactions(), PeriodUnit.Week, end, new LocalDate(1998, 6, 30), [model]);

        Assert.Equal(classes, report.Customers);
        Assert.Equal(holdout, report.ActualTotal);
        var rows = OpportunityRfm.FromTransactions(CdnowData.Transactions(), PeriodUnit.Week, end);
        Assert.Equal(rows.Sum(r => model.ConditionalExpectedTransactions(39, r)), report.PredictedTotals[0], 1e-9);
    }

    [Property(Arbitrary = [typeof(ValidationGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool OfBgBb_ReportAddsUpToTheOpportunityRows(TrackingCase c)
    {
        var model = new BgBb(0.8, 2.5, 0.7, 3d, c.Unit);
        var report = HoldoutValidation.Of(c.Log, c.Unit, c.CalibrationEnd, c.ObservationEnd, [model]);
        var rows = OpportunityRfm.FromTransactions(c.Log, c.Unit, c.CalibrationEnd);
        var holdout = c.Unit.WholePeriodsBetween(c.CalibrationEnd, c.ObservationEnd);

        for (var k = 0; k < 8; k++)
        {
            Assert.Equal(rows.Count(r => Math.Min(r.Frequency, 7) == k), report.Customers[k]);
        }

        Assert.InRange(report.ActualTotal, 0d, (double)holdout * rows.Count);
        Assert.Equal(rows.Sum(r => model.ConditionalExpectedTransactions(holdout, r)), report.PredictedTotals[0], 1e-9);
        return report.ChiSquare[0] >= 0d && double.IsFinite(report.ChiSquare[0]);
    }
}
