using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="ModelComparison"/> as <c>{"results":[{"modelName":"first touch",...},{"modelName":"linear",...}]}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ModelComparisonJsonConverter : JsonConverter<ModelComparison>
{
    private const string Name = nameof(ModelComparison);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid ModelComparison; the message names the field and the rule.</exception>
    public override ModelComparison Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "results");
        var results = new List<AttributionResult>();
        foreach (var result in JsonFields.Array(o, "results", Name).EnumerateArray())
        {
            results.Add(AttributionResultJsonConverter.FromElement(result));
        }

        return JsonFields.Construct(() => ModelComparison.Of(results), Name);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    /// <exception cref="JsonException">A result's currency is a custom currency, which a bare code cannot express (it would not read back).</exception>
    public override void Write(Utf8JsonWriter writer, ModelComparison value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteStartArray("results");
        foreach (var result in value.Results)
        {
            AttributionResultJsonConverter.WriteObject(writer, result);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
