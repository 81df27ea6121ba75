using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="Periods"/> as <c>{"count":12,"unit":"P1M"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PeriodsJsonConverter : JsonConverter<Periods>
{
    private const string Name = nameof(Periods);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid Periods; the message names the field and the rule.</exception>
    public override Periods Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        var count = JsonFields.Decimal(o, "count", Name);
        var unit = JsonFields.Unit(o, "unit", Name);
        return JsonFields.Construct(() => new Periods(count, unit), Name);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Periods value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("count", value.Count);
        writer.WriteString("unit", value.Unit.ToString());
        writer.WriteEndObject();
    }
}
