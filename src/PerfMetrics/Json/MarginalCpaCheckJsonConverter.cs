using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Metrics;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="MarginalCpaCheck"/> as <c>{"deltaSpend":{...},"deltaAcquisitions":4,"unitMargin":{...},"marginalCpa":{...},"incrementalProfit":{...},"verdict":"Profitable"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MarginalCpaCheckJsonConverter : JsonConverter<MarginalCpaCheck>
{
    private const string Name = nameof(MarginalCpaCheck);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid MarginalCpaCheck; the message names the field and the rule.</exception>
    public override MarginalCpaCheck Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "deltaSpend", "deltaAcquisitions", "unitMargin", "marginalCpa", "incrementalProfit", "verdict");
        JsonFields.Present(o, Name, "marginalCpa");
        return new MarginalCpaCheck(
            JsonFields.Money(o, "deltaSpend", Name),
            JsonFields.Decimal(o, "deltaAcquisitions", Name),
            JsonFields.Money(o, "unitMargin", Name),
            JsonFields.NullableMoney(o, "marginalCpa", Name),
            JsonFields.Money(o, "incrementalProfit", Name),
            JsonFields.Enum<ProfitVerdict>(o, "verdict", Name));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, MarginalCpaCheck value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        JsonFields.WriteMoney(writer, "deltaSpend", value.DeltaSpend);
        writer.WriteNumber("deltaAcquisitions", value.DeltaAcquisitions);
        JsonFields.WriteMoney(writer, "unitMargin", value.UnitMargin);
        JsonFields.WriteMoney(writer, "marginalCpa", value.MarginalCpa);
        JsonFields.WriteMoney(writer, "incrementalProfit", value.IncrementalProfit);
        writer.WriteString("verdict", value.Verdict.ToString());
        writer.WriteEndObject();
    }
}
