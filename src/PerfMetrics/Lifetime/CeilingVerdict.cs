using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>Where an observed cost per acquisition (CPA) stands against a CPA ceiling.</summary>
/// <remarks>
/// CPA and ceiling are compared exactly, with no tolerance: the one verdict rule of the library (docs/metrics.md,
/// "Verdicts"), shared with <see cref="Metrics.ProfitVerdict"/>. A CPA of 38.0000001 USD against a 38 USD ceiling is
/// <see cref="AboveCeiling"/>, as it is <see cref="Metrics.ProfitVerdict.Unprofitable"/> against a 38 USD margin. Round
/// both amounts first (<see cref="Money.Round(MidpointRounding)"/>) for a comparison to the cent.
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public enum CeilingVerdict
{
    /// <summary>The CPA is below the ceiling: there is headroom.</summary>
    WithinCeiling = 0,

    /// <summary>The CPA equals the ceiling exactly.</summary>
    AtCeiling = 1,

    /// <summary>The CPA is above the ceiling: acquisition costs more than the target allows.</summary>
    AboveCeiling = 2,
}
