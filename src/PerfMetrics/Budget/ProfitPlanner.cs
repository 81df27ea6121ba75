namespace PerfMetrics.Budget;

/// <summary>The profit maximisation behind <see cref="BudgetAllocator.MaximizeProfit"/>; inputs are validated by the caller.</summary>
internal static class ProfitPlanner
{
    /// <summary>Points of the profit curve on each side of the optimum.</summary>
    private const int Steps = 10;

    internal static ProfitPlan Plan(IReadOnlyList<BudgetChannel> channels, Currency currency, decimal marginRate, decimal breakEven, int gridSteps)
    {
        var n = channels.Count;
        var target = (double)breakEven;
        var m = (double)marginRate;
        var spends = new decimal[n];
        var interior = false;
        var scale = 0d;
        for (var i = 0; i < n; i++)
        {
            var c = channels[i];
            var curve = c.Curve.Function;
            scale += curve.Scale;
            var lo = (double)c.Minimum.Amount;
            var hi = c.Maximum is { } max ? (double)max.Amount : double.PositiveInfinity;
            double x;
            if (c.Curve.Shape == CurveShape.Concave)
            {
                x = curve.InverseMarginal(target, lo, hi);
            }
            else
            {
                // Profit m R(x) - x has its interior maximum where R' falls through 1/m, past the inflection point;
                // otherwise it is best at a bound. Compare the candidates.
                x = lo;
                var best = (m * curve.Response(lo)) - lo;
                var peak = curve.Peak;
                if (hi > peak && curve.Marginal(Math.Max(lo, peak)) > target)
                {
                    var root = curve.InverseMarginal(target, Math.Max(lo, peak), hi);
                    var profit = (m * curve.Response(root)) - root;
                    if (profit > best)
                    {
                        (x, best) = (root, profit);
                    }
                }

                if (double.IsFinite(hi) && (m * curve.Response(hi)) - hi > best)
                {
                    x = hi;
                }
            }

            spends[i] = Math.Clamp(decimal.Round((decimal)x, currency.MinorUnits, MidpointRounding.ToEven), c.Minimum.Amount, c.Maximum?.Amount ?? decimal.MaxValue);
            interior |= spends[i] != c.Minimum.Amount && spends[i] != c.Maximum?.Amount;
        }

        var budget = new Money(spends.Sum(), currency);
        var allocation = AllocationSolver.Build(channels, budget, spends, AllocationMethod.BreakEven, null, interior ? breakEven : null);
        var profitAtOptimum = (allocation.TotalResponse * marginRate) - budget;
        return new ProfitPlan(marginRate, breakEven, allocation, profitAtOptimum, Curve(channels, currency, budget, marginRate, scale, gridSteps));
    }

    /// <summary>
    /// The profit curve: budgets from the sum of the minimums to twice the distance from it to the optimum (21 points,
    /// steps of a tenth of that distance, capped at the sum of the maximums), each allocated optimally.
    /// </summary>
    private static ProfitPoint[] Curve(IReadOnlyList<BudgetChannel> channels, Currency currency, Money optimum, decimal marginRate, double scale, int gridSteps)
    {
        var minimums = Money.Sum(channels.Select(c => c.Minimum), currency);
        decimal? maximums = channels.All(c => c.Maximum is not null) ? channels.Sum(c => c.Maximum!.Value.Amount) : null;
        var span = optimum.Amount - minimums.Amount;
        if (span <= 0m)
        {
            span = decimal.Round((decimal)scale, currency.MinorUnits);
        }

        var points = new List<ProfitPoint>();
        for (var j = 0; j <= 2 * Steps; j++)
        {
            var amount = decimal.Round(minimums.Amount + (span * j / Steps), currency.MinorUnits, MidpointRounding.ToEven);
            if (j == Steps && optimum.Amount > minimums.Amount)
            {
                amount = optimum.Amount;
            }

            if (amount > maximums || (points.Count > 0 && amount <= points[^1].Budget.Amount))
            {
                continue;
            }

            var budget = new Money(amount, currency);
            var allocation = AllocationSolver.Solve(channels, budget, gridSteps);
            points.Add(new ProfitPoint(budget, allocation.TotalResponse, (allocation.TotalResponse * marginRate) - budget));
        }

        return [.. points];
    }
}
