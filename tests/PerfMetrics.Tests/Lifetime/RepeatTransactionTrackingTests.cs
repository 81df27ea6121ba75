using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public partial class RepeatTransactionTrackingTests
{
    private static readonly PeriodUnit Week = PeriodUnit.Week;
    private static readonly LocalDate ObservationEnd = new(1998, 6, 30);
    private static readonly BgNbd Published = new(0.243, 4.414, 0.793, 2.426, Week);
    private static readonly ParetoNbd PublishedPareto = new(0.553, 10.578, 0.606, 11.669, Week);

    private static readonly Lazy<RepeatTransactionTracking> Cdnow = new(() =>
        RepeatTransactionTracking.Of(CdnowData.Transactions(), Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd, ObservationEnd, [Published, PublishedPareto]));

    [Fact]
    public void Of_Cdnow_CountsRepeatPurchaseDaysPerWeekFromTheRawLog()
    {
        // Oracle from the raw log, independently of the library: distinct purchase days per customer; every day after the
        // first is a repeat transaction, in week (day - 1997-01-01) / 7 + 1. The 78 weeks run 1997-01-01..1998-06-30
        // (546 days); the calibration is weeks 1-39 (to 1997-09-30), as in Fader, Hardie and Lee (2005).
        var start = new LocalDate(1997, 1, 1);
        var perWeek = new int[78];
        foreach (var days in CdnowData.Transactions().GroupBy(t => t.CustomerId).Select(g => g.Select(t => t.Date).Distinct().Order().ToList()))
        {
            foreach (var day in days.Skip(1))
            {
                perWeek[Period.Between(start, day, PeriodUnits.Days).Days / 7]++;
            }
        }

        var tracking = Cdnow.Value;

        Assert.Equal(start, tracking.Start);
        Assert.Equal(78, tracking.PeriodEnds.Count);
        Assert.Equal(39, tracking.CalibrationPeriods);
        Assert.Equal(CdnowData.CalibrationEnd, tracking.PeriodEnds[38]);
        Assert.Equal(ObservationEnd, tracking.PeriodEnds[^1]);
        Assert.Equal(2357, tracking.Customers);
        var cumulative = 0;
        for (var k = 0; k < 78; k++)
        {
            cumulative += perWeek[k];
            Assert.Equal(cumulative, tracking.Actual[k]);
        }

        // The calibration total is the sum of x of the published CDNOW summary (2,457 repeat transactions; the 1,882 of the
        // holdout are the actual total of the holdout validation report).
        Assert.Equal(CdnowData.Summary.Sum(r => r.X), tracking.ActualCalibrationTotal);
        Assert.Equal(2457, tracking.ActualCalibrationTotal);
        Assert.Equal(1882, tracking.ActualHoldoutTotal);
        Assert.Equal(2457, tracking.Actual[38]);
    }

    [Fact]
    public void Of_Cdnow_ExpectedIsEachCustomersExpectationFromTheirFirstPurchase()
    {
        // Oracle from the published summary: a customer observed for T weeks to the calibration end (day 272 of 1997)
        // first bought on day 272 - 7 T, so at the end of week k (day 7k) they have been a customer for k - 272/7 + T weeks.
        var tracking = Cdnow.Value;
        foreach (var k in new[] { 1, 12, 39, 52, 78 })
        {
            var expected = CdnowData.Summary
                .Select(r => k - (272d / 7d) + Math.Round(r.T * 7d) / 7d)
                .Where(age => age > 0d)
                .Sum(age => Published.ExpectedPurchases(new Periods((decimal)age, Week)));

            Assert.Equal(expected, tracking.Expected(0)[k - 1], 1e-6 * expected);
        }

        Assert.Equal(["BG/NBD", "Pareto/NBD"], tracking.Models);
    }

    [Fact]
    public void Of_SimulatedBgNbdCustomers_TrackTheTrueModelsExpectation()
    {
        // Simulation oracle: 50,000 customers drawn from the BG/NBD story (Gamma rates, Beta dropout after each repeat
        // purchase), acquired uniformly over the first 12 weeks, purchases in continuous time. The expected series of the
        // generating model must follow the simulated repeat purchases made before each week's end (counted in continuous
        // time, so no merging) within 3% from week 10 on (the simulated totals have standard errors near 1%). The log
        // dates each purchase to its day; merging same-day purchases can only lower the actual series below that count.
        var truth = new BgNbd(2d, 16d, 0.8, 2.5, Week);
        var start = new LocalDate(2020, 1, 6);
        var (log, simulated) = SimulateBgNbd(truth, 50_000, start, acquisitionDays: 84, weeks: 78, seed: 42);

        var tracking = RepeatTransactionTracking.Of(log, Week, PurchaseMerging.SameDay, start.PlusDays(272), start.PlusDays(545), [truth]);

        Assert.Equal(78, tracking.Actual.Count);
        var ratios = Enumerable.Range(0, 78).Select(k => tracking.Expected(0)[k] / simulated[k]).ToArray();
        Assert.True(
            ratios.Skip(9).All(r => r is > 0.97 and < 1.03),
            string.Join(" ", ratios.Select(r => r.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.All(Enumerable.Range(0, 78), k => Assert.True(tracking.Actual[k] <= simulated[k]));
        Assert.True(tracking.Actual[^1] >= 0.98 * simulated[^1], $"{tracking.Actual[^1]} of {simulated[^1]} purchases after merging");
    }

    [Fact]
    public void Of_CustomersFirstSeenInTheHoldout_AreLeftOut()
    {
        var start = new LocalDate(2026, 1, 5);
        CustomerTransaction[] log =
        [
            Buy("a", start), Buy("a", start.PlusDays(3)), Buy("a", start.PlusDays(3)), Buy("a", start.PlusDays(20)),
            Buy("b", start.PlusDays(2)),
            Buy("late", start.PlusDays(16)), Buy("late", start.PlusDays(18)),
            Buy("a", start.PlusDays(40)),
        ];

        // Calibration to day 13 (two weeks), holdout to day 26: "late" first buys on day 16 and is not tracked; a's second
        // purchase on day 3 merges with the first of that day; day 40 is after the observation end.
        var tracking = RepeatTransactionTracking.Of(log, Week, PurchaseMerging.SameDay, start.PlusDays(13), start.PlusDays(26), [Published]);

        Assert.Equal(2, tracking.Customers);
        Assert.Equal(1, tracking.CustomersFirstSeenInHoldout);
        Assert.Equal([1, 1, 2, 2], tracking.Actual);
        Assert.Equal([start.PlusDays(6), start.PlusDays(13), start.PlusDays(20), start.PlusDays(26)], tracking.PeriodEnds);
        Assert.Equal(2, tracking.CalibrationPeriods);
        Assert.Equal((1, 1), (tracking.ActualCalibrationTotal, tracking.ActualHoldoutTotal));

        // The last period is 6 days: a (first on day 0) is 27/7 weeks old at its end, b (day 2) 25/7.
        var last = Published.ExpectedPurchases(new Periods(27m / 7m, Week)) + Published.ExpectedPurchases(new Periods(25m / 7m, Week));
        Assert.Equal(last, tracking.Expected(0)[^1], 1e-12);
    }

    [Fact]
    public void Of_MonthlyWholePeriods_CountsCalendarMonthsFromEachFirstPurchase()
    {
        // Hand-worked, months merged per whole month from each first purchase: a buys 01-10, 01-25 (same month as the
        // first: merged), 02-12 (month 1: a repeat), 02-20 (merged); b buys 01-31 and 03-01 (one whole month later: a repeat).
        var month = PeriodUnit.Month;
        var model = new BgNbd(0.5, 2d, 0.8, 2.5, month);
        CustomerTransaction[] log =
        [
            Buy("a", new LocalDate(2026, 1, 10)), Buy("a", new LocalDate(2026, 1, 25)), Buy("a", new LocalDate(2026, 2, 12)), Buy("a", new LocalDate(2026, 2, 20)),
            Buy("b", new LocalDate(2026, 1, 31)), Buy("b", new LocalDate(2026, 3, 1)),
        ];

        var tracking = RepeatTransactionTracking.Of(log, month, PurchaseMerging.SamePeriod, new LocalDate(2026, 2, 9), new LocalDate(2026, 4, 9), [model]);

        // Periods from 2026-01-10: to 02-09, 03-09, 04-09.
        Assert.Equal([new LocalDate(2026, 2, 9), new LocalDate(2026, 3, 9), new LocalDate(2026, 4, 9)], tracking.PeriodEnds);
        Assert.Equal([0, 2, 2], tracking.Actual);

        // At the end of period 2 (boundary 03-10): a is 2 whole months old, b (01-31 to 03-10) 1 whole month.
        var expected = model.ExpectedPurchases(new Periods(2m, month)) + model.ExpectedPurchases(new Periods(1m, month));
        Assert.Equal(expected, tracking.Expected(0)[1], 1e-12);
    }

    [Fact]
    public void Renderings_HaveOneLinePerPeriod()
    {
        var tracking = Cdnow.Value;

        var csv = tracking.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(79, csv.Length);
        Assert.Equal("period,end,split,actual,BG/NBD,Pareto/NBD", csv[0]);
        Assert.StartsWith("39,1997-09-30,calibration,2457,", csv[39], StringComparison.Ordinal);
        Assert.StartsWith("40,1997-10-07,holdout,", csv[40], StringComparison.Ordinal);
        Assert.Contains("| 78 | 1998-06-30 | holdout | 4339 |", tracking.ToMarkdown(), StringComparison.Ordinal);
        Assert.Equal(80, tracking.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        var again = RepeatTransactionTracking.Of(CdnowData.Transactions().Reverse(), Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd, ObservationEnd, [Published, PublishedPareto]);
        var other = RepeatTransactionTracking.Of(CdnowData.Transactions(), Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd, ObservationEnd, [Published]);

        Assert.True(Cdnow.Value == again);
        Assert.Equal(Cdnow.Value.GetHashCode(), again.GetHashCode());
        Assert.True(Cdnow.Value != other);
        Assert.False(Cdnow.Value.Equals((object?)null));
    }

    private static CustomerTransaction Buy(string id, LocalDate date) => new(id, date, new Money(10m, Currency.Usd));

    /// <summary>
    /// Customers from the BG/NBD story, written here from the paper's assumptions: a dated log, and the cumulative number of
    /// repeat purchases made before the end of each week (day 7k from <paramref name="start"/>) in continuous time.
    /// </summary>
    internal static (List<CustomerTransaction> Log, int[] Cumulative) SimulateBgNbd(BgNbd model, int customers, LocalDate start, int acquisitionDays, int weeks, int seed)
    {
        var rng = new Random(seed);
        var log = new List<CustomerTransaction>();
        var perWeek = new int[weeks];
        for (var i = 0; i < customers; i++)
        {
            var id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var first = rng.Next(acquisitionDays);
            log.Add(Buy(id, start.PlusDays(first)));
            var lambda = Gamma(rng, model.R) / model.Alpha;
            var g = Gamma(rng, model.A);
            var dropout = g / (g + Gamma(rng, model.B));
            var clock = 0d;
            while (true)
            {
                clock += -Math.Log(1d - rng.NextDouble()) / lambda;
                var day = first + (clock * 7d);
                if (day >= weeks * 7)
                {
                    break;
                }

                perWeek[(int)(day / 7d)]++;
                log.Add(Buy(id, start.PlusDays((int)Math.Floor(day))));
                if (rng.NextDouble() < dropout)
                {
                    break;
                }
            }
        }

        for (var k = 1; k < weeks; k++)
        {
            perWeek[k] += perWeek[k - 1];
        }

        return (log, perWeek);
    }

    /// <summary>Gamma(shape, 1) by Marsaglia and Tsang (2000), boosted by U^(1/shape) below shape 1.</summary>
    private static double Gamma(Random rng, double shape)
    {
        if (shape < 1d)
        {
            return Gamma(rng, shape + 1d) * Math.Pow(rng.NextDouble(), 1d / shape);
        }

        var d = shape - (1d / 3d);
        var c = 1d / Math.Sqrt(9d * d);
        while (true)
        {
            var z = Math.Sqrt(-2d * Math.Log(1d - rng.NextDouble())) * Math.Cos(2d * Math.PI * rng.NextDouble());
            var v = Math.Pow(1d + (c * z), 3);
            if (v > 0d && Math.Log(1d - rng.NextDouble()) < (0.5 * z * z) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v;
            }
        }
    }
}
