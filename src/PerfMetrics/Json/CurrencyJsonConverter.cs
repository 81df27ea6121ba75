using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfMetrics.Json;

/// <summary>Reads and writes <see cref="Currency"/> as its ISO 4217 code string, for example <c>"USD"</c>.</summary>
/// <remarks>Applied by attribute, so it works with source-generated <see cref="JsonSerializerContext"/>s. Reading accepts
/// built-in codes in any case; <c>default(Currency)</c> is written as <c>null</c> and read back from <c>null</c>.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    /// <summary>Gets a value indicating that <c>null</c> tokens are passed to <see cref="Read"/> (they mean <c>default(Currency)</c>).</summary>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string, or the code is unknown.</exception>
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A Currency must be a JSON string such as \"USD\", found {reader.TokenType}.");
        }

        var code = reader.GetString();
        return Currency.TryFromCode(code, out var currency)
            ? currency
            : throw new JsonException($"Currency must be a known ISO 4217 code, was \"{code}\".");
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="JsonException"><paramref name="value"/> is a custom currency, which a bare code cannot express.</exception>
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            writer.WriteNullValue();
        }
        else if (!Currency.TryFromCode(value.Code, out var iso) || iso != value)
        {
            throw new JsonException(
                $"Currency {value.Code} is a custom currency: a bare code cannot be read back. Store a Money (which carries its minor units) or the code and minor units yourself.");
        }
        else
        {
            writer.WriteStringValue(value.Code);
        }
    }
}
