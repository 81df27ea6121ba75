using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfMetrics.Json;

/// <summary>
/// Builds the converter of a stored object type from its field table: each field is declared once (its name, how to get
/// it from a value, how to read and write its value), and the same table drives writing, reading, the strict checks and
/// the caller's options (naming policy, case-insensitive names, number handling). No reflection, so trimming and
/// native AOT need nothing extra.
/// </summary>
/// <example>
/// <code>
/// JsonObject.Of&lt;Periods&gt;(nameof(Periods), f =>
/// {
///     var count = f.Field(nameof(Periods.Count), p => p.Count, JsonValues.Decimal);
///     var unit = f.Field(nameof(Periods.Unit), p => p.Unit, JsonValues.Unit);
///     return v => new Periods(v.Get(count), v.Get(unit));
/// });
/// </code>
/// </example>
internal static class JsonObject
{

    /// <summary>Creates the converter of <typeparamref name="T"/> from the fields <paramref name="table"/> declares, in writing order.</summary>
    /// <param name="typeName">The type's name in error messages.</param>
    /// <param name="table">Declares the fields on the builder and returns how to make a value from the fields read.</param>
    internal static JsonConverter<T> Of<T>(string typeName, Func<JsonFieldTable<T>, Func<JsonFieldValues, T>> table)
    {
        var fields = new JsonFieldTable<T>();
        var create = table(fields);
        return new JsonObjectConverter<T>(typeName, [.. fields.Fields], create);
    }
}

/// <summary>The field list of one stored type, filled by <see cref="JsonObject.Of{T}"/>'s table.</summary>
/// <typeparam name="T">The stored type.</typeparam>
internal sealed class JsonFieldTable<T>
{
    internal List<JsonField<T>> Fields { get; } = [];

    /// <summary>Declares a field that is always written and must always be read (JSON null where its converter allows it).</summary>
    /// <param name="name">The field's name as a C# property name (PascalCase); the caller's naming policy converts it.</param>
    /// <param name="get">Gets the field's value from a value of the type, for writing.</param>
    /// <param name="value">Reads and writes the field's value.</param>
    internal JsonField<T, TValue> Field<TValue>(string name, Func<T, TValue> get, JsonConverter<TValue> value) =>
        Add(new JsonField<T, TValue>(name, Fields.Count, get, value, writeIf: null));

    /// <summary>Declares a field written only when <paramref name="writeIf"/> holds; absent on reading, it is <c>default</c>.</summary>
    internal JsonField<T, TValue> Optional<TValue>(string name, Func<T, TValue> get, JsonConverter<TValue> value, Func<T, bool> writeIf) =>
        Add(new JsonField<T, TValue>(name, Fields.Count, get, value, writeIf));

    private JsonField<T, TValue> Add<TValue>(JsonField<T, TValue> field)
    {
        Fields.Add(field);
        return field;
    }
}

/// <summary>One field of a stored type.</summary>
/// <typeparam name="T">The stored type.</typeparam>
internal abstract class JsonField<T>(string name, int index, bool optional)
{
    /// <summary>Gets the declared name (PascalCase), before the caller's naming policy.</summary>
    internal string Name { get; } = name;

    internal int Index { get; } = index;

    internal bool IsOptional { get; } = optional;

    /// <summary>Gets whether JSON null is a value of the field (an undefined result, a default channel).</summary>
    internal abstract bool AllowsNull { get; }

    internal abstract void Write(Utf8JsonWriter writer, string name, T owner, JsonSerializerOptions options);

    internal abstract object? Read(ref Utf8JsonReader reader, JsonSerializerOptions options);
}

/// <summary>One field of a stored type, with its value type.</summary>
internal sealed class JsonField<T, TValue>(string name, int index, Func<T, TValue> get, JsonConverter<TValue> value, Func<T, bool>? writeIf)
    : JsonField<T>(name, index, writeIf is not null)
{
    internal override void Write(Utf8JsonWriter writer, string name, T owner, JsonSerializerOptions options)
    {
        if (writeIf is null || writeIf(owner))
        {
            writer.WritePropertyName(name);
            value.Write(writer, get(owner), options);
        }
    }

    internal override bool AllowsNull => value.HandleNull;

    internal override object? Read(ref Utf8JsonReader reader, JsonSerializerOptions options) => value.Read(ref reader, typeof(TValue), options);
}

