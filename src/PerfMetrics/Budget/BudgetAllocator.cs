using System.Globalization;
using PerfMetrics.Internal;
using PerfMetrics.Metrics;

namespace PerfMetrics.Budget;

/// <summary>
/// Splits a budget over channels' response curves to maximise the total response, finds the profit-maximising budget at
/// a margin rate, and allocates over many parameter draws. Pure and thread-safe; deterministic.
/// </summary>
/// <remarks>
/// <para>
/// The problem: maximise the sum of R_i(x_i) subject to sum x_i = budget and min_i &lt;= x_i &lt;= max_i. Its optimality
/// (Karush-Kuhn-Tucker) condition: every channel strictly inside its bounds has the same marginal return lambda, a
/// channel at its minimum has R_i'(min_i) &lt;= lambda, one at its maximum R_i'(max_i) &gt;= lambda.
/// </para>
/// <para>
/// Concave curves (all <see cref="CurveShape.Concave"/>): x_i(lambda) is where R_i' = lambda, clamped to the bounds; the
/// total falls as lambda rises, so lambda is found by a bracketing search (bisection with false-position steps on
/// ln lambda) to double precision. Deterministic, microseconds. S-shaped curves: the condition can point at a saddle (a
/// channel below its inflection point), so a dynamic programme over a grid of (budget - sum of minimums) / gridSteps
/// finds the best split of whole steps, exact for the grid. See docs/budget.md.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var usd = Currency.Usd;
/// var search = new BudgetChannel(new Channel("search"), ResponseCurve.Hill(new Money(50_000m, usd), new Money(8_000m, usd), 0.8), new Money(6_000m, usd));
/// var social = new BudgetChannel(new Channel("social"), ResponseCurve.MichaelisMenten(new Money(30_000m, usd), new Money(5_000m, usd)), new Money(6_000m, usd));
/// var plan = BudgetAllocator.Allocate([search, social], new Money(12_000m, usd));
/// Console.WriteLine(plan);
/// </code>
/// </example>
public static class BudgetAllocator
{
    /// <summary>Splits a budget over the channels to maximise the total response.</summary>
    /// <param name="channels">The channels, at least one, each channel once, all curves in one currency.</param>
    /// <param name="budget">The total spend per period, non-negative, in the curves' currency; between the sum of the minimums and the sum of the maximums.</param>
    /// <param name="options">Grid steps for S-shaped curves; null for <see cref="AllocationOptions.Default"/>.</param>
    /// <returns>The allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="channels"/> is empty, holds null or a channel twice; <paramref name="budget"/> is <c>default(Money)</c>,
    /// below the sum of the minimums or above the sum of the maximums (the message names the channels).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">Curves or the budget are in different currencies.</exception>
    public static BudgetAllocation Allocate(IReadOnlyList<BudgetChannel> channels, Money budget, AllocationOptions? options = null)
    {
        Check(channels, nameof(channels));
        CheckBudget(channels, budget);
        return AllocationSolver.Solve(channels, budget, (options ?? AllocationOptions.Default).GridSteps);
    }

    /// <summary>
    /// Finds the profit-maximising budget at a contribution-margin rate m: each channel spends while its marginal ROAS is
    /// at least the break-even ROAS 1 / m (<see cref="BreakEvenRoas"/>), within its bounds; a concave channel whose marginal
    /// ROAS at its minimum is below break-even stays at its minimum (zero by default).
    /// </summary>
    /// <param name="channels">The channels, at least one, each once, all curves in one currency.</param>
    /// <param name="marginRate">The contribution margin as a fraction of revenue, in (0, 1] (0.4 for 40%). With a unit margin and a value per conversion, m = unit margin / value per conversion.</param>
    /// <param name="options">Grid steps for the S-shaped allocations of the profit curve; null for the default.</param>
    /// <returns>The profit-maximising plan with the profit curve around it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="channels"/> is empty or holds null or a channel twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is not in (0, 1].</exception>
    /// <exception cref="CurrencyMismatchException">Curves are in different currencies.</exception>
    public static ProfitPlan MaximizeProfit(IReadOnlyList<BudgetChannel> channels, decimal marginRate, AllocationOptions? options = null)
    {
        var currency = Check(channels, nameof(channels));
        var breakEven = BreakEvenRoas.Of(marginRate);
        return ProfitPlanner.Plan(channels, currency, marginRate, breakEven, (options ?? AllocationOptions.Default).GridSteps);
    }

