using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>Issue 16: the RFM SQL of docs/scale-out.md, run as written on DuckDB over the CDNOW transactions, gives the rows of <see cref="RfmSummary"/> (days, purchases on one day merged).</summary>
public class RfmSqlTests
{
    [Fact]
    public void RfmSql_OnDuckDb_EqualsRfmSummary()
    {
        var transactions = CdnowData.Transactions();
        var end = CdnowData.CalibrationEnd;
        var summary = RfmSummary.Build(transactions, PeriodUnit.Day, PurchaseMerging.SamePeriod, end);

        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        Execute(db, "CREATE TABLE transactions (customer_id VARCHAR, ts TIMESTAMP, value DECIMAL(18, 2))");
        Execute(db, $"CREATE TABLE params AS SELECT DATE '{end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}' AS observation_end");
        using (var appender = db.CreateAppender("transactions"))
        {
            foreach (var t in transactions)
            {
                appender.CreateRow().AppendValue(t.CustomerId).AppendValue(t.Date.ToDateTimeUnspecified().AddHours(12)).AppendValue(t.Value.Amount).EndRow();
            }
        }

        using var command = db.CreateCommand();
        command.CommandText = Sql();
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, (int X, decimal Tx, decimal T, double M)>();
        while (reader.Read())
        {
            rows.Add(
                reader.GetString(0),
                (Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToDecimal(reader.GetValue(2), CultureInfo.InvariantCulture),
                 Convert.ToDecimal(reader.GetValue(3), CultureInfo.InvariantCulture), Convert.ToDouble(reader.GetValue(4), CultureInfo.InvariantCulture)));
        }

        Assert.Equal(summary.Customers.Count, rows.Count);
        foreach (var customer in summary.Customers)
        {
            var row = rows[customer.CustomerId];
            Assert.Equal((customer.Frequency, customer.Recency.Count, customer.T.Count), (row.X, row.Tx, row.T));
            var mean = (double)(customer.MonetaryValue?.Amount ?? 0m);
            Assert.True(Math.Abs(mean - row.M) <= 1e-9 * Math.Max(1d, mean), $"{customer.CustomerId}: {mean} vs {row.M}");
        }
    }

    private static string Sql()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "scale-out.md")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var doc = File.ReadAllText(Path.Combine(directory.FullName, "docs", "scale-out.md"));
        var match = Regex.Match(doc, "```sql\n(-- rfm\\.sql.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "docs/scale-out.md must hold the rfm.sql block");
        return match.Groups[1].Value;
    }

    private static void Execute(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
