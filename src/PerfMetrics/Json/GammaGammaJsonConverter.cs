using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="GammaGamma"/> as <c>{"p":6.25,"q":3.74,"gamma":15.44,"currency":"USD"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// The parameters are written in the shortest text that reads back to the same <see cref="double"/> bits; gamma is in
/// units of the currency, written as its ISO 4217 code. Reading checks them with the <see cref="GammaGamma"/> constructor
/// (finite and greater than 0, a real currency) and rejects unknown, repeated and missing properties.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GammaGammaJsonConverter : JsonConverter<GammaGamma>
{
    private const string Name = nameof(GammaGamma);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid GammaGamma; the message names the field and the rule.</exception>
    public override GammaGamma Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromElement(JsonFields.ReadObject(ref reader, Name));

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    /// <exception cref="JsonException">The model's currency is a custom currency, which a bare code cannot express.</exception>
    public override void Write(Utf8JsonWriter writer, GammaGamma value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteObject(writer, value);
    }

    internal static GammaGamma FromElement(JsonElement o)
    {
        JsonFields.OnlyKnown(o, Name, "p", "q", "gamma", "currency");
        var p = JsonFields.Double(o, "p", Name);
        var q = JsonFields.Double(o, "q", Name);
        var gamma = JsonFields.Double(o, "gamma", Name);
        JsonFields.Required(o, "currency", Name);
        var currency = JsonFields.Currency(o, "currency", Name);
        return JsonFields.Construct(() => new GammaGamma(p, q, gamma, currency), Name);
    }

    internal static void WriteObject(Utf8JsonWriter writer, GammaGamma value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("p", value.P);
        writer.WriteNumber("q", value.Q);
        writer.WriteNumber("gamma", value.Gamma);
        JsonFields.WriteIsoCurrency(writer, "currency", value.Currency, Name);
        writer.WriteEndObject();
    }
}
