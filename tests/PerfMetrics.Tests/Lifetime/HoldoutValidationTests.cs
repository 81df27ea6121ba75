using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public partial class HoldoutValidationTests
{
    private static readonly Lazy<RfmSummary> Summary = new(() =>
        RfmSummary.Build(CdnowData.Transactions(), PeriodUnit.Week, PurchaseMerging.SameDay, CdnowData.CalibrationEnd, new LocalDate(1998, 6, 30)));

    private static readonly BgNbd Published = new(0.243, 4.414, 0.793, 2.426, PeriodUnit.Week);

    [Fact]
    public void Of_Cdnow_CountsEveryCustomerAndHoldoutTransactionFromTheRawLog()
    {
        // Oracle from the raw log, independently of RfmSummary: repeat-purchase days in calibration per customer (the
        // classes) and purchase days in the 39-week holdout (1997-10-01..1998-06-30).
        var days = CdnowData.Transactions().GroupBy(t => t.CustomerId).ToDictionary(g => g.Key, g => g.Select(t => t.Date).Distinct().ToList());
        var classes = new double[8];
        var holdout = 0;
        foreach (var d in days.Values)
        {
            var calibration = d.Count(x => x <= CdnowData.CalibrationEnd);
            classes[Math.Min(calibration - 1, 7)]++;
            holdout += d.Count(x => x > CdnowData.CalibrationEnd && x <= new LocalDate(1998, 6, 30));
        }

        var report = HoldoutValidation.Of(Summary.Value, [Published]);

        Assert.Equal(classes, report.Customers);
        Assert.Equal(holdout, report.ActualTotal);
        Assert.Equal(["BG/NBD"], report.Models);
    }

    [Fact]
    public void Of_PredictedTotalIsTheSumOfTheConditionalExpectations()
    {
        var report = HoldoutValidation.Of(Summary.Value, [Published]);
        var weeks = new Periods(39m, PeriodUnit.Week);
        var expected = Summary.Value.Customers.Sum(c => Published.ConditionalExpectedPurchases(weeks, c));

        Assert.Equal(expected, report.PredictedTotals[0], 1e-9);
        var means = report.PredictedMeans(0);
        Assert.Equal(expected, means.Select((m, k) => m!.Value * report.Customers[k]).Sum(), 1e-6);
    }

    [Fact]
    public void Renderings_HaveOneLinePerClassPlusTotals()
    {
        var report = HoldoutValidation.Of(Summary.Value, [Published, new ParetoNbd(0.553, 10.578, 0.606, 11.669, PeriodUnit.Week)]);

        var csv = report.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(11, csv.Length);
        Assert.Equal("calibration x,customers,actual,BG/NBD,Pareto/NBD", csv[0]);
        Assert.StartsWith("7+,", csv[8], StringComparison.Ordinal);
        Assert.Contains("| chi-square |", report.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("total", report.ToString(), StringComparison.Ordinal);
        Assert.All(report.ChiSquare, c => Assert.True(c >= 0d && double.IsFinite(c)));
    }
}
