namespace PerfMetrics.Budget;

/// <summary>
/// A response curve supplied by the user (for example the posterior-mean curve of a marketing-mix model that is neither
/// Hill nor logistic): the response and the marginal response at a spend. Wrap it with
/// <see cref="ResponseCurve.Custom(IResponseFunction, Currency, CurveShape)"/> to evaluate and allocate with it.
/// </summary>
/// <remarks>
/// <para>
/// Units: <c>spend</c> and the returned response are amounts of the curve's currency as <see cref="double"/>s (1,250.50 USD
/// is 1250.5), the marginal response is response per unit of spend (a marginal ROAS). The library calls
/// <see cref="Evaluate(double)"/> only with finite non-negative spends; the returned <see cref="ResponsePoint"/> is
/// checked on construction (finite, non-negative).
/// </para>
/// <para>
/// Contract: the response does not decrease with spend, and the marginal is its derivative. For
/// <see cref="CurveShape.Concave"/> the marginal never increases; for <see cref="CurveShape.SShaped"/> it rises to one
/// peak (the inflection point) and then falls. The allocator relies on the declared shape; a curve that breaks it
/// gets an allocation that is optimal only for the grid (S-shaped) or not at all (concave). Implementations must be
/// pure and thread-safe (the draws allocator may call them from several threads).
/// </para>
/// </remarks>
public interface IResponseFunction
{
    /// <summary>Returns the response and the marginal response at a spend.</summary>
    /// <param name="spend">The spend, in units of the curve's currency; finite and non-negative.</param>
    /// <returns>The response R(spend) and the marginal response R'(spend).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An implementation returned a NaN, infinite or negative value (raised by <see cref="ResponsePoint"/>).</exception>
    ResponsePoint Evaluate(double spend);
}
