using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes <see cref="Money"/> as <c>{"amount":25.00,"currency":"USD"}</c>, with the amount as an exact JSON
/// number (it never passes through <see cref="double"/>; trailing zeros are kept).
/// </summary>
/// <remarks>
/// Applied to <see cref="Money"/> by attribute, so it works with reflection-free, source-generated
/// <see cref="JsonSerializerContext"/>s (AOT-safe). <c>default(Money)</c> is written as <c>{"amount":0,"currency":null}</c>.
/// On reading, the currency must be a built-in ISO 4217 code unless the object carries <c>minorUnits</c> (and
/// <c>numericCode</c>, 0 when absent), as the writer does for a custom currency. Names are camelCase or PascalCase; an
/// unknown property or one given twice is a <see cref="JsonException"/>.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a money object, has an unknown or repeated property, or its currency is unknown.</exception>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A Money must be a JSON object {{\"amount\":..., \"currency\":...}}, found {reader.TokenType}.");
        }

        decimal? amount = null;
        string? code = null;
        int? minorUnits = null;
        var numericCode = 0;
        var sawCurrency = false;
        var seen = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException($"Unexpected {reader.TokenType} in a Money object.");
            }

            var isAmount = reader.ValueTextEquals("amount"u8) || reader.ValueTextEquals("Amount"u8);
            var isCurrency = reader.ValueTextEquals("currency"u8) || reader.ValueTextEquals("Currency"u8);
            var isMinorUnits = reader.ValueTextEquals("minorUnits"u8) || reader.ValueTextEquals("MinorUnits"u8);
            var isNumericCode = reader.ValueTextEquals("numericCode"u8) || reader.ValueTextEquals("NumericCode"u8);
            if (!(isAmount || isCurrency || isMinorUnits || isNumericCode))
            {
                throw new JsonException($"A Money has no property \"{reader.GetString()}\"; expected amount, currency, minorUnits, numericCode.");
            }

            // A second "amount" (or "Amount") must not silently replace the first.
            var bit = isAmount ? 1 : isCurrency ? 2 : isMinorUnits ? 4 : 8;
            if ((seen & bit) != 0)
            {
                throw new JsonException($"A Money has \"{reader.GetString()}\" more than once.");
            }

            seen |= bit;
            reader.Read();
            if (isAmount)
            {
                amount = reader.TokenType == JsonTokenType.Number
                    ? reader.GetDecimal()
                    : throw new JsonException($"Money amount must be a JSON number, found {reader.TokenType}.");
            }
            else if (isCurrency)
            {
                sawCurrency = true;
                code = reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Null => null,
                    _ => throw new JsonException($"Money currency must be a string or null, found {reader.TokenType}."),
                };
            }
            else if (isMinorUnits)
            {
                minorUnits = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var units)
                    ? units
                    : throw new JsonException($"Money minorUnits must be a whole JSON number, found {reader.TokenType}.");
            }
            else
            {
                numericCode = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var numeric)
                    ? numeric
                    : throw new JsonException($"Money numericCode must be a whole JSON number, found {reader.TokenType}.");
            }
        }

        if (amount is null || !sawCurrency)
        {
            throw new JsonException("A Money object needs both \"amount\" and \"currency\".");
        }

        if (code is null)
        {
            return amount.Value == 0m
                ? default
                : throw new JsonException($"Money amount {Internal.Guard.Format(amount.Value)} needs a currency; only a zero may be currency-less.");
        }

        if (minorUnits is null)
        {
            return Currency.TryFromCode(code, out var currency)
                ? new Money(amount.Value, currency)
                : throw new JsonException($"Money currency must be a known ISO 4217 code (or carry \"minorUnits\" for a custom currency), was \"{code}\".");
        }

        try
        {
            return new Money(amount.Value, Currency.Custom(code, minorUnits.Value, numericCode));
        }
        catch (ArgumentException ex)
        {
            throw new JsonException($"Money has an invalid custom currency \"{code}\" with {minorUnits} minor units: {ex.Message}", ex);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("amount"u8, value.Amount);
        if (value.IsDefault)
        {
            writer.WriteNull("currency"u8);
        }
        else
        {
            writer.WriteString("currency"u8, value.Currency.Code);
            if (!Currency.TryFromCode(value.Currency.Code, out var iso) || iso != value.Currency)
            {
                // A custom currency is not in the ISO table: carry what Currency.Custom needs to read it back.
                writer.WriteNumber("minorUnits"u8, value.Currency.MinorUnits);
                if (value.Currency.NumericCode != 0)
                {
                    writer.WriteNumber("numericCode"u8, value.Currency.NumericCode);
                }
            }
        }

        writer.WriteEndObject();
    }
}
