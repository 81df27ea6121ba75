using System.Diagnostics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>The result of fitting a <see cref="BgNbd"/> purchase model: the model, its log-likelihood, and how the optimiser fared.</summary>
/// <remarks>
/// Check <see cref="ModelFit{TModel}.Converged"/> before relying on the model: a fit that did not converge still returns
/// the best finite parameters found (never NaN). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class BgNbdFit : ModelFit<BgNbd>
{
    internal BgNbdFit(BgNbd model, double logLikelihood, int iterations, bool converged)
        : base(model, logLikelihood, iterations, converged)
    {
    }
}
