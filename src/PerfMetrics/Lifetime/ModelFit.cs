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
    private readonly double[]? _covariance;
    private readonly FitDiagnostic[] _diagnostics;

    internal ModelFit(
        TModel model,
        double logLikelihood,
        ParameterEstimate[] parameters,
        int iterations,
        bool converged,
        double gradientNorm,
        double[]? covariance = null,
        FitDiagnostic[]? diagnostics = null)
    {
        _covariance = covariance;
        _diagnostics = diagnostics ?? [];
        Diagnostics = Array.AsReadOnly(_diagnostics);
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

    /// <summary>
    /// Gets the warnings about this fit, empty when there are none: a parameter at the edge of the search box, a singular
    /// or ill-conditioned information matrix, too few repeat buyers (see <see cref="FitDiagnosticKind"/>). A fit never
    /// throws for these; it reports them here and in <see cref="ToString"/>.
    /// </summary>
    public IReadOnlyList<FitDiagnostic> Diagnostics { get; }

    /// <summary>Gets the covariance matrix of the estimates (row-major, in the order of <see cref="Parameters"/>), or null without one.</summary>
    internal double[]? CovarianceMatrix => _covariance;

    /// <summary>Returns the asymptotic covariance of two parameters' estimates: the element of the inverse observed information matrix.</summary>
    /// <param name="first">The first parameter's name (ordinal, for example <c>r</c>).</param>
    /// <param name="second">The second parameter's name; the same name gives the variance (the squared standard error).</param>
    /// <returns>The covariance; null when the observed information is not positive definite (as for standard errors).</returns>
    /// <exception cref="ArgumentNullException">A name is null.</exception>
    /// <exception cref="ArgumentException">The model has no parameter of that name (the message lists the names).</exception>
    public double? Covariance(string first, string second)
    {
        var i = IndexOf(first, nameof(first));
        var j = IndexOf(second, nameof(second));
        return _covariance is { } c ? c[(i * _parameters.Length) + j] : null;
    }

    /// <summary>Returns the parameter with the given name.</summary>
    /// <param name="name">The name as the model spells it (ordinal, for example <c>alpha</c>).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The model has no parameter of that name (the message lists the names).</exception>
    public ParameterEstimate Parameter(string name) => _parameters[IndexOf(name, nameof(name))];

    private int IndexOf(string name, string paramName)
    {
        Guard.NotNull(name, paramName);
        for (var i = 0; i < _parameters.Length; i++)
        {
            if (string.Equals(_parameters[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        Guard.ThrowArgument(
            paramName,
            string.Create(CultureInfo.InvariantCulture, $"{paramName} must be one of {string.Join(", ", _parameters.Select(p => p.Name))}, was \"{name}\"."));
        return -1;
    }

    /// <summary>Returns the fit as invariant text.</summary>
    /// <returns>
    /// At display precision (the properties stay exact): for example
    /// <c>BG/NBD(r=0.2426, alpha=4.414, a=0.7929, b=2.426, per week), LL=-9582.43, 28 iterations, converged</c> (parameters
    /// to four significant digits, the log-likelihood to two decimals), followed by <c>; warnings: FewRepeatBuyers: ...; IllConditionedInformation: ...</c> when there are <see cref="Diagnostics"/>.
    /// </returns>
    public override string ToString()
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{Model}, LL={Metrics.Display.LogLikelihood(LogLikelihood)}, {Iterations} iterations, {(Converged ? "converged" : "not converged")}");
        return _diagnostics.Length == 0 ? text : $"{text}; warnings: {string.Join("; ", _diagnostics)}";
    }

    /// <inheritdoc/>
    public bool Equals(ModelFit<TModel>? other) =>
        other is not null
        && EqualityComparer<TModel>.Default.Equals(Model, other.Model)
        && LogLikelihood.Equals(other.LogLikelihood)
        && _parameters.AsSpan().SequenceEqual(other._parameters)
        && Iterations == other.Iterations
        && Converged == other.Converged
        && GradientNorm.Equals(other.GradientNorm)
        && _diagnostics.AsSpan().SequenceEqual(other._diagnostics)
        && (_covariance is null ? other._covariance is null : other._covariance is not null && _covariance.AsSpan().SequenceEqual(other._covariance));

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

/// <summary>What a transaction-model fit saw: the customers and how many of them made a repeat purchase (grouped rows counted with their size).</summary>
internal readonly record struct FitEvidence(double Customers, double RepeatBuyers);

/// <summary>Builds <see cref="ModelFit{TModel}"/>s from an estimate, its gradient and the Hessian of the log-likelihood.</summary>
internal static class ModelFit
{
    /// <summary>A fitted |ln p| above this (p beyond e^20 or below e^-20) means the data do not identify the parameter.</summary>
    internal const double IdentifiedLogBound = 20d;

    /// <summary>The condition number (of the information matrix scaled to a unit diagonal) above which it is ill-conditioned.</summary>
    internal const double IllConditioned = 1e8;

    /// <summary>Repeat buyers needed per parameter for a transaction model.</summary>
    internal const int RepeatBuyersPerParameter = 10;

    /// <summary>
    /// Returns the fit with standard errors <c>sqrt(diag((-H)^-1))</c> and the covariance matrix <c>(-H)^-1</c> (null when
    /// -H is not positive definite), the gradient's Euclidean norm and the diagnostics; <c>hessian</c> is the Hessian of the
    /// log-likelihood in the natural parameters, row-major n x n. A log-likelihood that is not finite at the estimate is
    /// reported as negative infinity, with no standard errors, an infinite gradient norm and the fit not converged (the one
    /// rule for every model's fit). A parameter beyond e^20 or below e^-20 makes the fit not converged. The diagnostics
    /// (<see cref="FitDiagnosticKind"/>) are decided here, the one place, for every model; <paramref name="evidence"/> adds
    /// the repeat-buyer check of the transaction models.
    /// </summary>
    internal static ModelFit<TModel> Create<TModel>(
        TModel model,
        double logLikelihood,
        ReadOnlySpan<string> names,
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> gradient,
        ReadOnlySpan<double> hessian,
        int iterations,
        bool converged,
        FitEvidence? evidence = null)
        where TModel : class
    {
        var n = names.Length;
        var diagnostics = new List<FitDiagnostic>();
        for (var i = 0; i < n; i++)
        {
            if (Math.Abs(Math.Log(values[i])) > IdentifiedLogBound)
            {
                converged = false;
                diagnostics.Add(new FitDiagnostic(
                    FitDiagnosticKind.ParameterAtBound,
                    string.Create(CultureInfo.InvariantCulture, $"{names[i]} = {values[i]:G6} ran to the edge of the search box (beyond e^20 or below e^-20): the data do not identify it")));
            }
        }

        if (evidence is { } e && e.RepeatBuyers < RepeatBuyersPerParameter * n)
        {
            diagnostics.Add(new FitDiagnostic(
                FitDiagnosticKind.FewRepeatBuyers,
                string.Create(CultureInfo.InvariantCulture, $"only {e.RepeatBuyers:G} of {e.Customers:G} customers made a repeat purchase (at least {RepeatBuyersPerParameter * n} are needed for {n} parameters)")));
        }

        if (!double.IsFinite(logLikelihood))
        {
            var none = new ParameterEstimate[n];
            for (var i = 0; i < n; i++)
            {
                none[i] = new ParameterEstimate(names[i], values[i], null);
            }

            diagnostics.Add(new FitDiagnostic(FitDiagnosticKind.SingularInformation, "the log-likelihood is not finite at the estimate, so there is no information matrix"));
            return new ModelFit<TModel>(model, double.NegativeInfinity, none, iterations, false, double.PositiveInfinity, null, [.. diagnostics]);
        }

        var information = new double[n * n];
        for (var i = 0; i < information.Length; i++)
        {
            information[i] = -hessian[i];
        }

        var covariance = SymmetricMatrix.InvertPositiveDefinite(information, n);
        if (covariance is null)
        {
            diagnostics.Add(new FitDiagnostic(
                FitDiagnosticKind.SingularInformation,
                "the observed information matrix is not positive definite: no standard errors or covariances"));
        }
        else if (Condition(information, n) is var condition && !(condition <= IllConditioned))
        {
            diagnostics.Add(new FitDiagnostic(
                FitDiagnosticKind.IllConditionedInformation,
                string.Create(CultureInfo.InvariantCulture, $"the observed information matrix (scaled to a unit diagonal) has condition number {condition:G3}, above 1e8: some parameters are barely identified and their standard errors are unreliable")));
        }

        var parameters = new ParameterEstimate[n];
        var squares = 0d;
        for (var i = 0; i < n; i++)
        {
            double? se = covariance is null ? null : Math.Sqrt(covariance[(i * n) + i]);
            parameters[i] = new ParameterEstimate(names[i], values[i], se);
            squares += gradient[i] * gradient[i];
        }

        var norm = Math.Sqrt(squares);
        return new ModelFit<TModel>(
            model, logLikelihood, parameters, iterations, converged, double.IsFinite(norm) ? norm : double.PositiveInfinity, covariance, [.. diagnostics]);
    }

    /// <summary>The condition number of a positive-definite matrix after scaling it to a unit diagonal (scale-free).</summary>
    private static double Condition(double[] information, int n)
    {
        var scaled = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                scaled[(i * n) + j] = information[(i * n) + j] / Math.Sqrt(information[(i * n) + i] * information[(j * n) + j]);
            }
        }

        var eigenvalues = SymmetricMatrix.Eigenvalues(scaled, n);
        return eigenvalues[0] > 0d ? eigenvalues[^1] / eigenvalues[0] : double.PositiveInfinity;
    }
}
