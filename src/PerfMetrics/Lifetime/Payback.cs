using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>How many periods it takes a customer's margin to repay what they cost to acquire (customer acquisition cost, CAC).</summary>
/// <remarks>
/// The payback period is the smallest whole number of periods N for which the expected cumulative margin of the first
/// N periods, discounted when a discount rate is given, reaches the CAC. It is null (undefined) when it never does:
/// when the lifetime value itself is at most the CAC. Pure and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var month = PeriodUnit.Month;
/// var periods = Payback.Period(new Money(200m, Currency.Usd),
///     new MoneyPerPeriod(new Money(100m, Currency.Usd), month),
///     new RetentionRate(0.8m, month), DiscountRate.None(month), CashFlowTiming.StartOfPeriod); // 100 + 80 + 64 >= 200: 3 months
/// </code>
/// </example>
public static class Payback
{
    /// <summary>The longest payback searched: 2^62 periods; beyond it the CAC counts as never repaid.</summary>
    private const long MaxPeriods = 1L << 62;

    /// <summary>Returns the payback period of a CAC when every customer stays and nothing is discounted: <c>ceiling(CAC / m)</c>.</summary>
    /// <param name="cac">The acquisition cost of one customer, non-negative, in a currency.</param>
    /// <param name="margin">Gross margin per period from one customer, in the same currency.</param>
    /// <returns>The whole number of periods, in the margin's unit; 0 for a zero CAC; null when the margin is zero and the CAC is not.</returns>
    /// <example>CAC 250 USD, 100 USD per month: 3 months.</example>
    /// <exception cref="ArgumentException"><paramref name="cac"/> or <paramref name="margin"/> is a default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cac"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">CAC / m exceeds <see cref="decimal"/>'s range (a margin many orders of magnitude below the CAC, such as 1e-28).</exception>
    public static Periods? Period(Money cac, MoneyPerPeriod margin)
    {
        MoneyGuard.NonNegativeInCurrency(cac);
        margin.Required(nameof(margin));
        RequireSameCurrency(cac, margin);
        if (cac.Amount == 0m)
        {
            return new Periods(0m, margin.Per);
        }

        if (margin.Amount.Amount == 0m)
        {
            return null;
        }

        return new Periods(decimal.Ceiling(cac.Amount / margin.Amount.Amount), margin.Per);
    }

