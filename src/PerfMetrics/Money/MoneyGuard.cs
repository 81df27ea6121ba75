using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using PerfMetrics.Internal;

namespace PerfMetrics;

/// <summary>
/// Precondition checks on <see cref="Money"/> for public doors, next to the type they check so that
/// <c>PerfMetrics.Internal</c> stays a leaf that knows no domain type. Messages follow <see cref="Guard"/>: they name the
/// parameter, the rule and the value received.
/// </summary>
internal static class MoneyGuard
{
    // decimal.Sign reads the sign and zero bits, far cheaper than a decimal comparison (KPI calls are benchmarked).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Money NonNegative(Money value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (decimal.Sign(value.Amount) < 0)
        {
            Guard.ThrowOutOfRange(paramName, value, "must be non-negative");
        }

        return value;
    }

    /// <summary>Checks that money is in a real currency (not <c>default(Money)</c>) and non-negative.</summary>
    internal static Money NonNegativeInCurrency(Money value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be in a currency, was default(Money). Use Money.Zero(currency) for zero.");
        }

        return NonNegative(value, paramName);
    }

    /// <summary>
    /// Returns the common currency of <paramref name="expected"/> and <paramref name="actual"/>; <c>default(Money)</c>
    /// on either side is compatible with any currency (the result is then the other side's currency).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Currency SameCurrency(Money expected, Money actual, [CallerArgumentExpression(nameof(actual))] string? paramName = null) =>
        SameCurrency(expected.Currency, actual, paramName);

    /// <summary>
    /// Returns the common currency of <paramref name="expected"/> and <paramref name="actual"/>; a default currency or
    /// <c>default(Money)</c> is compatible with any currency.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Currency SameCurrency(Currency expected, Money actual, [CallerArgumentExpression(nameof(actual))] string? paramName = null)
    {
        if (expected == actual.Currency || actual.IsDefault)
        {
            return expected;
        }

        if (expected.IsDefault)
        {
            return actual.Currency;
        }

        ThrowCurrencyMismatch(expected, actual.Currency, paramName);
        return default;
    }

    [DoesNotReturn]
    internal static void ThrowCurrencyMismatch(Currency expected, Currency actual, string? paramName) =>
        throw new CurrencyMismatchException(expected, actual, paramName);
}
