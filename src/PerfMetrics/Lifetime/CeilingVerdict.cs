using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>Where an observed cost per acquisition (CPA) stands against a CPA ceiling.</summary>
/// <remarks>CPA and ceiling are compared after rounding both to the currency's minor units (banker's rounding).</remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public enum CeilingVerdict
{
    /// <summary>The CPA is below the ceiling: there is headroom.</summary>
    WithinCeiling = 0,

    /// <summary>The CPA equals the ceiling to the minor unit.</summary>
    AtCeiling = 1,

    /// <summary>The CPA is above the ceiling: acquisition costs more than the target allows.</summary>
    AboveCeiling = 2,
}
