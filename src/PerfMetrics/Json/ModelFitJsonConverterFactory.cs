using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Creates the converters of <see cref="ModelFit{TModel}"/> for the library's fitted models (<see cref="BgNbd"/>,
/// <see cref="GammaGamma"/>, <see cref="ShiftedBetaGeometric"/>). Applied to the type with
/// <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// Layout: <c>{"model":{...},"logLikelihood":-9582.4,"standardErrors":{"r":0.0125,...},"iterations":25,"converged":true,"gradientNorm":1.2e-7}</c>
/// (camelCase names; PascalCase is accepted on reading). The model is read by its own converter (validated by its
/// constructor); parameter values come from the model, standard errors (numbers 0 or more, or null) from
/// <c>standardErrors</c>, one per parameter. Unknown, repeated and missing properties are rejected. Doubles are written
/// in the shortest text that reads back to the same bits.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ModelFitJsonConverterFactory : JsonConverterFactory
{
    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="typeToConvert"/> is null.</exception>
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert == typeof(ModelFit<BgNbd>)
            || typeToConvert == typeof(ModelFit<GammaGamma>)
            || typeToConvert == typeof(ModelFit<ShiftedBetaGeometric>);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="typeToConvert"/> is null.</exception>
    /// <exception cref="NotSupportedException"><paramref name="typeToConvert"/> is not the fit of a library model.</exception>
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return typeToConvert == typeof(ModelFit<BgNbd>) ? new BgNbdFitJsonConverter()
            : typeToConvert == typeof(ModelFit<GammaGamma>) ? new GammaGammaFitJsonConverter()
            : typeToConvert == typeof(ModelFit<ShiftedBetaGeometric>) ? new ShiftedBetaGeometricFitJsonConverter()
            : throw new NotSupportedException($"{typeToConvert} is not a fit of a PerfMetrics model; ModelFitJsonConverterFactory converts ModelFit<BgNbd>, ModelFit<GammaGamma> and ModelFit<ShiftedBetaGeometric>.");
    }
}
