using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Metrics;

/// <summary>
/// The answer of <see cref="CpaVersusMargin.Of(Money, decimal, Money)"/>: the CPA, the unit margin, the headroom (the
/// profit per acquisition), the total profit and the verdict.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Headroom"/> (margin - CPA) answers two questions at once: what one acquisition earns after its advertising
/// cost, and how much the CPA may still rise before the campaign stops paying for itself; it has the same name as
/// <see cref="Lifetime.CeilingCheck.Headroom"/>. <see cref="TotalProfit"/> is computed directly as margin x acquisitions - spend,
/// not from the (possibly inexactly divided) CPA.
/// </para>
/// <para>
/// <c>default(MarginCheck)</c> is the result for nothing: zero spend, zero acquisitions, currency-less zero
/// margin and profit, undefined CPA and <see cref="ProfitVerdict.Undefined"/>. Equality compares spend, acquisitions,
/// margin, CPA, total profit and verdict. Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct MarginCheck : IEquatable<MarginCheck>
{
    private readonly Money _spend;
    private readonly decimal _acquisitions;
    private readonly Money _unitMargin;
    private readonly Money? _cpa;
    private readonly Money _totalProfit;
    private readonly decimal? _headroomShare;
    private readonly ProfitVerdict _verdict;

    internal MarginCheck(
        Money spend, decimal acquisitions, Money unitMargin, Money? cpa, Money totalProfit, decimal? headroomShare, ProfitVerdict verdict)
    {
        _spend = spend;
        _acquisitions = acquisitions;
        _unitMargin = unitMargin;
        _cpa = cpa;
        _totalProfit = totalProfit;
        _headroomShare = headroomShare;
        _verdict = verdict;
    }

    /// <summary>Gets the cost per acquisition, spend / acquisitions, not rounded; <see langword="null"/> when there are no acquisitions.</summary>
    public Money? Cpa => _cpa;

    /// <summary>Gets the margin one acquisition earns before advertising.</summary>
    public Money UnitMargin => _unitMargin;

    /// <summary>Gets the total profit after advertising, margin x acquisitions - spend; always defined (minus the spend when nothing was acquired).</summary>
    public Money TotalProfit => _totalProfit;

    /// <summary>
    /// Gets the headroom, margin - CPA: what one acquisition earns after its advertising cost, and how much the CPA may
    /// rise before break-even (negative when unprofitable); <see langword="null"/> when the CPA is undefined.
    /// </summary>
    public Money? Headroom =>
        _cpa is { } cpa ? Amounts.In(_unitMargin.Amount - cpa.Amount, _unitMargin.Currency) : null; // both >= 0: cannot overflow

    /// <summary>
    /// Gets the headroom as a share of the margin, (margin - CPA) / margin: 0.342 means the CPA is 34.2% below the margin,
    /// negative when above, 1 when acquisitions cost nothing. <see langword="null"/> when the CPA is undefined or the
    /// margin is zero (a share of zero has no meaning).
    /// </summary>
    public decimal? HeadroomShare => _headroomShare;

    /// <summary>Gets the verdict: CPA below, equal to or above the margin, compared exactly with no tolerance (the one verdict rule of docs/metrics.md), or undefined without acquisitions.</summary>
    public ProfitVerdict Verdict => _verdict;

    /// <summary>Gets the acquisitions the result was computed from.</summary>
    public decimal Acquisitions => _acquisitions;

    /// <summary>Gets the spend the result was computed from.</summary>
    public Money Spend => _spend;

    /// <summary>Returns invariant text at display precision (docs/design.md, "Display"), for example <c>Profitable: CPA 25.00 USD vs margin 38.00 USD, headroom 13.00 USD, total profit 182.00 USD</c>.</summary>
    /// <returns>The text, amounts rounded to minor units and grouped; an undefined CPA prints as <c>undefined</c>. The properties stay exact.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{_verdict}: CPA {(_cpa is { } cpa ? Display.Money(cpa) : "undefined")} vs margin {Display.Money(_unitMargin)}, headroom {(Headroom is { } h ? Display.Money(h) : "undefined")}, total profit {Display.Money(_totalProfit)}");

    /// <inheritdoc/>
    public bool Equals(MarginCheck other) =>
        _spend == other._spend && _acquisitions == other._acquisitions && _unitMargin == other._unitMargin
        && _cpa == other._cpa && _totalProfit == other._totalProfit && _verdict == other._verdict;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MarginCheck other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_spend, _acquisitions, _unitMargin, _cpa, _totalProfit, _verdict);

    /// <summary>Compares two results for equality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when all inputs and outputs are equal.</returns>
    public static bool operator ==(MarginCheck left, MarginCheck right) => left.Equals(right);

    /// <summary>Compares two results for inequality.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MarginCheck left, MarginCheck right) => !left.Equals(right);
}
