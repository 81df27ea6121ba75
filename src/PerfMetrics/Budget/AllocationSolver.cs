using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Budget;

/// <summary>The allocation algorithms behind <see cref="BudgetAllocator"/>; inputs are validated by the caller.</summary>
internal static class AllocationSolver
{
    /// <summary>Allocates <paramref name="budget"/>, which lies between the sums of the minimums and of the maximums.</summary>
    internal static BudgetAllocation Solve(IReadOnlyList<BudgetChannel> channels, Money budget, int gridSteps)
    {
        var n = channels.Count;
        var lo = new double[n];
        var hi = new double[n];
        var curves = new Curve[n];
        var concave = true;
        var minimums = 0m;
        decimal? maximums = 0m;
        for (var i = 0; i < n; i++)
        {
            var c = channels[i];
            curves[i] = c.Curve.Function;
            lo[i] = (double)c.Minimum.Amount;
            hi[i] = c.Maximum is { } max ? (double)max.Amount : double.PositiveInfinity;
            concave &= c.Curve.Shape == CurveShape.Concave;
            minimums += c.Minimum.Amount;
            maximums = maximums is { } m && c.Maximum is { } cap ? m + cap.Amount : null;
        }

        var b = (double)budget.Amount;
        var x = new double[n];
        var atLow = new bool[n];
        var atHigh = new bool[n];
        double? lambda = null;
        if (budget.Amount == minimums || budget.Amount == maximums)
        {
            var low = budget.Amount == minimums;
            for (var i = 0; i < n; i++)
            {
                x[i] = low ? lo[i] : hi[i];
                atLow[i] = low;
                atHigh[i] = !low;
            }

            return Build(channels, budget, Round(channels, budget, x, atLow, atHigh), concave ? AllocationMethod.Bisection : AllocationMethod.Grid, null, null);
        }

        if (concave && Bisection(curves, lo, hi, b, x, out var common))
        {
            for (var i = 0; i < n; i++)
            {
                atLow[i] = x[i] <= lo[i];
                atHigh[i] = x[i] >= hi[i];
            }

            lambda = common;
            return Build(channels, budget, Round(channels, budget, x, atLow, atHigh), AllocationMethod.Bisection, null, ToDecimal(lambda));
        }

        var step = Grid(curves, lo, hi, b, gridSteps, x, atLow, atHigh);
        var spends = Round(channels, budget, x, atLow, atHigh);
        var interior = new List<double>();
        for (var i = 0; i < n; i++)
        {
            if (!atLow[i] && !atHigh[i])
            {
                interior.Add(curves[i].Marginal((double)spends[i]));
            }
        }

        decimal? mean = interior.Count == 0 ? null : ToDecimal(interior.Average());
        return Build(channels, budget, spends, AllocationMethod.Grid, new Money((decimal)step, budget.Currency), mean);
    }

