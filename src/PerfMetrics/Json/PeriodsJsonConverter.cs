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
        return FromElement(JsonFields.ReadObject(ref reader, Name), Name);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Periods value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteObject(writer, value);
    }

    /// <summary>Reads periods nested in another object; <paramref name="typeName"/> names the place in messages (<c>CustomerRfm.t</c>).</summary>
    internal static Periods FromElement(JsonElement o, string typeName)
    {
        JsonFields.OnlyKnown(o, typeName, "count", "unit");
        var count = JsonFields.Decimal(o, "count", typeName);
        var unit = JsonFields.Unit(o, "unit", typeName);
        return JsonFields.Construct(() => new Periods(count, unit), typeName);
    }

    internal static void WriteObject(Utf8JsonWriter writer, Periods value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("count", value.Count);
        writer.WriteString("unit", value.Unit.ToString());
        writer.WriteEndObject();
    }
}
