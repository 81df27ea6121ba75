using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes a <see cref="ShiftedBetaGeometric"/> as <c>{"alpha":0.668,"beta":3.806,"unit":"P1Y"}</c> (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ShiftedBetaGeometricJsonConverter : JsonConverter<ShiftedBetaGeometric>
{
    private const string Name = nameof(ShiftedBetaGeometric);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not a valid ShiftedBetaGeometric; the message names the field and the rule.</exception>
    public override ShiftedBetaGeometric Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return FromElement(JsonFields.ReadObject(ref reader, Name));
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    public override void Write(Utf8JsonWriter writer, ShiftedBetaGeometric value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteObject(writer, value);
    }

    internal static ShiftedBetaGeometric FromElement(JsonElement o)
    {
        JsonFields.OnlyKnown(o, Name, "alpha", "beta", "unit");
        var alpha = JsonFields.Double(o, "alpha", Name);
        var beta = JsonFields.Double(o, "beta", Name);
        var unit = JsonFields.Unit(o, "unit", Name);
        return JsonFields.Construct(() => new ShiftedBetaGeometric(alpha, beta, unit), Name);
    }

    internal static void WriteObject(Utf8JsonWriter writer, ShiftedBetaGeometric value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("alpha", value.Alpha);
        writer.WriteNumber("beta", value.Beta);
        writer.WriteString("unit", value.Unit.ToString());
        writer.WriteEndObject();
    }
}