    /// <summary>
    /// Finds the common marginal return lambda with sum of x_i(lambda) = budget, x_i(lambda) the spend in [lo_i, hi_i]
    /// where R_i' = lambda (or the bound), by a bracketing search on ln lambda; then interpolates between the two ends of
    /// the final bracket so that the spends sum to the budget (this also splits a tie between channels with flat
    /// marginal returns). Returns false when no bracket is found (curves with no marginal return).
    /// </summary>
    internal static bool Bisection(Curve[] curves, double[] lo, double[] hi, double budget, double[] x, out double lambda)
    {
        var n = curves.Length;
        var scratch = new double[n];
        double Excess(double u)
        {
            var l = Math.Exp(u);
            var sum = 0d;
            for (var i = 0; i < n; i++)
            {
                scratch[i] = curves[i].InverseMarginal(l, lo[i], hi[i]);
                sum += scratch[i];
            }

            return sum - budget;
        }

        // Start from the average ROAS of an even split, then widen by factors of 4 until the root is bracketed.
        var even = 0d;
        for (var i = 0; i < n; i++)
        {
            even += curves[i].Response(Math.Clamp(budget / n, lo[i], hi[i]));
        }

        var start = even > 0d && double.IsFinite(even) ? Math.Log(even / budget) : 0d;
        var widen = Math.Log(4d);
        double a, b, fa, fb;
        var f0 = Excess(start);
        if (f0 > 0d)
        {
            (a, fa) = (start, f0);
            b = start + widen;
            fb = Excess(b);
            for (var k = 0; k < 600 && fb > 0d; k++)
            {
                (a, fa) = (b, fb);
                b += widen;
                fb = Excess(b);
            }
        }
        else
        {
            (b, fb) = (start, f0);
            a = start - widen;
            fa = Excess(a);
            for (var k = 0; k < 600 && !(fa > 0d); k++)
            {
                (b, fb) = (a, fa);
                a -= widen;
                fa = Excess(a);
            }
        }

        if (!(fa > 0d) || fb > 0d || !double.IsFinite(fa) || !double.IsFinite(Math.Exp(a)) || Math.Exp(a) == 0d)
        {
            lambda = double.NaN;
            return false;
        }

        (a, b) = RootFinding.Decreasing(Excess, a, b, fa, fb, 1e-15);
        var sa = Excess(a) + budget;
        var xa = (double[])scratch.Clone();
        var sb = Excess(b) + budget;
        var t = sa > sb ? Math.Clamp((budget - sb) / (sa - sb), 0d, 1d) : 0d;
        for (var i = 0; i < n; i++)
        {
            x[i] = scratch[i] + (t * (xa[i] - scratch[i]));
        }

        lambda = Math.Exp(b + (t * (a - b)));
        return true;
    }

    /// <summary>
    /// The dynamic programme: the budget above the minimums is cut into <paramref name="steps"/> equal steps h; channel i
    /// takes k_i steps (k_i h at most its room hi_i - lo_i) with sum k_i = steps, maximising the sum of R_i(lo_i + k_i h).
    /// Exact for the grid; ties go to fewer steps for the later channel. Returns the step.
    /// </summary>
    internal static double Grid(Curve[] curves, double[] lo, double[] hi, double budget, int steps, double[] x, bool[] atLow, bool[] atHigh)
    {
        var n = curves.Length;
        var extra = budget - lo.Sum();
        var h = extra / steps;
        var kmax = new int[n];
        var values = new double[n][];
        for (var i = 0; i < n; i++)
        {
            var room = hi[i] - lo[i];
            kmax[i] = room >= extra ? steps : (int)Math.Min(steps, Math.Floor((room / h) + 1e-9));
            var v = new double[kmax[i] + 1];
            for (var k = 0; k <= kmax[i]; k++)
            {
                v[k] = curves[i].Response(Math.Min(lo[i] + (k * h), hi[i]));
            }

            values[i] = v;
        }

        var best = new double[steps + 1];
        var next = new double[steps + 1];
        Array.Fill(best, double.NegativeInfinity);
        best[0] = 0d;
        var choice = new int[n][];
        for (var i = 0; i < n; i++)
        {
            var v = values[i];
            var chosen = new int[steps + 1];
            for (var j = 0; j <= steps; j++)
            {
                var top = double.NegativeInfinity;
                var arg = 0;
                var kTop = Math.Min(j, kmax[i]);
                for (var k = 0; k <= kTop; k++)
                {
                    var candidate = best[j - k] + v[k];
                    if (candidate > top)
                    {
                        top = candidate;
                        arg = k;
                    }
                }

                next[j] = top;
                chosen[j] = arg;
            }

            choice[i] = chosen;
            (best, next) = (next, best);
        }

        var reach = steps;
        while (reach > 0 && double.IsNegativeInfinity(best[reach]))
        {
            reach--;
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var k = choice[i][reach];
            reach -= k;
            x[i] = Math.Min(lo[i] + (k * h), hi[i]);
            atLow[i] = k == 0;
            atHigh[i] = x[i] >= hi[i];
        }

        // Caps that are not whole steps can leave less than one step per capped channel unspent: fill the rooms in order.
        var left = budget - x.Sum();
        for (var i = 0; i < n && left > 0d; i++)
        {
            var room = hi[i] - x[i];
            if (room > 0d)
            {
                var add = Math.Min(room, left);
                x[i] += add;
                left -= add;
                atLow[i] = false;
                atHigh[i] = x[i] >= hi[i];
            }
        }

        return h;
    }