    /// <summary>Returns the payback period of a CAC under constant retention and discounting.</summary>
    /// <param name="cac">The acquisition cost of one customer, non-negative, in a currency.</param>
    /// <param name="margin">Gross margin per period from one customer, in the same currency.</param>
    /// <param name="retention">Retention per period, in the margin's unit.</param>
    /// <param name="discount">Discount rate per period, in the margin's unit; <see cref="DiscountRate.None(PeriodUnit)"/> for undiscounted payback.</param>
    /// <param name="timing">When each period's margin is received.</param>
    /// <returns>
    /// The smallest whole N with <c>margin LTV over N periods &gt;= CAC</c> (<see cref="Ltv.RetentionMargin(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)"/>),
    /// in the margin's unit; 0 for a zero CAC; null when the cumulative margin never reaches the CAC (the lifetime value
    /// is below the CAC, or the payback would take more than 2^62 periods). The search adds one period at a time up to
    /// 100,000 periods and then bisects the closed form <c>first x (1 - q^n) / (1 - q)</c>, so it stays fast for retention
    /// next to 1; that closed form is exact to about 28 significant digits of the sum, so a CAC within that of a partial
    /// sum may be called repaid one period early. The sums are the
    /// decimal sums of <see cref="Ltv"/>, so the ceiling <see cref="CpaCeiling.FromPayback(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)"/> gives for an N-period window
    /// always pays back within N periods; at the limit of decimal precision (a CAC within about 1e-25 of the lifetime value
    /// itself, where the true answer is "never") the rounded sum can reach the CAC after a few hundred periods.
    /// </returns>
    /// <exception cref="ArgumentException">An argument is a default value, or the units differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cac"/> is negative, or <paramref name="timing"/> is not defined.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Periods? Period(Money cac, MoneyPerPeriod margin, RetentionRate retention, DiscountRate discount, CashFlowTiming timing)
    {
        MoneyGuard.NonNegativeInCurrency(cac);
        Ltv.CheckRetentionInputs(margin, nameof(margin), retention, discount, timing);
        RequireSameCurrency(cac, margin);
        var unit = margin.Per;
        var target = cac.Amount;
        if (target == 0m)
        {
            return new Periods(0m, unit);
        }

        var m = margin.Amount.Amount;
        decimal r = retention.Value, d = discount.Value;
        var payments = Discounting.ConstantRetention(r, d, timing);

        // A lifetime value beyond decimal's range (retention within 1e-27 of 1) is above every CAC: skip the check.
        if (!Overflows(m, payments) && (m * payments * 1.000000000000001m < target || (r > 0m && m * payments <= target)))
        {
            // Even the whole lifetime value falls short. With retention above zero every partial sum is strictly below
            // the lifetime value, so a CAC equal to it is never repaid (the slack only covers rounding of the sums).
            return null;
        }

        // Accumulate the same term-by-term sums that Ltv and CpaCeiling.FromPayback use, so that the payback period of
        // the ceiling for an N-period window is never more than N.
        var q = Discounting.RetainedRatio(r, d);
        var first = Discounting.FirstPayment(q, timing);
        var term = first;
        var sum = 0m;
        var n = 0;
        while (term != 0m && n < Discounting.TermByTermLimit)
        {
            sum += term;
            n++;
            if (Reaches(m, sum, target))
            {
                return new Periods(n, unit);
            }

            term *= q;
        }

        if (term == 0m)
        {
            return null; // the remaining terms vanished below decimal precision before the sum reached the CAC
        }

        // Very slow decay (retention within about 1e-5 of 1): the closed form first x (1 - q^n) / (1 - q) of the same sums
        // takes over. The first n it repays is found by doubling an upper bound and bisecting (about 2 x 62 evaluations),
        // instead of looping for minutes or estimating n with double logarithms, which cannot see a q within 1e-16 of 1
        // (they returned "never" for retention 1 - 1e-28, whose lifetime value is about 10^28 margins).
        var low = (long)n;
        var high = 2L * n;
        while (!Reaches(m, Discounting.ClosedForm(q, first, high), target))
        {
            if (high >= MaxPeriods)
            {
                return null;
            }

            low = high;
            high = Math.Min(high * 2, MaxPeriods);
        }

        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (Reaches(m, Discounting.ClosedForm(q, first, middle), target))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return new Periods(high, unit);
    }

