using System.Diagnostics;
using System.Globalization;
using System.Text;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Experiments;

/// <summary>The answer of <see cref="HoldoutTest.Analyze(GroupCounts, GroupCounts, Money, double)"/>: what the campaign added beyond what would have happened anyway.</summary>
/// <remarks>
/// Point values are exact where they can be (scaled control and incremental conversions in <see cref="decimal"/>,
/// shown as <see cref="double"/>; the cost per incremental conversion as exact money); intervals are
/// <see cref="double"/> statistics (formulas on <see cref="HoldoutTest"/>). Undefined values are null: the lift when
/// either group has no conversions (the log risk ratio needs both), the cost per incremental conversion when the
/// campaign added no conversions, the p-value when nobody (or everybody) converted in both groups. Equality compares the
/// inputs (both groups, the spend and the level), which determine every output. Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("Holdout: {IncrementalConversions}")]
public sealed class HoldoutResult : IEquatable<HoldoutResult>, System.Numerics.IEqualityOperators<HoldoutResult, HoldoutResult, bool>
{
    private readonly decimal _incremental;

    internal HoldoutResult(GroupCounts test, GroupCounts control, Money spend, double level)
    {
        Test = test;
        Control = control;
        Spend = spend;
        ConfidenceLevel = level;
        var scaled = (decimal)control.Conversions * test.Users / control.Users;
        _incremental = test.Conversions - scaled;
        ScaledControlConversions = (double)scaled;
        RateDifference = Proportions.NewcombeDifference(test, control, level);
        IncrementalConversions = new Estimate((double)_incremental, RateDifference.Lower * test.Users, RateDifference.Upper * test.Users, level);
        var ratio = Proportions.RiskRatio(test, control, level);
        Lift = ratio is { } r ? new Estimate(r.Value - 1d, r.Lower - 1d, r.Upper - 1d, level) : null;
        ZScore = Proportions.PooledZ(test, control);
        PValue = ZScore is { } z ? Proportions.TwoSidedP(z) : null;
        if (_incremental > 0m)
        {
            var upper = IncrementalConversions.Lower > 0d ? new Money(spend.Amount / Proportions.ToDecimal(IncrementalConversions.Lower), spend.Currency) : (Money?)null;
            CostPerIncrementalConversion = new MoneyEstimate(
                new Money(spend.Amount / _incremental, spend.Currency),
                new Money(spend.Amount / Proportions.ToDecimal(IncrementalConversions.Upper), spend.Currency),
                upper,
                level);
        }
    }

    /// <summary>Gets the exposed group.</summary>
    public GroupCounts Test { get; }

    /// <summary>Gets the held-out group.</summary>
    public GroupCounts Control { get; }

    /// <summary>Gets the campaign's spend.</summary>
    public Money Spend { get; }

    /// <summary>Gets the confidence level of every interval.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Gets the control rate times the test users: the test group's conversions had there been no campaign.</summary>
    public double ScaledControlConversions { get; }

    /// <summary>Gets the test rate minus the control rate, with Newcombe's hybrid score interval (method 10).</summary>
    public Estimate RateDifference { get; }

    /// <summary>Gets the incremental conversions, test conversions - scaled control conversions, with the rate difference's interval times the test users.</summary>
    public Estimate IncrementalConversions { get; }

    /// <summary>Gets the lift, test rate / control rate - 1 (0.25 is 25% more conversions), with the Katz log risk-ratio interval; null when either group has no conversions.</summary>
    public Estimate? Lift { get; }

    /// <summary>
    /// Gets the cost per incremental conversion, spend / incremental conversions (the incremental CPA), with the interval of
    /// the incremental conversions carried through (the upper end is unbounded when the interval reaches zero); null when
    /// the point estimate of incremental conversions is zero or negative.
    /// </summary>
    public MoneyEstimate? CostPerIncrementalConversion { get; }

    /// <summary>Gets the pooled two-proportion z statistic; null when the pooled rate is 0 or 1.</summary>
    public double? ZScore { get; }

    /// <summary>Gets the two-sided p-value of the pooled two-proportion z-test; null when the pooled rate is 0 or 1.</summary>
    public double? PValue { get; }

    /// <summary>Returns the incremental return on ad spend, incremental conversions x value per conversion / spend, with its interval.</summary>
    /// <param name="valuePerConversion">The average value (revenue) of one conversion, non-negative, in the spend's currency.</param>
    /// <returns>The incremental ROAS (2.5 means 2.50 of incremental revenue per 1.00 spent); null when the spend is zero.</returns>
    /// <exception cref="ArgumentException"><paramref name="valuePerConversion"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="valuePerConversion"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="valuePerConversion"/> is not in the spend's currency.</exception>
    public Estimate? IncrementalRoas(Money valuePerConversion)
    {
        MoneyGuard.NonNegativeInCurrency(valuePerConversion);
        MoneyGuard.SameCurrency(Spend, valuePerConversion);
        if (Spend.Amount == 0m)
        {
            return null;
        }

        var perConversion = (double)(valuePerConversion.Amount / Spend.Amount);
        return new Estimate(
            (double)(_incremental * valuePerConversion.Amount / Spend.Amount),
            IncrementalConversions.Lower * perConversion,
            IncrementalConversions.Upper * perConversion,
            ConfidenceLevel);
    }

