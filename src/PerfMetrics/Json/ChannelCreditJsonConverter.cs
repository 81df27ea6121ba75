using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="ChannelCredit"/> as <c>{"channel":"search","conversions":1.5,"value":{...},"share":0.25}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ChannelCreditJsonConverter : JsonConverter<ChannelCredit>
{
    private const string Name = nameof(ChannelCredit);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid ChannelCredit; the message names the field and the rule.</exception>
    public override ChannelCredit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        return FromElement(o);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, ChannelCredit value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteBody(writer, value);
        writer.WriteEndObject();
    }

    internal static ChannelCredit FromElement(JsonElement o)
    {
        JsonFields.OnlyKnown(o, Name, "channel", "conversions", "value", "share");
        JsonFields.Present(o, Name, "channel", "share");
        return new(
            JsonFields.Channel(o, "channel", Name),
            JsonFields.Double(o, "conversions", Name),
            JsonFields.Money(o, "value", Name),
            JsonFields.NullableDouble(o, "share", Name));
    }

    internal static void WriteBody(Utf8JsonWriter writer, ChannelCredit value)
    {
        JsonFields.WriteChannel(writer, "channel", value.Channel);
        writer.WriteNumber("conversions", value.Conversions);
        JsonFields.WriteMoney(writer, "value", value.Value);
        JsonFields.WriteNumber(writer, "share", value.Share);
    }
}
