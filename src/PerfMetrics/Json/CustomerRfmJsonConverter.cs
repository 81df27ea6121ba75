using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="CustomerRfm"/> as
/// <c>{"customerId":"0001","frequency":2,"recency":{"count":30.43,"unit":"P1W"},"t":{"count":38.86,"unit":"P1W"},"monetaryValue":{"amount":22.35,"currency":"USD"},"holdoutFrequency":null,"holdoutValue":null}</c>
/// (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// Periods and money are exact decimals with their unit and currency. Reading rejects unknown, repeated and missing
/// properties (the nullable fields may be <c>null</c>) and a row that <see cref="RfmSummary"/> could not have built:
/// a negative count or value, recency above T or in another unit, recency and a mean value present exactly when
/// the frequency is above 0, a holdout count without a holdout value (or the reverse), or two currencies.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CustomerRfmJsonConverter : JsonConverter<CustomerRfm>
{
    private const string Name = nameof(CustomerRfm);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid CustomerRfm; the message names the field and the rule.</exception>
    public override CustomerRfm Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var o = JsonFields.ReadObject(ref reader, Name);
        JsonFields.OnlyKnown(o, Name, "customerId", "frequency", "recency", "t", "monetaryValue", "holdoutFrequency", "holdoutValue");
        JsonFields.Present(o, Name, "monetaryValue", "holdoutFrequency", "holdoutValue");
        var customerId = JsonFields.String(o, "customerId", Name);
        var frequency = JsonFields.Int32(o, "frequency", Name);
        var recency = PeriodsJsonConverter.FromElement(JsonFields.Object(o, "recency", Name), Name + ".recency");
        var t = PeriodsJsonConverter.FromElement(JsonFields.Object(o, "t", Name), Name + ".t");
        var monetaryValue = JsonFields.NullableMoney(o, "monetaryValue", Name);
        var holdoutFrequency = JsonFields.NullableInt32(o, "holdoutFrequency", Name);
        var holdoutValue = JsonFields.NullableMoney(o, "holdoutValue", Name);
        return JsonFields.Construct(() => CustomerRfm.Create(customerId, frequency, recency, t, monetaryValue, holdoutFrequency, holdoutValue), Name);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="JsonException"><paramref name="value"/> is <c>default(CustomerRfm)</c>, which has no id and no unit.</exception>
    public override void Write(Utf8JsonWriter writer, CustomerRfm value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.CustomerId is null)
        {
            throw new JsonException("default(CustomerRfm) cannot be written: it has no customer id and no period unit, so it could not be read back.");
        }

        writer.WriteStartObject();
        writer.WriteString("customerId", value.CustomerId);
        writer.WriteNumber("frequency", value.Frequency);
        writer.WritePropertyName("recency");
        PeriodsJsonConverter.WriteObject(writer, value.Recency);
        writer.WritePropertyName("t");
        PeriodsJsonConverter.WriteObject(writer, value.T);
        JsonFields.WriteMoney(writer, "monetaryValue", value.MonetaryValue);
        JsonFields.WriteNumber(writer, "holdoutFrequency", value.HoldoutFrequency);
        JsonFields.WriteMoney(writer, "holdoutValue", value.HoldoutValue);
        writer.WriteEndObject();
    }
}
