using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a fitted <see cref="MarkovModel"/> as the counts it was fitted to, <c>{"counts":{...}}</c> (the
/// format of <see cref="MarkovCountsJsonConverter"/>), and refits them on reading.
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// The fit is deterministic, so the model read back has bit-identical removal effects and credit; the derived numbers
/// are not stored, so a document cannot hold removal effects that contradict its counts. Reading costs one fit (the
/// absorbing-chain solves), not a pass over the paths.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MarkovModelJsonConverter : JsonConverter<MarkovModel>
{
    private const string Name = nameof(MarkovModel);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid MarkovModel; the message names the field and the rule.</exception>
    /// <exception cref="InvalidOperationException">The iterative solver did not converge (not expected for counts made from paths).</exception>
    public override MarkovModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "counts");
        return MarkovModel.Fit(MarkovCountsJsonConverter.FromElement(JsonFields.Object(o, "counts", Name)));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    /// <exception cref="JsonException">The currency is a custom currency, which a bare code cannot express.</exception>
    public override void Write(Utf8JsonWriter writer, MarkovModel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("counts");
        MarkovCountsJsonConverter.WriteObject(writer, value.Counts);
        writer.WriteEndObject();
    }
}
