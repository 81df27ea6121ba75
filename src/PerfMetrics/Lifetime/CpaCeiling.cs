using PerfMetrics.Internal;
using PerfMetrics.Metrics;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The most you may pay to acquire a customer (a ceiling on cost per acquisition, CPA), from their lifetime value
/// (LTV) or from a payback window, and the verdict on an observed CPA.
/// </summary>
/// <remarks>
/// <para>
/// LTV:CAC rule: <c>max CPA = margin LTV / target LTV:CAC ratio</c>; a ratio of 3 (the common rule of thumb, and the
/// default) leaves two thirds of a customer's margin as profit. Pass margin LTV, not revenue LTV.
/// </para>
/// <para>
/// Payback rule: the most a customer may cost so that their expected (discounted) margin repays it within N periods:
/// the margin LTV over a horizon of N periods (<see cref="Ltv.RetentionMargin(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)"/>).
/// A longer window never lowers the ceiling.
/// </para>
/// <para>
/// Money is exact and not rounded. The verdict of <see cref="Check(Money, Money)"/> follows the one verdict rule of the
/// library (docs/metrics.md, "Verdicts"): exact comparison, no tolerance. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var ceiling = CpaCeiling.FromLtv(new Money(300m, Currency.Usd));      // 300 / 3 = 100.00 USD
/// var check = CpaCeiling.Check(new Money(350m, Currency.Usd), 14, ceiling); // CPA 25 USD: WithinCeiling, headroom 75 USD
/// </code>
/// </example>
public static class CpaCeiling
{
    /// <summary>The default target ratio of lifetime value to customer acquisition cost (LTV:CAC), 3.</summary>
    public const decimal DefaultTargetLtvToCacRatio = 3m;

    /// <summary>Returns the CPA ceiling <c>margin LTV / target LTV:CAC ratio</c>.</summary>
    /// <param name="marginLtv">The margin (not revenue) LTV of a customer, non-negative, in a currency.</param>
    /// <param name="targetLtvToCacRatio">The LTV:CAC ratio to keep, greater than 0; 3 by default.</param>
    /// <returns>The ceiling, not rounded. Increases with <paramref name="marginLtv"/> and decreases with the ratio.</returns>
    /// <example>Margin LTV 266.67 USD at the default ratio 3: 88.89 USD.</example>
    /// <exception cref="ArgumentException"><paramref name="marginLtv"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginLtv"/> is negative, or <paramref name="targetLtvToCacRatio"/> is not positive.</exception>
    public static Money FromLtv(Money marginLtv, decimal targetLtvToCacRatio = DefaultTargetLtvToCacRatio)
    {
        MoneyGuard.NonNegativeInCurrency(marginLtv);
        Guard.Positive(targetLtvToCacRatio);
        return marginLtv / targetLtvToCacRatio;
    }

    /// <summary>Returns the most a customer may cost so that their expected discounted margin repays it within a payback window.</summary>
    /// <param name="margin">Gross margin per period from one customer.</param>
    /// <param name="retention">Retention per period, in the same unit.</param>
    /// <param name="discount">Discount rate per period, in the same unit (<see cref="DiscountRate.None(PeriodUnit)"/> for none).</param>
    /// <param name="timing">When each period's margin is received.</param>
    /// <param name="paybackWindow">The window, a whole number of periods in the same unit.</param>
    /// <returns>The margin LTV over <paramref name="paybackWindow"/>; never lower for a longer window.</returns>
    /// <example>100 USD per month, r = 0.8, no discount, paid at the start, 3 months: 100 + 80 + 64 = 244.00 USD.</example>
    /// <exception cref="ArgumentException">An argument is a default value, or the units differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not defined, or <paramref name="paybackWindow"/> is not a whole number.</exception>
    /// <exception cref="OverflowException">The result does not fit <see cref="decimal"/>.</exception>
    public static Money FromPayback(MoneyPerPeriod margin, RetentionRate retention, DiscountRate discount, CashFlowTiming timing, Periods paybackWindow)
    {
        var n = Ltv.RequireHorizon(paybackWindow, margin.Per, nameof(paybackWindow));
        Ltv.CheckRetentionInputs(margin, nameof(margin), retention, discount, timing);
        return margin.Times(Discounting.ConstantRetention(retention.Value, discount.Value, timing, n));
    }

