using System.Globalization;
using System.Text;
using PerfMetrics.Cli;

namespace PerfMetrics.Tests.Cli.Commands;

public class ClvCommandTests
{
    private static readonly Lazy<string> CdnowLog = new(() =>
    {
        // CDNOW_sample.txt (Data/SOURCES.md) as the tool's transaction log: customer, ISO date, value.
        var csv = new StringBuilder("customer,date,value\n");
        foreach (var t in CdnowData.Transactions())
        {
            csv.Append(CultureInfo.InvariantCulture, $"{t.CustomerId},{t.Date:uuuu-MM-dd},{t.Value.Amount}\n");
        }

        return csv.ToString();
    });

    private static readonly string[] CdnowOptions =
        ["clv", "-", "--currency", "USD", "--unit", "week", "--end", "1997-09-30", "--margin-rate", "0.3", "--discount", "0.002", "--horizon", "52"];

    [Fact]
    public void Clv_Cdnow_PrintsThePublishedFitsAndTheCeilingOfTheDocs()
    {
        // Fader, Hardie and Lee (2005), "Counting your customers the easy way": r = 0.243, alpha = 4.414, a = 0.793,
        // b = 2.426, LL = -9582.4 on CDNOW's 2,357 customers (946 repeat buyers). docs/lifetime-value.md, "Worked example:
        // CDNOW": at a 30% margin, 0.2% a week, 52 weeks, a new customer's CLV is 14.59 USD, so the LTV:CAC = 3 ceiling is
        // 14.59 / 3 = 4.86 USD, and the base is worth 21,642.85 USD.
        var result = CliRun.WithInput(CdnowLog.Value, CdnowOptions);

        CliRun.AssertOutput(
            """
            RFM of 2357 customers per week to 1997-09-30 (SameDay), 1959 lines after the end

            model        parameter       estimate  standard error
            -----------  --------------  --------  --------------
            BG/NBD       r                 0.2426          0.0126
            BG/NBD       alpha             4.4136          0.3782
            BG/NBD       a                 0.7929          0.1857
            BG/NBD       b                 2.4259          0.7054
            BG/NBD       log-likelihood  -9582.43       converged
            Gamma-Gamma  p                 6.2496          1.1901
            Gamma-Gamma  q                 3.7442          0.2901
            Gamma-Gamma  gamma            15.4435          4.1594
            Gamma-Gamma  log-likelihood  -4055.92       converged

            measure                                      value
            -----------------------------------  -------------
            purchase model                              BG/NBD
            customers (repeat buyers)               2357 (946)
            margin rate                                    0.3
            discount per week                            0.002
            horizon                                   52 weeks
            new-customer CLV (repeat purchases)      14.59 USD
            CPA ceiling (LTV:CAC 3)                   4.86 USD
            total CLV of the base                21,642.85 USD

            """,
            result);
    }

    [Fact]
    public void Clv_PerCustomer_PrintsTheRowOfTheDocsForCustomerOne()
    {
        // docs/lifetime-value.md: customer 0001 has x = 2, t_x = 30.43, T = 38.86 weeks, P(alive) = 0.727 and a CLV of
        // 10.98 USD; the per-customer table lists all 2,357 customers, ranked by CLV.
        var result = CliRun.WithInput(CdnowLog.Value, [.. CdnowOptions, "--per-customer"]);

        Assert.Equal(0, result.ExitCode);
        var table = result.Out[result.Out.IndexOf("\ncustomer ", StringComparison.Ordinal)..];
        var one = table.Split('\n').Single(line => line.StartsWith("0001 ", StringComparison.Ordinal));
        Assert.Contains("  2  30.43  38.86  ", one, StringComparison.Ordinal);
        Assert.Contains("72.7%", one, StringComparison.Ordinal);
        Assert.Contains("10.98 USD", one, StringComparison.Ordinal);
        Assert.Equal(2357 + 3, table.Count(c => c == '\n')); // the line end before the header, header, dashes, a line per customer
    }

