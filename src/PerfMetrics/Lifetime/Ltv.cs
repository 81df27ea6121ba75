using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>
/// Closed-form customer lifetime value (LTV): what one customer is worth over their expected lifetime, as revenue or as
/// gross margin, with every rate and horizon in an explicit <see cref="PeriodUnit"/>.
/// </summary>
/// <remarks>
/// <para>
/// Revenue LTV (<c>...Revenue</c> methods) and margin LTV (<c>...Margin</c> methods) are kept apart by name: a CPA ceiling
/// must come from margin LTV (<see cref="CpaCeiling.FromLtv(Money, decimal)"/>), never from revenue.
/// </para>
/// <para>
/// Units: all per-period inputs of one call must use the same <see cref="PeriodUnit"/>; a mismatch throws
/// <see cref="ArgumentException"/> naming the parameter and both units (nothing is converted; convert a rate on purpose
/// with <see cref="DiscountRate.ConvertTo(PeriodUnit)"/>). Money follows the one rule of every lifetime calculator
/// (docs/lifetime-value.md, "Units, precision and rounding"): money per period x an exact <see cref="decimal"/> factor,
/// never rounded to minor units (call <see cref="Money.Round(MidpointRounding)"/> where you show or book it); a
/// division that does not terminate (such as 1.1 / 0.3) is cut at <see cref="decimal"/>'s 28-29 significant digits.
/// </para>
/// <para>
/// Retention model: a customer alive at the start of a period stays for the next with probability <c>r</c>
/// (<see cref="RetentionRate"/>), independently of age, so the chance of being alive <c>t</c> periods after acquisition
/// is <c>r^t</c>; money is discounted by <c>(1 + d)^t</c>. Summing the geometric series gives the classic formulas
/// (Gupta and Lehmann 2003, "Customers as Assets"): start of period <c>m (1 + d) / (1 + d - r)</c>, end of period
/// <c>m r / (1 + d - r)</c>. Over a finite horizon of <c>N</c> periods the value is <c>m</c> times the sum of
/// <c>(r / (1 + d))^t</c> over the N payments (t = 0 .. N - 1 at the start, 1 .. N at the end), which equals the
/// infinite value times <c>1 - (r / (1 + d))^N</c>; it is summed term by term in <see cref="decimal"/> (so exact sums stay
/// exact) and stops early once a term underflows to zero, so the cost grows with the horizon up to about
/// <c>65 / (1 - r / (1 + d))</c> periods.
/// For cohorts whose retention rises with age use <see cref="ShiftedBetaGeometric"/>. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var month = PeriodUnit.Month;
/// var ltv = Ltv.RetentionMargin(
///     new MoneyPerPeriod(new Money(100m, Currency.Usd), month),
///     new RetentionRate(0.8m, month),
///     new DiscountRate(0.1m, month),
///     CashFlowTiming.EndOfPeriod);                 // 100 x 0.8 / 0.3 = 266.67 USD after Round()
/// </code>
/// </example>
public static class Ltv
{
    /// <summary>Returns the simple revenue LTV: average order value x purchases per period x expected lifetime in periods.</summary>
    /// <param name="averageOrderValue">Average revenue per order, non-negative, in a currency.</param>
    /// <param name="purchases">Purchases per period by one customer.</param>
    /// <param name="expectedLifetime">Expected customer lifetime, in the same unit as <paramref name="purchases"/>.</param>
    /// <returns>The revenue a customer brings over a lifetime, undiscounted and not rounded.</returns>
    /// <remarks>A rough planning figure with no retention curve and no discounting; prefer margin LTV for CPA ceilings.</remarks>
    /// <exception cref="ArgumentException">An argument is a default value, or the units of <paramref name="purchases"/> and <paramref name="expectedLifetime"/> differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="averageOrderValue"/> is negative.</exception>
    /// <exception cref="OverflowException">The result does not fit <see cref="decimal"/>.</exception>
    public static Money SimpleRevenue(Money averageOrderValue, PurchaseFrequency purchases, Periods expectedLifetime)
    {
        MoneyGuard.NonNegativeInCurrency(averageOrderValue);
        return averageOrderValue * purchases.Required(nameof(purchases)).Over(expectedLifetime, nameof(expectedLifetime));
    }

