using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>The result of fitting a <see cref="GammaGamma"/> spend model: the model, its log-likelihood, and how the optimiser fared.</summary>
/// <remarks>
/// Check <see cref="Converged"/> before relying on the model: a fit that did not converge still returns the best finite
/// parameters found (never NaN). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(GammaGammaFitJsonConverter))]
public sealed class GammaGammaFit
{
    internal GammaGammaFit(GammaGamma model, double logLikelihood, int iterations, bool converged)
    {
        Model = model;
        LogLikelihood = logLikelihood;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>Gets the fitted model.</summary>
    public GammaGamma Model { get; }

    /// <summary>Gets the maximised log-likelihood (natural log, weights applied).</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets the number of optimiser (BFGS) iterations.</summary>
    public int Iterations { get; }

    /// <summary>Gets a value indicating whether the optimiser met its tolerances with every parameter between e^-20 and e^20.</summary>
    public bool Converged { get; }

    /// <summary>Returns the fit as invariant text.</summary>
    /// <returns>For example <c>GammaGamma(p=6.25..., q=3.74..., gamma=15.44..., USD), LL=..., 30 iterations, converged</c>.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Model}, LL={LogLikelihood:R}, {Iterations} iterations, {(Converged ? "converged" : "not converged")}");
}
