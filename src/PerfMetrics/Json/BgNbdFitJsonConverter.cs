using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="ModelFit{TModel}"/> of <see cref="BgNbd"/> as <c>{"model":{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"P1W"},"logLikelihood":-9582.4,"standardErrors":{"r":0.0125,"alpha":0.378,"a":0.186,"b":0.707},"iterations":25,"converged":true,"gradientNorm":1.2e-7}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// The model is read as by <see cref="BgNbdJsonConverter"/> (validated by its constructor); the log-likelihood must be
/// finite and the iteration count 0 or more. Unknown, repeated and missing properties are rejected. Doubles are written in
/// the shortest text that reads back to the same bits.
/// </remarks>
internal sealed class BgNbdFitJsonConverter : JsonConverter<ModelFit<BgNbd>>
{
    private const string Name = "ModelFit<BgNbd>";
    private static readonly string[] Names = ["r", "alpha", "a", "b"];

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid BgNbdFit; the message names the field and the rule.</exception>
    public override ModelFit<BgNbd> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ModelFitJson.Read(ref reader, Name, BgNbdJsonConverter.FromElement, Names, static m => [m.R, m.Alpha, m.A, m.B]);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    public override void Write(Utf8JsonWriter writer, ModelFit<BgNbd> value, JsonSerializerOptions options) =>
        ModelFitJson.Write(writer, value, BgNbdJsonConverter.WriteObject);
}
