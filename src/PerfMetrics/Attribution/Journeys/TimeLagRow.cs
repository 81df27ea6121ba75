using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>One row of a <see cref="TimeLagReport"/>: the conversions whose first touch was a given number of whole days before them.</summary>
/// <remarks><c>default(TimeLagRow)</c> has zero counts; reports never contain it. Equality compares every member exactly. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct TimeLagRow : IEquatable<TimeLagRow>, IEqualityOperators<TimeLagRow, TimeLagRow, bool>
{
    internal TimeLagRow(int days, double conversions, Money value, double? share)
    {
        Days = days;
        Conversions = conversions;
        Value = value;
        Share = share;
    }

    /// <summary>Gets whole days from the first touch of the journey to the conversion (0 for less than a day).</summary>
    public int Days { get; }

    /// <summary>Gets the conversions with this lag.</summary>
    public double Conversions { get; }

    /// <summary>Gets their total value, exact.</summary>
    public Money Value { get; }

    /// <summary>Gets the share of all conversions with a touch, 0 to 1; null when there are none.</summary>
    public double? Share { get; }

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(TimeLagRow left, TimeLagRow right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(TimeLagRow left, TimeLagRow right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TimeLagRow other) =>
        Days == other.Days
        && Conversions.Equals(other.Conversions)
        && Value == other.Value
        && Nullable.Equals(Share, other.Share);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TimeLagRow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Days, Conversions, Value, Share);

    /// <summary>Returns invariant text naming the row and its counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Days.ToString(CultureInfo.InvariantCulture)}: Conversions {JourneyReportText.Count(Conversions)}, Value {Metrics.Display.Money(Value)}, Share {JourneyReportText.Percent(Share)}");
}
