using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>The result of fitting a <see cref="ShiftedBetaGeometric"/> model: the model, its log-likelihood, and how the optimiser fared.</summary>
/// <remarks>
/// Check <see cref="Converged"/> before relying on the model: a fit that did not converge still returns the best finite
/// parameters found (never NaN). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(ShiftedBetaGeometricFitJsonConverter))]
public sealed class ShiftedBetaGeometricFit
{
    internal ShiftedBetaGeometricFit(ShiftedBetaGeometric model, double logLikelihood, int iterations, bool converged)
    {
        Model = model;
        LogLikelihood = logLikelihood;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>Gets the fitted model.</summary>
    public ShiftedBetaGeometric Model { get; }

    /// <summary>Gets the maximised log-likelihood (natural log).</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets the number of optimiser iterations.</summary>
    public int Iterations { get; }

    /// <summary>Gets a value indicating whether the optimiser met its tolerances with both parameters inside the search box.</summary>
    public bool Converged { get; }

    /// <summary>Returns the fit as invariant text.</summary>
    /// <returns>For example <c>sBG(alpha=0.704..., beta=1.182..., per P1Y), LL=-1680.27..., 85 iterations, converged</c>.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Model}, LL={LogLikelihood:R}, {Iterations} iterations, {(Converged ? "converged" : "not converged")}");
}
