using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="ModelFit{TModel}"/> of <see cref="ShiftedBetaGeometric"/> as <c>{"model":{"alpha":0.668,"beta":3.806,"unit":"P1Y"},"logLikelihood":-2.5,"iterations":31,"converged":true,"gradientNorm":1.2e-7}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
internal sealed class ShiftedBetaGeometricFitJsonConverter : JsonConverter<ModelFit<ShiftedBetaGeometric>>
{
    private const string Name = "ModelFit<ShiftedBetaGeometric>";
    private static readonly string[] Names = ["alpha", "beta"];

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid ShiftedBetaGeometricFit; the message names the field and the rule.</exception>
    public override ModelFit<ShiftedBetaGeometric> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ModelFitJson.Read(ref reader, Name, ShiftedBetaGeometricJsonConverter.FromElement, Names, static m => [m.Alpha, m.Beta]);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    public override void Write(Utf8JsonWriter writer, ModelFit<ShiftedBetaGeometric> value, JsonSerializerOptions options) =>
        ModelFitJson.Write(writer, value, ShiftedBetaGeometricJsonConverter.WriteObject);
}
