using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="ModelFit{TModel}"/> of <see cref="GammaGamma"/> as <c>{"model":{"p":6.25,"q":3.74,"gamma":15.44,"currency":"USD"},"logLikelihood":-4003.8,"iterations":30,"converged":true,"gradientNorm":1.2e-7}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// The model is read as by <see cref="GammaGammaJsonConverter"/> (validated by its constructor); the log-likelihood must be
/// finite and the iteration count 0 or more. Unknown, repeated and missing properties are rejected. Doubles are written in
/// the shortest text that reads back to the same bits.
/// </remarks>
internal sealed class GammaGammaFitJsonConverter : JsonConverter<ModelFit<GammaGamma>>
{
    private const string Name = "ModelFit<GammaGamma>";
    private static readonly string[] Names = ["p", "q", "gamma"];

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid GammaGammaFit; the message names the field and the rule.</exception>
    public override ModelFit<GammaGamma> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ModelFitJson.Read(ref reader, Name, GammaGammaJsonConverter.FromElement, Names, static m => [m.P, m.Q, m.Gamma]);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    /// <exception cref="JsonException">The model's currency is a custom currency, which a bare code cannot express.</exception>
    public override void Write(Utf8JsonWriter writer, ModelFit<GammaGamma> value, JsonSerializerOptions options) =>
        ModelFitJson.Write(writer, value, GammaGammaJsonConverter.WriteObject);
}
