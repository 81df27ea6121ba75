using System.Globalization;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The result of fitting a model by maximum likelihood: the fitted model, its log-likelihood, and how the optimiser
/// fared. The base of <see cref="ShiftedBetaGeometricFit"/>, <see cref="BgNbdFit"/> and <see cref="GammaGammaFit"/>.
/// </summary>
/// <typeparam name="TModel">The fitted model's type.</typeparam>
/// <remarks>
/// Check <see cref="Converged"/> before relying on the model: a fit that did not converge still returns the best finite
/// parameters found (never NaN). Only this library derives from it. Immutable and thread-safe.
/// </remarks>
public abstract class ModelFit<TModel>
    where TModel : class
{
    private protected ModelFit(TModel model, double logLikelihood, int iterations, bool converged)
    {
        Model = model;
        LogLikelihood = logLikelihood;
        Iterations = iterations;
        Converged = converged;
    }

    /// <summary>Gets the fitted model.</summary>
    public TModel Model { get; }

    /// <summary>Gets the maximised log-likelihood (natural log; with weights applied where the fit takes weights).</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets the number of optimiser iterations (Nelder-Mead for the sBG model, BFGS for BG/NBD and Gamma-Gamma).</summary>
    public int Iterations { get; }

    /// <summary>
    /// Gets a value indicating whether the optimiser met its tolerances with every parameter inside its search box
    /// (between e^-20 and e^20): a fit that runs off towards 0 or infinity has no interior maximum and is not converged.
    /// </summary>
    public bool Converged { get; }

    /// <summary>Returns the fit as invariant text.</summary>
    /// <returns>For example <c>BG/NBD(r=0.243..., alpha=4.41..., a=0.79..., b=2.42..., per P1W), LL=-9582.4..., 25 iterations, converged</c>.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Model}, LL={LogLikelihood:R}, {Iterations} iterations, {(Converged ? "converged" : "not converged")}");
}