    /// <summary>Returns the payback period of a CAC on a fitted retention curve: the shifted-beta-geometric (sBG) survival of a cohort.</summary>
    /// <param name="cac">The acquisition cost of one customer, non-negative, in a currency.</param>
    /// <param name="margin">Gross margin per period from one customer, in the model's unit and the CAC's currency (<see cref="Margin.FromRate(MoneyPerPeriod, decimal)"/> turns a price and a margin rate into it).</param>
    /// <param name="retention">The fitted retention curve (<see cref="ShiftedBetaGeometric.Fit(IReadOnlyList{long}, PeriodUnit)"/>).</param>
    /// <param name="discount">Discount rate per period, in the model's unit (<see cref="DiscountRate.ConvertTo(PeriodUnit)"/> converts an annual rate); <see cref="DiscountRate.None(PeriodUnit)"/> for undiscounted payback.</param>
    /// <param name="timing">When each period's margin is received.</param>
    /// <returns>
    /// The smallest whole N for which the expected discounted margin of the first N periods,
    /// <see cref="ShiftedBetaGeometric.MarginLtv(MoneyPerPeriod, DiscountRate, CashFlowTiming, Periods)"/>, reaches the CAC, in the
    /// model's unit; 0 for a zero CAC; null when it never does (the lifetime value is below the CAC, or the sum does not reach
    /// it within 2^31 - 1 periods). The search doubles N and then bisects over the same finite-horizon sums the ceiling
    /// <see cref="CpaCeiling.FromPayback(MoneyPerPeriod, ShiftedBetaGeometric, DiscountRate, CashFlowTiming, Periods)"/> uses,
    /// so a CAC at that ceiling for an N-period window always pays back within N periods.
    /// </returns>
    /// <remarks>
    /// Retention that rises with tenure (the sBG curve: the likely churners leave first) pays back later than the latest
    /// observed retention held constant, and far sooner than the first period's retention held constant: the cohort of
    /// docs/lifetime-value.md ("Payback on a fitted curve") repays a 45 EUR CAC in 16 months on its fitted curve, in 8 at the
    /// constant latest retention 326/382, and never at the constant first-month retention 0.631.
    /// </remarks>
    /// <example>
    /// <code>
    /// var fit = ShiftedBetaGeometric.Fit([1000, 631, 468, 382, 326], PeriodUnit.Month);
    /// var margin = Margin.FromRate(new MoneyPerPeriod(new Money(12m, eur), PeriodUnit.Month), 0.8m);        // 9.60 EUR a month
    /// var discount = new DiscountRate(0.10m, PeriodUnit.Year).ConvertTo(PeriodUnit.Month);
    /// var months = Payback.Period(new Money(45m, eur), margin, fit.Model, discount, CashFlowTiming.StartOfPeriod); // 16 months
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="retention"/> is null.</exception>
    /// <exception cref="ArgumentException">An argument is a default value, or a unit differs from the model's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cac"/> is negative, or <paramref name="timing"/> is not defined.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">A partial sum does not fit <see cref="decimal"/>.</exception>
    /// <exception cref="ArithmeticException">The hypergeometric series of the lifetime value cannot be summed to full precision (see <see cref="ShiftedBetaGeometric.MarginLtv(MoneyPerPeriod, DiscountRate, CashFlowTiming)"/>).</exception>
    public static Periods? Period(Money cac, MoneyPerPeriod margin, ShiftedBetaGeometric retention, DiscountRate discount, CashFlowTiming timing)
    {
        MoneyGuard.NonNegativeInCurrency(cac);
        Guard.NotNull(retention);
        margin.Required(nameof(margin));
        RequireSameCurrency(cac, margin);
        var unit = retention.Unit;

        // The lifetime value over an infinite horizon validates every unit and the timing, and tells whether payback happens.
        var lifetime = retention.MarginLtv(margin, discount, timing);
        if (cac.Amount == 0m)
        {
            return new Periods(0m, unit);
        }

        if (lifetime is { } value && value.Amount < cac.Amount)
        {
            return null;
        }

        bool Reached(long n) => retention.MarginLtv(margin, discount, timing, new Periods(n, unit)).Amount >= cac.Amount;

        long low = 0, high = 1;
        while (!Reached(high))
        {
            if (high >= int.MaxValue)
            {
                return null; // the double sums never reach a CAC within rounding of the lifetime value
            }

            low = high;
            high = Math.Min(high * 2, int.MaxValue);
        }

        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (Reached(middle))
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return new Periods(high, unit);
    }

    /// <summary>Whether <c>m x payments</c> (both non-negative) exceeds decimal's range.</summary>
    private static bool Overflows(decimal m, decimal payments) => payments > 1m && m > decimal.MaxValue / payments;

    /// <summary>Whether <c>m x payments &gt;= target</c>; a product beyond decimal's range is above every target.</summary>
    private static bool Reaches(decimal m, decimal payments, decimal target) => Overflows(m, payments) || m * payments >= target;

    private static void RequireSameCurrency(Money cac, MoneyPerPeriod margin)
    {
        if (cac.Currency != margin.Amount.Currency)
        {
            throw new CurrencyMismatchException(cac.Currency, margin.Amount.Currency, nameof(margin));
        }
    }
}
