using System.Globalization;
using System.Text;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public class RfmCsvTests
{
    private static readonly PeriodUnit Week = PeriodUnit.Week;
    private static readonly Currency Usd = Currency.Usd;

    private static IReadOnlyList<CustomerRfm> Cdnow() =>
        RfmCsv.Read(
            File.OpenText(CdnowData.PathOf("cdnow_customers_summary_with_transactions.csv")),
            Week,
            Usd,
            new RfmCsvColumns(customerId: "ID", frequency: "x", recency: "t_x", t: "T", monetaryValue: "zbar"));

    [Fact]
    public void Read_LifetimesColumnNames_WorkOutOfTheBox()
    {
        // What lifetimes' summary_data_from_transaction_data(...).to_csv() writes: floats for frequency, 0 monetary value
        // for customers without repeat purchases (null here: a mean of nothing is undefined).
        const string Csv = "customer_id,frequency,recency,T,monetary_value\n0,2.0,30.43,38.86,22.35\n1,0.0,0.0,38.86,0.0\n";
        var rows = RfmCsv.Read(new StringReader(Csv), Week, Usd);
        Assert.Equal(
            [
                new CustomerRfm("0", 2, new Periods(30.43m, Week), new Periods(38.86m, Week), new Money(22.35m, Usd)),
                new CustomerRfm("1", 0, new Periods(0m, Week), new Periods(38.86m, Week), null),
            ],
            rows);
    }

    [Fact]
    public void Read_CdnowSummary_FitsThePublishedBgNbdParameters()
    {
        // Fader, Hardie and Lee (2005), CDNOW, 2,357 customers, weeks: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426.
        var rows = Cdnow();
        Assert.Equal(2357, rows.Count);
        var fit = BgNbd.Fit(rows).Model;
        Assert.Equal(0.243, fit.R, 0.0005);
        Assert.Equal(4.414, fit.Alpha, 0.0005);
        Assert.Equal(0.793, fit.A, 0.0005);
        Assert.Equal(2.426, fit.B, 0.0005);
    }

    [Fact]
    public void Read_GroupedSummaryWithCounts_FitsLikeTheCustomerRows()
    {
        // The grouped summary of docs/scale-out.md: one line per (x, t_x, T, mean value) with the number of customers.
        // Each group is that many identical customers, so the weighted fits equal the fits over the customer rows.
        var customers = Cdnow();
        var csv = new StringBuilder("frequency,recency,T,monetary_value,count\n");
        foreach (var group in customers.GroupBy(c => (c.Frequency, c.Recency.Count, c.T.Count, c.MonetaryValue?.Amount ?? 0m)))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{group.Key.Frequency},{group.Key.Item2},{group.Key.Item3},{group.Key.Item4},{group.Count()}\n");
        }

        var grouped = RfmCsv.Read(new StringReader(csv.ToString()), Week, Usd);
        Assert.True(grouped.Count < customers.Count);
        Assert.Equal(customers.Count, grouped.Sum(g => g.Count));
        Assert.StartsWith("line ", grouped[0].CustomerId, StringComparison.Ordinal);
        var individual = BgNbd.Fit(customers).Model;
        var weighted = BgNbd.Fit(grouped).Model;
        Assert.Equal(individual.R, weighted.R, 1e-6);
        Assert.Equal(individual.Alpha, weighted.Alpha, 1e-5);
        Assert.Equal(individual.A, weighted.A, 1e-6);
        Assert.Equal(individual.B, weighted.B, 1e-5);
        var spend = GammaGamma.Fit(customers).Model;
        var spendGrouped = GammaGamma.Fit(grouped).Model;
        Assert.Equal(spend.P, spendGrouped.P, 1e-5);
        Assert.Equal(spend.Q, spendGrouped.Q, 1e-5);
        Assert.Equal(spend.Gamma, spendGrouped.Gamma, 1e-4);
    }

    [Theory]
    [InlineData("customer_id,frequency,recency,T,monetary_value\nc1,1.5,2,3,10\n", "Line 2, column 2 (frequency): must be a whole number of repeat purchases, 0 or more, was \"1.5\".")]
    [InlineData("customer_id,frequency,recency,T,monetary_value\nc1,1,4,3,10\n", "Line 2, column 3 (recency): must not exceed T (3), was \"4\".")]
    [InlineData("customer_id,frequency,recency,T,monetary_value\nc1,1,0,3,10\n", "Line 2, column 3 (recency): must be greater than 0 when frequency is (the last purchase is after the first), was \"0\".")]
    [InlineData("customer_id,frequency,recency,T,monetary_value\nc1,1,1,3,-10\n", "Line 2, column 5 (monetary_value): must be a non-negative decimal number (invariant culture, no thousands separators), was \"-10\".")]
    [InlineData("customer_id,frequency,recency,T,monetary_value,count\nc1,1,1,3,10,0\n", "Line 2, column 6 (count): must be a whole number of customers, 1 or more, was \"0\".")]
    [InlineData("customer_id,frequency,recency,T\nc1,1,1,3\n", "Line 1, column 5 (monetary_value): unknown column \"monetary_value\" in the mapping (monetaryValue)")]
    [InlineData("", "Line 1, column 1 (header): the file is empty")]
    public void Read_BadLine_NamesLineColumnAndRule(string csv, string message)
    {
        var ex = Assert.Throws<FormatException>(() => RfmCsv.Read(new StringReader(csv), Week, Usd));
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }
}
