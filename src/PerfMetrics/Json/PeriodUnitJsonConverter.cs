using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="PeriodUnit"/> as its ISO 8601 text, <c>"P1M"</c>, <c>"P1W"</c>, <c>"P3D"</c> (the same text as ToString and Parse).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PeriodUnitJsonConverter : JsonConverter<PeriodUnit>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid PeriodUnit; the message names the field and the rule.</exception>
    public override PeriodUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A PeriodUnit must be a JSON string such as \"P1M\", found {reader.TokenType}.");
        }

        var text = reader.GetString();
        return PeriodUnit.TryParse(text, CultureInfo.InvariantCulture, out var unit)
            ? unit
            : throw new JsonException($"A PeriodUnit must look like \"P1M\" or \"P7D\", was \"{text}\".");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, PeriodUnit value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
