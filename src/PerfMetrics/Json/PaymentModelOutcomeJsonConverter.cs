using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Metrics;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="PaymentModelOutcome"/> as <c>{"model":"CPC 0.50 USD","cost":{...},"effectiveCpa":{...},"grossProfit":{...},"verdict":"Profitable"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PaymentModelOutcomeJsonConverter : JsonConverter<PaymentModelOutcome>
{
    private const string Name = nameof(PaymentModelOutcome);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid PaymentModelOutcome; the message names the field and the rule.</exception>
    public override PaymentModelOutcome Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromElement(JsonFields.ReadObject(ref reader, Name));

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="JsonException">The model's text would not read back to an equal model (a rate in a custom currency).</exception>
    public override void Write(Utf8JsonWriter writer, PaymentModelOutcome value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteObject(writer, value);
    }

    internal static PaymentModelOutcome FromElement(JsonElement o)
    {
        JsonFields.OnlyKnown(o, Name, "model", "cost", "effectiveCpa", "grossProfit", "verdict");
        JsonFields.Present(o, Name, "effectiveCpa");
        return new PaymentModelOutcome(
            PaymentModelJsonConverter.FromText(JsonFields.String(o, "model", Name), $"{Name}.model"),
            JsonFields.Money(o, "cost", Name),
            JsonFields.NullableMoney(o, "effectiveCpa", Name),
            JsonFields.Money(o, "grossProfit", Name),
            JsonFields.Enum<ProfitVerdict>(o, "verdict", Name));
    }

    internal static void WriteObject(Utf8JsonWriter writer, PaymentModelOutcome value)
    {
        writer.WriteStartObject();
        writer.WriteString("model", PaymentModelJsonConverter.ToText(value.Model));
        JsonFields.WriteMoney(writer, "cost", value.Cost);
        JsonFields.WriteMoney(writer, "effectiveCpa", value.EffectiveCpa);
        JsonFields.WriteMoney(writer, "grossProfit", value.GrossProfit);
        writer.WriteString("verdict", value.Verdict.ToString());
        writer.WriteEndObject();
    }
}
