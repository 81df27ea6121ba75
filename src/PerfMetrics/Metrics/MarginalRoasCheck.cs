using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Metrics;

/// <summary>
/// The answer of <see cref="MarginalRoas.Of(Money, Money, Money, Money, decimal)"/>: the revenue per unit of extra spend,
/// the break-even ROAS it must beat, the profit the extra spend adds and whether scaling pays.
/// </summary>
/// <remarks>
/// <c>default(MarginalRoasCheck)</c> is "nothing changed": zero deltas, undefined marginal ROAS, a break-even ROAS of 0
/// (no margin rate) and <see cref="ProfitVerdict.Undefined"/>. Equality compares every stored value. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct MarginalRoasCheck : IEquatable<MarginalRoasCheck>
{
    private readonly Money _deltaSpend;
    private readonly Money _deltaRevenue;
    private readonly decimal? _marginalRoas;
    private readonly decimal _breakEvenRoas;
    private readonly Money _incrementalProfit;
    private readonly ProfitVerdict _verdict;

    internal MarginalRoasCheck(
        Money deltaSpend, Money deltaRevenue, decimal? marginalRoas, decimal breakEvenRoas, Money incrementalProfit, ProfitVerdict verdict)
    {
        _deltaSpend = deltaSpend;
        _deltaRevenue = deltaRevenue;
        _marginalRoas = marginalRoas;
        _breakEvenRoas = breakEvenRoas;
        _incrementalProfit = incrementalProfit;
        _verdict = verdict;
    }

    /// <summary>Gets the extra spend, higher minus lower (non-negative).</summary>
    public Money DeltaSpend => _deltaSpend;

    /// <summary>Gets the extra revenue, higher minus lower (negative when more spend brought less).</summary>
    public Money DeltaRevenue => _deltaRevenue;

    /// <summary>Gets the extra revenue per unit of extra spend, not rounded; <see langword="null"/> when the spend did not change.</summary>
    public decimal? MarginalRoas => _marginalRoas;

    /// <summary>Gets the break-even ROAS of the margin rate, 1 / margin rate, which the marginal ROAS must beat.</summary>
    public decimal BreakEvenRoas => _breakEvenRoas;

    /// <summary>Gets the profit the extra spend adds, delta revenue x margin rate - delta spend; always defined.</summary>
    public Money IncrementalProfit => _incrementalProfit;

    /// <summary>Gets whether the extra spend pays for itself (the exact sign of <see cref="IncrementalProfit"/>, no tolerance: the one verdict rule of docs/metrics.md), or undefined when the spend did not change.</summary>
    public ProfitVerdict Verdict => _verdict;

    /// <summary>Returns invariant text at display precision (docs/design.md, "Display"), for example <c>Unprofitable: marginal ROAS 2.00 vs break-even 2.50, incremental profit -100.00 USD</c>.</summary>
    /// <returns>The text, ratios with two decimals and amounts at minor units; an undefined marginal ROAS prints as <c>undefined</c>. The properties stay exact.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{_verdict}: marginal ROAS {(_marginalRoas is { } roas ? Display.Ratio(roas) : "undefined")} vs break-even {Display.Ratio(_breakEvenRoas)}, incremental profit {Display.Money(_incrementalProfit)}");

    /// <inheritdoc/>
    public bool Equals(MarginalRoasCheck other) =>
        _deltaSpend == other._deltaSpend && _deltaRevenue == other._deltaRevenue && _marginalRoas == other._marginalRoas
        && _breakEvenRoas == other._breakEvenRoas && _incrementalProfit == other._incrementalProfit && _verdict == other._verdict;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MarginalRoasCheck other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(_deltaSpend, _deltaRevenue, _marginalRoas, _breakEvenRoas, _incrementalProfit, _verdict);

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when all values are equal.</returns>
    public static bool operator ==(MarginalRoasCheck left, MarginalRoasCheck right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MarginalRoasCheck left, MarginalRoasCheck right) => !left.Equals(right);
}
