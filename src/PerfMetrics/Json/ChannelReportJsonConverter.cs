using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="ChannelReport"/> as <c>{"modelName":"linear","currency":"USD","unitMargin":{...},"rows":[...],"total":{...}}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ChannelReportJsonConverter : JsonConverter<ChannelReport>
{
    private const string Name = nameof(ChannelReport);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid ChannelReport; the message names the field and the rule.</exception>
    public override ChannelReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "modelName", "currency", "unitMargin", "rows", "total");
        JsonFields.Present(o, Name, "currency", "unitMargin");
        var rows = new List<ChannelReportRow>();
        foreach (var row in JsonFields.Array(o, "rows", Name).EnumerateArray())
        {
            rows.Add(ChannelReportRowJsonConverter.FromElement(row));
        }

        // A report has one row per channel (as AttributionResult has one credit per channel); only the total has none.
        var seen = new HashSet<Channel>();
        foreach (var row in rows)
        {
            if (row.Channel.IsDefault)
            {
                throw new JsonException($"{Name}.rows must name a channel in every row (only the total has none).");
            }

            if (!seen.Add(row.Channel))
            {
                throw new JsonException($"{Name}.rows lists \"{row.Channel}\" twice.");
            }
        }

        return new ChannelReport(
            JsonFields.String(o, "modelName", Name),
            JsonFields.Currency(o, "currency", Name),
            JsonFields.NullableMoney(o, "unitMargin", Name),
            [.. rows],
            ChannelReportRowJsonConverter.FromElement(JsonFields.Object(o, "total", Name)));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    /// <exception cref="JsonException">Its currency is a custom currency, which a bare code cannot express (it would not read back).</exception>
    public override void Write(Utf8JsonWriter writer, ChannelReport value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("modelName", value.ModelName);
        JsonFields.WriteCurrency(writer, "currency", value.Currency, Name);
        JsonFields.WriteMoney(writer, "unitMargin", value.UnitMargin);
        writer.WriteStartArray("rows");
        foreach (var row in value.Rows)
        {
            ChannelReportRowJsonConverter.WriteObject(writer, row);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("total");
        ChannelReportRowJsonConverter.WriteObject(writer, value.Total);
        writer.WriteEndObject();
    }
}