/// <summary>The values read for one object, looked up by their field.</summary>
internal readonly struct JsonFieldValues(object?[] values, string[] names)
{
    /// <summary>Gets the name of <paramref name="field"/> as the caller's options write it, for error messages.</summary>
    internal string NameOf<T, TValue>(JsonField<T, TValue> field) => names[field.Index];

    /// <summary>Gets the value read for <paramref name="field"/> (<c>default</c> for an optional field that was absent).</summary>
    internal TValue Get<T, TValue>(JsonField<T, TValue> field) => values[field.Index] is TValue value ? value : default!;
}

/// <summary>
/// Reads and writes an object from its field table. Writing puts every field in table order under the caller's naming
/// policy. Reading takes the fields in any order, compares names as the options say (exactly, or ignoring case), and
/// refuses an unknown field, a field given twice and a missing one with a <see cref="JsonException"/> naming the type and
/// the field; a value that breaks the type's rules (its constructor throws <see cref="ArgumentException"/>) is a
/// <see cref="JsonException"/> too.
/// </summary>
internal sealed class JsonObjectConverter<T>(string typeName, JsonField<T>[] fields, Func<JsonFieldValues, T> create) : JsonConverter<T>
{
    private Names _names = new(null, [.. fields.Select(f => f.Name)]);

    internal string TypeName => typeName;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A {typeName} must be a JSON object, found {reader.TokenType}.");
        }

        var names = NamesFor(options);
        var values = new object?[fields.Length];
        var seen = new bool[fields.Length];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var index = IndexOf(ref reader, names, options.PropertyNameCaseInsensitive);
            if (index < 0)
            {
                throw new JsonException($"A {typeName} has no property \"{reader.GetString()}\"; expected {string.Join(", ", names)}.");
            }

            if (seen[index])
            {
                throw new JsonException($"A {typeName} has \"{names[index]}\" more than once.");
            }

            seen[index] = true;
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null && !fields[index].AllowsNull)
            {
                throw new JsonException($"A {typeName} needs \"{names[index]}\", found null.");
            }

            try
            {
                values[index] = fields[index].Read(ref reader, options);
            }
            catch (JsonException e)
            {
                // "Periods.count must be a number ...", or "CustomerRfm.recency: Invalid Periods: ..." for a nested value's own message.
                var join = e.Message.StartsWith("must", StringComparison.Ordinal) || e.Message.StartsWith("has", StringComparison.Ordinal) ? " " : ": ";
                throw new JsonException($"{typeName}.{names[index]}{join}{e.Message}", e);
            }
        }

        for (var i = 0; i < fields.Length; i++)
        {
            if (!seen[i] && !fields[i].IsOptional)
            {
                throw new JsonException($"A {typeName} needs \"{names[i]}\" (null when undefined).");
            }
        }

        try
        {
            return create(new JsonFieldValues(values, names));
        }
        catch (ArgumentException e)
        {
            throw new JsonException($"Invalid {typeName}: {e.Message}", e);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            ThrowNullValue();
        }

        var names = NamesFor(options);
        writer.WriteStartObject();
        foreach (var field in fields)
        {
            field.Write(writer, names[field.Index], value, options);
        }

        writer.WriteEndObject();
    }

    [DoesNotReturn]
    private static void ThrowNullValue() => throw new ArgumentNullException("value", "value must not be null.");

    private static int IndexOf(ref Utf8JsonReader reader, string[] names, bool ignoreCase)
    {
        if (ignoreCase)
        {
            var name = reader.GetString();
            return Array.FindIndex(names, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (reader.ValueTextEquals(names[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The field names under the options' naming policy; the last policy's names are kept (a cache of one).</summary>
    private string[] NamesFor(JsonSerializerOptions options)
    {
        var policy = options.PropertyNamingPolicy;
        var names = _names;
        if (names.Policy != policy)
        {
            names = new Names(policy, [.. fields.Select(f => policy is null ? f.Name : policy.ConvertName(f.Name))]);
            _names = names;
        }

        return names.Converted;
    }

    private sealed record Names(JsonNamingPolicy? Policy, string[] Converted);
}

