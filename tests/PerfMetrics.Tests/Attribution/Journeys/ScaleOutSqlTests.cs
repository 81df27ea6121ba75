using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using NodaTime;
using PerfMetrics.Attribution;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Attribution.Journeys;

/// <summary>
/// Issue 16: the SQL of docs/scale-out.md, run as written on DuckDB over a generated event log, gives exactly the path
/// table of <see cref="JourneyBuilder"/>, and the tables of two partitions of users merge into the table of the whole.
/// </summary>
public class ScaleOutSqlTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void JourneySql_OnDuckDb_EqualsTheJourneyBuilder_AndPartitionsMerge()
    {
        var log = new EventLogGenerator(users: 20_000, seed: 7, Currency.Usd);
        var touches = log.Touches().ToArray();
        var conversions = log.Conversions().ToArray();
        var build = JourneyBuilder.Build(touches, conversions, Usd);
        Assert.True(build.Table.Count > 1000 && build.Report.ConversionsDuplicate > 0 && build.Report.OpenJourneys > 0 && build.Report.TouchesOutsideWindow > 0);

        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        Execute(db, "CREATE TABLE all_touches (user_id VARCHAR, ts TIMESTAMP, channel VARCHAR, is_view BOOLEAN)");
        Execute(db, "CREATE TABLE all_conversions (user_id VARCHAR, ts TIMESTAMP, value DECIMAL(18, 2), order_id VARCHAR)");
        using (var appender = db.CreateAppender("all_touches"))
        {
            foreach (var t in touches)
            {
                appender.CreateRow().AppendValue(t.UserId).AppendValue(t.At.ToDateTimeUtc()).AppendValue(t.Channel.Name).AppendValue(t.Interaction == InteractionKind.Impression).EndRow();
            }
        }

        using (var appender = db.CreateAppender("all_conversions"))
        {
            foreach (var c in conversions)
            {
                appender.CreateRow().AppendValue(c.UserId).AppendValue(c.At.ToDateTimeUtc()).AppendValue(c.Value.Amount).AppendValue(c.OrderId).EndRow();
            }
        }

        var end = build.Report.ObservationEnd.ToDateTimeUtc();
        Execute(db, $"CREATE TABLE params AS SELECT TIMESTAMP '{end:yyyy-MM-dd HH:mm:ss}' AS observation_end");
        var sql = JourneySql();

        // The whole log.
        Execute(db, "CREATE VIEW touches AS SELECT * FROM all_touches");
        Execute(db, "CREATE VIEW conversions AS SELECT * FROM all_conversions");
        var whole = Query(db, sql);
        Assert.Equal(Canonical(build.Table), Canonical(whole));

        // Two partitions of users, one observation end: merged, they are the whole.
        PathTable? merged = null;
        for (var part = 0; part < 2; part++)
        {
            Execute(db, $"CREATE OR REPLACE VIEW touches AS SELECT * FROM all_touches WHERE hash(user_id) % 2 = {part}");
            Execute(db, $"CREATE OR REPLACE VIEW conversions AS SELECT * FROM all_conversions WHERE hash(user_id) % 2 = {part}");
            var table = Query(db, sql);
            Assert.True(table.Count < whole.Count);
            merged = merged is null ? table : merged.Merge(table);
        }

        Assert.Equal(Canonical(build.Table), Canonical(merged!));
    }

    /// <summary>The SQL block of docs/scale-out.md that starts with <c>-- journeys.sql</c>, as written there.</summary>
    private static string JourneySql()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "scale-out.md")))
        {
            directory = directory.Parent;
        }

        Assert.NotNull(directory);
        var doc = File.ReadAllText(Path.Combine(directory.FullName, "docs", "scale-out.md"));
        var match = Regex.Match(doc, "```sql\n(-- journeys\\.sql.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success, "docs/scale-out.md must hold the journeys.sql block");
        return match.Groups[1].Value;
    }

    private static void Execute(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static PathTable Query(DuckDBConnection db, string sql)
    {
        var builder = new PathTableBuilder(Usd);
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var path = reader.GetString(0).Split(" > ").Select(name => new Channel(name));
            builder.Add(path, Convert.ToDouble(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture), new Money(reader.GetDecimal(2), Usd), Convert.ToDouble(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToPathTable();
    }

    private static (string Path, double Conversions, decimal Value, double Nulls)[] Canonical(PathTable table) =>
        [.. table.Rows.Select(r => (string.Join(" > ", r.Path.Select(c => c.Name)), r.Conversions, r.Value.Amount, r.Nulls)).OrderBy(r => r.Item1, StringComparer.Ordinal)];
}
