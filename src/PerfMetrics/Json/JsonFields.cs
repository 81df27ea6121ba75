using System.Globalization;
using System.Text;
using System.Text.Json;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Shared reading and writing for the result converters: objects are read whole into a <see cref="JsonElement"/> (results
/// are small, and a tree makes property order irrelevant), fields are found by their camelCase or PascalCase name, and every
/// failure is a <see cref="JsonException"/> that names the type and the field. No reflection, so source generation and
/// native AOT need nothing extra.
/// </summary>
internal static class JsonFields
{
    private static readonly MoneyJsonConverter MoneyConverter = new();

    // The Money converter ignores its options; a private instance avoids JsonSerializerOptions.Default, which is not trim-safe.
    private static readonly JsonSerializerOptions Options = new();

    internal static JsonElement ReadObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A {typeName} must be a JSON object, found {reader.TokenType}.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Rejects a property that is not one of <paramref name="names"/> (camelCase, or its PascalCase form) and a property
    /// given twice (in either spelling), so a typo or a conflicting value never passes silently.
    /// </summary>
    internal static void OnlyKnown(JsonElement obj, string typeName, params ReadOnlySpan<string> names)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"A {typeName} must be a JSON object, found {obj.ValueKind}.");
        }

        Span<bool> seen = stackalloc bool[names.Length];
        foreach (var property in obj.EnumerateObject())
        {
            var index = IndexOf(names, property.Name);
            if (index < 0)
            {
                throw new JsonException($"A {typeName} has no property \"{property.Name}\"; expected {string.Join(", ", names.ToArray())}.");
            }

            if (seen[index])
            {
                throw new JsonException($"A {typeName} has \"{names[index]}\" more than once.");
            }

            seen[index] = true;
        }
    }

    private static int IndexOf(ReadOnlySpan<string> names, string name)
    {
        for (var i = 0; i < names.Length; i++)
        {
            var candidate = names[i];
            if (string.Equals(candidate, name, StringComparison.Ordinal)
                || (candidate.Length == name.Length
                    && name[0] == char.ToUpperInvariant(candidate[0])
                    && candidate.AsSpan(1).SequenceEqual(name.AsSpan(1))))
            {
                return i;
            }
        }

        return -1;
    }

    internal static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        // A nested value (a list item, a "model") that is not an object would make TryGetProperty throw InvalidOperationException.
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"Expected a JSON object with \"{name}\", found {obj.ValueKind}.");
        }

        if (obj.TryGetProperty(name, out value))
        {
            return true;
        }

        var pascal = string.Concat(char.ToUpperInvariant(name[0]).ToString(), name.AsSpan(1));
        return obj.TryGetProperty(pascal, out value);
    }

    internal static JsonElement Required(JsonElement obj, string name, string typeName) =>
        TryGet(obj, name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new JsonException($"A {typeName} needs \"{name}\".");

    private static JsonElement Kind(JsonElement value, JsonValueKind kind, string name, string typeName) =>
        value.ValueKind == kind ? value : throw new JsonException($"{typeName}.{name} must be a JSON {kind}, found {value.ValueKind}.");

    private static bool IsAbsent(JsonElement obj, string name, out JsonElement value) =>
        !TryGet(obj, name, out value) || value.ValueKind == JsonValueKind.Null;

    internal static decimal Decimal(JsonElement obj, string name, string typeName) =>
        Kind(Required(obj, name, typeName), JsonValueKind.Number, name, typeName).TryGetDecimal(out var d)
            ? d
            : throw new JsonException($"{typeName}.{name} must fit a decimal.");

    internal static decimal? NullableDecimal(JsonElement obj, string name, string typeName) =>
        IsAbsent(obj, name, out _) ? null : Decimal(obj, name, typeName);

    internal static double Double(JsonElement obj, string name, string typeName)
    {
        // TryGetDouble fails for numbers beyond the double range (1e400) instead of reading them as infinity.
        return Kind(Required(obj, name, typeName), JsonValueKind.Number, name, typeName).TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw new JsonException($"{typeName}.{name} must be a finite number in the range of a double.");
    }

    internal static double? NullableDouble(JsonElement obj, string name, string typeName) =>
        IsAbsent(obj, name, out _) ? null : Double(obj, name, typeName);

    internal static int Int32(JsonElement obj, string name, string typeName) =>
        Kind(Required(obj, name, typeName), JsonValueKind.Number, name, typeName).TryGetInt32(out var i)
            ? i
            : throw new JsonException($"{typeName}.{name} must be a whole number in Int32 range.");

    internal static int Count(JsonElement obj, string name, string typeName)
    {
        var value = Int32(obj, name, typeName);
        return value >= 0 ? value : throw new JsonException($"{typeName}.{name} must be 0 or more, was {value}.");
    }

    internal static int? NullableInt32(JsonElement obj, string name, string typeName) =>
        IsAbsent(obj, name, out _) ? null : Int32(obj, name, typeName);

    /// <summary>Requires each of <paramref name="names"/> to be present; unlike <see cref="Required"/>, JSON null is allowed (the value is undefined, not forgotten).</summary>
    internal static void Present(JsonElement obj, string typeName, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (!TryGet(obj, name, out _))
            {
                throw new JsonException($"A {typeName} needs \"{name}\" (null when undefined).");
            }
        }
    }

    internal static JsonElement Object(JsonElement obj, string name, string typeName) =>
        Kind(Required(obj, name, typeName), JsonValueKind.Object, name, typeName);

    internal static bool Boolean(JsonElement obj, string name, string typeName)
    {
        var value = Required(obj, name, typeName);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new JsonException($"{typeName}.{name} must be true or false, found {value.ValueKind}."),
        };
    }

    internal static string String(JsonElement obj, string name, string typeName) =>
        Kind(Required(obj, name, typeName), JsonValueKind.String, name, typeName).GetString()!;

    internal static Money Money(JsonElement obj, string name, string typeName)
    {
        var value = Required(obj, name, typeName);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(value.GetRawText()));
        reader.Read();
        return MoneyConverter.Read(ref reader, typeof(Money), Options);
    }

    internal static Money? NullableMoney(JsonElement obj, string name, string typeName) =>
        IsAbsent(obj, name, out _) ? null : Money(obj, name, typeName);

    internal static Currency Currency(JsonElement obj, string name, string typeName)
    {
        if (IsAbsent(obj, name, out _))
        {
            return default;
        }

        var code = String(obj, name, typeName);
        return PerfMetrics.Currency.TryFromCode(code, out var currency)
            ? currency
            : throw new JsonException($"{typeName}.{name} must be a known ISO 4217 code, was \"{code}\".");
    }

    /// <summary>Reads a channel name; JSON null (written for <c>default(Channel)</c>, as in a report's total row) reads back as the default.</summary>
    internal static Channel Channel(JsonElement obj, string name, string typeName)
    {
        if (IsAbsent(obj, name, out _))
        {
            return default;
        }

        var text = String(obj, name, typeName);
        return PerfMetrics.Channel.TryParse(text, CultureInfo.InvariantCulture, out var channel)
            ? channel
            : throw new JsonException($"{typeName}.{name} must be a channel name, was \"{text}\".");
    }

    internal static PeriodUnit Unit(JsonElement obj, string name, string typeName)
    {
        var text = String(obj, name, typeName);
        return PeriodUnit.TryParse(text, CultureInfo.InvariantCulture, out var unit)
            ? unit
            : throw new JsonException($"{typeName}.{name} must be a period unit such as \"P1M\", was \"{text}\".");
    }

    internal static TEnum Enum<TEnum>(JsonElement obj, string name, string typeName)
        where TEnum : struct, Enum
    {
        var text = String(obj, name, typeName);
        return System.Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(text[0]) && text[0] != '-'
            ? value
            : throw new JsonException($"{typeName}.{name} must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}, was \"{text}\".");
    }

    internal static TEnum? NullableEnum<TEnum>(JsonElement obj, string name, string typeName)
        where TEnum : struct, Enum =>
        IsAbsent(obj, name, out _) ? null : Enum<TEnum>(obj, name, typeName);

    internal static JsonElement Array(JsonElement obj, string name, string typeName) =>
        Kind(Required(obj, name, typeName), JsonValueKind.Array, name, typeName);

    /// <summary>Runs a constructor or factory and turns its argument exceptions into a <see cref="JsonException"/>.</summary>
    internal static T Construct<T>(Func<T> create, string typeName)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"Invalid {typeName}: {e.Message}", e);
        }
    }

    internal static void WriteMoney(Utf8JsonWriter writer, string name, Money value)
    {
        writer.WritePropertyName(name);
        MoneyConverter.Write(writer, value, Options);
    }

    internal static void WriteMoney(Utf8JsonWriter writer, string name, Money? value)
    {
        if (value is { } money)
        {
            WriteMoney(writer, name, money);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } d)
        {
            writer.WriteNumber(name, d);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } i)
        {
            writer.WriteNumber(name, i);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteNumber(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } d)
        {
            writer.WriteNumber(name, d);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static void WriteChannel(Utf8JsonWriter writer, string name, Channel value)
    {
        if (value.IsDefault)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value.Name);
        }
    }

    /// <summary>Writes a result's currency: null for <c>default(Currency)</c>, else as <see cref="WriteIsoCurrency"/> (a custom currency throws).</summary>
    internal static void WriteCurrency(Utf8JsonWriter writer, string name, Currency value, string typeName)
    {
        if (value.IsDefault)
        {
            writer.WriteNull(name);
        }
        else
        {
            WriteIsoCurrency(writer, name, value, typeName);
        }
    }

    /// <summary>Writes an ISO 4217 currency as its code; a custom currency cannot be read back from a bare code, so it throws.</summary>
    internal static void WriteIsoCurrency(Utf8JsonWriter writer, string name, Currency value, string typeName)
    {
        if (!PerfMetrics.Currency.TryFromCode(value.Code, out var iso) || iso != value)
        {
            throw new JsonException(
                $"A {typeName} in the custom currency {value.Code} cannot be written: its \"{name}\" is a bare code, which reads back only for ISO 4217 currencies.");
        }

        writer.WriteString(name, value.Code);
    }
}
