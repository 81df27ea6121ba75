using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Budget;
using PerfMetrics.Internal;

namespace PerfMetrics.Cli.Input;

/// <summary>
/// Reads response curves, one per channel, from CSV (through the library's one CSV reader) or JSON (a source-generated
/// reader, strict: unknown fields are errors). Each curve names its channel, its form (<c>hill</c>,
/// <c>michaelis-menten</c>, <c>logistic</c>), the maximum response, the half-saturation spend, the Hill slope, the
/// current spend and optional spend bounds; amounts are numbers in the command's currency. A bad field is a
/// <see cref="FormatException"/> naming the line and column (JSON: the line and byte column of the reader).
/// </summary>
internal static class CurveFile
{
    private const string Mapping = "channel, curve, max_response, half_saturation, [slope], current_spend, [minimum], [maximum]";

    /// <summary>The curve forms, as written in a file.</summary>
    internal static readonly string[] Forms = ["hill", "michaelis-menten", "logistic"];

    /// <summary>Reads a CSV file of curves.</summary>
    /// <exception cref="FormatException">A line breaks the layout or a value the library rejects; the message names the line and column.</exception>
    internal static List<BudgetChannel> ReadCsv(TextReader reader, Currency currency)
    {
        var records = CsvRecords.Open(reader, Mapping);
        var channel = records.Column("channel", Mapping);
        var curve = records.Column("curve", Mapping);
        var max = records.Column("max_response", Mapping);
        var half = records.Column("half_saturation", Mapping);
        var slope = records.TryColumn("slope");
        var current = records.Column("current_spend", Mapping);
        var minimum = records.TryColumn("minimum");
        var maximum = records.TryColumn("maximum");
        var channels = new List<BudgetChannel>();
        while (records.Next())
        {
            var name = records.Field(channel).ToString();
            if (name.Length == 0)
            {
                throw records.Error(channel, "must not be empty");
            }

            var form = records.Field(curve).ToString().ToLowerInvariant();
            if (!Forms.Contains(form))
            {
                throw records.Error(curve, $"must be {string.Join(", ", Forms)}");
            }

            double? slopeValue = null;
            if (slope >= 0 && !records.Field(slope).IsEmpty)
            {
                if (!double.TryParse(records.Field(slope), NumberStyles.Float, CultureInfo.InvariantCulture, out var s))
                {
                    throw records.Error(slope, "must be a number");
                }

                slopeValue = s;
            }

            if (form == "hill" && slopeValue is null)
            {
                throw slope >= 0 ? records.Error(slope, "must be given for a hill curve") : new FormatException($"Line {records.LineNumber}: a hill curve needs a slope column.");
            }

            var row = new CurveJson(
                name,
                form,
                records.NonNegativeDecimal(max),
                records.NonNegativeDecimal(half),
                records.NonNegativeDecimal(current),
                slopeValue,
                Optional(records, minimum),
                Optional(records, maximum));
            try
            {
                channels.Add(row.ToChannel(currency));
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"Line {records.LineNumber} ({name}): {e.Message}", e);
            }
        }

        return channels;
    }

    /// <summary>Reads a JSON array of curves.</summary>
    /// <exception cref="FormatException">The JSON does not parse, has an unknown or missing field, or a value the library rejects; the message names the line and column.</exception>
    internal static List<BudgetChannel> ReadJson(TextReader reader, Currency currency)
    {
        List<CurveJson>? rows;
        try
        {
            rows = JsonSerializer.Deserialize(reader.ReadToEnd(), CliInputJsonContext.Default.ListCurveJson);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? string.Create(CultureInfo.InvariantCulture, $"Line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}: ") : string.Empty;
            // The reader's messages name the tool's record type; a user knows it as a curve.
            var message = e.Message.Replace($"type '{typeof(CurveJson).FullName}'", "a curve", StringComparison.Ordinal)
                .Replace(typeof(CurveJson).FullName!, "a curve field", StringComparison.Ordinal);
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            throw new FormatException(where + (cut > 0 ? message[..cut] : message) + (e.Path is { } path ? $" (at {path})" : string.Empty), e);
        }

        if (rows is null)
        {
            throw new FormatException("Line 1, column 1: must be a JSON array of curves, was null.");
        }

        var channels = new List<BudgetChannel>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"curve {i + 1}: must be an object, was null."));
            try
            {
                if (!Forms.Contains(row.Curve))
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"curve {i + 1} ({row.Channel}): curve must be {string.Join(", ", Forms)}, was \"{row.Curve}\"."));
                }

                channels.Add(row.ToChannel(currency));
            }
            catch (ArgumentException e)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"curve {i + 1} ({row.Channel}): {e.Message}"), e);
            }
        }

        return channels;
    }

    private static decimal? Optional(CsvRecords records, int column) =>
        column < 0 || records.Field(column).IsEmpty ? null : records.NonNegativeDecimal(column);
}

/// <summary>One curve as written in a file (the JSON field names are the snake_case of these).</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Curve">The form: hill, michaelis-menten or logistic.</param>
/// <param name="MaxResponse">The response the curve tends to, in the currency.</param>
/// <param name="HalfSaturation">The spend at half the maximum response.</param>
/// <param name="CurrentSpend">The channel's current spend.</param>
/// <param name="Slope">The Hill slope (hill only).</param>
/// <param name="Minimum">The least the channel may get, or null (0).</param>
/// <param name="Maximum">The most the channel may get, or null (no limit).</param>
internal sealed record CurveJson(string Channel, string Curve, decimal MaxResponse, decimal HalfSaturation, decimal CurrentSpend, double? Slope = null, decimal? Minimum = null, decimal? Maximum = null)
{
    /// <summary>The library's channel with its curve; the library checks every value.</summary>
    internal BudgetChannel ToChannel(Currency currency)
    {
        Money M(decimal amount) => new(amount, currency);
        var curve = Curve switch
        {
            "hill" => ResponseCurve.Hill(M(MaxResponse), M(HalfSaturation), Slope ?? throw new FormatException($"{Channel}: a hill curve needs a slope.")),
            "michaelis-menten" => ResponseCurve.MichaelisMenten(M(MaxResponse), M(HalfSaturation)),
            _ => ResponseCurve.Logistic(M(MaxResponse), M(HalfSaturation)),
        };
        return new BudgetChannel(new Channel(Channel), curve, M(CurrentSpend), Minimum is { } min ? M(min) : null, Maximum is { } max ? M(max) : null);
    }
}

/// <summary>The tool's JSON reader of input files: snake_case, strict (unknown fields are errors), source-generated.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectRequiredConstructorParameters = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(List<CurveJson>))]
internal sealed partial class CliInputJsonContext : JsonSerializerContext;
