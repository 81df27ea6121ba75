using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Budget;

/// <summary>Where a channel's allocated spend lies relative to its bounds.</summary>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public enum SpendBound
{
    /// <summary>Strictly between its minimum and maximum: its marginal ROAS equals the common one.</summary>
    Interior,

    /// <summary>At its minimum: its marginal ROAS there is at most the common one. A channel whose minimum equals its maximum is pinned there and reported as at its minimum.</summary>
    AtMinimum,

    /// <summary>At its maximum: its marginal ROAS there is at least the common one.</summary>
    AtMaximum,
}
