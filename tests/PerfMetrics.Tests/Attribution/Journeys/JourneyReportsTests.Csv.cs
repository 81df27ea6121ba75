using static PerfMetrics.Tests.Attribution.Journeys.JourneyTestData;

namespace PerfMetrics.Tests.Attribution.Journeys;

/// <summary>Every journey report also writes CSV through the one table writer (docs/design.md, "Display").</summary>
public partial class JourneyReportsTests
{
    [Fact]
    public void TopPaths_Csv_HasExactNumbersAndPlainAmounts()
    {
        // The hand-worked table of TopPaths_HandWorkedTable: a > b > a 2 conversions, 30.00, 1 null, rate 2/3; c > b 1, 10.00, 0, rate 1.
        Assert.Equal(
            "path,conversions,value,nulls,conversion_rate,currency\n"
            + "a > b > a,2,30.00,1,0.6666666666666666,USD\n"
            + "c > b,1,10.00,0,1,USD\n",
            PerfMetrics.Attribution.TopPathsReport.Of(Table(), count: 2).ToCsv());
    }

    [Fact]
    public void PathLength_Csv_OneLinePerLength()
    {
        // Hand-worked in PathLength_HandWorkedTable: length 1 (b, a) 1 conversion, share 1/4, 5.00, 5 nulls, rate 1/6.
        var csv = PerfMetrics.Attribution.PathLengthReport.Of(Table()).ToCsv();
        Assert.Equal(
            "touches,paths,conversions,share,value,nulls,conversion_rate,currency\n"
            + "1,2,1,0.25,5.00,5,0.16666666666666666,USD\n"
            + "2,1,1,0.25,10.00,0,1,USD\n"
            + "3,1,2,0.5,30.00,1,0.6666666666666666,USD\n",
            csv);
    }

    [Fact]
    public void AssistedConversions_Csv_LeavesAnUndefinedRatioEmpty()
    {
        // Hand-worked in AssistedConversions_HandWorkedTable: c assists once and never closes, so its ratio is undefined.
        Assert.Equal(
            "channel,assisted,assisted_value,last_click,last_click_value,ratio,currency\n"
            + "a,2,30.00,2,30.00,1,USD\n"
            + "b,2,30.00,2,15.00,1,USD\n"
            + "c,1,10.00,0,0.00,,USD\n",
            PerfMetrics.Attribution.AssistedConversionsReport.Of(Table()).ToCsv());
    }

    [Fact]
    public void TimeLag_Csv_OneLinePerDay()
    {
        var build = Build([Click("u", 0.5, "a"), Click("u", 2, "b"), Click("v", 1, "a")], [Buy("u", 3, 10m), Buy("v", 1.25, 4m)]);
        Assert.Equal("days,conversions,share,value,currency\n0,1,0.5,4.00,USD\n2,1,0.5,10.00,USD\n", build.TimeLag.ToCsv());
    }
}
