using System.Globalization;
using System.Runtime.CompilerServices;
using PerfMetrics.Internal;

namespace PerfMetrics.Experiments;

/// <summary>Precondition checks shared by the experiment calculators: levels and probabilities strictly between 0 and 1, finite counts.</summary>
internal static class ExperimentGuard
{
    /// <summary>Checks a confidence level, power or significance level: <c>0 &lt; value &lt; 1</c> (a fraction: 0.95 for 95%).</summary>
    internal static double OpenUnit(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value > 0d && value < 1d))
        {
            Guard.ThrowOutOfRange(paramName, value, "must be greater than 0 and less than 1 (a fraction: 0.95 for 95%)");
        }

        return value;
    }

    /// <summary>Checks a rate (a proportion): <c>0 &lt; value &lt; 1</c>, where a power calculation is defined.</summary>
    internal static double Rate(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value > 0d && value < 1d))
        {
            Guard.ThrowOutOfRange(paramName, value, "must be greater than 0 and less than 1 (a rate is a fraction: 0.10 for 10%)");
        }

        return value;
    }

    /// <summary>Formats a double with the invariant culture: at display precision (four significant digits, docs/design.md "Display") without a format.</summary>
    internal static string Show(double value, string? format = null) =>
        format is null ? Metrics.Display.Number(value) : value.ToString(format, CultureInfo.InvariantCulture);
}
