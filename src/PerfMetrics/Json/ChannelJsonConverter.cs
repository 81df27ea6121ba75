using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="Channel"/> as its name, <c>"email"</c> (the same text every result writes for its channels),
/// also as a dictionary key, so a <c>Dictionary&lt;Channel, Money&gt;</c> of budgets is <c>{"email":{...},"search":{...}}</c>.
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// <c>default(Channel)</c> is written as <c>null</c> and read back from it (as a report's total row does). Names are read
/// as the <see cref="Channel(string)"/> constructor takes them (trimmed); an empty or white-space name, or a token that is
/// not a string, is a <see cref="JsonException"/>. A default channel cannot be a dictionary key.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ChannelJsonConverter : JsonConverter<Channel>
{
    /// <summary>Gets a value indicating that <c>null</c> tokens are passed to <see cref="Read"/> (they mean <c>default(Channel)</c>).</summary>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    /// <exception cref="JsonException">The token is not a string or null, or the name is empty or white space.</exception>
    public override Channel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return default;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A Channel must be a JSON string such as \"email\", found {reader.TokenType}.");
        }

        return FromText(reader.GetString()!);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public override void Write(Utf8JsonWriter writer, Channel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Name);
        }
    }

    /// <inheritdoc/>
    /// <exception cref="JsonException">The name is empty or white space.</exception>
    public override Channel ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromText(reader.GetString()!);

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    /// <exception cref="JsonException"><paramref name="value"/> is <c>default(Channel)</c>, which has no name to be a key.</exception>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, Channel value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new JsonException("default(Channel) cannot be a JSON property name: it has no name.");
        }

        writer.WritePropertyName(value.Name);
    }

    private static Channel FromText(string text) =>
        Channel.TryParse(text, CultureInfo.InvariantCulture, out var channel)
            ? channel
            : throw new JsonException($"A Channel must have a name that is not empty or white space, was \"{text}\".");
}
