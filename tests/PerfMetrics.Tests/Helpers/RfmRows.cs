using System.Globalization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Helpers;

/// <summary>Builds the fits' input rows (<see cref="CustomerRfm"/>) from test columns, keeping every digit of the doubles.</summary>
internal static class RfmRows
{
    /// <summary>(x, t_x, T) rows in <paramref name="unit"/>; repeat buyers get a mean value of 1 USD unless <paramref name="meanValue"/> is given.</summary>
    /// <remarks>With <paramref name="counts"/>, row i stands for counts[i] customers (a grouped summary row).</remarks>
    public static CustomerRfm[] Of(IReadOnlyList<double> x, IReadOnlyList<double> tx, IReadOnlyList<double> t, PeriodUnit unit, IReadOnlyList<Money>? meanValue = null, IReadOnlyList<int>? counts = null)
    {
        var rows = new CustomerRfm[x.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            Money? m = x[i] > 0 ? meanValue?[i] ?? new Money(1m, Currency.Usd) : null;
            rows[i] = new CustomerRfm(i.ToString(CultureInfo.InvariantCulture), (int)x[i], new Periods(Exact(tx[i]), unit), new Periods(Exact(t[i]), unit), m, count: counts?[i] ?? 1);
        }

        return rows;
    }

    /// <summary>Repeat buyers (x &gt;= 1) with their mean values, for the Gamma-Gamma fit (recency and T play no part there).</summary>
    public static CustomerRfm[] Spend(IReadOnlyList<double> x, IReadOnlyList<Money> meanValue)
    {
        var rows = new CustomerRfm[x.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = new CustomerRfm(i.ToString(CultureInfo.InvariantCulture), (int)x[i], new Periods(1m, PeriodUnit.Week), new Periods(2m, PeriodUnit.Week), meanValue[i]);
        }

        return rows;
    }

    /// <summary>The Gamma-Gamma fit to grouped rows: row i stands for weights[i] customers (<see cref="CustomerRfm.Count"/>).</summary>
    public static ModelFit<GammaGamma> WeightedSpend(IReadOnlyList<double> x, IReadOnlyList<Money> meanValue, IReadOnlyList<double> weights) =>
        GammaGamma.Fit(x.Select((xi, i) => new CustomerRfm(i.ToString(CultureInfo.InvariantCulture), (int)xi, new Periods(1m, PeriodUnit.Week), new Periods(2m, PeriodUnit.Week), meanValue[i], count: (int)weights[i])));

    /// <summary>The decimal with the shortest round-trip digits of <paramref name="value"/>, so (double) of it gives the same double back.</summary>
    public static decimal Exact(double value) =>
        decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
}
