using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="CeilingCheck"/> as <c>{"cpa":{...},"ceiling":{...},"headroom":{...},"headroomShare":0.25,"verdict":"UnderCeiling"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CeilingCheckJsonConverter : JsonConverter<CeilingCheck>
{
    private const string Name = nameof(CeilingCheck);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid CeilingCheck; the message names the field and the rule.</exception>
    public override CeilingCheck Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "cpa", "ceiling", "headroom", "headroomShare", "verdict");
        JsonFields.Present(o, Name, "headroomShare");
        return new CeilingCheck(
            JsonFields.Money(o, "cpa", Name),
            JsonFields.Money(o, "ceiling", Name),
            JsonFields.Money(o, "headroom", Name),
            JsonFields.NullableDecimal(o, "headroomShare", Name),
            JsonFields.Enum<CeilingVerdict>(o, "verdict", Name));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, CeilingCheck value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        JsonFields.WriteMoney(writer, "cpa", value.Cpa);
        JsonFields.WriteMoney(writer, "ceiling", value.Ceiling);
        JsonFields.WriteMoney(writer, "headroom", value.Headroom);
        JsonFields.WriteNumber(writer, "headroomShare", value.HeadroomShare);
        writer.WriteString("verdict", value.Verdict.ToString());
        writer.WriteEndObject();
    }
}
