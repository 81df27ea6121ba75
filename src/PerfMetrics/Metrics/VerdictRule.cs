using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Metrics;

/// <summary>The kinds of <see cref="VerdictRule"/>: what a channel's or campaign's results are judged against.</summary>
public enum VerdictRuleKind
{
    /// <summary>CPA against the fixed margin one acquisition earns (fixed-price products).</summary>
    UnitMargin = 1,

    /// <summary>ROAS against break-even ROAS = 1 / contribution-margin rate (baskets of varying value).</summary>
    MarginRate = 2,

    /// <summary>CPA against a CPA ceiling, for example one derived from lifetime value (<see cref="Lifetime.CpaCeiling"/>).</summary>
    CpaCeiling = 3,
}

/// <summary>
/// The rule a keep-or-cut verdict is judged by: CPA against a unit margin, ROAS against break-even ROAS (a
/// contribution-margin rate), or CPA against an LTV-based CPA ceiling. A closed set built by factories.
/// </summary>
/// <remarks>
/// <para>
/// Which to use (docs/metrics.md, "Which rule"): a unit margin when every sale earns about the same (one product at one
/// price); a margin rate when order values vary (a basket earns its revenue x rate, so ROAS is the right test and a
/// per-sale margin is not: an affiliate with CPA 38.95 USD against a "38 USD margin" looks unprofitable, yet its ROAS of
/// 2.90 is above the 2.857 break-even of a 35% margin); a CPA ceiling when a new customer is worth their lifetime value
/// rather than their first order.
/// </para>
/// <para>
/// The comparison is the one verdict rule of the library (exact, no tolerance): unit margin x conversions against spend;
/// revenue x margin rate against spend (the same as ROAS against 1 / rate, without the rounding of either division);
/// ceiling x conversions against spend. <c>default(VerdictRule)</c> is no rule (<see cref="Kind"/> is 0); reports
/// reject it. Equality compares kind, amount and rate. Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct VerdictRule : IEquatable<VerdictRule>, IEqualityOperators<VerdictRule, VerdictRule, bool>
{
    private readonly VerdictRuleKind _kind;
    private readonly Money _amount;
    private readonly decimal _marginRate;

    private VerdictRule(VerdictRuleKind kind, Money amount, decimal marginRate)
    {
        _kind = kind;
        _amount = amount;
        _marginRate = marginRate;
    }

    /// <summary>Gets what the rule judges against.</summary>
    public VerdictRuleKind Kind => _kind;

    /// <summary>Gets the unit margin or the CPA ceiling; null for a margin-rate rule.</summary>
    public Money? Amount => _kind is VerdictRuleKind.UnitMargin or VerdictRuleKind.CpaCeiling ? _amount : null;

    /// <summary>Gets the contribution-margin rate (a fraction in (0, 1]); null unless <see cref="Kind"/> is <see cref="VerdictRuleKind.MarginRate"/>.</summary>
    public decimal? Rate => _kind == VerdictRuleKind.MarginRate ? _marginRate : null;

    /// <summary>Gets the break-even ROAS <c>1 / margin rate</c> (<see cref="Metrics.BreakEvenRoas"/>); null unless the rule is a margin rate.</summary>
    public decimal? BreakEvenRoas => _kind == VerdictRuleKind.MarginRate ? Metrics.BreakEvenRoas.Of(_marginRate) : null;

    /// <summary>Returns the rule "CPA against the margin one acquisition earns".</summary>
    /// <param name="unitMargin">The margin per acquisition before advertising, non-negative, in a currency.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="unitMargin"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitMargin"/> is negative.</exception>
    public static VerdictRule UnitMargin(Money unitMargin) =>
        new(VerdictRuleKind.UnitMargin, MoneyGuard.NonNegativeInCurrency(unitMargin), 0m);

    /// <summary>Returns the rule "ROAS against break-even ROAS" for a contribution-margin rate.</summary>
    /// <param name="marginRate">Contribution margin as a fraction of revenue, greater than 0 and at most 1 (0.35 for 35%).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is not in (0, 1].</exception>
    public static VerdictRule MarginRate(decimal marginRate) =>
        new(VerdictRuleKind.MarginRate, default, Rates.PositiveShare(marginRate));

    /// <summary>Returns the rule "CPA against a CPA ceiling", for example <see cref="Lifetime.CpaCeiling.FromLtv(Money, decimal)"/>.</summary>
    /// <param name="ceiling">The most one acquisition may cost, non-negative, in a currency.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="ceiling"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ceiling"/> is negative.</exception>
    public static VerdictRule CpaCeiling(Money ceiling) =>
        new(VerdictRuleKind.CpaCeiling, MoneyGuard.NonNegativeInCurrency(ceiling), 0m);

    /// <summary>Returns the rule in words, amounts at display precision, for example <c>CPA vs unit margin 38.00 USD</c>,
    /// <c>ROAS vs break-even 2.86 (35% margin)</c> or <c>CPA vs CPA ceiling 60.00 USD</c>.</summary>
    /// <returns>Invariant text; <c>None</c> for <c>default(VerdictRule)</c>.</returns>
    public override string ToString() => _kind switch
    {
        0 => "None",
        VerdictRuleKind.UnitMargin => "CPA vs unit margin " + _amount.Round().ToString(),
        VerdictRuleKind.MarginRate => string.Create(
            CultureInfo.InvariantCulture, $"ROAS vs break-even {Metrics.BreakEvenRoas.Of(_marginRate):0.00} ({_marginRate * 100m:0.##}% margin)"),
        VerdictRuleKind.CpaCeiling => "CPA vs CPA ceiling " + _amount.Round().ToString(),
    };

    /// <inheritdoc/>
    public bool Equals(VerdictRule other) => _kind == other._kind && _amount == other._amount && _marginRate == other._marginRate;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is VerdictRule other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_kind, _amount, _marginRate);

    /// <summary>Compares two rules for equality.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when kind, amount and rate are equal.</returns>
    public static bool operator ==(VerdictRule left, VerdictRule right) => left.Equals(right);

    /// <summary>Compares two rules for inequality.</summary>
    /// <param name="left">The first rule.</param>
    /// <param name="right">The second rule.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(VerdictRule left, VerdictRule right) => !left.Equals(right);

    /// <summary>Rebuilds a rule read from JSON (validated like the factories).</summary>
    internal static VerdictRule FromParts(VerdictRuleKind kind, Money? amount, decimal? marginRate) => kind switch
    {
        VerdictRuleKind.UnitMargin when amount is { } a && marginRate is null => UnitMargin(a),
        VerdictRuleKind.CpaCeiling when amount is { } a && marginRate is null => CpaCeiling(a),
        VerdictRuleKind.MarginRate when amount is null && marginRate is { } r => MarginRate(r),
        _ => throw new ArgumentException($"A {kind} rule takes {(kind == VerdictRuleKind.MarginRate ? "a Rate and no Amount" : "an Amount and no Rate")}."),
    };

    /// <summary>
    /// The verdict of spend, attributed conversions and revenue under this rule (null when the rule is a ceiling, whose
    /// verdict is a <see cref="Lifetime.CeilingVerdict"/>): Undefined when the measured ratio (CPA, or ROAS) is undefined.
    /// </summary>
    internal ProfitVerdict ProfitVerdictOf(Money spend, decimal conversions, Money revenue)
    {
        Debug.Assert(_kind != VerdictRuleKind.CpaCeiling, "a ceiling rule gives a CeilingVerdict");
        if (_kind == VerdictRuleKind.UnitMargin)
        {
            return conversions == 0m ? ProfitVerdict.Undefined : CpaVersusMargin.Of(spend, conversions, _amount).Verdict;
        }

        return spend.Amount == 0m ? ProfitVerdict.Undefined : Verdicts.FromSign(Verdicts.Compare(revenue.Amount * _marginRate, spend.Amount));
    }

    /// <summary>The ceiling verdict of spend and attributed conversions; null when no conversion was credited.</summary>
    internal Lifetime.CeilingVerdict? CeilingVerdictOf(Money spend, decimal conversions) =>
        Lifetime.CpaCeiling.Check(spend, conversions, _amount)?.Verdict;

    /// <summary>Throws unless the rule is a rule and its money is in <paramref name="currency"/>.</summary>
    internal VerdictRule RequireIn(Currency currency, string paramName)
    {
        if (_kind == 0)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be a verdict rule, was default(VerdictRule). Use VerdictRule.UnitMargin, MarginRateOf or CpaCeiling.");
        }

        if (_kind != VerdictRuleKind.MarginRate && _amount.Currency != currency)
        {
            throw new CurrencyMismatchException(currency, _amount.Currency, paramName);
        }

        return this;
    }
}
