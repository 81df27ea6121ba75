using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>
/// The field tables of <see cref="MarkovCounts"/>: options, channels, one entry per state with its moves, conversions,
/// nulls and value, and the orphan values that keep merging exact. Counts are plain numbers of moves (<c>13</c>,
/// <c>0.25</c>, <c>0.3333333333</c>); see <see cref="Count"/>.
/// </summary>
internal static class MarkovJson
{
    /// <summary>
    /// A count as a plain decimal number. Counts are kept to the nearest 2^-32; a count is written as the shortest decimal
    /// (at most 10 places) that reads back to the same kept value, and any non-negative number is read to the nearest
    /// 2^-32 (ties to even), as counting a fractional path row does. Writing then reading is therefore exact.
    /// </summary>
    internal static readonly JsonConverter<Int128> Count = new CountConverter();

    private static readonly JsonConverter<MarkovOptions> Options = JsonObject.Of<MarkovOptions>(nameof(MarkovOptions), f =>
    {
        var order = f.Field(nameof(MarkovOptions.Order), o => o.Order, V.Int32);
        var keepRepeats = f.Field(nameof(MarkovOptions.KeepRepeats), o => o.KeepRepeats, V.Boolean);
        var valueMode = f.Field(nameof(MarkovOptions.ValueMode), o => o.ValueMode, V.Enum<MarkovValueMode>());
        return v => new MarkovOptions(v.Get(order), v.Get(keepRepeats), v.Get(valueMode));
    });

    /// <summary>The moves out of a state: an object keyed by the channel moved into (names are data: no naming policy applies).</summary>
    private static readonly JsonConverter<IReadOnlyList<(Channel To, Int128 Count)>> Next = new NextConverter();

    private static readonly JsonConverter<MarkovCounts.StoredState> State = JsonObject.Of<MarkovCounts.StoredState>("MarkovCounts.States[]", f =>
    {
        var state = f.Field(nameof(MarkovCounts.StoredState.State), s => (IReadOnlyList<Channel>)s.State, V.List(V.Channel));
        var value = f.Field(nameof(MarkovCounts.StoredState.Value), s => s.Value, V.Decimal);
        var next = f.Field(nameof(MarkovCounts.StoredState.Next), s => (IReadOnlyList<(Channel To, Int128 Count)>)s.Next, Next);
        var conversions = f.Field(nameof(MarkovCounts.StoredState.Conversions), s => s.Conversions, Count);
        var nulls = f.Field(nameof(MarkovCounts.StoredState.Nulls), s => s.Nulls, Count);
        return v => new MarkovCounts.StoredState([.. v.Get(state)], v.Get(value), [.. v.Get(next)], v.Get(conversions), v.Get(nulls));
    });

    private static readonly JsonConverter<(IReadOnlyList<Channel> State, decimal Value)> Orphan = JsonObject.Of<(IReadOnlyList<Channel> State, decimal Value)>("MarkovCounts.Orphans[]", f =>
    {
        var state = f.Field("State", o => o.State, V.List(V.Channel));
        var value = f.Field("Value", o => o.Value, V.Decimal);
        return v => (v.Get(state), v.Get(value));
    });

    internal static readonly JsonConverter<MarkovCounts> Counts = JsonObject.Of<MarkovCounts>(nameof(MarkovCounts), f =>
    {
        var options = f.Field(nameof(MarkovCounts.Options), c => c.Options, Options);
        var currency = f.Field(nameof(MarkovCounts.Currency), c => c.Currency, V.NotNull(V.Currency));
        var totalValue = f.Field(nameof(MarkovCounts.TotalValue), c => c.TotalValue, ValueJson.Money);
        var channels = f.Field(nameof(MarkovCounts.Channels), c => c.Channels, V.List(V.Channel));
        var states = f.Field("States", c => c.StoredStates(), V.List(State));
        var orphans = f.Field("Orphans", c => c.StoredOrphans(), V.List(Orphan));
        return v => MarkovCounts.FromStored(v.Get(options), v.Get(currency), v.Get(channels), v.Get(states), v.Get(orphans), v.Get(totalValue));
    });

