using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;

namespace PerfMetrics.Json;

/// <summary>
/// Reads and writes <see cref="MarkovCounts"/>, the sufficient statistics of a Markov chain, so counts made where the
/// data lives can be shipped and merged elsewhere:
/// <c>{"options":{"order":1,"keepRepeats":false,"valueMode":"ValueWeighted"},"currency":"USD","totalValue":{...},"channels":["email","search"],"states":[{"state":[],"value":0,"next":{"email":4,"search":10},"conversions":0,"nulls":0},{"state":["email"],"value":152.00,"next":{},"conversions":4,"nulls":1},...],"orphans":[]}</c>
/// (camelCase names; PascalCase is accepted on reading).
/// Applied to the type with <see cref="JsonConverterAttribute"/>, so it works with reflection and with source-generated
/// <see cref="JsonSerializerContext"/>s alike, and under native AOT.
/// </summary>
/// <remarks>
/// <para>
/// A state is its channels, oldest first (<c>[]</c> is START); <c>next</c> maps a channel to the weighted count of moves
/// into it; <c>conversions</c> and <c>nulls</c> are the counts absorbed there; <c>value</c> is the exact conversion value
/// of the paths ending there; <c>orphans</c> hold the value of paths without conversions or nulls whose last state is
/// not (yet) a state, kept so that merging stays exact.
/// </para>
/// <para>
/// Counts are exact: they are kept in units of 2^-32 and written as the exact decimal of that binary fraction (0.25,
/// 1.0000000002328306436538696289, ...). A count read back must be such a multiple, or it is refused. Reading also
/// checks what counting guarantees: distinct channels, states of at most the order's length over those channels,
/// START present, every state with an outgoing count, every transition leading to a listed state, positive counts,
/// and a total value equal to the states' and orphans' values. Unknown, repeated and missing properties are refused.
/// </para>
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class MarkovCountsJsonConverter : JsonConverter<MarkovCounts>
{
    private const string Name = nameof(MarkovCounts);
    private const string StateName = "MarkovCounts.states[]";
    private const string OrphanName = "MarkovCounts.orphans[]";
    private const string OptionsName = "MarkovCounts.options";
    private static readonly BigInteger FixedOne = BigInteger.One << 32;
    private static readonly BigInteger FivePow32 = BigInteger.Pow(5, 32);

    /// <inheritdoc/>
    /// <exception cref="JsonException">The JSON is not valid MarkovCounts; the message names the field and the rule.</exception>
    public override MarkovCounts Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        FromElement(JsonFields.ReadObject(ref reader, Name));

    /// <inheritdoc/>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null (or value is).</exception>
    /// <exception cref="JsonException">The currency is a custom currency, which a bare code cannot express.</exception>
    public override void Write(Utf8JsonWriter writer, MarkovCounts value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteObject(writer, value);
    }

    internal static MarkovCounts FromElement(JsonElement o)
    {
        JsonFields.OnlyKnown(o, Name, "options", "currency", "totalValue", "channels", "states", "orphans");
        var optionsElement = JsonFields.Object(o, "options", Name);
        JsonFields.OnlyKnown(optionsElement, OptionsName, "order", "keepRepeats", "valueMode");
        var order = JsonFields.Int32(optionsElement, "order", OptionsName);
        var keepRepeats = JsonFields.Boolean(optionsElement, "keepRepeats", OptionsName);
        var valueMode = JsonFields.Enum<MarkovValueMode>(optionsElement, "valueMode", OptionsName);
        var markovOptions = JsonFields.Construct(() => new MarkovOptions(order, keepRepeats, valueMode), OptionsName);

        JsonFields.Required(o, "currency", Name);
        var currency = JsonFields.Currency(o, "currency", Name);
        var totalValue = JsonFields.Money(o, "totalValue", Name);
        var channels = new List<Channel>();
        foreach (var item in JsonFields.Array(o, "channels", Name).EnumerateArray())
        {
            channels.Add(ChannelOf(item, Name + ".channels[]"));
        }

        var states = new List<MarkovCounts.StoredState>();
        foreach (var item in JsonFields.Array(o, "states", Name).EnumerateArray())
        {
            JsonFields.OnlyKnown(item, StateName, "state", "value", "next", "conversions", "nulls");
            var next = new List<(Channel, Int128)>();
            foreach (var move in JsonFields.Object(item, "next", StateName).EnumerateObject())
            {
                var to = Channel.TryParse(move.Name, CultureInfo.InvariantCulture, out var channel) && channel.Name == move.Name
                    ? channel
                    : throw new JsonException($"{StateName}.next must be keyed by channel names, had \"{move.Name}\".");
                if (next.Exists(n => n.Item1 == to))
                {
                    throw new JsonException($"{StateName}.next has \"{move.Name}\" more than once.");
                }

                next.Add((to, Count(move.Value, StateName + ".next")));
            }

            states.Add(new MarkovCounts.StoredState(
                StateOf(JsonFields.Array(item, "state", StateName), StateName + ".state"),
                JsonFields.Decimal(item, "value", StateName),
                [.. next],
                Count(JsonFields.Required(item, "conversions", StateName), StateName + ".conversions"),
                Count(JsonFields.Required(item, "nulls", StateName), StateName + ".nulls")));
        }

        var orphans = new List<(Channel[], decimal)>();
        foreach (var item in JsonFields.Array(o, "orphans", Name).EnumerateArray())
        {
            JsonFields.OnlyKnown(item, OrphanName, "state", "value");
            orphans.Add((StateOf(JsonFields.Array(item, "state", OrphanName), OrphanName + ".state"), JsonFields.Decimal(item, "value", OrphanName)));
        }

        return JsonFields.Construct(() => MarkovCounts.FromStored(markovOptions, currency, channels, states, orphans, totalValue), Name);
    }

    internal static void WriteObject(Utf8JsonWriter writer, MarkovCounts value)
    {
        var c = value.ChannelArray.Length;
        writer.WriteStartObject();
        writer.WriteStartObject("options");
        writer.WriteNumber("order", value.Options.Order);
        writer.WriteBoolean("keepRepeats", value.Options.KeepRepeats);
        writer.WriteString("valueMode", value.Options.ValueMode.ToString());
        writer.WriteEndObject();
        JsonFields.WriteIsoCurrency(writer, "currency", value.Currency, Name);
        JsonFields.WriteMoney(writer, "totalValue", value.TotalValue);
        writer.WriteStartArray("channels");
        foreach (var channel in value.ChannelArray)
        {
            writer.WriteStringValue(channel.Name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("states");
        for (var s = 0; s < value.Codes.Length; s++)
        {
            writer.WriteStartObject();
            WriteState(writer, value.StateChannels(value.Codes[s]));
            writer.WriteNumber("value", value.Values[s]);
            writer.WriteStartObject("next");
            var conversions = Int128.Zero;
            var nulls = Int128.Zero;
            for (var e = value.RowStart[s]; e < value.RowStart[s + 1]; e++)
            {
                var column = value.Columns[e];
                if (column < c)
                {
                    writer.WritePropertyName(value.ChannelArray[column].Name);
                    writer.WriteRawValue(CountText(value.Counts[e]));
                }
                else if (column == c)
                {
                    conversions = value.Counts[e];
                }
                else
                {
                    nulls = value.Counts[e];
                }
            }

            writer.WriteEndObject();
            writer.WritePropertyName("conversions");
            writer.WriteRawValue(CountText(conversions));
            writer.WritePropertyName("nulls");
            writer.WriteRawValue(CountText(nulls));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("orphans");
        foreach (var (code, orphanValue) in value.Orphans)
        {
            writer.WriteStartObject();
            WriteState(writer, value.StateChannels(code));
            writer.WriteNumber("value", orphanValue);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteState(Utf8JsonWriter writer, Channel[] state)
    {
        writer.WriteStartArray("state");
        foreach (var channel in state)
        {
            writer.WriteStringValue(channel.Name);
        }

        writer.WriteEndArray();
    }

    private static Channel ChannelOf(JsonElement item, string where) =>
        item.ValueKind == JsonValueKind.String && Channel.TryParse(item.GetString(), CultureInfo.InvariantCulture, out var channel)
            ? channel
            : throw new JsonException($"{where} must be a channel name, found {item.ValueKind} {item.GetRawText()}.");

    private static Channel[] StateOf(JsonElement array, string where) =>
        [.. array.EnumerateArray().Select(item => ChannelOf(item, where))];

    /// <summary>The exact decimal text of a count kept in units of 2^-32: fixed x 5^32 / 10^32, trailing zeros removed.</summary>
    internal static string CountText(Int128 fixedCount)
    {
        var digits = BigInteger.Abs((BigInteger)fixedCount * FivePow32).ToString(CultureInfo.InvariantCulture).PadLeft(33, '0');
        var whole = digits[..^32];
        var fraction = digits[^32..].TrimEnd('0');
        var sign = fixedCount < Int128.Zero ? "-" : string.Empty;
        return fraction.Length == 0 ? sign + whole : sign + whole + "." + fraction;
    }

    /// <summary>Reads a non-negative count that is an exact multiple of 2^-32 (as written) into fixed point.</summary>
    private static Int128 Count(JsonElement element, string where)
    {
        if (element.ValueKind != JsonValueKind.Number)
        {
            throw new JsonException($"{where} must be a JSON number, found {element.ValueKind}.");
        }

        var text = element.GetRawText();
        var mantissa = text;
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 100)
            {
                throw new JsonException($"{where} has an exponent out of range, was {text}.");
            }

            mantissa = text[..e];
        }

        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var scale = point < 0 ? 0 : mantissa.Length - point - 1;
        var numerator = BigInteger.Parse(mantissa.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        scale -= exponent;
        BigInteger fixedCount;
        if (scale <= 0)
        {
            fixedCount = numerator * BigInteger.Pow(10, -scale) * FixedOne;
        }
        else
        {
            var quotient = BigInteger.DivRem(numerator * FixedOne, BigInteger.Pow(10, scale), out var remainder);
            if (!remainder.IsZero)
            {
                throw new JsonException($"{where} must be a count in steps of 2^-32, as MarkovCounts keeps it, was {text}.");
            }

            fixedCount = quotient;
        }

        if (fixedCount.Sign < 0 || fixedCount > (BigInteger)Int128.MaxValue)
        {
            throw new JsonException($"{where} must be a count from 0 to about 4e28, was {text}.");
        }

        return (Int128)fixedCount;
    }
}
