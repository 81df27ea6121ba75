using PerfMetrics.Lifetime;
using System.Globalization;
using PerfMetrics.Benchmarks.Data;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>The benchmark inputs: the CDNOW summary (the test fixture in this repository) and the 1,000,000 synthetic customers (generated in memory).</summary>
internal static class ClvData
{
    /// <summary>Rows of cdnow_customers_summary_with_transactions.csv: x, t_x, T, zbar.</summary>
    internal static (double[] X, double[] Tx, double[] T, double[] Zbar) Cdnow(int repeat)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "tests", "PerfMetrics.Tests", "Data", "cdnow_customers_summary_with_transactions.csv"))
            .Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        var n = lines.Length * repeat;
        var (x, tx, t, z) = (new double[n], new double[n], new double[n], new double[n]);
        for (var k = 0; k < repeat; k++)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                var j = (k * lines.Length) + i;
                x[j] = double.Parse(lines[i][1], CultureInfo.InvariantCulture);
                tx[j] = double.Parse(lines[i][2], CultureInfo.InvariantCulture);
                t[j] = double.Parse(lines[i][3], CultureInfo.InvariantCulture);
                z[j] = double.Parse(lines[i][4], CultureInfo.InvariantCulture);
            }
        }

        return (x, tx, t, z);
    }

    /// <summary>
    /// The 1,000,000 synthetic customers (frequency, recency, T, monetary value), drawn in memory by
    /// <see cref="RfmGenerator"/>: the same doubles as the 0.1 input file of <c>gen_rfm.py --customers 1000000 --seed 1
    /// --monetary</c>, with no file and no environment variable.
    /// </summary>
    internal static (double[] X, double[] Tx, double[] T, double[] M) Synthetic() => RfmGenerator.Benchmark;

    /// <summary>The rows as <see cref="CustomerRfm"/>s in weeks and USD (mean values rounded to cents), as the fits take them.</summary>
    internal static CustomerRfm[] Rows((double[] X, double[] Tx, double[] T, double[] M) columns)
    {
        var rows = new CustomerRfm[columns.X.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            var x = (int)columns.X[i];
            Money? m = x > 0 ? new Money(Math.Round((decimal)columns.M[i], 2), Currency.Usd) : null;
            rows[i] = new CustomerRfm(
                i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                x,
                new Periods((decimal)columns.Tx[i], PeriodUnit.Week),
                new Periods((decimal)columns.T[i], PeriodUnit.Week),
                m);
        }

        return rows;
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PerfMetrics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("PerfMetrics.sln not found above " + AppContext.BaseDirectory);
    }
}
