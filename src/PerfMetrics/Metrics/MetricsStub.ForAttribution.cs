// STAND-IN for the metrics API of the metrics issue, so the attribution reports compile on this branch.
// The lead deletes this file at merge time; the real types keep exactly these signatures.
using System.Diagnostics;
using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>Cost per acquisition (CPA): cost / acquisitions.</summary>
public static class Cpa
{
    /// <summary>Returns cost / acquisitions, or null when there are no acquisitions.</summary>
    /// <param name="cost">The cost.</param>
    /// <param name="acquisitions">The acquisitions, non-negative.</param>
    /// <returns>The CPA, not rounded; null when <paramref name="acquisitions"/> is 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="acquisitions"/> is negative.</exception>
    public static Money? Of(Money cost, decimal acquisitions)
    {
        Guard.NonNegative(acquisitions);
        return acquisitions == 0m ? null : cost / acquisitions;
    }
}

/// <summary>Return on ad spend (ROAS): revenue / ad spend.</summary>
public static class Roas
{
    /// <summary>Returns revenue / ad spend, or null when the ad spend is zero.</summary>
    /// <param name="revenue">The revenue.</param>
    /// <param name="adSpend">The ad spend, same currency.</param>
    /// <returns>The ratio; null when <paramref name="adSpend"/> is zero.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static decimal? Of(Money revenue, Money adSpend) => adSpend.Amount == 0m ? null : revenue / adSpend;
}

/// <summary>Whether acquiring at a CPA is profitable against the margin a sale earns.</summary>
public enum ProfitVerdict
{
    /// <summary>No acquisitions: CPA is undefined.</summary>
    Undefined = 0,

    /// <summary>CPA above the unit margin.</summary>
    Unprofitable = 1,

    /// <summary>CPA equal to the unit margin.</summary>
    BreakEven = 2,

    /// <summary>CPA below the unit margin.</summary>
    Profitable = 3,
}

/// <summary>CPA against unit margin.</summary>
[DebuggerDisplay("{Verdict}")]
public readonly struct CpaVersusMarginResult : IEquatable<CpaVersusMarginResult>
{
    internal CpaVersusMarginResult(Money? cpa, Money unitMargin, Money? profitPerAcquisition, Money totalProfit, Money? headroom, decimal? headroomShare, ProfitVerdict verdict, decimal acquisitions, Money spend)
    {
        Cpa = cpa;
        UnitMargin = unitMargin;
        ProfitPerAcquisition = profitPerAcquisition;
        TotalProfit = totalProfit;
        Headroom = headroom;
        HeadroomShare = headroomShare;
        Verdict = verdict;
        Acquisitions = acquisitions;
        Spend = spend;
    }

    /// <summary>Gets the CPA; null without acquisitions.</summary>
    public Money? Cpa { get; }

    /// <summary>Gets the unit margin.</summary>
    public Money UnitMargin { get; }

    /// <summary>Gets margin - CPA; null without acquisitions.</summary>
    public Money? ProfitPerAcquisition { get; }

    /// <summary>Gets margin x acquisitions - spend.</summary>
    public Money TotalProfit { get; }

    /// <summary>Gets margin - CPA; null without acquisitions.</summary>
    public Money? Headroom { get; }

    /// <summary>Gets the headroom as a share of the margin; null when undefined.</summary>
    public decimal? HeadroomShare { get; }

    /// <summary>Gets the verdict.</summary>
    public ProfitVerdict Verdict { get; }

    /// <summary>Gets the acquisitions.</summary>
    public decimal Acquisitions { get; }

    /// <summary>Gets the spend.</summary>
    public Money Spend { get; }

    /// <inheritdoc/>
    public bool Equals(CpaVersusMarginResult other) => Verdict == other.Verdict && Spend == other.Spend && Acquisitions == other.Acquisitions && UnitMargin == other.UnitMargin;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CpaVersusMarginResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Verdict, Spend, Acquisitions, UnitMargin);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(CpaVersusMarginResult left, CpaVersusMarginResult right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(CpaVersusMarginResult left, CpaVersusMarginResult right) => !left.Equals(right);
}

/// <summary>CPA versus margin calculator.</summary>
public static class CpaVersusMargin
{
    /// <summary>Compares the CPA of <paramref name="spend"/> over <paramref name="acquisitions"/> with <paramref name="unitMargin"/>.</summary>
    /// <param name="spend">The spend.</param>
    /// <param name="acquisitions">The acquisitions, non-negative.</param>
    /// <param name="unitMargin">The margin per acquisition, same currency.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="acquisitions"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static CpaVersusMarginResult Of(Money spend, decimal acquisitions, Money unitMargin)
    {
        var cpa = Metrics.Cpa.Of(spend, acquisitions);
        var total = unitMargin * acquisitions - spend;
        if (cpa is not { } c)
        {
            return new CpaVersusMarginResult(null, unitMargin, null, total, null, null, ProfitVerdict.Undefined, acquisitions, spend);
        }

        var headroom = unitMargin - c;
        var verdict = c < unitMargin ? ProfitVerdict.Profitable : c == unitMargin ? ProfitVerdict.BreakEven : ProfitVerdict.Unprofitable;
        decimal? share = unitMargin.Amount == 0m ? null : headroom / unitMargin;
        return new CpaVersusMarginResult(cpa, unitMargin, headroom, total, headroom, share, verdict, acquisitions, spend);
    }
}
