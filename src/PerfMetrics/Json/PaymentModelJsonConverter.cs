using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="PaymentModel"/> as its invariant text, <c>"CPC 0.50 USD"</c>, <c>"RevenueShare 0.1"</c> or
/// <c>"Hybrid(FlatFee 500.00 USD + RevenueShare 0.1)"</c>, the same text <see cref="Metrics.PaymentModelOutcome"/> writes for its model.
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// Reading goes through <see cref="PaymentModel.TryParse(string, IFormatProvider, out PaymentModel)"/>, so it enforces the
/// factories' rules (a non-negative rate in a currency, a share in [0, 1], hybrids of simple models in one currency).
/// <c>default(PaymentModel)</c> (no model) is written as <c>null</c> and read back from it. A model whose text would not read
/// back to an equal model (a rate in a custom currency) is refused on writing with a <see cref="JsonException"/>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PaymentModelJsonConverter : JsonConverter<PaymentModel>
{
    /// <summary>Gets a value indicating that <c>null</c> tokens are passed to <see cref="Read"/> (they mean <c>default(PaymentModel)</c>).</summary>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string or null, or the text is not a payment model.</exception>
    public override PaymentModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A PaymentModel must be a JSON string such as \"CPC 0.50 USD\", found {reader.TokenType}.");
        }

        return FromText(reader.GetString()!, "A PaymentModel");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="JsonException">The model's text would not read back to an equal model (a rate in a custom currency).</exception>
    public override void Write(Utf8JsonWriter writer, PaymentModel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value == default)
        {
            writer.WriteNullValue();
            return;
        }

        writer.WriteStringValue(ToText(value));
    }

    /// <summary>Parses a model's invariant text; <paramref name="subject"/> starts the message (the type, or the field holding the text).</summary>
    internal static PaymentModel FromText(string text, string subject) =>
        PaymentModel.TryParse(text, CultureInfo.InvariantCulture, out var model)
            ? model
            : throw new JsonException($"{subject} must be text such as \"CPC 0.50 USD\", \"RevenueShare 0.1\" or \"Hybrid(FlatFee 500.00 USD + RevenueShare 0.1)\", was \"{text}\".");

    /// <summary>Returns a model's invariant text, refusing a model the text would not read back to (a rate in a custom currency).</summary>
    internal static string ToText(PaymentModel value)
    {
        var text = value.ToString();
        if (!PaymentModel.TryParse(text, CultureInfo.InvariantCulture, out var again) || again != value)
        {
            throw new JsonException($"PaymentModel {text} cannot be written: its text does not read back (a custom currency has no ISO 4217 code).");
        }

        return text;
    }
}
