using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// The value converters that field tables use: numbers (exact decimals, shortest round-trip doubles, whole numbers) under
/// the caller's <see cref="JsonSerializerOptions.NumberHandling"/>, and the library's scalar values (currency, channel,
/// period unit, payment model, enums by name). A reading error here says what the value must be; the enclosing object
/// puts its type and field in front.
/// </summary>
internal static class JsonValues
{
    internal static readonly JsonConverter<decimal> Decimal = new NumberConverter<decimal>(
        "a number that fits a decimal", static (ref reader, out value) => reader.TryGetDecimal(out value), static d => d.ToString(CultureInfo.InvariantCulture), static (w, d) => w.WriteNumberValue(d));

    /// <summary>A finite double; written in the shortest text that reads back to the same bits.</summary>
    internal static readonly JsonConverter<double> Double = new NumberConverter<double>(
        "a finite number in the range of a double",
        static (ref reader, out value) => reader.TryGetDouble(out value) && double.IsFinite(value),
        static d => d.ToString(CultureInfo.InvariantCulture),
        static (w, d) => w.WriteNumberValue(d));

    internal static readonly JsonConverter<int> Int32 = new NumberConverter<int>(
        "a whole number in Int32 range", static (ref reader, out value) => reader.TryGetInt32(out value), static i => i.ToString(CultureInfo.InvariantCulture), static (w, i) => w.WriteNumberValue(i));

    /// <summary>A whole number 0 or more (an iteration count).</summary>
    internal static readonly JsonConverter<int> Count = new NumberConverter<int>(
        "0 or more (a whole number)", static (ref reader, out value) => reader.TryGetInt32(out value) && value >= 0, static i => i.ToString(CultureInfo.InvariantCulture), static (w, i) => w.WriteNumberValue(i));

    internal static readonly JsonConverter<bool> Boolean = new BooleanConverter();

    internal static readonly JsonConverter<string> String = new TextConverter<string>(
        "A string", "\"text\"", "text", static (string text, out string value) => (value = text) is not null, static s => s);

    /// <summary>A string or JSON null.</summary>
    internal static readonly JsonConverter<string?> NullableString = new NullableStringConverter();

    internal static readonly JsonConverter<PeriodUnit> Unit = new TextConverter<PeriodUnit>(
        "A PeriodUnit", "\"P1M\"", "a period unit such as \"P1M\" or \"P7D\"", static (string text, out PeriodUnit unit) => PeriodUnit.TryParse(text, CultureInfo.InvariantCulture, out unit), static unit => unit.ToString());

    /// <summary>A currency as its ISO 4217 code; <c>default(Currency)</c> is null. A custom currency cannot be written as a bare code.</summary>
    internal static readonly JsonConverter<Currency> Currency = new TextConverter<Currency>(
        "A Currency",
        "\"USD\"",
        "a known ISO 4217 code",
        static (string text, out Currency currency) => PerfMetrics.Currency.TryFromCode(text, out currency),
        static currency => PerfMetrics.Currency.TryFromCode(currency.Code, out var iso) && iso == currency
            ? currency.Code
            : throw new JsonException(
                $"Currency {currency.Code} is a custom currency: a bare code cannot be read back. Store a Money (which carries its minor units) or the code and minor units yourself."),
        static currency => currency.IsDefault);

    /// <summary>A channel as its name, also as a dictionary key; <c>default(Channel)</c> is null (and cannot be a key).</summary>
    internal static readonly JsonConverter<Channel> Channel = new ChannelConverter();

    /// <summary>A payment model as its invariant text (<c>"CPC 0.50 USD"</c>); <c>default(PaymentModel)</c> is null.</summary>
    internal static readonly JsonConverter<PaymentModel> PaymentModel = new TextConverter<PaymentModel>(
        "A PaymentModel",
        "\"CPC 0.50 USD\"",
        "text such as \"CPC 0.50 USD\", \"RevenueShare 0.1\" or \"Hybrid(FlatFee 500.00 USD + RevenueShare 0.1)\"",
        static (string text, out PaymentModel model) => PerfMetrics.PaymentModel.TryParse(text, CultureInfo.InvariantCulture, out model),
        static model => model.ToString() is var text && PerfMetrics.PaymentModel.TryParse(text, CultureInfo.InvariantCulture, out var again) && again == model
            ? text
            : throw new JsonException($"PaymentModel {text} cannot be written: its text does not read back (a custom currency has no ISO 4217 code)."),
        static model => model == default);

    /// <summary>The same value without JSON null (the currency of a model, the channel of a Shapley value): null is refused as missing.</summary>
    internal static JsonConverter<T> NotNull<T>(JsonConverter<T> value) => new NotNullConverter<T>(value);

    internal static JsonConverter<T?> Nullable<T>(JsonConverter<T> value)
        where T : struct => new NullableConverter<T>(value);

    internal static JsonConverter<IReadOnlyList<T>> List<T>(JsonConverter<T> item) => new ListConverter<T>(item);

    internal static JsonConverter<TEnum> Enum<TEnum>()
        where TEnum : struct, Enum => new EnumConverter<TEnum>();

    internal delegate bool TryGet<T>(ref Utf8JsonReader reader, out T value);

    internal delegate bool TryParseText<T>(string text, out T value);

    /// <summary>Whether the options ask numbers to be written as JSON strings.</summary>
    internal static bool WritesNumbersAsStrings(JsonSerializerOptions options) => (options.NumberHandling & JsonNumberHandling.WriteAsString) != 0;

