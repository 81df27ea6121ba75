using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The result of fitting a model by maximum likelihood, the same shape for every fitted model
/// (<see cref="ShiftedBetaGeometric"/>, <see cref="BgNbd"/>, <see cref="GammaGamma"/>): the fitted model, its
/// log-likelihood, every parameter with its standard error, and the optimiser's diagnostics.
/// </summary>
/// <typeparam name="TModel">The fitted model's type.</typeparam>
/// <remarks>
/// <para>
/// Standard errors come from the observed information matrix: the Hessian of the log-likelihood with respect to the
/// model's natural parameters (r, alpha, a, b; p, q, gamma; alpha, beta), computed analytically at the estimate and
/// negated; the covariance of the estimates is its inverse (asymptotic maximum-likelihood theory). They are null when
/// that matrix is not positive definite.
/// </para>
/// <para>
/// Check <see cref="Converged"/> before relying on the model: a fit that did not converge still returns the best finite
/// parameters found (never NaN). Equality compares every member. Only the library creates fits. Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class ModelFit<TModel> : IEquatable<ModelFit<TModel>>
    where TModel : class
{
    private readonly ParameterEstimate[] _parameters;

    internal ModelFit(TModel model, double logLikelihood, ParameterEstimate[] parameters, int iterations, bool converged, double gradientNorm)
    {
        Model = model;
        LogLikelihood = logLikelihood;
        _parameters = parameters;
        Parameters = Array.AsReadOnly(parameters);
        Iterations = iterations;
        Converged = converged;
        GradientNorm = gradientNorm;
    }

    /// <summary>Gets the fitted model.</summary>
    public TModel Model { get; }

    /// <summary>
    /// Gets the maximised log-likelihood (natural log), summed over the rows with compensated (Neumaier) summation, so it
    /// is within a few roundings of the exact sum of the per-row terms and does not depend on the degree of parallelism.
    /// </summary>
    public double LogLikelihood { get; }

    /// <summary>Gets the fitted parameters in the model's order (for example r, alpha, a, b), each with its standard error.</summary>
    public IReadOnlyList<ParameterEstimate> Parameters { get; }

    /// <summary>Gets the number of optimiser iterations (Nelder-Mead for the sBG model, BFGS for BG/NBD and Gamma-Gamma).</summary>
    public int Iterations { get; }

    /// <summary>
    /// Gets a value indicating whether the optimiser met its tolerances with every parameter inside its search box
    /// (between e^-20 and e^20): a fit that runs off towards 0 or infinity has no interior maximum and is not converged.
    /// </summary>
    public bool Converged { get; }

    /// <summary>
    /// Gets the Euclidean norm of the gradient of the log-likelihood with respect to the natural parameters at the
    /// estimate (analytic): near 0 at an interior maximum; a large value flags a fit that stopped short.
    /// </summary>
    public double GradientNorm { get; }

    /// <summary>Returns the parameter with the given name.</summary>
    /// <param name="name">The name as the model spells it (ordinal, for example <c>alpha</c>).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The model has no parameter of that name (the message lists the names).</exception>
    public ParameterEstimate Parameter(string name)
    {
        Guard.NotNull(name);
        foreach (var p in _parameters)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal))
            {
                return p;
            }
        }

        Guard.ThrowArgument(
            nameof(name),
            string.Create(CultureInfo.InvariantCulture, $"name must be one of {string.Join(", ", _parameters.Select(p => p.Name))}, was \"{name}\"."));
        return default;
    }

    /// <summary>Returns the fit as invariant text.</summary>
    /// <returns>For example <c>BG/NBD(r=0.243..., alpha=4.41..., a=0.79..., b=2.42..., per P1W), LL=-9582.4..., 25 iterations, converged</c>.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Model}, LL={LogLikelihood:R}, {Iterations} iterations, {(Converged ? "converged" : "not converged")}");

    /// <inheritdoc/>
    public bool Equals(ModelFit<TModel>? other) =>
        other is not null
        && EqualityComparer<TModel>.Default.Equals(Model, other.Model)
        && LogLikelihood.Equals(other.LogLikelihood)
        && _parameters.AsSpan().SequenceEqual(other._parameters)
        && Iterations == other.Iterations
        && Converged == other.Converged
        && GradientNorm.Equals(other.GradientNorm);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ModelFit<TModel>);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Model, LogLikelihood, Iterations, Converged, GradientNorm);

    /// <summary>Compares two fits for value equality.</summary>
    /// <param name="left">The first fit.</param>
    /// <param name="right">The second fit.</param>
    /// <returns><see langword="true"/> when both are null or every member is equal.</returns>
    public static bool operator ==(ModelFit<TModel>? left, ModelFit<TModel>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two fits for inequality.</summary>
    /// <param name="left">The first fit.</param>
    /// <param name="right">The second fit.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ModelFit<TModel>? left, ModelFit<TModel>? right) => !(left == right);
}

/// <summary>Builds <see cref="ModelFit{TModel}"/>s from an estimate, its gradient and the Hessian of the log-likelihood.</summary>
internal static class ModelFit
{
    /// <summary>
    /// Returns the fit with standard errors <c>sqrt(diag((-H)^-1))</c> (null when -H is not positive definite) and the
    /// gradient's Euclidean norm; <c>hessian</c> is the Hessian of the log-likelihood in the natural parameters, row-major n x n.
    /// A log-likelihood that is not finite at the estimate is reported as negative infinity, with no standard errors, an
    /// infinite gradient norm and the fit not converged (the one rule for every model's fit).
    /// </summary>
    internal static ModelFit<TModel> Create<TModel>(
        TModel model,
        double logLikelihood,
        ReadOnlySpan<string> names,
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> gradient,
        ReadOnlySpan<double> hessian,
        int iterations,
        bool converged)
        where TModel : class
    {
        var n = names.Length;
        if (!double.IsFinite(logLikelihood))
        {
            var none = new ParameterEstimate[n];
            for (var i = 0; i < n; i++)
            {
                none[i] = new ParameterEstimate(names[i], values[i], null);
            }

            return new ModelFit<TModel>(model, double.NegativeInfinity, none, iterations, false, double.PositiveInfinity);
        }

        var information = new double[n * n];
        for (var i = 0; i < information.Length; i++)
        {
            information[i] = -hessian[i];
        }

        var covariance = SymmetricMatrix.InvertPositiveDefinite(information, n);
        var parameters = new ParameterEstimate[n];
        var squares = 0d;
        for (var i = 0; i < n; i++)
        {
            double? se = covariance is null ? null : Math.Sqrt(covariance[(i * n) + i]);
            parameters[i] = new ParameterEstimate(names[i], values[i], se);
            squares += gradient[i] * gradient[i];
        }

        var norm = Math.Sqrt(squares);
        return new ModelFit<TModel>(model, logLikelihood, parameters, iterations, converged, double.IsFinite(norm) ? norm : double.PositiveInfinity);
    }
}