    /// <summary>Returns the incremental profit, incremental conversions x unit margin - spend, with its interval.</summary>
    /// <param name="unitMargin">The margin one conversion earns before advertising, non-negative, in the spend's currency.</param>
    /// <returns>The profit the campaign added (negative when it lost money), with the interval of the incremental conversions carried through.</returns>
    /// <exception cref="ArgumentException"><paramref name="unitMargin"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitMargin"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="unitMargin"/> is not in the spend's currency.</exception>
    public MoneyEstimate IncrementalProfit(Money unitMargin)
    {
        MoneyGuard.NonNegativeInCurrency(unitMargin);
        MoneyGuard.SameCurrency(Spend, unitMargin);
        var m = unitMargin.Amount;
        var currency = Spend.Currency;
        return new MoneyEstimate(
            new Money((_incremental * m) - Spend.Amount, currency),
            new Money((Proportions.ToDecimal(IncrementalConversions.Lower) * m) - Spend.Amount, currency),
            new Money((Proportions.ToDecimal(IncrementalConversions.Upper) * m) - Spend.Amount, currency),
            ConfidenceLevel);
    }

    /// <summary>Judges the incremental CPA against the margin one conversion earns, with the library's one verdict rule.</summary>
    /// <param name="unitMargin">The margin one conversion earns before advertising, non-negative, in the spend's currency.</param>
    /// <returns>
    /// <see cref="CpaVersusMargin.Of(Money, decimal, Money)"/> of the spend and the incremental conversions (point estimate):
    /// Profitable when the incremental CPA is below the margin; Undefined when the campaign added exactly zero conversions;
    /// null when it added fewer than zero (a CPA of a negative count has no meaning: see <see cref="IncrementalProfit(Money)"/>).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="unitMargin"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitMargin"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="unitMargin"/> is not in the spend's currency.</exception>
    public MarginCheck? CheckMargin(Money unitMargin)
    {
        MoneyGuard.NonNegativeInCurrency(unitMargin);
        MoneyGuard.SameCurrency(Spend, unitMargin);
        return _incremental < 0m ? null : CpaVersusMargin.Of(Spend, _incremental, unitMargin);
    }

    /// <summary>Judges the incremental CPA against an LTV-based CPA ceiling (<see cref="CpaCeiling.FromLtv(Money, decimal)"/>), with the library's one verdict rule.</summary>
    /// <param name="ceiling">The most one acquisition may cost, non-negative, in the spend's currency.</param>
    /// <returns><see cref="CpaCeiling.Check(Money, decimal, Money)"/> of the spend and the incremental conversions; null when the campaign added no conversions (zero or fewer).</returns>
    /// <exception cref="ArgumentException"><paramref name="ceiling"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ceiling"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="ceiling"/> is not in the spend's currency.</exception>
    public CeilingCheck? CheckCeiling(Money ceiling)
    {
        MoneyGuard.NonNegativeInCurrency(ceiling);
        MoneyGuard.SameCurrency(Spend, ceiling);
        return _incremental <= 0m ? null : CpaCeiling.Check(Spend, _incremental, ceiling);
    }

    /// <summary>Returns a readable multi-line report: the groups, the incremental conversions, lift, cost per incremental conversion and p-value.</summary>
    /// <returns>Invariant text; numbers to 4 significant digits, money to minor units, undefined values as <c>undefined</c>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Holdout test, {ExperimentGuard.Show(ConfidenceLevel * 100d, "0.##")}% intervals\n");
        text.Append(CultureInfo.InvariantCulture, $"  test (exposed):                 {Test}\n");
        text.Append(CultureInfo.InvariantCulture, $"  control (held out):             {Control}\n");
        text.Append(CultureInfo.InvariantCulture, $"  expected without the campaign:  {ExperimentGuard.Show(ScaledControlConversions, "0.##")} conversions\n");
        text.Append(CultureInfo.InvariantCulture, $"  incremental conversions:        {IncrementalConversions.ToString("0.#")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  lift:                           {(Lift is { } l ? l.Percent() : "undefined")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  cost per incremental conversion: {(CostPerIncrementalConversion is { } c ? c.ToString() : "undefined")}\n");
        text.Append(CultureInfo.InvariantCulture, $"  p-value (pooled z-test):        {(PValue is { } p ? ExperimentGuard.Show(p, "G4") : "undefined")}\n");
        return text.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(HoldoutResult? other) =>
        other is not null && Test == other.Test && Control == other.Control && Spend == other.Spend && ConfidenceLevel.Equals(other.ConfidenceLevel);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as HoldoutResult);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Test, Control, Spend, ConfidenceLevel);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result, or null.</param>
    /// <param name="right">The second result, or null.</param>
    /// <returns><see langword="true"/> when both are null or were computed from equal inputs.</returns>
    public static bool operator ==(HoldoutResult? left, HoldoutResult? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two results by value.</summary>
    /// <param name="left">The first result, or null.</param>
    /// <param name="right">The second result, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(HoldoutResult? left, HoldoutResult? right) => !(left == right);
}
