using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Metrics;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="MarginCheck"/> as <c>{"spend":{...},"acquisitions":14,"unitMargin":{...},"cpa":{...},"totalProfit":{...},"headroomShare":0.34,"verdict":"Profitable"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MarginCheckJsonConverter : JsonConverter<MarginCheck>
{
    private const string Name = nameof(MarginCheck);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid MarginCheck; the message names the field and the rule.</exception>
    public override MarginCheck Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "spend", "acquisitions", "unitMargin", "cpa", "totalProfit", "headroomShare", "verdict");
        JsonFields.Present(o, Name, "cpa", "headroomShare");
        return new MarginCheck(
            JsonFields.Money(o, "spend", Name),
            JsonFields.Decimal(o, "acquisitions", Name),
            JsonFields.Money(o, "unitMargin", Name),
            JsonFields.NullableMoney(o, "cpa", Name),
            JsonFields.Money(o, "totalProfit", Name),
            JsonFields.NullableDecimal(o, "headroomShare", Name),
            JsonFields.Enum<ProfitVerdict>(o, "verdict", Name));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, MarginCheck value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        JsonFields.WriteMoney(writer, "spend", value.Spend);
        writer.WriteNumber("acquisitions", value.Acquisitions);
        JsonFields.WriteMoney(writer, "unitMargin", value.UnitMargin);
        JsonFields.WriteMoney(writer, "cpa", value.Cpa);
        JsonFields.WriteMoney(writer, "totalProfit", value.TotalProfit);
        JsonFields.WriteNumber(writer, "headroomShare", value.HeadroomShare);
        writer.WriteString("verdict", value.Verdict.ToString());
        writer.WriteEndObject();
    }
}
