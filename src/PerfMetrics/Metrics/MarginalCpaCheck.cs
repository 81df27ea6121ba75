using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Metrics;

/// <summary>
/// The answer of <see cref="MarginalCpa.Of(Money, decimal, Money, decimal, Money)"/>: what the extra acquisitions of a
/// higher spend level cost each, what they earned, and whether scaling pays.
/// </summary>
/// <remarks>
/// <c>default(MarginalCpaCheck)</c> is "nothing changed": zero deltas, undefined marginal CPA,
/// <see cref="ProfitVerdict.Undefined"/>. Equality compares every stored value. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct MarginalCpaCheck : IEquatable<MarginalCpaCheck>
{
    private readonly Money _deltaSpend;
    private readonly decimal _deltaAcquisitions;
    private readonly Money _unitMargin;
    private readonly Money? _marginalCpa;
    private readonly Money _incrementalProfit;
    private readonly ProfitVerdict _verdict;

    internal MarginalCpaCheck(
        Money deltaSpend, decimal deltaAcquisitions, Money unitMargin, Money? marginalCpa, Money incrementalProfit, ProfitVerdict verdict)
    {
        _deltaSpend = deltaSpend;
        _deltaAcquisitions = deltaAcquisitions;
        _unitMargin = unitMargin;
        _marginalCpa = marginalCpa;
        _incrementalProfit = incrementalProfit;
        _verdict = verdict;
    }

    /// <summary>Gets the extra spend, higher minus lower (non-negative).</summary>
    public Money DeltaSpend => _deltaSpend;

    /// <summary>Gets the extra acquisitions, higher minus lower (negative when more spend brought fewer).</summary>
    public decimal DeltaAcquisitions => _deltaAcquisitions;

    /// <summary>Gets what each extra acquisition cost, delta spend / delta acquisitions, not rounded; <see langword="null"/> when the acquisitions did not change.</summary>
    public Money? MarginalCpa => _marginalCpa;

    /// <summary>Gets the margin one acquisition earns before advertising.</summary>
    public Money UnitMargin => _unitMargin;

    /// <summary>Gets margin - marginal CPA: how much more each extra acquisition could cost before scaling stops paying;
    /// <see langword="null"/> when the marginal CPA is undefined, and when more spend brought fewer acquisitions (there
    /// is no extra acquisition to price, so no headroom).</summary>
    public Money? Headroom => _marginalCpa is { } cpa && _deltaAcquisitions > 0m ? _unitMargin - cpa : null;

    /// <summary>Gets the profit the move to the higher spend level adds, margin x delta acquisitions - delta spend; always defined.</summary>
    public Money IncrementalProfit => _incrementalProfit;

    /// <summary>Gets whether the extra spend pays for itself (the exact sign of <see cref="IncrementalProfit"/>, no tolerance: the one verdict rule of docs/metrics.md), or undefined when the acquisitions did not change.</summary>
    public ProfitVerdict Verdict => _verdict;

    /// <summary>Returns invariant text at display precision (docs/design.md, "Display"), for example <c>Unprofitable: marginal CPA 43.75 USD vs margin 38.00 USD, incremental profit -46.00 USD</c>.</summary>
    /// <returns>The text, amounts rounded to minor units and grouped; an undefined marginal CPA prints as <c>undefined</c>. The properties stay exact.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{_verdict}: marginal CPA {(_marginalCpa is { } cpa ? Display.Money(cpa) : "undefined")} vs margin {Display.Money(_unitMargin)}, incremental profit {Display.Money(_incrementalProfit)}");

    /// <inheritdoc/>
    public bool Equals(MarginalCpaCheck other) =>
        _deltaSpend == other._deltaSpend && _deltaAcquisitions == other._deltaAcquisitions && _unitMargin == other._unitMargin
        && _marginalCpa == other._marginalCpa && _incrementalProfit == other._incrementalProfit && _verdict == other._verdict;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MarginalCpaCheck other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(_deltaSpend, _deltaAcquisitions, _unitMargin, _marginalCpa, _incrementalProfit, _verdict);

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when all values are equal.</returns>
    public static bool operator ==(MarginalCpaCheck left, MarginalCpaCheck right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MarginalCpaCheck left, MarginalCpaCheck right) => !left.Equals(right);
}
