using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;
using PerfMetrics.Metrics;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="ChannelReportRow"/> as <c>{"channel":"search","spend":{...},"conversions":6,"revenue":{...},"cpa":{...},"roas":2.4,"verdict":"Profitable"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ChannelReportRowJsonConverter : JsonConverter<ChannelReportRow>
{
    private const string Name = nameof(ChannelReportRow);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid ChannelReportRow; the message names the field and the rule.</exception>
    public override ChannelReportRow Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        return FromElement(o);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, ChannelReportRow value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WriteBody(writer, value);
        writer.WriteEndObject();
    }

    internal static ChannelReportRow FromElement(JsonElement o)
    {
        JsonFields.OnlyKnown(o, Name, "channel", "spend", "conversions", "revenue", "cpa", "roas", "verdict");
        JsonFields.Present(o, Name, "channel", "spend", "conversions", "revenue", "cpa", "roas", "verdict");
        return new(
            JsonFields.Channel(o, "channel", Name),
            JsonFields.NullableMoney(o, "spend", Name),
            JsonFields.NullableDouble(o, "conversions", Name),
            JsonFields.NullableMoney(o, "revenue", Name),
            JsonFields.NullableMoney(o, "cpa", Name),
            JsonFields.NullableDecimal(o, "roas", Name),
            JsonFields.NullableEnum<ProfitVerdict>(o, "verdict", Name));
    }

    internal static void WriteObject(Utf8JsonWriter writer, ChannelReportRow value)
    {
        writer.WriteStartObject();
        WriteBody(writer, value);
        writer.WriteEndObject();
    }

    private static void WriteBody(Utf8JsonWriter writer, ChannelReportRow value)
    {
        JsonFields.WriteChannel(writer, "channel", value.Channel);
        JsonFields.WriteMoney(writer, "spend", value.Spend);
        JsonFields.WriteNumber(writer, "conversions", value.Conversions);
        JsonFields.WriteMoney(writer, "revenue", value.Revenue);
        JsonFields.WriteMoney(writer, "cpa", value.Cpa);
        JsonFields.WriteNumber(writer, "roas", value.Roas);
        if (value.Verdict is { } verdict)
        {
            writer.WriteString("verdict", verdict.ToString());
        }
        else
        {
            writer.WriteNull("verdict");
        }
    }
}
