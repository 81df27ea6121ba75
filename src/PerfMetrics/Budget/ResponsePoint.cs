using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Budget;

/// <summary>The value of a response curve at one spend: the response R(x) and the marginal response R'(x).</summary>
/// <remarks>
/// Both are finite and non-negative <see cref="double"/>s in the curve's units (response in currency units, marginal as
/// response per unit of spend). <c>default(ResponsePoint)</c> is a zero response with a zero marginal (a curve that
/// gives nothing). Equality compares both values. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ResponsePoint : IEquatable<ResponsePoint>
{
    private readonly double _response;
    private readonly double _marginal;

    /// <summary>Creates a point.</summary>
    /// <param name="response">The response R(x): finite, non-negative.</param>
    /// <param name="marginal">The marginal response R'(x): finite, non-negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or negative.</exception>
    public ResponsePoint(double response, double marginal)
    {
        _response = Guard.NonNegativeFinite(response);
        _marginal = Guard.NonNegativeFinite(marginal);
    }

    /// <summary>Gets the response R(x), in units of the curve's currency.</summary>
    public double Response => _response;

    /// <summary>Gets the marginal response R'(x), response per unit of spend.</summary>
    public double Marginal => _marginal;

    /// <summary>Returns invariant text such as <c>R=1200, R'=0.8</c>.</summary>
    /// <returns>The text at display precision: each number to four significant digits (the properties stay exact).</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"R={Metrics.Display.Number(_response)}, R'={Metrics.Display.Number(_marginal)}");

    /// <inheritdoc/>
    public bool Equals(ResponsePoint other) => _response.Equals(other._response) && _marginal.Equals(other._marginal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResponsePoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_response, _marginal);

    /// <summary>Compares two points for equality.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns><see langword="true"/> when both values are equal.</returns>
    public static bool operator ==(ResponsePoint left, ResponsePoint right) => left.Equals(right);

    /// <summary>Compares two points for inequality.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ResponsePoint left, ResponsePoint right) => !left.Equals(right);
}
