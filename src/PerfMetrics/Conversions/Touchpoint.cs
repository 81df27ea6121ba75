using System.Diagnostics;
using System.Numerics;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Internal;

namespace PerfMetrics;

/// <summary>How a customer met a channel at a touchpoint.</summary>
public enum InteractionKind
{
    /// <summary>Not recorded (the default).</summary>
    Unspecified = 0,

    /// <summary>The customer saw an ad (a view).</summary>
    Impression = 1,

    /// <summary>The customer clicked.</summary>
    Click = 2,
}

/// <summary>One contact of a customer with a marketing channel at an instant, on the way to a conversion.</summary>
/// <remarks>
/// <c>default(Touchpoint)</c> has <c>default(Channel)</c> and the Unix epoch; it is rejected where a touchpoint is required.
/// Equality compares channel, instant and kind. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Touchpoint : IEquatable<Touchpoint>, IEqualityOperators<Touchpoint, Touchpoint, bool>
{
    private readonly Channel _channel;
    private readonly Instant _at;
    private readonly InteractionKind _kind;

    /// <summary>Initializes a touchpoint.</summary>
    /// <param name="channel">The channel; must not be <c>default(Channel)</c>.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="kind">Impression or click, if known.</param>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is <c>default(Channel)</c>, or <paramref name="kind"/> is not a defined value.</exception>
    public Touchpoint(Channel channel, Instant at, InteractionKind kind = InteractionKind.Unspecified)
    {
        _channel = Channel.Required(channel, nameof(channel));
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"kind must be a defined InteractionKind, was {Guard.Format((int)kind)}.", nameof(kind));
        }

        _at = at;
        _kind = kind;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel => _channel;

    /// <summary>Gets when the contact happened.</summary>
    public Instant At => _at;

    /// <summary>Gets the kind of interaction.</summary>
    public InteractionKind Kind => _kind;

    /// <summary>Returns <c>channel @ instant</c> (and the kind when recorded), for example <c>email @ 2026-03-01T10:00:00Z (Click)</c>.</summary>
    /// <returns>Invariant text.</returns>
    public override string ToString() =>
        _kind == InteractionKind.Unspecified
            ? $"{_channel} @ {InstantPattern.ExtendedIso.Format(_at)}"
            : $"{_channel} @ {InstantPattern.ExtendedIso.Format(_at)} ({_kind})";

    /// <inheritdoc/>
    public bool Equals(Touchpoint other) => _channel == other._channel && _at == other._at && _kind == other._kind;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Touchpoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_channel, _at, _kind);

    /// <summary>Compares two touchpoints for equality.</summary>
    /// <param name="left">The first touchpoint.</param>
    /// <param name="right">The second touchpoint.</param>
    /// <returns><see langword="true"/> when channel, instant and kind are equal.</returns>
    public static bool operator ==(Touchpoint left, Touchpoint right) => left.Equals(right);

    /// <summary>Compares two touchpoints for inequality.</summary>
    /// <param name="left">The first touchpoint.</param>
    /// <param name="right">The second touchpoint.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Touchpoint left, Touchpoint right) => !left.Equals(right);
}
