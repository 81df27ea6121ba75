using System.Diagnostics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Budget;

/// <summary>One point of a profit curve: a total budget, the response of its best split, and the profit m x response - budget.</summary>
/// <remarks><c>default(ProfitPoint)</c> has zero amounts without a currency. Equality compares every member. Immutable and thread-safe.</remarks>
[DebuggerDisplay("{Budget}: response {Response}, profit {Profit}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct ProfitPoint : IEquatable<ProfitPoint>
{
    internal ProfitPoint(Money budget, Money response, Money profit)
    {
        Budget = budget;
        Response = response;
        Profit = profit;
    }

    /// <summary>Gets the total budget.</summary>
    public Money Budget { get; }

    /// <summary>Gets the total response of the best split of the budget.</summary>
    public Money Response { get; }

    /// <summary>Gets the profit after ad spend: margin rate x response - budget.</summary>
    public Money Profit { get; }

    /// <inheritdoc/>
    public bool Equals(ProfitPoint other) => Budget == other.Budget && Response == other.Response && Profit == other.Profit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ProfitPoint other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Budget, Response, Profit);

    /// <summary>Compares two points for equality.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns><see langword="true"/> when every member is equal.</returns>
    public static bool operator ==(ProfitPoint left, ProfitPoint right) => left.Equals(right);

    /// <summary>Compares two points for inequality.</summary>
    /// <param name="left">The first point.</param>
    /// <param name="right">The second point.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ProfitPoint left, ProfitPoint right) => !left.Equals(right);
}
