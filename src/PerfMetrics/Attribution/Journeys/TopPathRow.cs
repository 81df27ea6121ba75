using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>One row of a <see cref="TopPathsReport"/>: a path with its conversions, value, nulls and conversion rate.</summary>
/// <remarks><c>default(TopPathRow)</c> has zero counts; reports never contain it. Equality compares every member exactly. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct TopPathRow : IEquatable<TopPathRow>, IEqualityOperators<TopPathRow, TopPathRow, bool>
{
    private readonly ImmutableArray<Channel> _path;

    internal TopPathRow(ImmutableArray<Channel> path, double conversions, Money value, double nulls, double? conversionRate)
    {
        _path = path;
        Conversions = conversions;
        Value = value;
        Nulls = nulls;
        ConversionRate = conversionRate;
    }

    /// <summary>Gets the channels of the path, oldest touch first.</summary>
    public ImmutableArray<Channel> Path => _path.IsDefault ? [] : _path;

    /// <summary>Gets the conversions of journeys with this path.</summary>
    public double Conversions { get; }

    /// <summary>Gets the total conversion value of those journeys, exact.</summary>
    public Money Value { get; }

    /// <summary>Gets the journeys with this path that did not convert.</summary>
    public double Nulls { get; }

    /// <summary>Gets conversions / (conversions + nulls), 0 to 1; null when both are 0.</summary>
    public double? ConversionRate { get; }

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(TopPathRow left, TopPathRow right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when a member differs.</returns>
    public static bool operator !=(TopPathRow left, TopPathRow right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TopPathRow other) =>
        Path.AsSpan().SequenceEqual(other.Path.AsSpan())
        && Conversions.Equals(other.Conversions)
        && Value == other.Value
        && Nulls.Equals(other.Nulls)
        && Nullable.Equals(ConversionRate, other.ConversionRate);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TopPathRow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path.Length, Conversions, Value, Nulls, ConversionRate);

    /// <summary>Returns invariant text naming the row and its counts.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{string.Join(" > ", Path.Select(c => c.Name))}: Conversions {JourneyReportText.Count(Conversions)}, Value {Metrics.Display.Money(Value)}, Nulls {JourneyReportText.Count(Nulls)}, ConversionRate {JourneyReportText.Percent(ConversionRate)}");
}
