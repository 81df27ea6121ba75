using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="PurchaseFrequency"/> as <c>{"purchases":1.5,"per":"P1Y"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PurchaseFrequencyJsonConverter : JsonConverter<PurchaseFrequency>
{
    private const string Name = nameof(PurchaseFrequency);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid PurchaseFrequency; the message names the field and the rule.</exception>
    public override PurchaseFrequency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "purchases", "per");
        var purchases = JsonFields.Decimal(o, "purchases", Name);
        var per = JsonFields.Unit(o, "per", Name);
        return JsonFields.Construct(() => new PurchaseFrequency(purchases, per), Name);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, PurchaseFrequency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("purchases", value.Purchases);
        writer.WriteString("per", value.Per.ToString());
        writer.WriteEndObject();
    }
}
