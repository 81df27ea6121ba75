using System.Diagnostics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Budget;

/// <summary>One channel of a <see cref="BudgetAllocation"/>: the allocated spend, its response, ROAS and marginal ROAS, and the change against the current split.</summary>
/// <remarks>
/// Amounts are in the allocation's currency; spend is in whole minor units (see <see cref="BudgetAllocation"/>), responses
/// are not rounded. <c>default(BudgetRow)</c> has <c>default(Channel)</c> and zero amounts. Equality compares every
/// member. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{Channel}: spend {Spend}, response {Response}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct BudgetRow : IEquatable<BudgetRow>
{
    internal BudgetRow(Channel channel, Money spend, Money response, decimal? roas, decimal? marginalRoas, SpendBound bound, Money currentSpend, Money currentResponse)
    {
        Channel = channel;
        Spend = spend;
        Response = response;
        Roas = roas;
        MarginalRoas = marginalRoas;
        Bound = bound;
        CurrentSpend = currentSpend;
        CurrentResponse = currentResponse;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the allocated spend per period.</summary>
    public Money Spend { get; }

    /// <summary>Gets the response at the allocated spend.</summary>
    public Money Response { get; }

    /// <summary>Gets the average ROAS at the allocated spend, response / spend; null at zero spend.</summary>
    public decimal? Roas { get; }

    /// <summary>Gets the marginal ROAS R'(spend) at the allocated spend; null where it is infinite.</summary>
    public decimal? MarginalRoas { get; }

    /// <summary>Gets whether the spend sits at a bound or strictly between.</summary>
    public SpendBound Bound { get; }

    /// <summary>Gets the current spend (the baseline).</summary>
    public Money CurrentSpend { get; }

    /// <summary>Gets the response at the current spend.</summary>
    public Money CurrentResponse { get; }

    /// <summary>Gets the change of spend against the current split, allocated minus current.</summary>
    public Money SpendChange => Spend - CurrentSpend;

    /// <summary>Gets the change of response against the current split, allocated minus current.</summary>
    public Money ResponseChange => Response - CurrentResponse;

    /// <inheritdoc/>
    public bool Equals(BudgetRow other) =>
        Channel == other.Channel && Spend == other.Spend && Response == other.Response && Roas == other.Roas
        && MarginalRoas == other.MarginalRoas && Bound == other.Bound && CurrentSpend == other.CurrentSpend
        && CurrentResponse == other.CurrentResponse;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BudgetRow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Channel, Spend, Response, Roas, MarginalRoas, Bound, CurrentSpend, CurrentResponse);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(BudgetRow left, BudgetRow right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BudgetRow left, BudgetRow right) => !left.Equals(right);
}
