using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>One fitted parameter of a <see cref="ModelFit{TModel}"/>: its name, maximum-likelihood estimate and standard error.</summary>
/// <remarks>
/// The standard error is the square root of the diagonal of the inverse observed information matrix (the negated
/// Hessian of the log-likelihood in the model's natural parameters, computed analytically at the estimate). It is null
/// when that matrix is not positive definite, as when the fit has no interior maximum. <c>default(ParameterEstimate)</c>
/// has no name (null), value 0 and no standard error. Equality compares name (ordinal), value and standard error.
/// Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct ParameterEstimate : IEquatable<ParameterEstimate>, IEqualityOperators<ParameterEstimate, ParameterEstimate, bool>
{
    internal ParameterEstimate(string name, double value, double? standardError)
    {
        Name = name;
        Value = value;
        StandardError = standardError;
    }

    /// <summary>Gets the parameter's name as the model spells it (for example <c>r</c>, <c>alpha</c>, <c>gamma</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the maximum-likelihood estimate (the same number as the model's property of that name).</summary>
    public double Value { get; }

    /// <summary>Gets the asymptotic standard error of the estimate; null when the observed information is not positive definite.</summary>
    public double? StandardError { get; }

    /// <summary>Returns invariant text such as <c>r = 0.2426 (se 0.0125)</c>, at display precision.</summary>
    /// <returns>The text: the estimate and its standard error to four significant digits (<see cref="Value"/> and <see cref="StandardError"/> stay exact).</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{Name ?? "(no name)"} = {Metrics.Display.Number(Value)} ({(StandardError is { } se ? "se " + Metrics.Display.Number(se) : "no se")})");

    /// <inheritdoc/>
    public bool Equals(ParameterEstimate other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && Value.Equals(other.Value) && Nullable.Equals(StandardError, other.StandardError);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ParameterEstimate other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name), Value, StandardError);

    /// <summary>Compares two estimates for equality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when name, value and standard error are equal.</returns>
    public static bool operator ==(ParameterEstimate left, ParameterEstimate right) => left.Equals(right);

    /// <summary>Compares two estimates for inequality.</summary>
    /// <param name="left">The first estimate.</param>
    /// <param name="right">The second estimate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ParameterEstimate left, ParameterEstimate right) => !left.Equals(right);
}