    /// <summary>
    /// Returns the simple margin LTV: average order value x purchases per period x gross margin rate x expected lifetime
    /// in periods.
    /// </summary>
    /// <param name="averageOrderValue">Average revenue per order, non-negative, in a currency.</param>
    /// <param name="purchases">Purchases per period by one customer.</param>
    /// <param name="grossMarginRate">Gross margin as a share of revenue, a fraction in (0, 1] (0.4 is 40%).</param>
    /// <param name="expectedLifetime">Expected customer lifetime, in the same unit as <paramref name="purchases"/>.</param>
    /// <returns>The gross margin a customer brings over a lifetime, undiscounted and not rounded.</returns>
    /// <example>AOV 50.00 USD, 0.5 purchases per month, 40% margin, 24 months: 50 x 0.5 x 0.4 x 24 = 240.00 USD.</example>
    /// <exception cref="ArgumentException">An argument is a default value, or the units of <paramref name="purchases"/> and <paramref name="expectedLifetime"/> differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="averageOrderValue"/> is negative, or <paramref name="grossMarginRate"/> is outside (0, 1] (a rate is a fraction: 0.10 for 10%).</exception>
    /// <exception cref="OverflowException">The result does not fit <see cref="decimal"/>.</exception>
    public static Money SimpleMargin(Money averageOrderValue, PurchaseFrequency purchases, decimal grossMarginRate, Periods expectedLifetime)
    {
        Rates.PositiveShare(grossMarginRate);
        return SimpleRevenue(averageOrderValue, purchases, expectedLifetime) * grossMarginRate;
    }

    /// <summary>Returns the expected lifetime implied by a constant retention rate: <c>1 / (1 - r)</c> periods.</summary>
    /// <param name="retention">Retention per period.</param>
    /// <returns>The expected number of periods a new customer stays (counting the period of acquisition), in the rate's unit.</returns>
    /// <example>Retention 0.8 per month: 1 / 0.2 = 5 months.</example>
    /// <exception cref="ArgumentException"><paramref name="retention"/> is <c>default(RetentionRate)</c>.</exception>
    public static Periods ExpectedLifetime(RetentionRate retention)
    {
        retention.Required(nameof(retention));
        return new Periods(1m / retention.Churn, retention.Per);
    }

    /// <summary>Returns the revenue LTV of a new customer under constant retention, over an infinite horizon.</summary>
    /// <param name="revenue">Revenue per period from one customer.</param>
    /// <param name="retention">Retention per period, in the same unit.</param>
    /// <param name="discount">Discount rate per period, in the same unit.</param>
    /// <param name="timing">When each period's money is received.</param>
    /// <returns><c>R (1 + d) / (1 + d - r)</c> at the start of periods, <c>R r / (1 + d - r)</c> at the end; not rounded.</returns>
    /// <exception cref="ArgumentException">An argument is a default value, or the units differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">The result does not fit <see cref="decimal"/>.</exception>
    public static Money RetentionRevenue(MoneyPerPeriod revenue, RetentionRate retention, DiscountRate discount, CashFlowTiming timing) =>
        Retention(revenue, nameof(revenue), retention, discount, timing, horizon: null);

    /// <summary>Returns the revenue LTV of a new customer under constant retention, over a finite horizon of whole periods.</summary>
    /// <param name="revenue">Revenue per period from one customer.</param>
    /// <param name="retention">Retention per period, in the same unit.</param>
    /// <param name="discount">Discount rate per period, in the same unit.</param>
    /// <param name="timing">When each period's money is received.</param>
    /// <param name="horizon">The number of periods counted (whole), in the same unit; each period pays at most once.</param>
    /// <returns>The sum of the first N expected discounted payments (the infinite value x <c>1 - (r / (1 + d))^N</c>); not rounded.</returns>
    /// <exception cref="ArgumentException">An argument is a default value, or the units differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not a defined value, or <paramref name="horizon"/> is not a whole number.</exception>
    /// <exception cref="OverflowException">The result does not fit <see cref="decimal"/>.</exception>
    public static Money RetentionRevenue(MoneyPerPeriod revenue, RetentionRate retention, DiscountRate discount, CashFlowTiming timing, Periods horizon) =>
        Retention(revenue, nameof(revenue), retention, discount, timing, RequireHorizon(horizon, revenue.Per));

