using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>
/// Turns raw event logs (a touchpoint export and an order export) into a <see cref="PathTable"/>: per user, events in
/// time order; each conversion closes a journey of the touches in its lookback window; what is left after a user's last
/// conversion is a non-converting journey; and a <see cref="JourneyBuildReport"/> says what happened to every input row.
/// </summary>
/// <remarks>
/// <para>The rules, with <see cref="JourneyOptions"/> (docs/attribution.md, "Journeys from event logs"):</para>
/// <list type="number">
/// <item>Per user, touches and conversions are ordered by time; the input need not be sorted. A touch at the instant of a
/// conversion comes before it. Ties are broken by content (touches by channel name, then views after clicks; conversions
/// by order id, then value), so the order of the input never changes the table.</item>
/// <item>Conversions with an order id seen before are duplicates (a pixel that fired twice): the first (earliest; ties by
/// user id, then value) is kept, the others are dropped and counted.</item>
/// <item>A conversion at c takes the user's touches t with c - window &lt;= t &lt;= c (both edges inclusive), the click
/// window for clicks (and unspecified interactions) and the view window for views. With
/// <see cref="JourneyOptions.ResetAfterConversion"/> only touches after the user's previous conversion are candidates;
/// the others before the conversion are outside the window.</item>
/// <item>A conversion with no touch in its window is direct: a one-touch path of
/// <see cref="JourneyOptions.DirectChannel"/> when set, otherwise left out. A conversion whose user has no touch at all
/// is reported as an unknown user and treated the same way.</item>
/// <item>The touches after a user's last conversion (all of them for a user who never converted) form one
/// non-converting journey (a null). It is open when one of its touches t is still inside its window at the end of
/// observation (end - t &lt; window): a later conversion could still claim it. Open journeys are left out when
/// <see cref="JourneyOptions.ExcludeOpenJourneys"/> is set.</item>
/// </list>
/// <para>
/// Every input row ends in exactly one count of the report. Channel names that differ only by case are kept apart and
/// reported as a warning unless <see cref="JourneyOptions.Channels"/> folds case. Builds are independent of each other
/// and thread-safe.
/// </para>
/// </remarks>
public static class JourneyBuilder
{
    /// <summary>Builds the path table of two event logs.</summary>
    /// <param name="touches">The touchpoint rows, in any order.</param>
    /// <param name="conversions">The conversion rows, in any order; values in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of the table.</param>
    /// <param name="options">The rules; <see cref="JourneyOptions.Default"/> when null.</param>
    /// <returns>The table, the build report and the time-lag report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="touches"/> or <paramref name="conversions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>, or a row is a default event (the message names its index).</exception>
    /// <exception cref="CurrencyMismatchException">A conversion's value is in another currency (the parameter names its index).</exception>
    /// <exception cref="OverflowException">A path's aggregated value exceeds <see cref="decimal"/>'s range.</exception>
    public static JourneyBuild Build(IEnumerable<TouchEvent> touches, IEnumerable<ConversionEvent> conversions, Currency currency, JourneyOptions? options = null)
    {
        Guard.NotNull(touches);
        Guard.NotNull(conversions);
        var log = new EventLog(currency, options ?? JourneyOptions.Default, touches.TryGetNonEnumeratedCount(out var n) ? n : 1024);
        foreach (var touch in touches)
        {
            log.Add(touch);
        }

        foreach (var conversion in conversions)
        {
            log.Add(conversion);
        }

        return log.Build();
    }

    /// <summary>Builds the path table of two event logs read asynchronously (a database reader, a network stream).</summary>
    /// <param name="touches">The touchpoint rows, in any order.</param>
    /// <param name="conversions">The conversion rows, in any order; values in <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of the table.</param>
    /// <param name="options">The rules; <see cref="JourneyOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The same as <see cref="Build(IEnumerable{TouchEvent}, IEnumerable{ConversionEvent}, Currency, JourneyOptions?)"/> of the same rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="touches"/> or <paramref name="conversions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>, or a row is a default event (the message names its index).</exception>
    /// <exception cref="CurrencyMismatchException">A conversion's value is in another currency.</exception>
    /// <exception cref="OverflowException">A path's aggregated value exceeds <see cref="decimal"/>'s range.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<JourneyBuild> BuildAsync(
        IAsyncEnumerable<TouchEvent> touches,
        IAsyncEnumerable<ConversionEvent> conversions,
        Currency currency,
        JourneyOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Guard.NotNull(touches);
        Guard.NotNull(conversions);
        var log = new EventLog(currency, options ?? JourneyOptions.Default, 1024);
        return ReadAsync(log, touches, conversions, cancellationToken);
    }

    private static async Task<JourneyBuild> ReadAsync(EventLog log, IAsyncEnumerable<TouchEvent> touches, IAsyncEnumerable<ConversionEvent> conversions, CancellationToken cancellationToken)
    {
        await foreach (var touch in touches.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            log.Add(touch);
        }

        await foreach (var conversion in conversions.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            log.Add(conversion);
        }

        return log.Build();
    }

    /// <summary>Reads two CSV exports and builds their path table; surrounding spaces trimmed from channel names are reported as a warning.</summary>
    /// <param name="touches">The touchpoint CSV text (read to its end, not disposed).</param>
    /// <param name="touchColumns">Which columns of <paramref name="touches"/> hold what.</param>
    /// <param name="conversions">The conversion CSV text (read to its end, not disposed).</param>
    /// <param name="conversionColumns">Which columns of <paramref name="conversions"/> hold what.</param>
    /// <param name="currency">The currency of the table (and of the value column, unless a currency column says otherwise, which is an error).</param>
    /// <param name="options">The rules; <see cref="JourneyOptions.Default"/> when null.</param>
    /// <param name="timeZone">The zone of instants written without an offset; null (default) refuses them.</param>
    /// <returns>The same as <see cref="Build(IEnumerable{TouchEvent}, IEnumerable{ConversionEvent}, Currency, JourneyOptions?)"/> of the rows read.</returns>
    /// <exception cref="ArgumentNullException">A reader or a column mapping is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    /// <exception cref="FormatException">A line breaks a rule (see <see cref="JourneyCsv"/>); the message names the line, the column and the rule.</exception>
    /// <exception cref="OverflowException">A path's aggregated value exceeds <see cref="decimal"/>'s range.</exception>
    public static JourneyBuild BuildFromCsv(
        TextReader touches,
        TouchCsvColumns touchColumns,
        TextReader conversions,
        ConversionCsvColumns conversionColumns,
        Currency currency,
        JourneyOptions? options = null,
        NodaTime.DateTimeZone? timeZone = null)
    {
        Guard.NotNull(touches);
        Guard.NotNull(touchColumns);
        Guard.NotNull(conversions);
        Guard.NotNull(conversionColumns);
        PathTable.RequireCurrency(currency, nameof(currency));
        var log = new EventLog(currency, options ?? JourneyOptions.Default, 1024);
        var spaced = new SortedSet<string>(StringComparer.Ordinal);
        JourneyCsv.ReadTouches(touches, touchColumns, timeZone, currency, log.Add, spaced);
        JourneyCsv.ReadConversions(conversions, conversionColumns, currency, timeZone, log.Add);
        foreach (var name in spaced)
        {
            log.Warn($"channel name \"{name}\" had surrounding spaces, which were removed (channel names are always trimmed).");
        }

        return log.Build();
    }
}
