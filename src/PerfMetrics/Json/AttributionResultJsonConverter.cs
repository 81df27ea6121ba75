using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="AttributionResult"/> as <c>{"modelName":"linear","currency":"USD","totalConversions":14,"totalValue":{...},"channels":[{"channel":...}]}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class AttributionResultJsonConverter : JsonConverter<AttributionResult>
{
    private const string Name = nameof(AttributionResult);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid AttributionResult; the message names the field and the rule.</exception>
    public override AttributionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        return FromElement(o);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    /// <exception cref="JsonException">Its currency is a custom currency, which a bare code cannot express (it would not read back).</exception>
    public override void Write(Utf8JsonWriter writer, AttributionResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        WriteBody(writer, value);
        writer.WriteEndObject();
    }

    internal static AttributionResult FromElement(JsonElement o)
    {
        JsonFields.OnlyKnown(o, Name, "modelName", "currency", "totalConversions", "totalValue", "channels");
        JsonFields.Present(o, Name, "currency");
        var channels = new List<ChannelCredit>();
        foreach (var credit in JsonFields.Array(o, "channels", Name).EnumerateArray())
        {
            channels.Add(ChannelCreditJsonConverter.FromElement(credit));
        }

        var seen = new HashSet<Channel>();
        foreach (var credit in channels)
        {
            if (!seen.Add(credit.Channel))
            {
                throw new JsonException($"{Name}.channels lists \"{credit.Channel}\" twice.");
            }
        }

        return new AttributionResult(
            JsonFields.String(o, "modelName", Name),
            JsonFields.Currency(o, "currency", Name),
            JsonFields.Double(o, "totalConversions", Name),
            JsonFields.Money(o, "totalValue", Name),
            [.. channels]);
    }

    internal static void WriteObject(Utf8JsonWriter writer, AttributionResult value)
    {
        writer.WriteStartObject();
        WriteBody(writer, value);
        writer.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter writer, AttributionResult value)
    {
        writer.WriteString("modelName", value.ModelName);
        JsonFields.WriteCurrency(writer, "currency", value.Currency, Name);
        writer.WriteNumber("totalConversions", value.TotalConversions);
        JsonFields.WriteMoney(writer, "totalValue", value.TotalValue);
        writer.WriteStartArray("channels");
        foreach (var credit in value.Channels)
        {
            writer.WriteStartObject();
            ChannelCreditJsonConverter.WriteBody(writer, credit);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