    /// <summary>Returns the margin LTV of a new customer under constant retention, over an infinite horizon.</summary>
    /// <param name="margin">Gross margin per period from one customer.</param>
    /// <param name="retention">Retention per period, in the same unit.</param>
    /// <param name="discount">Discount rate per period, in the same unit.</param>
    /// <param name="timing">When each period's margin is received.</param>
    /// <returns><c>m (1 + d) / (1 + d - r)</c> at the start of periods, <c>m r / (1 + d - r)</c> at the end; not rounded.</returns>
    /// <example>m = 100 USD, r = 0.8, d = 0.1 per month: end 100 x 0.8 / 0.3 = 266.67 USD, start 100 x 1.1 / 0.3 = 366.67 USD.</example>
    /// <exception cref="ArgumentException">An argument is a default value, or the units differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not a defined value.</exception>
    /// <exception cref="OverflowException">The result does not fit <see cref="decimal"/>.</exception>
    public static Money RetentionMargin(MoneyPerPeriod margin, RetentionRate retention, DiscountRate discount, CashFlowTiming timing) =>
        Retention(margin, nameof(margin), retention, discount, timing, horizon: null);

    /// <summary>Returns the margin LTV of a new customer under constant retention, over a finite horizon of whole periods.</summary>
    /// <param name="margin">Gross margin per period from one customer.</param>
    /// <param name="retention">Retention per period, in the same unit.</param>
    /// <param name="discount">Discount rate per period, in the same unit.</param>
    /// <param name="timing">When each period's margin is received.</param>
    /// <param name="horizon">The number of periods counted (whole), in the same unit; each period pays at most once.</param>
    /// <returns>The sum of the first N expected discounted payments (the infinite value x <c>1 - (r / (1 + d))^N</c>); not rounded.</returns>
    /// <exception cref="ArgumentException">An argument is a default value, or the units differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not a defined value, or <paramref name="horizon"/> is not a whole number.</exception>
    /// <exception cref="OverflowException">The result does not fit <see cref="decimal"/>.</exception>
    public static Money RetentionMargin(MoneyPerPeriod margin, RetentionRate retention, DiscountRate discount, CashFlowTiming timing, Periods horizon) =>
        Retention(margin, nameof(margin), retention, discount, timing, RequireHorizon(horizon, margin.Per));

    internal static void CheckRetentionInputs(MoneyPerPeriod money, string moneyName, RetentionRate retention, DiscountRate discount, CashFlowTiming timing)
    {
        money.Required(moneyName);
        retention.Required(nameof(retention));
        discount.Required(nameof(discount));
        LifetimeChecks.Defined(timing, nameof(timing));
        PeriodUnit.RequireSame(money.Per, moneyName, retention.Per, nameof(retention));
        PeriodUnit.RequireSame(money.Per, moneyName, discount.Per, nameof(discount));
    }

    internal static int RequireHorizon(Periods horizon, PeriodUnit expected, string paramName = "horizon")
    {
        horizon.Required(paramName);
        if (!expected.IsDefault)
        {
            PeriodUnit.RequireSame(expected, "the money per period", horizon.Unit, paramName);
        }

        return horizon.WholeCount(paramName);
    }

    private static Money Retention(MoneyPerPeriod money, string moneyName, RetentionRate retention, DiscountRate discount, CashFlowTiming timing, int? horizon)
    {
        CheckRetentionInputs(money, moneyName, retention, discount, timing);
        var factor = horizon is { } n
            ? Discounting.ConstantRetention(retention.Value, discount.Value, timing, n)
            : Discounting.ConstantRetention(retention.Value, discount.Value, timing);
        return money.Times(factor);
    }
}
