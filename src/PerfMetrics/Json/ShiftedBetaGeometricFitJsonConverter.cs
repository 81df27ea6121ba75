using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="ShiftedBetaGeometricFit"/> as <c>{"model":{"alpha":0.668,"beta":3.806,"unit":"P1Y"},"logLikelihood":-2.5,"iterations":31,"converged":true}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ShiftedBetaGeometricFitJsonConverter : JsonConverter<ShiftedBetaGeometricFit>
{
    private const string Name = nameof(ShiftedBetaGeometricFit);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid ShiftedBetaGeometricFit; the message names the field and the rule.</exception>
    public override ShiftedBetaGeometricFit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ModelFitJson.Read(ref reader, Name, ShiftedBetaGeometricJsonConverter.FromElement, static (model, logLikelihood, iterations, converged) => new ShiftedBetaGeometricFit(model, logLikelihood, iterations, converged));

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    public override void Write(Utf8JsonWriter writer, ShiftedBetaGeometricFit value, JsonSerializerOptions options) =>
        ModelFitJson.Write(writer, value, ShiftedBetaGeometricJsonConverter.WriteObject);
}
