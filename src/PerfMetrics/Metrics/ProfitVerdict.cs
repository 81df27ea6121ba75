using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Metrics;

/// <summary>Whether acquisitions cost less than the margin they earn: the answer of <see cref="CpaVersusMargin"/>.</summary>
/// <remarks>
/// The comparison is exact (<see cref="decimal"/>, no tolerance): a CPA of 38.0000001 against a margin of 38 is
/// <see cref="Unprofitable"/>. This is the one verdict rule of the library (docs/metrics.md, "Verdicts"), shared with
/// <see cref="Lifetime.CeilingVerdict"/>, where the same CPA against a 38 ceiling is
/// <see cref="Lifetime.CeilingVerdict.AboveCeiling"/>. Callers who want a tolerance round the inputs first (for example
/// <see cref="Money.Round(MidpointRounding)"/> to minor units). <c>default(ProfitVerdict)</c> is <see cref="Undefined"/>.
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public enum ProfitVerdict
{
    /// <summary>No acquisitions, so the CPA is undefined and cannot be compared with the margin.</summary>
    Undefined = 0,

    /// <summary>CPA is greater than the unit margin: every acquisition loses money.</summary>
    Unprofitable = 1,

    /// <summary>CPA equals the unit margin exactly: acquisitions pay for themselves and nothing more.</summary>
    BreakEven = 2,

    /// <summary>CPA is less than the unit margin: every acquisition earns money.</summary>
    Profitable = 3,
}
