using System.Diagnostics;
using System.Globalization;
using NodaTime;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>Immutable options of <see cref="JourneyBuilder"/>: lookback windows, what a second conversion does, open journeys, direct conversions and channel names.</summary>
/// <remarks>
/// The defaults (<see cref="Default"/>) follow the ad platforms: a 28-day click window and a 1-day view window, a new
/// journey after each conversion, open journeys excluded, conversions without a touch left out (reported), and channel
/// names kept as given (only trimmed). Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class JourneyOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="clickWindow">
    /// How long before a conversion a click (or a touch of unspecified interaction) still counts: 28 days by default. The
    /// edge is inclusive: a click exactly <paramref name="clickWindow"/> before the conversion counts, as does a click at
    /// the conversion's instant.
    /// </param>
    /// <param name="viewWindow">How long before a conversion a view (impression) still counts, edge inclusive: 1 day by default.</param>
    /// <param name="resetAfterConversion">
    /// <see langword="true"/> (default): a conversion closes its journey, so the user's next conversion takes only the
    /// touches after it. <see langword="false"/>: every conversion takes every touch in its window, so a touch may be in
    /// several journeys.
    /// </param>
    /// <param name="excludeOpenJourneys">
    /// <see langword="true"/> (default): a non-converting journey with a touch still inside its window at
    /// <paramref name="observationEnd"/> (a conversion could still follow) is left out and reported as open, because
    /// counting it as a failure biases data-driven models. <see langword="false"/>: it counts as a null.
    /// </param>
    /// <param name="observationEnd">When the observation ended; null (default) takes the latest instant of any input event.</param>
    /// <param name="directChannel">
    /// The channel a conversion without any touch in its window is credited to (a one-touch path), such as
    /// <c>direct</c>; null (default) leaves such conversions out of the table (the build report counts them).
    /// </param>
    /// <param name="channels">How channel names are normalised; <see cref="ChannelNormalization.None"/> by default.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="clickWindow"/> or <paramref name="viewWindow"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="directChannel"/> is <c>default(Channel)</c>.</exception>
    public JourneyOptions(
        Duration? clickWindow = null,
        Duration? viewWindow = null,
        bool resetAfterConversion = true,
        bool excludeOpenJourneys = true,
        Instant? observationEnd = null,
        Channel? directChannel = null,
        ChannelNormalization? channels = null)
    {
        ClickWindow = clickWindow ?? Duration.FromDays(28);
        ViewWindow = viewWindow ?? Duration.FromDays(1);
        if (ClickWindow <= Duration.Zero)
        {
            Guard.ThrowOutOfRange(nameof(clickWindow), ClickWindow, "must be a positive duration (a window of zero or negative length holds no touch)");
        }

        if (ViewWindow <= Duration.Zero)
        {
            Guard.ThrowOutOfRange(nameof(viewWindow), ViewWindow, "must be a positive duration (a window of zero or negative length holds no touch)");
        }

        if (directChannel is { IsDefault: true })
        {
            Guard.ThrowArgument(nameof(directChannel), "directChannel must name a channel or be null, was default(Channel).");
        }

        ResetAfterConversion = resetAfterConversion;
        ExcludeOpenJourneys = excludeOpenJourneys;
        ObservationEnd = observationEnd;
        DirectChannel = directChannel;
        Channels = channels ?? ChannelNormalization.None;
    }

    /// <summary>Gets the default options: 28-day clicks, 1-day views, reset after conversion, open journeys excluded, no direct channel, names as given.</summary>
    public static JourneyOptions Default { get; } = new();

    /// <summary>Gets the click lookback window (edge inclusive).</summary>
    public Duration ClickWindow { get; }

    /// <summary>Gets the view (impression) lookback window (edge inclusive).</summary>
    public Duration ViewWindow { get; }

    /// <summary>Gets a value indicating whether a conversion closes its journey (touches are not reused by the next one).</summary>
    public bool ResetAfterConversion { get; }

    /// <summary>Gets a value indicating whether non-converting journeys still open at the end of observation are left out.</summary>
    public bool ExcludeOpenJourneys { get; }

    /// <summary>Gets the end of observation, or null for the latest instant of any input event.</summary>
    public Instant? ObservationEnd { get; }

    /// <summary>Gets the channel of conversions without a touch in their window, or null when they are left out.</summary>
    public Channel? DirectChannel { get; }

    /// <summary>Gets how channel names are normalised.</summary>
    public ChannelNormalization Channels { get; }

    /// <summary>Returns invariant text such as <c>click 28 days, view 1 day, reset, open excluded, no direct</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"click {ClickWindow}, view {ViewWindow}, {(ResetAfterConversion ? "reset after conversion" : "touches reused")}, {(ExcludeOpenJourneys ? "open journeys excluded" : "open journeys kept")}, {(DirectChannel is { } d ? $"direct as \"{d}\"" : "no direct channel")}");

    internal Duration WindowOf(bool isView) => isView ? ViewWindow : ClickWindow;
}
