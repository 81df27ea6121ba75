using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using NodaTime;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// One customer's history in discrete time (the input of <see cref="BgBb"/>): at each of n transaction opportunities (an
/// annual fund drive, a weekly event) the customer either transacted or not; x counts the opportunities with a
/// transaction and t_x is the last of them.
/// </summary>
/// <remarks>
/// <para>
/// Fader, Hardie and Shang (2010): opportunities are numbered 1..n after the first (acquiring) transaction, which is not
/// counted; x is in [0, n], t_x in [x, n] (x transactions need x distinct opportunities, the last at t_x) and t_x = 0
/// exactly when x = 0. A row may stand for a group of identical customers (<see cref="Count"/>), as in the published
/// donations data (22 rows for 11,104 donors).
/// </para>
/// <para><c>default(OpportunityRfm)</c> is a customer with no opportunities and a count of 0, refused by the fit. Equality compares every field. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct OpportunityRfm : IEquatable<OpportunityRfm>, IEqualityOperators<OpportunityRfm, OpportunityRfm, bool>
{
    /// <summary>Initializes a history.</summary>
    /// <param name="frequency">x, the number of opportunities with a transaction, 0 to <paramref name="opportunities"/>.</param>
    /// <param name="recency">t_x, the last opportunity with a transaction: 0 when x = 0, otherwise from x to <paramref name="opportunities"/>.</param>
    /// <param name="opportunities">n, the number of opportunities observed after the first transaction, 0 or more.</param>
    /// <param name="count">How many customers share this history, 1 or more (default 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is negative, or <paramref name="count"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The numbers contradict each other (the message names the rule): recency above the opportunities, recency below the frequency, or recency and frequency not both zero or both positive.</exception>
    public OpportunityRfm(int frequency, int recency, int opportunities, int count = 1)
    {
        Guard.NonNegative((long)frequency, nameof(frequency));
        Guard.NonNegative((long)recency, nameof(recency));
        Guard.NonNegative((long)opportunities, nameof(opportunities));
        Guard.Positive(count, nameof(count));
        if (recency > opportunities)
        {
            Guard.ThrowArgument(nameof(opportunities), string.Create(CultureInfo.InvariantCulture, $"opportunities must be at least recency ({recency}), was {opportunities}."));
        }

        if (recency < frequency)
        {
            Guard.ThrowArgument(nameof(recency), string.Create(CultureInfo.InvariantCulture, $"recency must be at least frequency ({frequency}): x transactions need x opportunities, was {recency}."));
        }

        if ((frequency > 0) != (recency > 0))
        {
            Guard.ThrowArgument(nameof(recency), string.Create(CultureInfo.InvariantCulture, $"recency must be 0 exactly when frequency is 0, was {recency} with frequency {frequency}."));
        }

        Frequency = frequency;
        Recency = recency;
        Opportunities = opportunities;
        Count = count;
    }

    /// <summary>
    /// Turns a transaction log into one history per customer in discrete opportunities (whole periods of
    /// <paramref name="unit"/>), for <see cref="BgBb.Fit"/>: the periods are anchored at the calibration end (the last
    /// period ends on it, like the donations data's years); n = the whole periods after the customer's first-purchase
    /// period up to the calibration end; x = the number of those periods with at least one purchase; t_x = the last of
    /// them (0 if none).
    /// </summary>
    /// <param name="transactions">The log, in any order; every line needs a customer id (values are checked as by <see cref="RfmSummary.Build(IEnumerable{CustomerTransaction}, PeriodUnit, PurchaseMerging, LocalDate)"/> and otherwise unused).</param>
    /// <param name="unit">The period between two opportunities (for example <see cref="PeriodUnit.Week"/>).</param>
    /// <param name="calibrationEnd">The last date observed, inclusive; later lines are ignored, and customers whose first purchase is later are not in the result.</param>
    /// <returns>One row per customer (count 1), ordered by customer id (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A line has no customer id or no currency (the message names its index), currencies differ
    /// (<see cref="CurrencyMismatchException"/>), no line is on or before the calibration end, or <paramref name="unit"/> is the default.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A line has a negative value.</exception>
    public static IReadOnlyList<OpportunityRfm> FromTransactions(IEnumerable<CustomerTransaction> transactions, PeriodUnit unit, LocalDate calibrationEnd) =>
        Array.AsReadOnly(OpportunityLog.Read(transactions, unit, calibrationEnd, calibrationEnd).Rows);

    /// <summary>Gets x, the number of opportunities with a transaction.</summary>
    public int Frequency { get; }

    /// <summary>Gets t_x, the last opportunity with a transaction (0 when there was none).</summary>
    public int Recency { get; }

    /// <summary>Gets n, the number of opportunities observed after the first transaction.</summary>
    public int Opportunities { get; }

    /// <summary>Gets how many customers share this history (0 only for the default).</summary>
    public int Count { get; }

    /// <summary>Returns invariant text such as <c>x=3, t_x=4, n=6, count=214</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"x={Frequency}, t_x={Recency}, n={Opportunities}, count={Count}");

    /// <inheritdoc/>
    public bool Equals(OpportunityRfm other) =>
        Frequency == other.Frequency && Recency == other.Recency && Opportunities == other.Opportunities && Count == other.Count;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OpportunityRfm other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Frequency, Recency, Opportunities, Count);

    /// <summary>Compares two histories for equality.</summary>
    /// <param name="left">The first history.</param>
    /// <param name="right">The second history.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public static bool operator ==(OpportunityRfm left, OpportunityRfm right) => left.Equals(right);

    /// <summary>Compares two histories for inequality.</summary>
    /// <param name="left">The first history.</param>
    /// <param name="right">The second history.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(OpportunityRfm left, OpportunityRfm right) => !left.Equals(right);
}
