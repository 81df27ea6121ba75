using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace PerfMetrics.Internal;

/// <summary>
/// The one plausibility rule for rates: a rate is a fraction of one (0.10 for 10%), never a percent, so no rate may
/// exceed 1. Each kind narrows the interval where its mathematics demands it; docs/lifetime-value.md ("Rates") lists
/// the bounds in one table.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>retention per period</term><description>[0, 1): a retention of 1 makes every lifetime infinite.</description></item>
/// <item><term>discount per period</term><description>[0, 1]: 100% per period is the largest plausible rate; use a shorter unit for more.</description></item>
/// <item><term>share (margin rate of CLV)</term><description>[0, 1].</description></item>
/// <item><term>positive share (gross margin rate)</term><description>(0, 1]: a zero margin makes a margin figure meaningless.</description></item>
/// </list>
/// Every message names the parameter, the interval, says that a rate is a fraction and shows the value received.
/// </remarks>
internal static class Rates
{
    /// <summary>The sentence every rate message carries.</summary>
    internal const string FractionHint = "a rate is a fraction: 0.10 for 10%";

    /// <summary>Checks a retention rate per period: <c>0 &lt;= value &lt; 1</c>.</summary>
    internal static decimal Retention(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value >= 0m && value < 1m ? value : Reject(paramName, value, "(retention per period) must be at least 0 and less than 1");

    /// <summary>Checks a discount rate per period: <c>0 &lt;= value &lt;= 1</c>.</summary>
    internal static decimal Discount(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value >= 0m && value <= 1m ? value : Reject(paramName, value, "(discount rate per period) must be at least 0 and at most 1");

    /// <summary>Checks a share such as a margin rate: <c>0 &lt;= value &lt;= 1</c>.</summary>
    internal static decimal Share(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value >= 0m && value <= 1m ? value : Reject(paramName, value, "must be between 0 and 1 inclusive");

    /// <summary>Checks a share that cannot be zero, such as a gross margin rate: <c>0 &lt; value &lt;= 1</c>.</summary>
    internal static decimal PositiveShare(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value > 0m && value <= 1m ? value : Reject(paramName, value, "must be greater than 0 and at most 1");

    /// <summary>Throws the one message of the rule: the parameter, the interval, that a rate is a fraction, the value.</summary>
    [DoesNotReturn]
    private static decimal Reject(string? paramName, decimal value, string rule) =>
        throw new ArgumentOutOfRangeException(paramName, $"{paramName} {rule} ({FractionHint}), was {Guard.Format(value)}.");
}
