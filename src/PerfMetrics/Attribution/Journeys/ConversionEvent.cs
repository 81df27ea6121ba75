using System.Diagnostics;
using System.Numerics;
using NodaTime;
using NodaTime.Text;

namespace PerfMetrics.Attribution;

/// <summary>One row of an order (conversion) export: a user converted at an instant with a value, perhaps with an order id.</summary>
/// <remarks>
/// The input of <see cref="JourneyBuilder"/>. Two conversions with the same <see cref="OrderId"/> are one order (a pixel
/// that fired twice): the builder keeps the first and counts the others as duplicates. A conversion without an order id is
/// never a duplicate. <c>default(ConversionEvent)</c> has no user and is rejected by the builder. Equality compares every
/// field. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct ConversionEvent : IEquatable<ConversionEvent>, IEqualityOperators<ConversionEvent, ConversionEvent, bool>
{
    /// <summary>Initializes a conversion event.</summary>
    /// <param name="userId">The user who converted; not null, empty or white space.</param>
    /// <param name="at">When the conversion happened.</param>
    /// <param name="value">Its value, non-negative, in a real currency.</param>
    /// <param name="orderId">The order id, or null when the export has none; an empty or white-space id counts as none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="userId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="userId"/> is empty or white space, or <paramref name="value"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public ConversionEvent(string userId, Instant at, Money value, string? orderId = null)
    {
        UserId = JourneyGuard.UserId(userId, nameof(userId));
        MoneyGuard.NonNegativeInCurrency(value, nameof(value));
        At = at;
        Value = value;
        OrderId = string.IsNullOrWhiteSpace(orderId) ? null : orderId;
    }

    /// <summary>Gets the user who converted.</summary>
    public string UserId { get; }

    /// <summary>Gets when the conversion happened.</summary>
    public Instant At { get; }

    /// <summary>Gets the conversion's value.</summary>
    public Money Value { get; }

    /// <summary>Gets the order id, or null.</summary>
    public string? OrderId { get; }

    /// <summary>Compares two events for equality.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public static bool operator ==(ConversionEvent left, ConversionEvent right) => left.Equals(right);

    /// <summary>Compares two events for inequality.</summary>
    /// <param name="left">The first event.</param>
    /// <param name="right">The second event.</param>
    /// <returns><see langword="true"/> when a field differs.</returns>
    public static bool operator !=(ConversionEvent left, ConversionEvent right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(ConversionEvent other) =>
        string.Equals(UserId, other.UserId, StringComparison.Ordinal) && At == other.At && Value == other.Value
        && string.Equals(OrderId, other.OrderId, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConversionEvent other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(UserId, At, Value, OrderId);

    /// <summary>Returns invariant text such as <c>u1 25.00 USD @ 2026-03-01T10:00:00Z (order A17)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        OrderId is null
            ? $"{UserId} {Value} @ {InstantPattern.ExtendedIso.Format(At)}"
            : $"{UserId} {Value} @ {InstantPattern.ExtendedIso.Format(At)} (order {OrderId})";
}
