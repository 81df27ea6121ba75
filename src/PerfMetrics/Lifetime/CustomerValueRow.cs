using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Experiments;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// One row of a <see cref="CustomerValueTable"/>: a customer's history (x, t_x, T), P(alive), expected purchases over the
/// horizon, expected value per transaction, CLV and rank, with confidence intervals when the table was asked for them.
/// </summary>
/// <remarks>
/// Values are exact on the properties (money not rounded); text rounds (docs/design.md, "Display"). Equality compares
/// every member. Immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class CustomerValueRow : IEquatable<CustomerValueRow>, IEqualityOperators<CustomerValueRow, CustomerValueRow, bool>
{
    internal CustomerValueRow(
        string customerId,
        int count,
        int frequency,
        Periods recency,
        Periods t,
        double probabilityAlive,
        double expectedPurchases,
        Money? expectedSpend,
        Money? clv,
        int rank,
        Estimate? probabilityAliveInterval,
        Estimate? expectedPurchasesInterval,
        MoneyEstimate? clvInterval)
    {
        CustomerId = customerId;
        Count = count;
        Frequency = frequency;
        Recency = recency;
        T = t;
        ProbabilityAlive = probabilityAlive;
        ExpectedPurchases = expectedPurchases;
        ExpectedSpend = expectedSpend;
        Clv = clv;
        Rank = rank;
        ProbabilityAliveInterval = probabilityAliveInterval;
        ExpectedPurchasesInterval = expectedPurchasesInterval;
        ClvInterval = clvInterval;
    }

    /// <summary>Gets the customer's identifier (or the group's, for a grouped row).</summary>
    public string CustomerId { get; }

    /// <summary>Gets how many customers the row stands for (<see cref="CustomerRfm.Count"/>); every value is per customer.</summary>
    public int Count { get; }

    /// <summary>Gets x, the number of repeat purchases in calibration.</summary>
    public int Frequency { get; }

    /// <summary>Gets t_x, the periods from the first to the last purchase.</summary>
    public Periods Recency { get; }

    /// <summary>Gets T, the periods from the first purchase to the end of calibration.</summary>
    public Periods T { get; }

    /// <summary>Gets P(alive | x, t_x, T).</summary>
    public double ProbabilityAlive { get; }

    /// <summary>Gets E[Y(horizon) | x, t_x, T], the expected purchases over the table's horizon (not discounted).</summary>
    public double ExpectedPurchases { get; }

    /// <summary>Gets the Gamma-Gamma conditional expected value per transaction E[M | x, m]; null without a spend model or when infinite.</summary>
    public Money? ExpectedSpend { get; }

    /// <summary>Gets the CLV as <see cref="Clv.ForCustomers"/> computes it (not rounded); null without a spend model or when infinite.</summary>
    public Money? Clv { get; }

    /// <summary>Gets the rank by CLV, 1 for the most valuable (by expected purchases when the table has no spend model); ties by customer id.</summary>
    public int Rank { get; }

    /// <summary>Gets the delta-method interval on P(alive) (on the logit scale, so it stays in [0, 1]); null when not asked for or without a covariance.</summary>
    public Estimate? ProbabilityAliveInterval { get; }

    /// <summary>Gets the delta-method interval on the expected purchases (on the log scale, so it stays non-negative); null when not asked for or without a covariance.</summary>
    public Estimate? ExpectedPurchasesInterval { get; }

    /// <summary>Gets the delta-method interval on the CLV (on the log scale); null when not asked for, without a CLV, or without both covariances.</summary>
    public MoneyEstimate? ClvInterval { get; }

    /// <summary>Returns the row as invariant text at display precision, for example <c>0001: x=2, t_x=30.43, T=38.86, P(alive)=87.3%, purchases=1.23, spend=24.66 USD, CLV=8.12 USD, rank 17</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{CustomerId}: x={Frequency}, t_x={Recency.Count:0.##}, T={T.Count:0.##}, P(alive)={CustomerValueTable.AliveText(this)}, purchases={CustomerValueTable.PurchasesText(this)}, spend={Metrics.Display.Money(ExpectedSpend)}, CLV={CustomerValueTable.ClvText(this)}, rank {Rank}")
        + (Count > 1 ? string.Create(CultureInfo.InvariantCulture, $", count={Count}") : string.Empty);

    /// <inheritdoc/>
    public bool Equals(CustomerValueRow? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(CustomerId, other.CustomerId, StringComparison.Ordinal)
                && Count == other.Count
                && Frequency == other.Frequency
                && Recency == other.Recency
                && T == other.T
                && ProbabilityAlive.Equals(other.ProbabilityAlive)
                && ExpectedPurchases.Equals(other.ExpectedPurchases)
                && ExpectedSpend == other.ExpectedSpend
                && Clv == other.Clv
                && Rank == other.Rank
                && Nullable.Equals(ProbabilityAliveInterval, other.ProbabilityAliveInterval)
                && Nullable.Equals(ExpectedPurchasesInterval, other.ExpectedPurchasesInterval)
                && Nullable.Equals(ClvInterval, other.ClvInterval)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CustomerValueRow);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(CustomerId), Frequency, Recency, T, ProbabilityAlive, ExpectedPurchases, Clv, Rank);

    /// <summary>Compares two rows by value.</summary>
    /// <param name="left">The first row, or null.</param>
    /// <param name="right">The second row, or null.</param>
    /// <returns><see langword="true"/> when both are null or every member is equal.</returns>
    public static bool operator ==(CustomerValueRow? left, CustomerValueRow? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two rows by value.</summary>
    /// <param name="left">The first row, or null.</param>
    /// <param name="right">The second row, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CustomerValueRow? left, CustomerValueRow? right) => !(left == right);
}
