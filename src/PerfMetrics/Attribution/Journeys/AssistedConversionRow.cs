using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>One channel of an <see cref="AssistedConversionsReport"/>: the conversions it assisted (in a converting path, not as the last touch) and those it closed (last touch).</summary>
/// <remarks><c>default(AssistedConversionRow)</c> has zero counts; reports never contain it. Equality compares every member exactly. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct AssistedConversionRow : IEquatable<AssistedConversionRow>, IEqualityOperators<AssistedConversionRow, AssistedConversionRow, bool>
{
    internal AssistedConversionRow(Channel channel, double assisted, Money assistedValue, double lastClick, Money lastClickValue, double? ratio)
    {
        Channel = channel;
        Assisted = assisted;
        AssistedValue = assistedValue;
        LastClick = lastClick;
        LastClickValue = lastClickValue;
        Ratio = ratio;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the conversions of paths in which the channel is a touch other than the last (once per conversion however often it assists).</summary>
    public double Assisted { get; }

    /// <summary>Gets the value of those conversions, exact.</summary>
    public Money AssistedValue { get; }

    /// <summary>Gets the conversions of paths whose last touch is the channel.</summary>
    public double LastClick { get; }

    /// <summary>Gets the value of those conversions, exact.</summary>
    public Money LastClickValue { get; }

    /// <summary>Gets Assisted / LastClick: above 1 the channel mostly opens and assists, below 1 it mostly closes; null when LastClick is 0.</summary>
    public double? Ratio { get; }

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(AssistedConversionRow left, AssistedConversionRow right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(AssistedConversionRow left, AssistedConversionRow right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(AssistedConversionRow other) =>
        Channel == other.Channel
        && Assisted.Equals(other.Assisted)
        && AssistedValue == other.AssistedValue
        && LastClick.Equals(other.LastClick)
        && LastClickValue == other.LastClickValue
        && Nullable.Equals(Ratio, other.Ratio);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AssistedConversionRow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Channel, Assisted, AssistedValue, LastClick, LastClickValue, Ratio);

    /// <summary>Returns invariant text naming the row and its counts.</summary>
    /// <returns>The text at display precision (counts and ratio to two decimals, money at minor units); the properties stay exact.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Channel.Name}: Assisted {JourneyReportText.Count(Assisted)}, AssistedValue {Metrics.Display.Money(AssistedValue)}, LastClick {JourneyReportText.Count(LastClick)}, LastClickValue {Metrics.Display.Money(LastClickValue)}, Ratio {JourneyReportText.Ratio(Ratio)}");
}
