using System.Diagnostics;
using System.Numerics;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>One row of a touchpoint export: a user met a channel at an instant (a click or a view), perhaps in a campaign and at a cost.</summary>
/// <remarks>
/// The input of <see cref="JourneyBuilder"/>. <see cref="InteractionKind.Unspecified"/> counts as a click (the longer
/// window). <see cref="Campaign"/> and <see cref="Cost"/> are carried for the caller; paths are made of channels only.
/// <c>default(TouchEvent)</c> has no user and no channel and is rejected by the builder. Equality compares every field.
/// Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct TouchEvent : IEquatable<TouchEvent>, IEqualityOperators<TouchEvent, TouchEvent, bool>
{
    /// <summary>Initializes a touch event.</summary>
    /// <param name="userId">The user (or cookie, device) the touch belongs to; not null, empty or white space.</param>
    /// <param name="at">When the touch happened.</param>
    /// <param name="channel">The channel; not <c>default(Channel)</c>.</param>
    /// <param name="interaction">Click or impression (view); <see cref="InteractionKind.Unspecified"/> (default) counts as a click.</param>
    /// <param name="campaign">The campaign, or null.</param>
    /// <param name="cost">What the touch cost, non-negative, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="userId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="userId"/> is empty or white space, <paramref name="channel"/> is <c>default(Channel)</c>, or <paramref name="interaction"/> is not a defined value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cost"/> is negative.</exception>
    public TouchEvent(string userId, Instant at, Channel channel, InteractionKind interaction = InteractionKind.Unspecified, string? campaign = null, Money? cost = null)
    {
        UserId = JourneyGuard.UserId(userId, nameof(userId));
        Channel = Channel.Required(channel, nameof(channel));
        if (!Enum.IsDefined(interaction))
        {
            Guard.ThrowArgument(nameof(interaction), $"interaction must be a defined InteractionKind, was {Guard.Format((int)interaction)}.");
        }

        if (cost is { } money)
        {
            MoneyGuard.NonNegative(money, nameof(cost));
        }

        At = at;
        Interaction = interaction;
        Campaign = campaign;
        Cost = cost;
    }

    /// <summary>Gets the user the touch belongs to.</summary>
    public string UserId { get; }

    /// <summary>Gets when the touch happened.</summary>
    public Instant At { get; }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets whether it was a click or an impression (view); <see cref="InteractionKind.Unspecified"/> counts as a click.</summary>
    public InteractionKind Interaction { get; }

    /// <summary>Gets the campaign, or null.</summary>
    public string? Campaign { get; }

    /// <summary>Gets the cost of the touch, or null.</summary>
    public Money? Cost { get; }

    /// <summary>Gets a value indicating whether the touch is a view (an impression): it then has the view window.</summary>
    internal bool IsView => Interaction == InteractionKind.Impression;

    /// <summary>Compares two events for equality.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public static bool operator ==(TouchEvent left, TouchEvent right) => left.Equals(right);

    /// <summary>Compares two events for inequality.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when a field differs.</returns>
    public static bool operator !=(TouchEvent left, TouchEvent right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TouchEvent other) =>
        string.Equals(UserId, other.UserId, StringComparison.Ordinal) && At == other.At && Channel == other.Channel
        && Interaction == other.Interaction && string.Equals(Campaign, other.Campaign, StringComparison.Ordinal) && Cost == other.Cost;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TouchEvent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(UserId, At, Channel, Interaction, Campaign, Cost);

    /// <summary>Returns invariant text such as <c>u1 email @ 2026-03-01T10:00:00Z (Click)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{UserId} {Channel} @ {InstantPattern.ExtendedIso.Format(At)} ({Interaction})";
}
