using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="MoneyPerPeriod"/> as <c>{"amount":{"amount":38.00,"currency":"USD"},"per":"P1M"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MoneyPerPeriodJsonConverter : JsonConverter<MoneyPerPeriod>
{
    private const string Name = nameof(MoneyPerPeriod);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid MoneyPerPeriod; the message names the field and the rule.</exception>
    public override MoneyPerPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "amount", "per");
        var amount = JsonFields.Money(o, "amount", Name);
        var per = JsonFields.Unit(o, "per", Name);
        return JsonFields.Construct(() => new MoneyPerPeriod(amount, per), Name);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, MoneyPerPeriod value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        JsonFields.WriteMoney(writer, "amount", value.Amount);
        writer.WriteString("per", value.Per.ToString());
        writer.WriteEndObject();
    }
}
