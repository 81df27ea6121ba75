using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Metrics;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="MarginalRoasCheck"/> as <c>{"deltaSpend":{...},"deltaRevenue":{...},"marginalRoas":2.5,"breakEvenRoas":2,"incrementalProfit":{...},"verdict":"Profitable"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MarginalRoasCheckJsonConverter : JsonConverter<MarginalRoasCheck>
{
    private const string Name = nameof(MarginalRoasCheck);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid MarginalRoasCheck; the message names the field and the rule.</exception>
    public override MarginalRoasCheck Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "deltaSpend", "deltaRevenue", "marginalRoas", "breakEvenRoas", "incrementalProfit", "verdict");
        JsonFields.Present(o, Name, "marginalRoas");
        return new MarginalRoasCheck(
            JsonFields.Money(o, "deltaSpend", Name),
            JsonFields.Money(o, "deltaRevenue", Name),
            JsonFields.NullableDecimal(o, "marginalRoas", Name),
            JsonFields.Decimal(o, "breakEvenRoas", Name),
            JsonFields.Money(o, "incrementalProfit", Name),
            JsonFields.Enum<ProfitVerdict>(o, "verdict", Name));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, MarginalRoasCheck value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        JsonFields.WriteMoney(writer, "deltaSpend", value.DeltaSpend);
        JsonFields.WriteMoney(writer, "deltaRevenue", value.DeltaRevenue);
        JsonFields.WriteNumber(writer, "marginalRoas", value.MarginalRoas);
        writer.WriteNumber("breakEvenRoas", value.BreakEvenRoas);
        JsonFields.WriteMoney(writer, "incrementalProfit", value.IncrementalProfit);
        writer.WriteString("verdict", value.Verdict.ToString());
        writer.WriteEndObject();
    }
}
