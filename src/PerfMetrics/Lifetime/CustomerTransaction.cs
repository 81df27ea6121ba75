using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using NodaTime;
using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>One purchase in a transaction log: who bought, on which calendar date, and for how much.</summary>
/// <remarks>
/// The input row of <see cref="RfmSummary.Build(IEnumerable{CustomerTransaction}, PeriodUnit, PurchaseMerging, LocalDate)"/>.
/// Event times recorded as an <see cref="Instant"/> become a date with <see cref="At(string, Instant, DateTimeZone, Money)"/>
/// in an explicit time zone (the calendar day of a purchase depends on where it is counted; no zone is assumed).
/// <c>default(CustomerTransaction)</c> has no customer id and is rejected by <see cref="RfmSummary"/> (naming the row).
/// Equality compares id (ordinal), date and value. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CustomerTransaction : IEquatable<CustomerTransaction>, IEqualityOperators<CustomerTransaction, CustomerTransaction, bool>
{
    /// <summary>Initializes a transaction.</summary>
    /// <param name="customerId">The customer's identifier, not null or empty; compared ordinally.</param>
    /// <param name="date">The calendar date of the purchase.</param>
    /// <param name="value">The purchase value, non-negative, in a real currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is empty or <paramref name="value"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public CustomerTransaction(string customerId, LocalDate date, Money value)
    {
        Guard.NotNull(customerId);
        if (customerId.Length == 0)
        {
            Guard.ThrowArgument(nameof(customerId), "customerId must not be empty, was \"\".");
        }

        CustomerId = customerId;
        Date = date;
        Value = MoneyGuard.NonNegativeInCurrency(value);
    }

    /// <summary>Gets the customer's identifier (null only for <c>default(CustomerTransaction)</c>).</summary>
    public string CustomerId { get; }

    /// <summary>Gets the calendar date of the purchase.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the purchase value.</summary>
    public Money Value { get; }

    /// <summary>Returns a transaction recorded at an instant, dated by the calendar day in <paramref name="zone"/>.</summary>
    /// <param name="customerId">The customer's identifier, not null or empty.</param>
    /// <param name="instant">When the purchase happened.</param>
    /// <param name="zone">The time zone whose calendar day counts (for example the shop's zone).</param>
    /// <param name="value">The purchase value, non-negative, in a real currency.</param>
    /// <returns>The transaction on <c>instant.InZone(zone).Date</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerId"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="customerId"/> is empty or <paramref name="value"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    public static CustomerTransaction At(string customerId, Instant instant, DateTimeZone zone, Money value)
    {
        Guard.NotNull(zone);
        return new CustomerTransaction(customerId, instant.InZone(zone).Date, value);
    }

    /// <summary>Returns the transaction as invariant text, for example <c>0001 1997-01-01 29.33 USD</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{CustomerId ?? "(no id)"} {Date:uuuu-MM-dd} {Value}");

    /// <inheritdoc/>
    public bool Equals(CustomerTransaction other) =>
        string.Equals(CustomerId, other.CustomerId, StringComparison.Ordinal) && Date == other.Date && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CustomerTransaction other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(CustomerId is null ? 0 : StringComparer.Ordinal.GetHashCode(CustomerId), Date, Value);

    /// <summary>Compares two transactions for equality.</summary>
    /// <param name="left">The first transaction.</param>
    /// <param name="right">The second transaction.</param>
    /// <returns><see langword="true"/> when id, date and value are equal.</returns>
    public static bool operator ==(CustomerTransaction left, CustomerTransaction right) => left.Equals(right);

    /// <summary>Compares two transactions for inequality.</summary>
    /// <param name="left">The first transaction.</param>
    /// <param name="right">The second transaction.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CustomerTransaction left, CustomerTransaction right) => !left.Equals(right);
}
