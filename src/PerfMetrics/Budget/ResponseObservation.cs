using System.Diagnostics;
using System.Globalization;

namespace PerfMetrics.Budget;

/// <summary>One measured point of a response curve: a spend per period and the response it brought (from a lift test or an experiment cell).</summary>
/// <remarks>
/// Both amounts are non-negative and in one currency. <c>default(ResponseObservation)</c> is a currency-less zero pair,
/// rejected by the fits. Equality compares both amounts. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ResponseObservation : IEquatable<ResponseObservation>
{
    /// <summary>Creates an observation.</summary>
    /// <param name="spend">The spend per period, non-negative.</param>
    /// <param name="response">The response (revenue) it brought, non-negative, same currency.</param>
    /// <exception cref="ArgumentException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public ResponseObservation(Money spend, Money response)
    {
        MoneyGuard.NonNegativeInCurrency(spend);
        MoneyGuard.NonNegativeInCurrency(response);
        MoneyGuard.SameCurrency(spend, response);
        Spend = spend;
        Response = response;
    }

    /// <summary>Gets the spend per period.</summary>
    public Money Spend { get; }

    /// <summary>Gets the response it brought.</summary>
    public Money Response { get; }

    /// <summary>Returns invariant text such as <c>1000.00 USD -> 3200.00 USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Spend} -> {Response}");

    /// <inheritdoc/>
    public bool Equals(ResponseObservation other) => Spend == other.Spend && Response == other.Response;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResponseObservation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Spend, Response);

    /// <summary>Compares two observations for equality.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><see langword="true"/> when both amounts are equal.</returns>
    public static bool operator ==(ResponseObservation left, ResponseObservation right) => left.Equals(right);

    /// <summary>Compares two observations for inequality.</summary>
    /// <param name="left">The first observation.</param>
    /// <param name="right">The second observation.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ResponseObservation left, ResponseObservation right) => !left.Equals(right);
}