    /// <summary>
    /// Allocates the budget once per parameter draw (for example posterior draws of a Bayesian marketing-mix model) and
    /// returns percentiles of each channel's spend and response over the draws.
    /// </summary>
    /// <param name="draws">One list of channels per draw, at least one draw; every draw lists the same channels in the same order (bounds and current spend may differ).</param>
    /// <param name="budget">The total spend per period, as in <see cref="Allocate"/>; feasible in every draw.</param>
    /// <param name="percentiles">The levels, each in [0, 1] (0.5 is the median); null for 0.05, 0.5 and 0.95.</param>
    /// <param name="options">Grid steps and threads; null for the default. The result does not depend on the threads.</param>
    /// <returns>The distribution of the allocation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draws"/> or a draw is null.</exception>
    /// <exception cref="ArgumentException">
    /// A list is empty, a draw differs from the first in its channels, or the budget is infeasible in a draw (see <see cref="Allocate"/>).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="budget"/> is negative or a level is not in [0, 1].</exception>
    /// <exception cref="CurrencyMismatchException">Curves or the budget are in different currencies.</exception>
    public static AllocationDistribution AllocateDraws(
        IReadOnlyList<IReadOnlyList<BudgetChannel>> draws, Money budget, IReadOnlyList<double>? percentiles = null, AllocationOptions? options = null)
    {
        Guard.NotNull(draws);
        if (draws.Count == 0)
        {
            Guard.ThrowArgument(nameof(draws), "draws must hold at least one draw, was empty.");
        }

        var levels = Levels(percentiles);
        for (var d = 0; d < draws.Count; d++)
        {
            var paramName = string.Create(CultureInfo.InvariantCulture, $"draws[{d}]");
            if (draws[d] is null)
            {
                Guard.ThrowNull(nameof(draws));
            }

            Check(draws[d], paramName);
            if (d > 0)
            {
                SameChannels(draws[0], draws[d], paramName);
            }

            CheckBudget(draws[d], budget);
        }

        return DrawAllocator.Run(draws, budget, levels, options ?? AllocationOptions.Default);
    }

    /// <summary>Validates a channel list and returns its currency.</summary>
    private static Currency Check(IReadOnlyList<BudgetChannel> channels, string paramName)
    {
        if (channels is null)
        {
            Guard.ThrowNull(paramName);
        }

        if (channels.Count == 0)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must hold at least one channel, was empty.");
        }

        var seen = new HashSet<Channel>();
        var currency = default(Currency);
        for (var i = 0; i < channels.Count; i++)
        {
            var c = channels[i];
            if (c is null)
            {
                Guard.ThrowArgument(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName} must not hold null, was null at index {i}."));
            }

            if (!seen.Add(c.Channel))
            {
                Guard.ThrowArgument(paramName, $"{paramName} must list each channel once, was {c.Channel} twice.");
            }

            if (i == 0)
            {
                currency = c.Curve.Currency;
            }
            else if (c.Curve.Currency != currency)
            {
                MoneyGuard.ThrowCurrencyMismatch(currency, c.Curve.Currency, paramName);
            }
        }

        return currency;
    }

    private static void CheckBudget(IReadOnlyList<BudgetChannel> channels, Money budget)
    {
        MoneyGuard.NonNegativeInCurrency(budget);
        MoneyGuard.SameCurrency(channels[0].Curve.Currency, budget);
        var minimums = Money.Sum(channels.Select(c => c.Minimum), budget.Currency);
        if (minimums > budget)
        {
            var named = string.Join(", ", channels.Where(c => c.Minimum.Amount > 0m).Select(c => $"{c.Channel} ({c.Minimum})"));
            Guard.ThrowArgument(nameof(budget), $"budget must cover the minimums, was {budget}; the minimums sum to {minimums}: {named}.");
        }

        if (channels.All(c => c.Maximum is not null))
        {
            var maximums = Money.Sum(channels.Select(c => c.Maximum!.Value), budget.Currency);
            if (budget > maximums)
            {
                var named = string.Join(", ", channels.Select(c => $"{c.Channel} ({c.Maximum})"));
                Guard.ThrowArgument(nameof(budget), $"budget must not exceed the maximums, was {budget}; the maximums sum to {maximums}: {named}.");
            }
        }
    }

    private static void SameChannels(IReadOnlyList<BudgetChannel> first, IReadOnlyList<BudgetChannel> draw, string paramName)
    {
        var same = first.Count == draw.Count;
        for (var i = 0; same && i < first.Count; i++)
        {
            same = first[i].Channel == draw[i].Channel;
        }

        if (!same)
        {
            Guard.ThrowArgument(
                "draws", $"{paramName} must list the same channels in the same order as draws[0] ({string.Join(", ", first.Select(c => c.Channel))}), was {string.Join(", ", draw.Select(c => c.Channel))}.");
        }
    }

    private static double[] Levels(IReadOnlyList<double>? percentiles)
    {
        if (percentiles is null)
        {
            return [0.05, 0.5, 0.95];
        }

        if (percentiles.Count == 0)
        {
            Guard.ThrowArgument(nameof(percentiles), "percentiles must hold at least one level, was empty.");
        }

        var levels = new double[percentiles.Count];
        for (var i = 0; i < levels.Length; i++)
        {
            if (!(percentiles[i] >= 0d && percentiles[i] <= 1d))
            {
                Guard.ThrowOutOfRange(nameof(percentiles), percentiles[i], string.Create(CultureInfo.InvariantCulture, $"must hold levels between 0 and 1 (0.5 is the median), but percentiles[{i}]"));
            }

            levels[i] = percentiles[i];
        }

        return levels;
    }
}
