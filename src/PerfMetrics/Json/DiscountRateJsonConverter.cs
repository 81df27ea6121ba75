using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="DiscountRate"/> as <c>{"value":0.01,"per":"P1M"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DiscountRateJsonConverter : JsonConverter<DiscountRate>
{
    private const string Name = nameof(DiscountRate);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid DiscountRate; the message names the field and the rule.</exception>
    public override DiscountRate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "value", "per");
        var value = JsonFields.Decimal(o, "value", Name);
        var per = JsonFields.Unit(o, "per", Name);
        return JsonFields.Construct(() => new DiscountRate(value, per), Name);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, DiscountRate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("value", value.Value);
        writer.WriteString("per", value.Per.ToString());
        writer.WriteEndObject();
    }
}