    [Fact]
    public void Clv_Json_HoldsTheFitsAndTheCeiling()
    {
        var result = CliRun.WithInput(CdnowLog.Value, [.. CdnowOptions, "--ltv-to-cac", "2", "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        Assert.Equal(2357, root.GetProperty("customer_count").GetInt32());
        Assert.Equal("1997-09-30", root.GetProperty("observation_end").GetString());
        Assert.Equal(0.2426, root.GetProperty("bg_nbd").GetProperty("model").GetProperty("r").GetDouble(), 4);
        var clv = root.GetProperty("new_customer_clv").GetProperty("amount").GetDecimal();
        var ceiling = root.GetProperty("cpa_ceiling").GetProperty("amount").GetDecimal();
        Assert.Equal(14.59m, Math.Round(clv, 2));
        Assert.Equal(clv / 2m, ceiling); // LTV:CAC = 2: the ceiling is half the CLV, exactly
        Assert.False(root.TryGetProperty("customers", out _));
    }

    [Fact]
    public void Clv_BadDate_IsBadInputWithLineAndColumn()
    {
        const string log = "customer,date,value\na,2024-01-01,10\nb,01/02/2024,12.50\n";

        var result = CliRun.WithInput(log, "clv", "-", "--currency", "USD", "--margin-rate", "0.3", "--discount", "0.002", "--horizon", "52");

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal("error: standard input: Line 3, column 2 (date): must be a date such as 1997-01-01, was \"01/02/2024\".\n", result.Error);
    }

    [Fact]
    public void Clv_DiscountOutOfRange_IsBadInputWithTheLibrarysRule()
    {
        var result = CliRun.WithInput(CdnowLog.Value, [.. CdnowOptions[..^4], "--discount", "2", "--horizon", "52"]);

        Assert.Equal(ExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("was 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Clv_MissingMarginRate_IsAUsageError()
    {
        var result = CliRun.WithInput(CdnowLog.Value, "clv", "-", "--currency", "USD", "--discount", "0.002", "--horizon", "52");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: --margin-rate, --discount and --horizon go together", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Clv_RfmSummaryOfLifetimes_FitsThePublishedParameters()
    {
        // cdnow_customers_summary_with_transactions.csv (lifetimes; Data/SOURCES.md). Published: BG/NBD r = 0.243,
        // alpha = 4.414, a = 0.793, b = 2.426 (Fader, Hardie & Lee 2005, "Counting your customers the easy way");
        // Pareto/NBD r = 0.553, alpha = 10.578, s = 0.606, beta = 11.669 (Fader & Hardie 2005 note, CDNOW sample);
        // Gamma-Gamma p = 6.25, q = 3.74, gamma = 15.44 (Fader, Hardie & Lee 2005, "RFM and CLV", and lifetimes' docs).
        var file = Path.Combine(CliGoldenTests.RepositoryRoot(), "tests", "PerfMetrics.Tests", "Data", "cdnow_customers_summary_with_transactions.csv");

        var result = CliRun.Run("clv", file, "--rfm", "--columns", "id=ID,frequency=x,recency=t_x,monetary=zbar", "--currency", "USD", "-m", "bgnbd,paretonbd", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(result.Out);
        var root = document.RootElement;
        double P(string model, string name) => root.GetProperty(model).GetProperty("model").GetProperty(name).GetDouble();
        Assert.Equal(2357, root.GetProperty("customer_count").GetInt64());
        Assert.Equal(0.243, P("bg_nbd", "r"), 3);
        Assert.Equal(4.414, P("bg_nbd", "alpha"), 2);
        Assert.Equal(0.793, P("bg_nbd", "a"), 3);
        Assert.Equal(2.426, P("bg_nbd", "b"), 2);
        Assert.Equal(0.553, P("pareto_nbd", "r"), 3);
        Assert.Equal(10.578, P("pareto_nbd", "alpha"), 2);
        Assert.Equal(0.606, P("pareto_nbd", "s"), 3);
        Assert.Equal(11.669, P("pareto_nbd", "beta"), 1);
        Assert.Equal(6.25, P("gamma_gamma", "p"), 2);
        Assert.Equal(3.74, P("gamma_gamma", "q"), 2);
        Assert.Equal(15.44, P("gamma_gamma", "gamma"), 1);
        Assert.False(root.TryGetProperty("new_customer_clv", out _));
    }

    [Fact]
    public void Clv_CalibrationEnd_AddsTheLibrarysHoldoutValidation()
    {
        // Calibration to 1997-09-30, holdout to 1998-06-30 (39 weeks), the split of Fader, Hardie & Lee (2005): the CSV is
        // the library's HoldoutValidation.ToCsv of the same summary and model.
        var log = CdnowData.Transactions().ToList();
        var summary = PerfMetrics.Lifetime.RfmSummary.Build(
            log, PerfMetrics.Lifetime.PeriodUnit.Week, PerfMetrics.Lifetime.PurchaseMerging.SameDay, new NodaTime.LocalDate(1997, 9, 30), new NodaTime.LocalDate(1998, 6, 30));
        var model = PerfMetrics.Lifetime.BgNbd.Fit(summary.Customers).Model;
        var expected = PerfMetrics.Lifetime.HoldoutValidation.Of(summary, [model]).ToCsv();

        var result = CliRun.WithInput(CdnowLog.Value, "clv", "-", "--currency", "USD", "--calibration-end", "1997-09-30", "--end", "1998-06-30", "--format", "csv");

        CliRun.AssertOutput(expected, result);
    }

    [Fact]
    public void Clv_BadUnit_IsAUsageError()
    {
        var result = CliRun.WithInput(CdnowLog.Value, "clv", "-", "--currency", "USD", "--unit", "fortnight", "--margin-rate", "0.3", "--discount", "0.002", "--horizon", "52");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: --unit must be day, week, month, quarter or year, was \"fortnight\".\n", result.Error, StringComparison.Ordinal);
    }
}
