using System.Globalization;
using System.Text.Json;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

public partial class CustomerValueTableTests
{
    private static readonly PeriodUnit Week = PeriodUnit.Week;

    // Published CDNOW fits (Fader, Hardie and Lee 2005; Fader and Hardie's Gamma-Gamma note).
    private static readonly BgNbd Purchases = new(0.243, 4.414, 0.793, 2.426, Week);
    private static readonly GammaGamma Spend = new(6.25, 3.74, 15.44, Currency.Usd);

    private static readonly Lazy<CustomerRfm[]> CdnowRowsLazy = new(() =>
        [.. CdnowData.Summary.Select(r => new CustomerRfm(
            r.Id.ToString(CultureInfo.InvariantCulture),
            r.X,
            new Periods((decimal)r.Tx, Week),
            new Periods((decimal)r.T, Week),
            r.X > 0 ? new Money(r.Zbar, Currency.Usd) : null))]);

    private static readonly Lazy<ModelFit<BgNbd>> BgNbdFitLazy = new(() => BgNbd.Fit(Cdnow));

    private static readonly Lazy<ModelFit<GammaGamma>> SpendFitLazy = new(() => GammaGamma.Fit(Cdnow.Where(r => r.Frequency > 0)));

    /// <summary>The 2,357 CDNOW customers (weeks, mean repeat value zbar in USD).</summary>
    internal static CustomerRfm[] Cdnow => CdnowRowsLazy.Value;

    internal static ModelFit<BgNbd> BgNbdFit => BgNbdFitLazy.Value;

    internal static ModelFit<GammaGamma> SpendFit => SpendFitLazy.Value;

    private static Periods Weeks(decimal count) => new(count, Week);

    private static DiscountRate Weekly(decimal rate) => new(rate, Week);

    private static CustomerRfm Row(string id, int x, decimal tx, decimal t, decimal? mean, int count = 1) =>
        new(id, x, Weeks(tx), Weeks(t), mean is { } m ? new Money(m, Currency.Usd) : null, count: count);

    [Fact]
    public void Create_CdnowCustomerOne_ShowsThePublishedPurchasesAndSpend()
    {
        // FHL (2005): CDNOW customer with x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks;
        // Fader and Hardie's Gamma-Gamma note: with mean 22.35 USD the expected value per transaction is 24.66 USD.
        var table = CustomerValueTable.Create(Purchases, Spend, [Row("1", 2, 30.43m, 38.86m, 22.35m)], 1m, DiscountRate.None(Week), Weeks(39));

        var row = Assert.Single(table.Rows);
        Assert.Equal(1.226, row.ExpectedPurchases, 0.0005);
        Assert.Equal(24.66m, decimal.Round(row.ExpectedSpend!.Value.Amount, 2));
        Assert.Equal(1, row.Rank);
        Assert.Equal("BG/NBD", table.Model);
    }

    [Fact]
    public void Create_Cdnow_EveryClvIsClvForCustomersAndTheTotalIsClvTotal()
    {
        // One engine: the table calls the code of Clv.ForCustomers, so the values are equal to the last digit.
        var discount = Weekly(0.01m);
        var horizon = Weeks(52);
        var expected = Clv.ForCustomers(Purchases, Spend, Cdnow, 0.3m, discount, horizon);

        var table = CustomerValueTable.Create(Purchases, Spend, Cdnow, 0.3m, discount, horizon);

        var byId = table.Rows.ToDictionary(r => r.CustomerId, StringComparer.Ordinal);
        for (var i = 0; i < Cdnow.Length; i++)
        {
            Assert.Equal(expected[i], byId[Cdnow[i].CustomerId].Clv);
        }

        Assert.Equal(Clv.Total(Purchases, Spend, Cdnow, 0.3m, discount, horizon), table.TotalClv);
        Assert.Equal(2357L, table.Customers);
    }

    [Fact]
    public void Create_PredictionsAreTheModelsOwnForAllThreeTransactionModels()
    {
        IRepeatPurchaseModel[] models =
        [
            Purchases,
            new ModifiedBgNbd(0.525, 6.183, 0.891, 1.614, Week),
            new ParetoNbd(0.553, 10.578, 0.606, 11.669, Week),
        ];
        var rows = Cdnow.Take(200).ToArray();
        foreach (var model in models)
        {
            var table = CustomerValueTable.Create(model, Spend, rows, 0.3m, DiscountRate.None(Week), Weeks(39));
            var byId = table.Rows.ToDictionary(r => r.CustomerId, StringComparer.Ordinal);
            foreach (var customer in rows)
            {
                var row = byId[customer.CustomerId];
                Assert.Equal(model.ProbabilityAlive(customer), row.ProbabilityAlive, 1e-12);
                Assert.Equal(model.ConditionalExpectedPurchases(Weeks(39), customer), row.ExpectedPurchases, 1e-12);
            }
        }
    }

