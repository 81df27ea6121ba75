using System.Collections.Immutable;
using System.Diagnostics;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Internal;

namespace PerfMetrics;

/// <summary>What a conversion was: a lead (a sign-up, a form) or an acquisition (a sale, a new customer).</summary>
public enum ConversionKind
{
    /// <summary>A sale or a new customer: what CPA pays for.</summary>
    Acquisition = 0,

    /// <summary>A lead: what CPL pays for.</summary>
    Lead = 1,
}

/// <summary>
/// A conversion: the instant it happened, its value, its kind, and the touchpoints that preceded it (its journey).
/// </summary>
/// <remarks>
/// Touchpoints are sorted by time on construction (a stable sort: ties keep their input order) and each must be at or
/// before the conversion instant. A conversion may have no touchpoints (nothing to attribute it to). Equality compares
/// instant, value, kind and the touchpoint sequence. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Conversion : IEquatable<Conversion>
{
    /// <summary>Initializes a conversion.</summary>
    /// <param name="at">When the conversion happened.</param>
    /// <param name="value">Its value (revenue), non-negative; <c>default(Money)</c> for a conversion without value.</param>
    /// <param name="kind">Acquisition or lead.</param>
    /// <param name="touchpoints">The touchpoints before it, in any order; each at or before <paramref name="at"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="touchpoints"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ArgumentException">A touchpoint is after <paramref name="at"/> or is <c>default(Touchpoint)</c>, or <paramref name="kind"/> is undefined.</exception>
    public Conversion(Instant at, Money value, ConversionKind kind, IEnumerable<Touchpoint> touchpoints)
    {
        Guard.NotNull(touchpoints);
        MoneyGuard.NonNegative(value);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"kind must be a defined ConversionKind, was {Guard.Format((int)kind)}.", nameof(kind));
        }

        var sorted = touchpoints.ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Channel.IsDefault)
            {
                Guard.ThrowArgument(nameof(touchpoints), $"touchpoints[{i}] must name a channel, was default(Touchpoint).");
            }

            if (sorted[i].At > at)
            {
                Guard.ThrowArgument(
                    nameof(touchpoints),
                    $"touchpoints[{i}] must be at or before the conversion at {InstantPattern.ExtendedIso.Format(at)}, was {sorted[i].ToString()}.");
            }
        }

        // Array.Sort is not stable; order by (instant, input index) to keep ties in input order.
        var indices = new int[sorted.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            indices[i] = i;
        }

        var keys = sorted;
        Array.Sort(indices, (a, b) =>
        {
            var byTime = keys[a].At.CompareTo(keys[b].At);
            return byTime != 0 ? byTime : a.CompareTo(b);
        });
        var builder = ImmutableArray.CreateBuilder<Touchpoint>(sorted.Length);
        foreach (var index in indices)
        {
            builder.Add(keys[index]);
        }

        At = at;
        Value = value;
        Kind = kind;
        Touchpoints = builder.MoveToImmutable();
    }

    /// <summary>Initializes an acquisition with its touchpoints.</summary>
    /// <param name="at">When the conversion happened.</param>
    /// <param name="value">Its value, non-negative.</param>
    /// <param name="touchpoints">The touchpoints before it, each at or before <paramref name="at"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="touchpoints"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="ArgumentException">A touchpoint is after <paramref name="at"/>.</exception>
    public Conversion(Instant at, Money value, params Touchpoint[] touchpoints)
        : this(at, value, ConversionKind.Acquisition, touchpoints)
    {
    }

    /// <summary>Gets when the conversion happened.</summary>
    public Instant At { get; }

    /// <summary>Gets the conversion's value (revenue); <c>default(Money)</c> when it has none.</summary>
    public Money Value { get; }

    /// <summary>Gets whether this is an acquisition or a lead.</summary>
    public ConversionKind Kind { get; }

    /// <summary>Gets the touchpoints that preceded the conversion, oldest first (ties in input order).</summary>
    public ImmutableArray<Touchpoint> Touchpoints { get; }

    /// <summary>Returns a short invariant description, for example <c>Acquisition 25.00 USD @ 2026-03-01T10:00:00Z via email &gt; search</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Kind} {Value.ToString()} @ {InstantPattern.ExtendedIso.Format(At)} via {(Touchpoints.IsEmpty ? "(none)" : string.Join(" > ", Touchpoints.Select(t => t.Channel.Name)))}";

    /// <inheritdoc/>
    public bool Equals(Conversion? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (At == other.At && Value == other.Value && Kind == other.Kind && Touchpoints.AsSpan().SequenceEqual(other.Touchpoints.AsSpan())));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Conversion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(At, Value, Kind, Touchpoints.Length);

    /// <summary>Compares two conversions for value equality.</summary>
    /// <param name="left">The first conversion.</param>
    /// <param name="right">The second conversion.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(Conversion? left, Conversion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two conversions for inequality.</summary>
    /// <param name="left">The first conversion.</param>
    /// <param name="right">The second conversion.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Conversion? left, Conversion? right) => !(left == right);
}
