using PerfMetrics.Lifetime;
using System.Globalization;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>Loads the benchmark inputs: the CDNOW summary (from the test fixtures) and the synthetic 1M file (generated, never committed).</summary>
internal static class ClvData
{
    /// <summary>The synthetic file: <c>python3 ../shared/tools/gen_rfm.py --customers 1000000 --seed 1 --monetary --out /tmp/rfm.csv</c>; override with RFM_CSV.</summary>
    internal static string SyntheticPath => Environment.GetEnvironmentVariable("RFM_CSV") ?? "/tmp/rfm.csv";

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

    /// <summary>Rows of the synthetic file: frequency, recency, T, monetary_value.</summary>
    internal static (double[] X, double[] Tx, double[] T, double[] M) Synthetic()
    {
        if (!File.Exists(SyntheticPath))
        {
            throw new FileNotFoundException(
                $"Generate it first: python3 ../shared/tools/gen_rfm.py --customers 1000000 --seed 1 --monetary --out {SyntheticPath}", SyntheticPath);
        }

        var lines = File.ReadLines(SyntheticPath).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        var (x, tx, t, m) = (new double[lines.Length], new double[lines.Length], new double[lines.Length], new double[lines.Length]);
        for (var i = 0; i < lines.Length; i++)
        {
            x[i] = double.Parse(lines[i][1], CultureInfo.InvariantCulture);
            tx[i] = double.Parse(lines[i][2], CultureInfo.InvariantCulture);
            t[i] = double.Parse(lines[i][3], CultureInfo.InvariantCulture);
            m[i] = lines[i].Length > 4 ? double.Parse(lines[i][4], CultureInfo.InvariantCulture) : 0d;
        }

        return (x, tx, t, m);
    }

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

    private static string RepositoryRoot()
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