    private static readonly BigInteger FixedOne = BigInteger.One << MarkovCounts.FractionBits;

    /// <summary>The shortest decimal text with at most 10 places that reads back (to the nearest 2^-32) to <paramref name="fixedCount"/>.</summary>
    internal static string CountText(Int128 fixedCount)
    {
        var value = (BigInteger)fixedCount;
        for (var places = 0; ; places++)
        {
            var scale = BigInteger.Pow(10, places);
            var digits = RoundHalfEven(value * scale, FixedOne);
            if (places == 10 || RoundHalfEven(digits * FixedOne, scale) == value)
            {
                var text = BigInteger.Abs(digits).ToString(CultureInfo.InvariantCulture).PadLeft(places + 1, '0');
                var sign = digits.Sign < 0 ? "-" : string.Empty;
                return places == 0 ? sign + text : sign + text[..^places] + "." + text[^places..];
            }
        }
    }

    /// <summary>Reads the exact decimal text of a JSON number to the nearest 2^-32 (ties to even).</summary>
    internal static Int128 CountOf(string text)
    {
        var mantissa = text;
        var exponent = 0;
        var e = text.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 100)
            {
                throw new JsonException($"must be a count from 0 to about 4e28, was {text}.");
            }

            mantissa = text[..e];
        }

        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var scale = (point < 0 ? 0 : mantissa.Length - point - 1) - exponent;
        var numerator = BigInteger.Parse(mantissa.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var fixedCount = scale <= 0
            ? numerator * BigInteger.Pow(10, -scale) * FixedOne
            : RoundHalfEven(numerator * FixedOne, BigInteger.Pow(10, scale));
        return fixedCount.Sign >= 0 && fixedCount <= (BigInteger)Int128.MaxValue
            ? (Int128)fixedCount
            : throw new JsonException($"must be a count from 0 to about 4e28, was {text}.");
    }

    private static BigInteger RoundHalfEven(BigInteger numerator, BigInteger denominator)
    {
        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = BigInteger.Abs(remainder) * 2;
        var away = twice > denominator || (twice == denominator && !quotient.IsEven);
        return away ? quotient + remainder.Sign : quotient;
    }

    private sealed class CountConverter : JsonConverter<Int128>
    {
        private const string Rule = "a count 0 or more";

        public override Int128 Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = V.NumberText(ref reader, options, Rule);
            V.ParseNumber<double>(text, static (ref number, out value) => number.TryGetDouble(out value), Rule);
            return CountOf(Encoding.UTF8.GetString(text));
        }

        public override void Write(Utf8JsonWriter writer, Int128 value, JsonSerializerOptions options)
        {
            var text = CountText(value);
            if (V.WritesNumbersAsStrings(options))
            {
                writer.WriteStringValue(text);
            }
            else
            {
                writer.WriteRawValue(text, skipInputValidation: true);
            }
        }
    }

    private sealed class NextConverter : JsonConverter<IReadOnlyList<(Channel To, Int128 Count)>>
    {
        public override IReadOnlyList<(Channel To, Int128 Count)> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"must be a JSON object keyed by channel names, found {reader.TokenType}.");
            }

            var moves = new List<(Channel To, Int128 Count)>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString()!;
                var to = Channel.TryParse(name, CultureInfo.InvariantCulture, out var channel) && channel.Name == name
                    ? channel
                    : throw new JsonException($"must be keyed by channel names, had \"{name}\".");
                if (moves.Exists(m => m.To == to))
                {
                    throw new JsonException($"has \"{name}\" more than once.");
                }

                reader.Read();
                moves.Add((to, Count.Read(ref reader, typeof(Int128), options)));
            }

            return moves;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<(Channel To, Int128 Count)> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (to, count) in value)
            {
                writer.WritePropertyName(to.Name);
                Count.Write(writer, count, options);
            }

            writer.WriteEndObject();
        }
    }
}
