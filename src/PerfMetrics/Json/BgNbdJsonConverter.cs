using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="BgNbd"/> as <c>{"r":0.243,"alpha":4.414,"a":0.793,"b":2.426,"unit":"P1W"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// The parameters are written in the shortest text that reads back to the same <see cref="double"/> bits. Reading checks
/// them with the <see cref="BgNbd"/> constructor (finite and greater than 0, a unit) and rejects unknown, repeated and
/// missing properties.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class BgNbdJsonConverter : JsonConverter<BgNbd>
{
    private const string Name = nameof(BgNbd);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid BgNbd; the message names the field and the rule.</exception>
    public override BgNbd Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromElement(JsonFields.ReadObject(ref reader, Name));

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    public override void Write(Utf8JsonWriter writer, BgNbd value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteObject(writer, value);
    }

    internal static BgNbd FromElement(JsonElement o)
    {
        JsonFields.OnlyKnown(o, Name, "r", "alpha", "a", "b", "unit");
        var r = JsonFields.Double(o, "r", Name);
        var alpha = JsonFields.Double(o, "alpha", Name);
        var a = JsonFields.Double(o, "a", Name);
        var b = JsonFields.Double(o, "b", Name);
        var unit = JsonFields.Unit(o, "unit", Name);
        return JsonFields.Construct(() => new BgNbd(r, alpha, a, b, unit), Name);
    }

    internal static void WriteObject(Utf8JsonWriter writer, BgNbd value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("r", value.R);
        writer.WriteNumber("alpha", value.Alpha);
        writer.WriteNumber("a", value.A);
        writer.WriteNumber("b", value.B);
        writer.WriteString("unit", value.Unit.ToString());
        writer.WriteEndObject();
    }
}
