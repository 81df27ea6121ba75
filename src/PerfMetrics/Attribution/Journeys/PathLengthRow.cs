using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>One row of a <see cref="PathLengthReport"/>: the journeys whose path has a given number of touches.</summary>
/// <remarks><c>default(PathLengthRow)</c> has zero counts; reports never contain it. Equality compares every member exactly. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct PathLengthRow : IEquatable<PathLengthRow>, IEqualityOperators<PathLengthRow, PathLengthRow, bool>
{
    internal PathLengthRow(int length, int paths, double conversions, Money value, double nulls, double? conversionShare, double? conversionRate)
    {
        Length = length;
        Paths = paths;
        Conversions = conversions;
        Value = value;
        Nulls = nulls;
        ConversionShare = conversionShare;
        ConversionRate = conversionRate;
    }

    /// <summary>Gets the number of touches in the path.</summary>
    public int Length { get; }

    /// <summary>Gets the number of distinct paths of this length.</summary>
    public int Paths { get; }

    /// <summary>Gets the conversions of journeys of this length.</summary>
    public double Conversions { get; }

    /// <summary>Gets their total conversion value, exact.</summary>
    public Money Value { get; }

    /// <summary>Gets the journeys of this length that did not convert.</summary>
    public double Nulls { get; }

    /// <summary>Gets this length's share of all conversions, 0 to 1; null when the table has no conversions.</summary>
    public double? ConversionShare { get; }

    /// <summary>Gets conversions / (conversions + nulls), 0 to 1; null when both are 0.</summary>
    public double? ConversionRate { get; }

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(PathLengthRow left, PathLengthRow right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(PathLengthRow left, PathLengthRow right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(PathLengthRow other) =>
        Length == other.Length
        && Paths == other.Paths
        && Conversions.Equals(other.Conversions)
        && Value == other.Value
        && Nulls.Equals(other.Nulls)
        && Nullable.Equals(ConversionShare, other.ConversionShare)
        && Nullable.Equals(ConversionRate, other.ConversionRate);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PathLengthRow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Length, Paths, Conversions, Value, Nulls, ConversionShare, ConversionRate);

    /// <summary>Returns invariant text naming the row and its counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Length.ToString(CultureInfo.InvariantCulture)}: Paths {Paths}, Conversions {JourneyReportText.Count(Conversions)}, Value {Metrics.Display.Money(Value)}, Nulls {JourneyReportText.Count(Nulls)}, ConversionShare {JourneyReportText.Percent(ConversionShare)}, ConversionRate {JourneyReportText.Percent(ConversionRate)}");
}