    [Fact]
    public void Create_WithoutSpend_RanksByExpectedPurchasesAndHasNoMoney()
    {
        var rows = new[] { Row("a", 1, 5m, 30m, 10m), Row("b", 10, 29m, 30m, 10m), Row("c", 0, 0m, 30m, null) };

        var table = CustomerValueTable.Create(Purchases, null, rows, 0.3m, DiscountRate.None(Week), Weeks(10));

        Assert.Equal(["b", "a", "c"], table.Rows.Select(r => r.CustomerId));
        Assert.All(table.Rows, r => Assert.Null(r.Clv));
        Assert.All(table.Rows, r => Assert.Null(r.ExpectedSpend));
        Assert.Null(table.TotalClv);
        Assert.Null(table.Currency);
    }

    [Fact]
    public void Create_GroupedRow_CountsItsCustomersInTheTotals()
    {
        var single = Row("g", 3, 20m, 35m, 40m);
        var grouped = Row("g", 3, 20m, 35m, 40m, count: 4);

        var one = CustomerValueTable.Create(Purchases, Spend, [single], 0.3m, Weekly(0.01m), Weeks(52));
        var four = CustomerValueTable.Create(Purchases, Spend, [grouped], 0.3m, Weekly(0.01m), Weeks(52));

        Assert.Equal(one.Rows[0].Clv, four.Rows[0].Clv);
        Assert.Equal(4, four.Rows[0].Count);
        Assert.Equal(4L, four.Customers);
        Assert.Equal(one.TotalClv!.Value * 4m, four.TotalClv);
        Assert.Equal(4 * one.TotalExpectedPurchases, four.TotalExpectedPurchases, 1e-12);
    }

    [Fact]
    public void Create_TiesAreRankedByCustomerIdThenInputOrder()
    {
        // Three identical histories (one value) in the input order z, a, m: ranks follow the ids a, m, z.
        var rows = new[] { Row("z", 2, 10m, 30m, 20m), Row("a", 2, 10m, 30m, 20m), Row("m", 2, 10m, 30m, 20m), Row("top", 9, 29m, 30m, 50m) };

        var table = CustomerValueTable.Create(Purchases, Spend, rows, 0.3m, Weekly(0.01m), Weeks(52));

        Assert.Equal(["top", "a", "m", "z"], table.Rows.Select(r => r.CustomerId));
        Assert.Equal([1, 2, 3, 4], table.Rows.Select(r => r.Rank));
    }

    [Fact]
    public void SortBy_EveryColumnBothDirections_IsOrderedWithIdTies()
    {
        var table = CustomerValueTable.Create(Purchases, Spend, Cdnow.Take(300), 0.3m, Weekly(0.01m), Weeks(52));
        foreach (var column in Enum.GetValues<CustomerValueColumn>())
        {
            foreach (var descending in new[] { false, true })
            {
                var sorted = table.SortBy(column, descending).Rows;
                for (var i = 1; i < sorted.Count; i++)
                {
                    var c = Key(column, sorted[i - 1]).CompareTo(Key(column, sorted[i]));
                    Assert.True(descending ? c >= 0 : c <= 0, $"{column} {descending} at {i}");
                    if (c == 0)
                    {
                        Assert.True(string.CompareOrdinal(sorted[i - 1].CustomerId, sorted[i].CustomerId) <= 0);
                    }
                }

                Assert.Equal(table.Rows.OrderBy(r => r.Rank).Select(r => r.Rank), sorted.OrderBy(r => r.Rank).Select(r => r.Rank));
            }
        }

        static IComparable Key(CustomerValueColumn column, CustomerValueRow row) => column switch
        {
            CustomerValueColumn.CustomerId => new OrdinalKey(row.CustomerId),
            CustomerValueColumn.Count => row.Count,
            CustomerValueColumn.Frequency => row.Frequency,
            CustomerValueColumn.Recency => row.Recency.Count,
            CustomerValueColumn.T => row.T.Count,
            CustomerValueColumn.ProbabilityAlive => row.ProbabilityAlive,
            CustomerValueColumn.ExpectedPurchases => row.ExpectedPurchases,
            CustomerValueColumn.ExpectedSpend => row.ExpectedSpend!.Value.Amount,
            CustomerValueColumn.Clv => row.Clv!.Value.Amount,
            _ => row.Rank,
        };
    }

    private sealed record OrdinalKey(string Value) : IComparable
    {
        public int CompareTo(object? obj) => string.CompareOrdinal(Value, ((OrdinalKey)obj!).Value);
    }

    [Fact]
    public void Top_KeepsTheFirstRowsAndTotalsThem()
    {
        var table = CustomerValueTable.Create(Purchases, Spend, Cdnow, 0.3m, Weekly(0.01m), Weeks(52));

        var top = table.Top(10);

        Assert.Equal(table.Rows.Take(10), top.Rows);
        Assert.Equal(10L, top.Customers);
        Assert.Equal(top.Rows.Aggregate(Money.Zero(Currency.Usd), (s, r) => s + r.Clv!.Value), top.TotalClv);
        Assert.Same(table, table.Top(5000));
    }

