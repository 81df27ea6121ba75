using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;

namespace PerfMetrics.Attribution;

/// <summary>One row of a <see cref="PathTable"/>: a channel sequence with its conversions, conversion value and null count.</summary>
/// <remarks>
/// <c>default(PathRow)</c> has an empty (default) path and zero counts; tables never contain it. Equality compares the
/// channel sequence, the counts and the value. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PathRow : IEquatable<PathRow>
{
    private readonly ImmutableArray<Channel> _path;
    private readonly double _conversions;
    private readonly Money _value;
    private readonly double _nulls;

    internal PathRow(ImmutableArray<Channel> path, double conversions, Money value, double nulls)
    {
        _path = path;
        _conversions = conversions;
        _value = value;
        _nulls = nulls;
    }

    /// <summary>Gets the channels of the path, oldest touch first (empty for <c>default(PathRow)</c>).</summary>
    public ImmutableArray<Channel> Path => _path.IsDefault ? [] : _path;

    /// <summary>Gets the number of conversions of journeys with this path (may be fractional).</summary>
    public double Conversions => _conversions;

    /// <summary>Gets the total conversion value of those journeys, exact.</summary>
    public Money Value => _value;

    /// <summary>Gets the number of journeys with this path that did not convert (may be fractional).</summary>
    public double Nulls => _nulls;

    /// <summary>Returns <c>path: conversions, value, nulls</c>, for example <c>email &gt; search: 2 conversions, 81.37 USD, 5 nulls</c>.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{string.Join(" > ", Path)}: {Metrics.Display.Quantity(_conversions)} conversions, {Metrics.Display.Money(_value)}, {Metrics.Display.Quantity(_nulls)} nulls");

    /// <inheritdoc/>
    public bool Equals(PathRow other) =>
        Path.AsSpan().SequenceEqual(other.Path.AsSpan())
        && _conversions.Equals(other._conversions)
        && _value == other._value
        && _nulls.Equals(other._nulls);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PathRow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path.Length, _conversions, _value, _nulls);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when path, counts and value are equal.</returns>
    public static bool operator ==(PathRow left, PathRow right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PathRow left, PathRow right) => !left.Equals(right);
}
