using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>The result of fitting a <see cref="BgNbd"/> model: the model, its log-likelihood, and how the optimiser fared.</summary>
/// <remarks>
/// Check <see cref="Converged"/> before relying on the model: a fit that did not converge still returns the best finite
/// parameters found (never NaN). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(BgNbdFitJsonConverter))]
public sealed class BgNbdFit
{
    internal BgNbdFit(BgNbd model, double logLikelihood, int iterations, bool converged)
    {
        Model = model;
        LogLikelihood = logLikelihood;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>Gets the fitted model.</summary>
    public BgNbd Model { get; }

    /// <summary>Gets the maximised log-likelihood (natural log, weights applied).</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets the number of optimiser (BFGS) iterations.</summary>
    public int Iterations { get; }

    /// <summary>Gets a value indicating whether the optimiser met its tolerances with every parameter between e^-20 and e^20.</summary>
    public bool Converged { get; }

    /// <summary>Returns the fit as invariant text.</summary>
    /// <returns>For example <c>BG/NBD(r=0.243..., alpha=4.41..., a=0.79..., b=2.42..., per P1W), LL=-9582.4..., 25 iterations, converged</c>.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Model}, LL={LogLikelihood:R}, {Iterations} iterations, {(Converged ? "converged" : "not converged")}");
}