    /// <summary>Returns the most a customer may cost so that their expected discounted margin on a fitted retention curve repays it within a payback window.</summary>
    /// <param name="margin">Gross margin per period from one customer, in the model's unit (<see cref="Margin.FromRate(MoneyPerPeriod, decimal)"/> from a price and a margin rate).</param>
    /// <param name="retention">The fitted shifted-beta-geometric retention curve.</param>
    /// <param name="discount">Discount rate per period, in the model's unit.</param>
    /// <param name="timing">When each period's margin is received.</param>
    /// <param name="paybackWindow">The window, a whole number of periods in the model's unit.</param>
    /// <returns>
    /// The margin LTV over the window, <see cref="ShiftedBetaGeometric.MarginLtv(MoneyPerPeriod, DiscountRate, CashFlowTiming, Periods)"/>;
    /// never lower for a longer window, and a CAC at it pays back within the window
    /// (<see cref="Payback.Period(Money, MoneyPerPeriod, ShiftedBetaGeometric, DiscountRate, CashFlowTiming)"/>).
    /// </returns>
    /// <example>The cohort 1000, 631, 468, 382, 326 (monthly), 9.60 EUR margin a month paid at the start, 10% a year discount: the 16-month ceiling is just above 45 EUR.</example>
    /// <exception cref="ArgumentNullException"><paramref name="retention"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is a default value, or a unit differs from the model's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not defined, or <paramref name="paybackWindow"/> is not a whole number.</exception>
    /// <exception cref="OverflowException">The result does not fit <see cref="decimal"/>.</exception>
    public static Money FromPayback(MoneyPerPeriod margin, ShiftedBetaGeometric retention, DiscountRate discount, CashFlowTiming timing, Periods paybackWindow)
    {
        Guard.NotNull(retention);
        return retention.MarginLtv(margin, discount, timing, paybackWindow);
    }

    /// <summary>Checks an observed cost per acquisition against a ceiling.</summary>
    /// <param name="cpa">The observed CPA, non-negative, in a currency.</param>
    /// <param name="ceiling">The ceiling, non-negative, in the same currency.</param>
    /// <returns>
    /// The CPA, ceiling, exact headroom and its share of the ceiling, and the verdict: the sign of the exact headroom, with
    /// no tolerance (the rule of <see cref="Metrics.CpaVersusMargin"/>): a CPA of 38.0000001 USD against a 38 USD ceiling is
    /// <see cref="CeilingVerdict.AboveCeiling"/>. Round both amounts first for a comparison to the cent.
    /// </returns>
    /// <exception cref="ArgumentException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static CeilingCheck Check(Money cpa, Money ceiling)
    {
        MoneyGuard.NonNegativeInCurrency(cpa);
        MoneyGuard.NonNegativeInCurrency(ceiling);
        MoneyGuard.SameCurrency(cpa, ceiling);
        return Build(cpa, ceiling, Verdicts.Compare(ceiling.Amount, cpa.Amount));
    }

    /// <summary>Checks the cost per acquisition of a spend (<c>spend / acquisitions</c>) against a ceiling.</summary>
    /// <param name="spend">The amount spent, non-negative, in a currency.</param>
    /// <param name="acquisitions">
    /// The acquisitions it bought, non-negative; may be fractional, so that the attributed conversions of an
    /// <see cref="Attribution.AttributionResult"/> flow straight in (the same type as <see cref="Metrics.Cpa"/> takes).
    /// </param>
    /// <param name="ceiling">The ceiling, non-negative, in the same currency.</param>
    /// <returns>
    /// The check of CPA = <c>spend / acquisitions</c> (exact up to <see cref="decimal"/> division); null when there are no
    /// acquisitions, since the CPA is undefined. The verdict compares <c>ceiling x acquisitions</c> with the spend, without
    /// the division, exactly as <see cref="Metrics.CpaVersusMargin.Of(Money, decimal, Money)"/> compares the margin: for
    /// the same spend, acquisitions and amount, Profitable, BreakEven and Unprofitable there are WithinCeiling, AtCeiling
    /// and AboveCeiling here.
    /// </returns>
    /// <example>350.00 USD for 14 sales is a CPA of 25.00 USD.</example>
    /// <exception cref="ArgumentException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount or <paramref name="acquisitions"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The quotient overflows <see cref="decimal"/> (a huge spend over a tiny fractional count).</exception>
    public static CeilingCheck? Check(Money spend, decimal acquisitions, Money ceiling)
    {
        MoneyGuard.NonNegativeInCurrency(spend);
        Guard.NonNegative(acquisitions);
        MoneyGuard.NonNegativeInCurrency(ceiling);
        MoneyGuard.SameCurrency(spend, ceiling);
        return Metrics.Cpa.Of(spend, acquisitions) is { } cpa
            ? Build(cpa, ceiling, Verdicts.ComparePerUnit(ceiling.Amount, acquisitions, spend.Amount))
            : null;
    }

    private static CeilingCheck Build(Money cpa, Money ceiling, int sign)
    {
        var headroom = ceiling - cpa;
        decimal? share = ceiling.Amount == 0m ? null : headroom.Amount / ceiling.Amount;
        return new CeilingCheck(cpa, ceiling, headroom, share, Verdicts.CeilingFromSign(sign));
    }
}