    /// <summary>
    /// Returns the text of the number at the reader: the number token itself, or a JSON string holding a number when the
    /// options allow reading numbers from strings (the string must be a JSON number, nothing around it).
    /// </summary>
    /// <exception cref="JsonException">The token is neither.</exception>
    internal static byte[] NumberText(ref Utf8JsonReader reader, JsonSerializerOptions options, string rule)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
        }

        if (reader.TokenType == JsonTokenType.String && (options.NumberHandling & JsonNumberHandling.AllowReadingFromString) != 0)
        {
            return Encoding.UTF8.GetBytes(reader.GetString()!);
        }

        throw new JsonException($"must be {rule}, found {reader.TokenType}.");
    }

    /// <summary>Reads a number from its text as a JSON number token (so a string holding a number reads exactly as the number would).</summary>
    internal static T ParseNumber<T>(byte[] text, TryGet<T> tryGet, string rule)
    {
        var shown = Encoding.UTF8.GetString(text);
        try
        {
            var number = new Utf8JsonReader(text);
            if (number.Read() && number.TokenType == JsonTokenType.Number && number.BytesConsumed == text.Length && tryGet(ref number, out var value))
            {
                return value;
            }
        }
        catch (JsonException)
        {
            // Not a JSON number: the message below says what was expected.
        }

        throw new JsonException($"must be {rule}, was {shown}.");
    }

    private sealed class NumberConverter<T>(string rule, TryGet<T> tryGet, Func<T, string> text, Action<Utf8JsonWriter, T> write) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number && tryGet(ref reader, out var value))
            {
                return value;
            }

            return ParseNumber(NumberText(ref reader, options, rule), tryGet, rule);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            if (WritesNumbersAsStrings(options))
            {
                writer.WriteStringValue(text(value));
            }
            else
            {
                write(writer, value);
            }
        }
    }

    private sealed class BooleanConverter : JsonConverter<bool>
    {
        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw new JsonException($"must be true or false, found {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }

    /// <summary>
    /// A value written as text: <paramref name="subject"/> starts the messages, <paramref name="example"/> shows the form,
    /// <paramref name="rule"/> says what the text must be; when <paramref name="isDefault"/> is given, the default value is
    /// JSON null both ways.
    /// </summary>
    private class TextConverter<T>(string subject, string example, string rule, TryParseText<T> parse, Func<T, string> format, Func<T, bool>? isDefault = null)
        : JsonConverter<T>
    {
        public override bool HandleNull => isDefault is not null;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null && isDefault is not null)
            {
                return default!;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException($"{subject} must be a JSON string such as {example}, found {reader.TokenType}.");
            }

            return FromText(reader.GetString()!);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (isDefault?.Invoke(value) == true)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(format(value));
            }
        }

        protected T FromText(string text) => parse(text, out var value) ? value : throw new JsonException($"{subject} must be {rule}, was \"{text}\".");
    }

    private sealed class NullableStringConverter : JsonConverter<string?>
    {
        public override bool HandleNull => true;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            _ => throw new JsonException($"must be a string or null, found {reader.TokenType}."),
        };

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }
    }

    /// <summary>An enum by its name, exactly as declared (values are data, so no naming policy applies); numbers are refused.</summary>
    private sealed class EnumConverter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : null;
            return text is { Length: > 0 } && System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value)
                && !char.IsAsciiDigit(text[0]) && text[0] != '-'
                ? value
                : throw new JsonException(
                    $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}, {(text is null ? $"found {reader.TokenType}" : $"was \"{text}\"")}.");
        }

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }

    private sealed class NotNullConverter<T>(JsonConverter<T> value) : JsonConverter<T>
    {
        public override bool HandleNull => false;

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => value.Read(ref reader, typeToConvert, options)!;

        public override void Write(Utf8JsonWriter writer, T value1, JsonSerializerOptions options) => value.Write(writer, value1, options);
    }

    private sealed class NullableConverter<T>(JsonConverter<T> value) : JsonConverter<T?>
        where T : struct
    {
        public override bool HandleNull => true;

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : value.Read(ref reader, typeof(T), options);

        public override void Write(Utf8JsonWriter writer, T? value1, JsonSerializerOptions options)
        {
            if (value1 is { } v)
            {
                value.Write(writer, v, options);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }

    private sealed class ListConverter<T>(JsonConverter<T> item) : JsonConverter<IReadOnlyList<T>>
    {
        public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"must be a JSON array, found {reader.TokenType}.");
            }

            var items = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null && !item.HandleNull)
                {
                    throw new JsonException("must not hold null.");
                }

                items.Add(item.Read(ref reader, typeof(T), options)!);
            }

            return items;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var x in value)
            {
                item.Write(writer, x, options);
            }

            writer.WriteEndArray();
        }
    }

    private sealed class ChannelConverter() : TextConverter<Channel>(
        "A Channel",
        "\"email\"",
        "a name that is not empty or white space",
        static (string text, out Channel channel) => PerfMetrics.Channel.TryParse(text, CultureInfo.InvariantCulture, out channel),
        static channel => channel.Name,
        static channel => channel.IsDefault)
    {
        public override Channel ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => FromText(reader.GetString()!);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, Channel value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WritePropertyName(value.IsDefault ? throw new JsonException("default(Channel) cannot be a JSON property name: it has no name.") : value.Name);
        }
    }
}
