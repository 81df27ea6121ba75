using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="RetentionRate"/> as <c>{"value":0.8,"per":"P1M"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class RetentionRateJsonConverter : JsonConverter<RetentionRate>
{
    private const string Name = nameof(RetentionRate);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid RetentionRate; the message names the field and the rule.</exception>
    public override RetentionRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "value", "per");
        var value = JsonFields.Decimal(o, "value", Name);
        var per = JsonFields.Unit(o, "per", Name);
        return JsonFields.Construct(() => new RetentionRate(value, per), Name);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, RetentionRate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteString("per", value.Per.ToString());
        writer.WriteEndObject();
    }
}
