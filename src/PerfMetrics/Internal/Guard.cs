using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace PerfMetrics.Internal;

/// <summary>
/// Precondition checks for public doors. Each check is small enough to inline; the throw paths live in
/// <see cref="DoesNotReturnAttribute"/> helpers. Messages name the parameter, the rule and the value received (the
/// "Errors" section of docs/design.md). This namespace is a leaf that uses no domain type: the checks on money live in
/// <c>MoneyGuard</c>, next to <c>Money</c>.
/// </summary>
internal static class Guard
{
    internal static T NotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }

        return value;
    }

    // decimal.Sign reads the sign and zero bits, far cheaper than a decimal comparison (KPI calls are benchmarked: docs/benchmarks.md).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static decimal NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (decimal.Sign(value) < 0)
        {
            ThrowOutOfRange(paramName, value, "must be non-negative");
        }

        return value;
    }

    internal static long NonNegative(long value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            ThrowOutOfRange(paramName, value, "must be non-negative");
        }

        return value;
    }

    /// <summary>The one rule for every degree-of-parallelism option: -1 (no limit) or positive.</summary>
    internal static int DegreeOfParallelism(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is 0 or < -1)
        {
            ThrowOutOfRange(paramName, value, "must be -1 (no limit) or positive");
        }

        return value;
    }

    internal static int Positive(int value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0)
        {
            ThrowOutOfRange(paramName, value, "must be positive");
        }

        return value;
    }

    internal static decimal Positive(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value <= 0m)
        {
            ThrowOutOfRange(paramName, value, "must be positive");
        }

        return value;
    }

    /// <summary>Checks that a <see cref="double"/> is finite and not negative (NaN and infinities are rejected).</summary>
    internal static double NonNegativeFinite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value >= 0d) || double.IsPositiveInfinity(value))
        {
            ThrowOutOfRange(paramName, value, "must be a finite non-negative number");
        }

        return value;
    }

    /// <summary>Checks that a <see cref="double"/> is finite and greater than zero (NaN fails).</summary>
    internal static double PositiveFinite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value > 0d) || double.IsPositiveInfinity(value))
        {
            ThrowOutOfRange(paramName, value, "must be a finite number greater than zero");
        }

        return value;
    }

    /// <summary>
    /// Checks that a count is at most the count it is part of (clicks of impressions, conversions of clicks) when the
    /// whole is positive; a zero whole leaves the ratio undefined (null) rather than invalid. The message names both
    /// parameters and both values, and <paramref name="why"/> says why the relation always holds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void PartOfWhole(decimal part, long whole, string partName, string wholeName, string why)
    {
        if (whole > 0 && part > whole)
        {
            ThrowPartAboveWhole(part, whole, partName, wholeName, why);
        }
    }

    /// <summary>The <see cref="long"/> twin of <see cref="PartOfWhole(decimal, long, string, string, string)"/>, with an integer comparison.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void PartOfWhole(long part, long whole, string partName, string wholeName, string why)
    {
        if (whole > 0 && part > whole)
        {
            ThrowPartAboveWhole(part, whole, partName, wholeName, why);
        }
    }

    [DoesNotReturn]
    private static void ThrowPartAboveWhole(decimal part, long whole, string partName, string wholeName, string why) =>
        throw new ArgumentOutOfRangeException(
            partName,
            string.Create(CultureInfo.InvariantCulture, $"{partName} must be at most {wholeName} ({why}), was {partName} = {part} and {wholeName} = {whole}."));

    [DoesNotReturn]
    internal static void ThrowNull(string? paramName) =>
        throw new ArgumentNullException(paramName, $"{paramName} must not be null.");

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless 0 &lt;= index &lt; count; <paramref name="items"/> names what is counted.</summary>
    internal static void Index(int index, int count, string items, [CallerArgumentExpression(nameof(index))] string? paramName = null)
    {
        if (unchecked((uint)index >= (uint)count))
        {
            ThrowOutOfRange(paramName, index, string.Create(CultureInfo.InvariantCulture, $"must be between 0 and {count - 1} (there are {count} {items})"));
        }
    }

    [DoesNotReturn]
    internal static void ThrowOutOfRange<T>(string? paramName, T actual, string rule)
        where T : notnull =>
        throw new ArgumentOutOfRangeException(paramName, $"{paramName} {rule}, was {Format(actual)}.");

    [DoesNotReturn]
    internal static void ThrowArgument(string? paramName, string message) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    internal static void ThrowInvalidOperation(string message) =>
        throw new InvalidOperationException(message);

    /// <summary>Formats a received value for a message with the invariant culture.</summary>
    internal static string Format<T>(T value) =>
        value switch
        {
            null => "null",
            string s => $"\"{s}\"",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
}