    [Fact]
    public void Create_TwelveMonthHorizonOnAWeeklyModel_ThrowsUntilConvertedOnPurpose()
    {
        var months = new Periods(12, PeriodUnit.Month);

        var ex = Assert.Throws<ArgumentException>(() => CustomerValueTable.Create(Purchases, Spend, Cdnow.Take(5), 0.3m, DiscountRate.None(Week), months));
        Assert.Equal("horizon", ex.ParamName);

        // 12 months are 52.1775 weeks by the mean Gregorian year; the CLV horizon is whole, rounded on purpose.
        var weeks = months.ConvertTo(Week);
        Assert.Equal(52.1775m, weeks.Count);
        var table = CustomerValueTable.Create(Purchases, Spend, Cdnow.Take(5), 0.3m, DiscountRate.None(Week), new Periods(decimal.Round(weeks.Count), Week));
        Assert.Equal(52m, table.Horizon.Count);
    }

    [Fact]
    public void ToString_ShowsDisplayPrecisionAndTheHeading()
    {
        var table = CustomerValueTable.Create(Purchases, Spend, [Row("1", 2, 30.43m, 38.86m, 22.35m), Row("2", 0, 0m, 38.86m, null)], 1m, DiscountRate.None(Week), Weeks(39));

        var text = table.ToString();

        // Hand check of row 2 (x = 0): the spend is the population mean p gamma / (q - 1) = 6.25 x 15.44 / 2.74 = 35.22 USD.

        Assert.Equal(
            "BG/NBD customer value over 39 weeks, discount 0% per week, margin 100.0%: 2 customers, 1.42 expected purchases, CLV 37.11 USD\n"
            + "customer  x    t_x      T  P(alive)  purchases      spend        CLV  rank\n"
            + "--------  -  -----  -----  --------  ---------  ---------  ---------  ----\n"
            + "1         2  30.43  38.86     72.7%       1.23  24.66 USD  30.24 USD     1\n"
            + "2         0   0.00  38.86    100.0%       0.20  35.22 USD   6.87 USD     2\n",
            text);
    }

    [Fact]
    public void ToString_Of28DigitInputs_ShowsNoMoreThanDisplayPrecision()
    {
        // The display rule (docs/design.md): mean values of a third of a dollar (28 significant digits), t_x and T in
        // thirds of a week; the text of the table and of a row shows at most two decimals (percents one).
        var rows = new[] { Row("a", 3, 20m / 3m, 100m / 3m, 100m / 3m), Row("b", 1, 5m / 3m, 10m, 10m / 3m) };
        var table = CustomerValueTable.Create(BgNbdFit, SpendFit, rows, 1m / 3m, Weekly(0.01m), Weeks(52), new CustomerValueOptions(true));

        foreach (var text in new[] { table.ToString(), table.ToMarkdown(), table.Rows[0].ToString() })
        {
            Assert.DoesNotMatch(@"\d\.\d{3,}", text);
        }
    }

    [Fact]
    public void ToMarkdownAndToCsv_HaveOneLinePerRow()
    {
        var table = CustomerValueTable.Create(Purchases, Spend, [Row("a,1", 2, 30.43m, 38.86m, 22.35m), Row("b", 0, 0m, 38.86m, null)], 0.3m, DiscountRate.None(Week), Weeks(39));

        var markdown = table.ToMarkdown().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var csv = table.ToCsv().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, markdown.Length);
        Assert.Equal("| customer | x | t_x | T | P(alive) | purchases | spend | CLV | rank |", markdown[0]);
        Assert.Equal(3, csv.Length);
        Assert.Equal("customer_id,count,frequency,recency,t,unit,p_alive,expected_purchases,expected_spend,clv,currency,rank", csv[0]);
        Assert.StartsWith("\"a,1\",1,2,30.43,38.86,P1W,", csv[1], StringComparison.Ordinal);
        Assert.EndsWith(",USD,1", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("b,1,0,0,38.86,P1W,1,", csv[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RoundTripsTheTableWithIntervalsAndItsOrder()
    {
        var table = CustomerValueTable.Create(BgNbdFit, SpendFit, Cdnow.Take(50), 0.3m, Weekly(0.01m), Weeks(52), new CustomerValueOptions(true, 0.9))
            .SortBy(CustomerValueColumn.ProbabilityAlive);

        var json = JsonSerializer.Serialize(table);
        var back = JsonSerializer.Deserialize<CustomerValueTable>(json)!;

        Assert.Equal(table, back);
        Assert.Equal(table.TotalClv, back.TotalClv);
        Assert.Equal(table.ToCsv(), back.ToCsv());
        Assert.Equal(table.Rows[3], JsonSerializer.Deserialize<CustomerValueRow>(JsonSerializer.Serialize(table.Rows[3])));
    }
}
