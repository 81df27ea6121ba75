using NodaTime;
using NodaTime.Text;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>Reads touchpoint and conversion exports from CSV, with the caller's column names, into the inputs of <see cref="JourneyBuilder"/>.</summary>
/// <remarks>
/// <para>
/// The first line is the header; the mapping (<see cref="TouchCsvColumns"/>, <see cref="ConversionCsvColumns"/>) names
/// the columns to read, case-insensitively, and other columns are ignored. Fields may be quoted RFC 4180 style (a quoted
/// field may not span lines); line ends are <c>\n</c> or <c>\r\n</c>.
/// </para>
/// <para>
/// Instants are ISO 8601 with an offset (<c>2026-03-01T10:00:00Z</c>, <c>2026-03-01T11:00:00+01:00</c>, fractions of a
/// second allowed; a space may stand for the <c>T</c>). A local date-time without an offset
/// (<c>2026-03-01T10:00:00</c>) is read in the time zone the caller passes (ambiguous and skipped local times map leniently:
/// the earlier offset, and forward past a gap); without a zone it is an error, since the machine's zone is never used.
/// </para>
/// <para>
/// Nothing is skipped: the first bad line throws a <see cref="FormatException"/> whose message starts
/// <c>Line N, column K (name):</c> and states the rule and the text received, like <see cref="PathTable.ReadCsv"/>.
/// </para>
/// </remarks>
public static class JourneyCsv
{
    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
    ];

    /// <summary>Reads a touchpoint export.</summary>
    /// <param name="reader">The CSV text; read to its end, not disposed.</param>
    /// <param name="columns">Which columns hold what; <see cref="TouchCsvColumns.Default"/> when null.</param>
    /// <param name="timeZone">The zone of instants written without an offset; null (default) refuses them.</param>
    /// <param name="costCurrency">The currency of the cost column; needed only when the mapping names one.</param>
    /// <returns>The touches, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException">The mapping names a cost column and <paramref name="costCurrency"/> is <c>default(Currency)</c>.</exception>
    /// <exception cref="FormatException">
    /// The file is empty, the mapping names a column the header lacks, or a line breaks a rule (an unparseable instant, a
    /// local time without a zone, an empty user id or channel, an unknown interaction, a negative cost); the message names
    /// the line, the column and the rule.
    /// </exception>
    public static IReadOnlyList<TouchEvent> ReadTouches(TextReader reader, TouchCsvColumns? columns = null, DateTimeZone? timeZone = null, Currency costCurrency = default)
    {
        Guard.NotNull(reader);
        columns ??= TouchCsvColumns.Default;
        if (columns.Cost is not null)
        {
            PathTable.RequireCurrency(costCurrency, nameof(costCurrency));
        }

        var touches = new List<TouchEvent>();
        ReadTouches(reader, columns, timeZone, costCurrency, touches.Add, spaced: null);
        return touches.AsReadOnly();
    }

    /// <summary>Reads a conversion (order) export.</summary>
    /// <param name="reader">The CSV text; read to its end, not disposed.</param>
    /// <param name="currency">The currency of the values (a currency column, when mapped, must agree with it on every line).</param>
    /// <param name="columns">Which columns hold what; <see cref="ConversionCsvColumns.Default"/> when null.</param>
    /// <param name="timeZone">The zone of instants written without an offset; null (default) refuses them.</param>
    /// <returns>The conversions, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    /// <exception cref="FormatException">
    /// The file is empty, the mapping names a column the header lacks, or a line breaks a rule (an unparseable instant, a
    /// local time without a zone, a conversion without a user id, a negative or unparseable value, a currency other than
    /// <paramref name="currency"/>); the message names the line, the column and the rule.
    /// </exception>
    public static IReadOnlyList<ConversionEvent> ReadConversions(TextReader reader, Currency currency, ConversionCsvColumns? columns = null, DateTimeZone? timeZone = null)
    {
        Guard.NotNull(reader);
        PathTable.RequireCurrency(currency, nameof(currency));
        var conversions = new List<ConversionEvent>();
        ReadConversions(reader, columns ?? ConversionCsvColumns.Default, currency, timeZone, conversions.Add);
        return conversions.AsReadOnly();
    }

    internal static void ReadTouches(TextReader reader, TouchCsvColumns columns, DateTimeZone? timeZone, Currency costCurrency, Action<TouchEvent> sink, ISet<string>? spaced)
    {
        var csv = CsvRecords.Open(reader, $"{columns.UserId}, {columns.Timestamp} and {columns.Channel}");
        var user = csv.Column(columns.UserId, "userId");
        var at = csv.Column(columns.Timestamp, "timestamp");
        var channel = csv.Column(columns.Channel, "channel");
        var interaction = csv.OptionalColumn(columns.Interaction, "interaction");
        var campaign = csv.OptionalColumn(columns.Campaign, "campaign");
        var cost = csv.OptionalColumn(columns.Cost, "cost");
        var names = new Names();
        while (csv.Next())
        {
            var userId = names.User(csv, user, "must name a user (a touch without a user id cannot be put on a journey)");
            var instant = ParseInstant(csv, at, timeZone);
            var raw = csv.Raw(channel);
            var name = raw.Trim();
            if (name.IsEmpty)
            {
                throw csv.Error(channel, "must name a channel");
            }

            if (spaced is not null && name.Length != raw.Length)
            {
                spaced.Add(raw.ToString());
            }

            var kind = interaction < 0 ? InteractionKind.Click : ParseInteraction(csv, interaction);
            var campaignName = campaign < 0 || csv.Field(campaign).IsEmpty ? null : csv.Field(campaign).ToString();
            Money? money = cost < 0 || csv.Field(cost).IsEmpty ? null : new Money(csv.NonNegativeDecimal(cost), costCurrency);
            sink(new TouchEvent(userId, instant, names.Channel(name), kind, campaignName, money));
        }
    }

    internal static void ReadConversions(TextReader reader, ConversionCsvColumns columns, Currency currency, DateTimeZone? timeZone, Action<ConversionEvent> sink)
    {
        var csv = CsvRecords.Open(reader, $"{columns.UserId}, {columns.Timestamp} and {columns.Value}");
        var user = csv.Column(columns.UserId, "userId");
        var at = csv.Column(columns.Timestamp, "timestamp");
        var value = csv.Column(columns.Value, "value");
        var order = csv.OptionalColumn(columns.OrderId, "orderId");
        var code = csv.OptionalColumn(columns.Currency, "currency");
        var names = new Names();
        while (csv.Next())
        {
            var userId = names.User(csv, user, "must name a user (a conversion without a user id cannot be put on a journey)");
            var instant = ParseInstant(csv, at, timeZone);
            var amount = csv.NonNegativeDecimal(value);
            if (code >= 0 && !(Currency.TryParse(csv.Field(code), null, out var given) && given == currency))
            {
                throw csv.Error(code, $"must be the currency of the table, {currency.Code} (values in several currencies cannot be summed)");
            }

            var orderId = order < 0 || csv.Field(order).IsEmpty ? null : csv.Field(order).ToString();
            sink(new ConversionEvent(userId, instant, new Money(amount, currency), orderId));
        }
    }

    private static Instant ParseInstant(CsvRecords csv, int column, DateTimeZone? timeZone)
    {
        var text = csv.Field(column).ToString();
        foreach (var pattern in OffsetPatterns)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                return parsed.Value.ToInstant();
            }
        }

        foreach (var pattern in LocalPatterns)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                if (timeZone is null)
                {
                    throw csv.Error(column, "is a local date-time without an offset; pass the time zone it is in (timeZone), the machine's zone is never used");
                }

                return timeZone.AtLeniently(parsed.Value).ToInstant();
            }
        }

        throw csv.Error(column, "must be an ISO 8601 instant such as 2026-03-01T10:00:00Z or 2026-03-01T11:00:00+01:00");
    }

    private static InteractionKind ParseInteraction(CsvRecords csv, int column)
    {
        var text = csv.Field(column);
        if (text.IsEmpty)
        {
            return InteractionKind.Unspecified;
        }

        if (text.Equals("click", StringComparison.OrdinalIgnoreCase))
        {
            return InteractionKind.Click;
        }

        if (text.Equals("view", StringComparison.OrdinalIgnoreCase) || text.Equals("impression", StringComparison.OrdinalIgnoreCase))
        {
            return InteractionKind.Impression;
        }

        throw csv.Error(column, "must be click, view or impression (or empty for unspecified)");
    }

    /// <summary>One string per distinct user id and one <see cref="Channel"/> per distinct name, however many rows repeat them.</summary>
    private sealed class Names
    {
        private readonly HashSet<string> _users = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Channel> _channels = new(StringComparer.Ordinal);

        internal string User(CsvRecords csv, int column, string rule)
        {
            var text = csv.Field(column);
            if (text.IsEmpty)
            {
                throw csv.Error(column, rule);
            }

            var lookup = _users.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(text, out var user))
            {
                user = text.ToString();
                _users.Add(user);
            }

            return user;
        }

        internal Channel Channel(ReadOnlySpan<char> name)
        {
            var lookup = _channels.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(name, out var channel))
            {
                channel = new Channel(name.ToString());
                _channels.Add(channel.Name, channel);
            }

            return channel;
        }
    }
}
