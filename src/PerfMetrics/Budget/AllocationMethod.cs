using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Budget;

/// <summary>How a <see cref="BudgetAllocation"/> was found.</summary>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public enum AllocationMethod
{
    /// <summary>All curves concave: the common marginal return solved by a bracketing search (bisection with false-position steps); exact to double precision.</summary>
    Bisection,

    /// <summary>Some curve S-shaped: a dynamic programme over a spend grid; exact for the grid, within one step per channel of the continuous optimum.</summary>
    Grid,

    /// <summary>No budget given (profit maximisation): each channel spends where its marginal ROAS falls to the break-even ROAS, within its bounds.</summary>
    BreakEven,
}
