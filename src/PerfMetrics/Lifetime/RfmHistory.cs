using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The argument checks every repeat-purchase model (<see cref="BgNbd"/>, <see cref="ModifiedBgNbd"/>,
/// <see cref="ParetoNbd"/>) shares: a fit's rows as columns in one unit, a customer's (x, t_x, T) in the model's unit,
/// and a horizon in the model's unit. One rule, written once.
/// </summary>
internal static class RfmHistory
{
    /// <summary>Validated columns of a fit's rows: x, t_x, T, the weights (null when every row stands for one customer) and the unit.</summary>
    internal readonly record struct Columns(double[] X, double[] Tx, double[] T, double[]? W, PeriodUnit Unit)
    {
        /// <summary>Gets the number of rows with a repeat purchase, counting a grouped row as its customers.</summary>
        internal double RepeatBuyers
        {
            get
            {
                var sum = 0d;
                for (var i = 0; i < X.Length; i++)
                {
                    sum += X[i] > 0d ? (W is null ? 1d : W[i]) : 0d;
                }

                return sum;
            }
        }
    }

    /// <summary>Reads and checks the rows of a fit; every row in one unit, which becomes the model's unit.</summary>
    internal static Columns Read(IEnumerable<CustomerRfm> customers, string paramName = "customers")
    {
        var rows = BgNbd.Rows(customers, paramName);
        var n = rows.Length;
        var x = new double[n];
        var tx = new double[n];
        var t = new double[n];
        double[]? w = null; // allocated at the first grouped row, so an ungrouped fit runs the unweighted loop
        var unit = default(PeriodUnit);
        for (var i = 0; i < n; i++)
        {
            ref readonly var c = ref rows[i];
            var rowUnit = c.T.Unit;
            if (rowUnit.IsDefault)
            {
                Guard.ThrowArgument(Indexed(paramName, i), string.Create(CultureInfo.InvariantCulture, $"{paramName}[{i}] must be a row with periods in a unit, was default(CustomerRfm)."));
            }

            if (i == 0)
            {
                unit = rowUnit;
            }
            else if (rowUnit != unit)
            {
                PeriodUnit.RequireSame(unit, $"{paramName}[0]", rowUnit, Indexed(paramName, i));
            }

            // A CustomerRfm is checked when it is built (x >= 0, t_x <= T, t_x = 0 exactly when x = 0), so the row checks
            // are not repeated here; a row with x = 0 has t_x = 0 and skips one decimal conversion.
            x[i] = c.Frequency;
            tx[i] = c.Frequency == 0 ? 0d : (double)c.Recency.Count;
            t[i] = (double)c.T.Count;
            if (c.Count != 1 && w is null)
            {
                w = new double[n];
                w.AsSpan(0, i).Fill(1d);
            }

            if (w is not null)
            {
                w[i] = c.Count;
            }
        }

        return new Columns(x, tx, t, w, unit);
    }

    /// <summary>
    /// Merges identical histories (same x, t_x and T) into one row whose weight is their total, in order of first
    /// appearance: exact for every likelihood (a row of weight k is k copies of it), and it turns a repeated input such as
    /// CDNOW x100 back into its distinct rows. Linear time (a hash of the three doubles).
    /// </summary>
    internal static Columns Merge(Columns columns)
    {
        var (x, tx, t, w, unit) = columns;
        var groups = new Dictionary<(double X, double Tx, double T), int>();
        var gx = new List<double>();
        var gtx = new List<double>();
        var gt = new List<double>();
        var gw = new List<double>();
        for (var i = 0; i < x.Length; i++)
        {
            var weight = w is null ? 1d : w[i];
            if (groups.TryGetValue((x[i], tx[i], t[i]), out var g))
            {
                gw[g] += weight;
            }
            else
            {
                groups.Add((x[i], tx[i], t[i]), gx.Count);
                gx.Add(x[i]);
                gtx.Add(tx[i]);
                gt.Add(t[i]);
                gw.Add(weight);
            }
        }

        return new Columns([.. gx], [.. gtx], [.. gt], [.. gw], unit);
    }

    /// <summary>
    /// <see cref="Merge"/> when the rows repeat: decided on the first 65,536 rows (at most half of them distinct), so a
    /// base of distinct histories pays only that probe and a repeated one (CDNOW x100) is fitted on its distinct rows.
    /// Either way the likelihood is the same function of the parameters.
    /// </summary>
    internal static Columns MergeWhenRepeated(Columns columns)
    {
        var (x, tx, t, _, _) = columns;
        var probe = Math.Min(x.Length, ProbeRows);
        var seen = new HashSet<(double X, double Tx, double T)>();
        for (var i = 0; i < probe; i++)
        {
            if (seen.Add((x[i], tx[i], t[i])) && 2 * seen.Count > probe)
            {
                return columns;
            }
        }

        return Merge(columns);
    }

    private const int ProbeRows = 65_536;

    /// <summary>A horizon in the model's unit, as a count.</summary>
    internal static double Time(PeriodUnit unit, Periods t, string paramName)
    {
        PeriodUnit.RequireSame(unit, "the model", t.Required(paramName).Unit, paramName);
        return (double)t.Count;
    }

    /// <summary>A customer's (x, t_x, T) in the model's unit.</summary>
    internal static (double X, double Tx, double T) Of(PeriodUnit unit, CustomerRfm customer)
    {
        PeriodUnit.RequireSame(unit, "the model", customer.Recency.Required(nameof(customer)).Unit, nameof(customer));
        PeriodUnit.RequireSame(unit, "the model", customer.T.Required(nameof(customer)).Unit, nameof(customer));
        var x = (double)customer.Frequency;
        var tx = (double)customer.Recency.Count;
        var t = (double)customer.T.Count;
        BgNbd.CheckRow(x, tx, t, null);
        return (x, tx, t);
    }

    /// <summary>A history given by its numbers, in the model's unit; <paramref name="ageName"/> names T's parameter.</summary>
    internal static (double X, double Tx, double T) Of(PeriodUnit unit, int frequency, Periods recency, Periods t, string ageName)
    {
        Guard.NonNegative((long)frequency, nameof(frequency));
        PeriodUnit.RequireSame(unit, "the model", recency.Required(nameof(recency)).Unit, nameof(recency));
        PeriodUnit.RequireSame(unit, "the model", t.Required(ageName).Unit, ageName);
        var (x, tx, age) = ((double)frequency, (double)recency.Count, (double)t.Count);
        BgNbd.CheckRow(x, tx, age, null, ageName);
        return (x, tx, age);
    }

    internal static string Indexed(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");
}
