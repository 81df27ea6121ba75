using System.ComponentModel;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Metrics;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="PaymentModelTable"/> as <c>{"outcomes":[{"model":"CPC 0.50 USD",...},...]}</c>, each
/// outcome as <see cref="PaymentModelOutcomeJsonConverter"/> writes it (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PaymentModelTableJsonConverter : JsonConverter<PaymentModelTable>
{
    private const string Name = nameof(PaymentModelTable);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid PaymentModelTable; the message names the field and the rule.</exception>
    public override PaymentModelTable Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "outcomes");
        var outcomes = ImmutableArray.CreateBuilder<PaymentModelOutcome>();
        foreach (var outcome in JsonFields.Array(o, "outcomes", Name).EnumerateArray())
        {
            outcomes.Add(PaymentModelOutcomeJsonConverter.FromElement(outcome));
        }

        return new PaymentModelTable(outcomes.ToImmutable());
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="value"/> is null.</exception>
    /// <exception cref="JsonException">A model's text would not read back to an equal model (a rate in a custom currency).</exception>
    public override void Write(Utf8JsonWriter writer, PaymentModelTable value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteStartArray("outcomes");
        foreach (var outcome in value.Outcomes)
        {
            PaymentModelOutcomeJsonConverter.WriteObject(writer, outcome);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
