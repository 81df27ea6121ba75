using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a fitted <see cref="ShapleyModel"/> as
/// <c>{"currency":"USD","totalConversions":14,"totalValue":{"amount":532.00,"currency":"USD"},"channels":[{"channel":"email","shapleyValue":0.25},{"channel":"search","shapleyValue":0.5}]}</c>
/// (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// This is everything the engine needs to credit with the model, so a model read back credits exactly as the fitted one
/// did. Shapley values are written in the shortest text that reads back to the same bits. Reading rejects unknown,
/// repeated and missing properties, more than <see cref="ShapleyModel.MaxChannels"/> channels, a channel listed twice,
/// a Shapley value outside [-1, 1], negative total conversions and a total value in another currency.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ShapleyModelJsonConverter : JsonConverter<ShapleyModel>
{
    private const string Name = nameof(ShapleyModel);
    private const string ChannelName = "ShapleyModel.channels[]";

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid ShapleyModel; the message names the field and the rule.</exception>
    public override ShapleyModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "currency", "totalConversions", "totalValue", "channels");
        JsonFields.Required(o, "currency", Name);
        var currency = JsonFields.Currency(o, "currency", Name);
        var totalConversions = JsonFields.Double(o, "totalConversions", Name);
        var totalValue = JsonFields.Money(o, "totalValue", Name);
        var channels = new List<(Channel, double)>();
        foreach (var item in JsonFields.Array(o, "channels", Name).EnumerateArray())
        {
            JsonFields.OnlyKnown(item, ChannelName, "channel", "shapleyValue");
            JsonFields.Required(item, "channel", ChannelName);
            channels.Add((JsonFields.Channel(item, "channel", ChannelName), JsonFields.Double(item, "shapleyValue", ChannelName)));
        }

        return JsonFields.Construct(() => ShapleyModel.FromStored(currency, channels, totalConversions, totalValue), Name);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    /// <exception cref="JsonException">The model's currency is a custom currency, which a bare code cannot express.</exception>
    public override void Write(Utf8JsonWriter writer, ShapleyModel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        JsonFields.WriteIsoCurrency(writer, "currency", value.Currency, Name);
        writer.WriteNumber("totalConversions", value.TotalConversions);
        JsonFields.WriteMoney(writer, "totalValue", value.TotalValue);
        writer.WriteStartArray("channels");
        foreach (var item in value.Values)
        {
            writer.WriteStartObject();
            writer.WriteString("channel", item.Channel.Name);
            writer.WriteNumber("shapleyValue", item.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
