namespace PerfMetrics.Budget;

/// <summary>Allocates every parameter draw and summarises the spends and responses by percentiles.</summary>
internal static class DrawAllocator
{
    internal static AllocationDistribution Run(IReadOnlyList<IReadOnlyList<BudgetChannel>> draws, Money budget, double[] levels, AllocationOptions options)
    {
        var results = new BudgetAllocation[draws.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        Parallel.For(0, draws.Count, parallel, d => results[d] = AllocationSolver.Solve(draws[d], budget, options.GridSteps));

        var first = draws[0];
        var currency = budget.Currency;
        var rows = new ChannelDistribution[first.Count];
        var spends = new decimal[draws.Count];
        var responses = new decimal[draws.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var d = 0; d < draws.Count; d++)
            {
                var row = results[d].Rows[i];
                spends[d] = row.Spend.Amount;
                responses[d] = row.Response.Amount;
            }

            rows[i] = new ChannelDistribution(first[i].Channel, Percentiles(spends, levels, currency), Percentiles(responses, levels, currency));
        }

        var totals = results.Select(r => r.TotalResponse.Amount).ToArray();
        return new AllocationDistribution(budget, draws.Count, levels, rows, Percentiles(totals, levels, currency));
    }

    /// <summary>
    /// Percentiles by linear interpolation between order statistics (Hyndman and Fan 1996, definition 7, the default of
    /// R's quantile and NumPy's percentile): with the n values sorted, level p sits at h = (n - 1) p, and the percentile
    /// is x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]), in exact decimal arithmetic.
    /// </summary>
    internal static Money[] Percentiles(decimal[] values, double[] levels, Currency currency)
    {
        var sorted = (decimal[])values.Clone();
        Array.Sort(sorted);
        var result = new Money[levels.Length];
        for (var j = 0; j < levels.Length; j++)
        {
            var h = (decimal)levels[j] * (sorted.Length - 1);
            var lower = (int)decimal.Floor(h);
            var upper = Math.Min(lower + 1, sorted.Length - 1);
            var amount = sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
            result[j] = new Money(amount, currency);
        }

        return result;
    }
}