    /// <summary>
    /// Turns the solver's spends into decimal amounts that sum exactly to the budget: bounds exactly, the rest split by
    /// largest remainder in whole minor units over the free channels, any sub-minor-unit rest to the first free channel.
    /// </summary>
    internal static decimal[] Round(IReadOnlyList<BudgetChannel> channels, Money budget, double[] x, bool[] atLow, bool[] atHigh)
    {
        var n = channels.Count;
        var spends = new decimal[n];
        var free = new List<int>();
        var rest = budget.Amount;
        for (var i = 0; i < n; i++)
        {
            if (atLow[i])
            {
                spends[i] = channels[i].Minimum.Amount;
            }
            else if (atHigh[i] && channels[i].Maximum is { } max)
            {
                spends[i] = max.Amount;
            }
            else
            {
                free.Add(i);
                continue;
            }

            rest -= spends[i];
        }

        if (free.Count == 0)
        {
            if (rest == 0m)
            {
                return spends;
            }

            // Rounding put every channel on a bound while the bounds do not add up to the budget: free the largest.
            var largest = 0;
            for (var i = 1; i < n; i++)
            {
                largest = x[i] > x[largest] ? i : largest;
            }

            rest += spends[largest];
            free.Add(largest);
        }

        var minorUnits = budget.Currency.MinorUnits;
        var wholeUnits = decimal.Truncate(rest * Pow10.Power(minorUnits));
        var residual = rest - (wholeUnits / Pow10.Power(minorUnits));
        var ratios = new decimal[free.Count];
        var anyPositive = false;
        for (var j = 0; j < free.Count; j++)
        {
            ratios[j] = (decimal)Math.Max(x[free[j]], 0d);
            anyPositive |= ratios[j] > 0m;
        }

        if (!anyPositive)
        {
            Array.Fill(ratios, 1m);
        }

        var parts = LargestRemainder.Allocate((Int128)wholeUnits, ratios, "spend");
        for (var j = 0; j < free.Count; j++)
        {
            spends[free[j]] = LargestRemainder.FromMinorUnits(parts[j], minorUnits);
        }

        spends[free[0]] += residual;
        return spends;
    }

    /// <summary>Builds the result rows at the given spends.</summary>
    internal static BudgetAllocation Build(IReadOnlyList<BudgetChannel> channels, Money budget, decimal[] spends, AllocationMethod method, Money? step, decimal? common)
    {
        var rows = new BudgetRow[channels.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var c = channels[i];
            var curve = c.Curve;
            var spend = new Money(spends[i], budget.Currency);
            var x = (double)spends[i];
            var response = curve.ToMoney(curve.Function.Response(x));
            var bound = spends[i] == c.Minimum.Amount ? SpendBound.AtMinimum
                : c.Maximum is { } max && spends[i] == max.Amount ? SpendBound.AtMaximum
                : SpendBound.Interior;
            var current = curve.ToMoney(curve.Function.Response((double)c.CurrentSpend.Amount));
            rows[i] = new BudgetRow(
                c.Channel, spend, response, Metrics.Roas.Of(response, spend), ResponseCurve.ToRatio(curve.Function.Marginal(x)), bound, c.CurrentSpend, current);
        }

        return new BudgetAllocation(budget, method, step, common, rows);
    }

    internal static decimal? ToDecimal(double? value) => value is { } v && double.IsFinite(v) && Math.Abs(v) < 7.9e27 ? (decimal)v : null;
}
