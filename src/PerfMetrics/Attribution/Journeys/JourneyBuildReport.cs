using System.Collections.ObjectModel;
using System.Globalization;
using System.Numerics;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>What <see cref="JourneyBuilder"/> did with every input row: nothing is dropped silently.</summary>
/// <remarks>
/// <para>
/// Every touch row ends in exactly one of <see cref="TouchesUsed"/>, <see cref="TouchesOutsideWindow"/>,
/// <see cref="TouchesNonConverting"/> and <see cref="TouchesInOpenJourneys"/>, which sum to <see cref="TouchesRead"/>;
/// every conversion row in exactly one of <see cref="ConversionsUsed"/>, <see cref="ConversionsDuplicate"/>,
/// <see cref="ConversionsDirect"/> and <see cref="ConversionsUnknownUser"/>, which sum to <see cref="ConversionsRead"/>.
/// Direct and unknown-user conversions are in the table as <see cref="DirectChannel"/> when it is set, and left out
/// otherwise. With <see cref="JourneyOptions.ResetAfterConversion"/> off a touch may serve several conversions; it is
/// counted once, as used.
/// </para>
/// <para>Equality compares every field. Immutable and thread-safe.</para>
/// </remarks>
public sealed class JourneyBuildReport : IEquatable<JourneyBuildReport>, IEqualityOperators<JourneyBuildReport, JourneyBuildReport, bool>
{
    private readonly Counts _counts;

    internal JourneyBuildReport(Counts counts, Channel? directChannel, Instant observationEnd, IEnumerable<string> warnings)
    {
        _counts = counts;
        DirectChannel = directChannel;
        ObservationEnd = observationEnd;
        Warnings = new ReadOnlyCollection<string>([.. warnings]);
    }

    /// <summary>Gets the number of touch rows read.</summary>
    public long TouchesRead => _counts.TouchesRead;

    /// <summary>Gets the touches in at least one converting journey.</summary>
    public long TouchesUsed => _counts.TouchesUsed;

    /// <summary>Gets the touches before a conversion but outside its lookback window (and every other conversion's).</summary>
    public long TouchesOutsideWindow => _counts.TouchesOutsideWindow;

    /// <summary>Gets the touches in non-converting journeys that are in the table (as nulls).</summary>
    public long TouchesNonConverting => _counts.TouchesNonConverting;

    /// <summary>Gets the touches in open non-converting journeys that were left out.</summary>
    public long TouchesInOpenJourneys => _counts.TouchesOpen;

    /// <summary>Gets the number of conversion rows read.</summary>
    public long ConversionsRead => _counts.ConversionsRead;

    /// <summary>Gets the conversions with at least one touch in their window: the converting journeys.</summary>
    public long ConversionsUsed => _counts.ConversionsUsed;

    /// <summary>Gets the conversions dropped because an earlier one had the same order id.</summary>
    public long ConversionsDuplicate => _counts.ConversionsDuplicate;

    /// <summary>Gets the conversions of known users without any touch in their window.</summary>
    public long ConversionsDirect => _counts.ConversionsDirect;

    /// <summary>Gets the conversions of users who have no touch at all in the touch log.</summary>
    public long ConversionsUnknownUser => _counts.ConversionsUnknownUser;

    /// <summary>Gets the non-converting journeys in the table (its total nulls).</summary>
    public long NonConvertingJourneys => _counts.NonConvertingJourneys;

    /// <summary>Gets the non-converting journeys left out because they were still open at the end of observation.</summary>
    public long OpenJourneys => _counts.OpenJourneys;

    /// <summary>Gets the channel direct and unknown-user conversions were credited to, or null when they were left out.</summary>
    public Channel? DirectChannel { get; }

    /// <summary>Gets the end of observation the open journeys were judged at.</summary>
    public Instant ObservationEnd { get; }

    /// <summary>Gets the warnings, such as channel names that differ only by case; empty when there are none.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when both are null or every field is equal.</returns>
    public static bool operator ==(JourneyBuildReport? left, JourneyBuildReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reports by value.</summary>
    /// <param name="left">The first report, or null.</param>
    /// <param name="right">The second report, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(JourneyBuildReport? left, JourneyBuildReport? right) => !(left == right);

    /// <inheritdoc/>
    public bool Equals(JourneyBuildReport? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (_counts == other._counts && DirectChannel == other.DirectChannel && ObservationEnd == other.ObservationEnd && Warnings.SequenceEqual(other.Warnings, StringComparer.Ordinal)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as JourneyBuildReport);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_counts, DirectChannel, ObservationEnd, Warnings.Count);

    /// <summary>Returns an aligned plain-text table of the rows and what became of them, then the warnings.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() => TextTable.Render(Cells(), [false, false, true]) + WarningLines("warning: ");

    /// <summary>Returns the same table as GitHub-flavoured Markdown, then the warnings as a list.</summary>
    /// <returns>Markdown text.</returns>
    public string ToMarkdown() => TextTable.Markdown(Cells(), [false, false, true]) + (Warnings.Count == 0 ? string.Empty : "\n" + WarningLines("- "));

    private string WarningLines(string prefix) => string.Concat(Warnings.Select(w => prefix + w + "\n"));

    private List<string[]> Cells()
    {
        var direct = DirectChannel is { } channel ? $"in the table as \"{channel}\"" : "left out";
        return
        [
            ["rows", "what happened", "count"],
            ["touches", "read", N(TouchesRead)],
            ["touches", "used in a converting journey", N(TouchesUsed)],
            ["touches", "outside the window", N(TouchesOutsideWindow)],
            ["touches", "in a non-converting journey", N(TouchesNonConverting)],
            ["touches", "in an open journey (left out)", N(TouchesInOpenJourneys)],
            ["conversions", "read", N(ConversionsRead)],
            ["conversions", "used (a touch in the window)", N(ConversionsUsed)],
            ["conversions", "duplicate order id (dropped)", N(ConversionsDuplicate)],
            ["conversions", $"direct, no touch in the window ({direct})", N(ConversionsDirect)],
            ["conversions", $"unknown user, no touch at all ({direct})", N(ConversionsUnknownUser)],
            ["journeys", "non-converting (nulls)", N(NonConvertingJourneys)],
            ["journeys", $"open at {InstantPattern.ExtendedIso.Format(ObservationEnd)} (left out)", N(OpenJourneys)],
        ];

        static string N(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <summary>The counters filled by the build.</summary>
    internal record struct Counts
    {
        public long TouchesRead;
        public long TouchesUsed;
        public long TouchesOutsideWindow;
        public long TouchesNonConverting;
        public long TouchesOpen;
        public long ConversionsRead;
        public long ConversionsUsed;
        public long ConversionsDuplicate;
        public long ConversionsDirect;
        public long ConversionsUnknownUser;
        public long NonConvertingJourneys;
        public long OpenJourneys;
    }
}
