using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>
/// Customer lifetime value (CLV) of non-contractual customers: the discounted margin of their expected future purchases,
/// from a repeat-purchase model (<see cref="BgNbd"/>, <see cref="ModifiedBgNbd"/>, <see cref="ParetoNbd"/>: any
/// <see cref="IRepeatPurchaseModel"/>) and a <see cref="GammaGamma"/> spend model, with every unit explicit. The same
/// computation gives each row of <see cref="CustomerValueTable"/>.
/// </summary>
/// <remarks>
/// <para>
/// Formula (Fader, Hardie and Lee 2005, "RFM and CLV", with the discounting done per period as in the lifetimes package):
/// <c>CLV = margin rate x E[M | x, m] x sum over k = 1..H of (E[Y(k s) | x, t_x, T] - E[Y((k - 1) s) | x, t_x, T]) / (1 + d)^k</c>,
/// where H is the horizon in periods of the model's unit, d the discount rate per period, and E[M] the Gamma-Gamma
/// expected value per transaction. Purchases expected during period k are discounted by k full periods (paid at the end
/// of the period).
/// </para>
/// <para>
/// Units: one rule, as everywhere in <see cref="PerfMetrics.Lifetime"/>: the discount rate and the horizon must be in the
/// purchase model's unit, and a mismatch throws <see cref="ArgumentException"/> naming both units. To value a weekly
/// model with a rate quoted per four weeks or per year, convert the rate on purpose with
/// <see cref="DiscountRate.ConvertTo(PeriodUnit)"/> (compounding-correct) and give the horizon in weeks.
/// </para>
/// <para>
/// Money: the expected discounted purchase value is computed in <see cref="double"/>, converted to <see cref="decimal"/>
/// (15 significant digits) and multiplied exactly by the margin rate; it is not rounded to minor units (the one rule of
/// every lifetime calculator, docs/lifetime-value.md, "Units, precision and rounding"); totals add the per-customer
/// values, so a total always equals the sum of its parts. The value covers future
/// purchases only (after the end of observation); it is null when the expected value per transaction is infinite
/// (Gamma-Gamma q &lt;= 1 for a customer without repeat purchases), and a finite value beyond decimal money throws
/// <see cref="OverflowException"/>. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var perCustomer = Clv.ForCustomers(bgNbd, gammaGamma, summary.Customers, 0.3m, new DiscountRate(0.01m, PeriodUnit.Week), new Periods(52, PeriodUnit.Week));
/// var ceiling = CpaCeiling.FromLtv(Clv.ForNewCustomer(bgNbd, gammaGamma, 0.3m, discount, horizon)!.Value);
/// </code>
/// </example>
public static class Clv
{
    /// <summary>Returns the CLV of one customer with the history in their RFM row.</summary>
    /// <param name="purchases">The fitted purchase model; its unit is the unit of the row's periods.</param>
    /// <param name="spend">The fitted spend model; its currency is the currency of the result.</param>
    /// <param name="customer">The customer's RFM row (x, t_x, T and mean repeat value).</param>
    /// <param name="marginRate">The gross margin as a share of purchase value, a fraction in [0, 1] (0.3 is 30%).</param>
    /// <param name="discount">The discount rate per period, in the purchase model's unit.</param>
    /// <param name="horizon">How many whole periods ahead to value, in the purchase model's unit.</param>
    /// <returns>The CLV, not rounded, or null when the expected value per transaction is infinite.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> or <paramref name="spend"/> is null.</exception>
    /// <exception cref="ArgumentException">The discount rate, horizon or row is not in the purchase model's unit, a unit is missing, or the row's money is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is outside [0, 1], or the horizon is not a whole number.</exception>
    /// <exception cref="OverflowException">The value is finite but beyond the range of <see cref="decimal"/> money (null is only for an infinite value).</exception>
    public static Money? ForCustomer(IRepeatPurchaseModel purchases, GammaGamma spend, CustomerRfm customer, decimal marginRate, DiscountRate discount, Periods horizon)
    {
        var plan = Plan.Of(purchases, spend, marginRate, discount, horizon);
        var (x, tx, t) = History(plan.Unit, customer);
        return plan.Value(customer.Frequency, customer.MonetaryValue, x, tx, t);
    }

    /// <summary>Returns the CLV of every row (for example <see cref="RfmSummary.Customers"/>), in the rows' order.</summary>
    /// <param name="purchases">The fitted purchase model, in the rows' unit.</param>
    /// <param name="spend">The fitted spend model, in the rows' currency.</param>
    /// <param name="customers">The customers' RFM rows. A grouped row (<see cref="CustomerRfm.Count"/> above 1) gets the value of one of its customers.</param>
    /// <param name="marginRate">The gross margin as a share of purchase value, a fraction in [0, 1] (0.3 is 30%).</param>
    /// <param name="discount">The discount rate per period, in the purchase model's unit.</param>
    /// <param name="horizon">How many whole periods ahead to value, in the purchase model's unit.</param>
    /// <returns>One value per row (null where the expected value per transaction is infinite).</returns>
    /// <exception cref="ArgumentNullException">A model or <paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">The discount rate, horizon or a row is not in the purchase model's unit, a row is <c>default(CustomerRfm)</c>, or currencies disagree (the message names the row).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is outside [0, 1], or the horizon is not a whole number.</exception>
    /// <exception cref="OverflowException">The value is finite but beyond the range of <see cref="decimal"/> money (null is only for an infinite value).</exception>
    public static IReadOnlyList<Money?> ForCustomers(IRepeatPurchaseModel purchases, GammaGamma spend, IEnumerable<CustomerRfm> customers, decimal marginRate, DiscountRate discount, Periods horizon)
    {
        var plan = Plan.Of(purchases, spend, marginRate, discount, horizon);
        return Values(plan, BgNbd.Rows(customers));
    }

    /// <summary>Returns the total CLV of a customer base: the sum of <see cref="ForCustomers"/>, each row counted <see cref="CustomerRfm.Count"/> times.</summary>
    /// <param name="purchases">The fitted purchase model, in the rows' unit.</param>
    /// <param name="spend">The fitted spend model, in the rows' currency.</param>
    /// <param name="customers">The customers' RFM rows (one per customer, or one per group with its count).</param>
    /// <param name="marginRate">The gross margin as a share of purchase value, a fraction in [0, 1] (0.3 is 30%).</param>
    /// <param name="discount">The discount rate per period, in the purchase model's unit.</param>
    /// <param name="horizon">How many whole periods ahead to value, in the purchase model's unit.</param>
    /// <returns>The sum of the per-customer values; null when any of them is null (infinite).</returns>
    /// <exception cref="ArgumentNullException">A model or <paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">The discount rate, horizon or a row is not in the purchase model's unit, a row is <c>default(CustomerRfm)</c>, or currencies disagree (the message names the row).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is outside [0, 1], or the horizon is not a whole number.</exception>
    /// <exception cref="OverflowException">The value is finite but beyond the range of <see cref="decimal"/> money (null is only for an infinite value).</exception>
    public static Money? Total(IRepeatPurchaseModel purchases, GammaGamma spend, IEnumerable<CustomerRfm> customers, decimal marginRate, DiscountRate discount, Periods horizon)
    {
        var plan = Plan.Of(purchases, spend, marginRate, discount, horizon);
        var rows = BgNbd.Rows(customers);
        var values = Values(plan, rows);
        var total = Money.Zero(spend.Currency);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } v)
            {
                return null;
            }

            total += rows[i].Count == 1 ? v : v * rows[i].Count;
        }

        return total;
    }

    /// <summary>
    /// Returns the CLV of a customer just acquired (x = t_x = T = 0): the margin of the repeat purchases expected after
    /// the first one, at the population mean value per transaction. Feed it to <see cref="CpaCeiling.FromLtv"/>.
    /// </summary>
    /// <param name="purchases">The fitted purchase model.</param>
    /// <param name="spend">The fitted spend model; its currency is the currency of the result.</param>
    /// <param name="marginRate">The gross margin as a share of purchase value, a fraction in [0, 1] (0.3 is 30%).</param>
    /// <param name="discount">The discount rate per period, in the purchase model's unit.</param>
    /// <param name="horizon">How many whole periods ahead to value, in the purchase model's unit.</param>
    /// <returns>The value, not rounded (excluding the acquiring purchase itself); null when the population mean value is infinite.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="purchases"/> or <paramref name="spend"/> is null.</exception>
    /// <exception cref="ArgumentException">The discount rate or horizon is not in the purchase model's unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is outside [0, 1], or the horizon is not a whole number.</exception>
    /// <exception cref="OverflowException">The value is finite but beyond the range of <see cref="decimal"/> money (null is only for an infinite value).</exception>
    public static Money? ForNewCustomer(IRepeatPurchaseModel purchases, GammaGamma spend, decimal marginRate, DiscountRate discount, Periods horizon) =>
        Plan.Of(purchases, spend, marginRate, discount, horizon).Value(0, null, 0d, 0d, 0d);

    /// <summary>
    /// The value of every row, in order; identical histories (x, t_x, T and mean value) are valued once, which is exact
    /// (the value depends on nothing else) and turns a base of many alike customers into its distinct histories.
    /// </summary>
    private static Money?[] Values(Plan plan, ReadOnlySpan<CustomerRfm> rows)
    {
        var values = new Money?[rows.Length];
        var known = new Dictionary<(double X, double Tx, double T, Money? Mean), Money?>();
        for (var i = 0; i < values.Length; i++)
        {
            var (x, tx, t) = History(plan.Unit, rows[i], i);
            var key = (x, tx, t, rows[i].MonetaryValue);
            if (!known.TryGetValue(key, out var value))
            {
                value = plan.Value(rows[i].Frequency, rows[i].MonetaryValue, x, tx, t, Indexed(i));
                known.Add(key, value);
            }

            values[i] = value;
        }

        return values;
    }

    private static (double X, double Tx, double T) History(PeriodUnit unit, CustomerRfm customer, int? row = null)
    {
        var name = row is { } i ? Indexed(i) : nameof(customer);
        PeriodUnit.RequireSame(unit, "purchases", customer.T.Required(name).Unit, name);
        PeriodUnit.RequireSame(unit, "purchases", customer.Recency.Required(name).Unit, name);
        return (customer.Frequency, (double)customer.Recency.Count, (double)customer.T.Count);
    }

    private static string Indexed(int row) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"customers[{row}]");

    /// <summary>
    /// The validated inputs shared by every customer (models, margin and discount factors) and the one CLV computation,
    /// also used by <see cref="CustomerValueTable"/> (any <see cref="IRepeatPurchaseModel"/> through its kernel).
    /// </summary>
    internal sealed class Plan
    {
        private readonly RepeatPurchaseKernel _purchases;
        private readonly GammaGamma? _spend;
        private readonly decimal _marginRate;
        private readonly double[] _discountFactors;

        private Plan(RepeatPurchaseKernel purchases, GammaGamma? spend, decimal marginRate, double[] discountFactors)
        {
            _purchases = purchases;
            _spend = spend;
            _marginRate = marginRate;
            _discountFactors = discountFactors;
        }

        /// <summary>Gets the horizon in whole periods of the model's unit.</summary>
        internal int Periods => _discountFactors.Length;

        /// <summary>Gets the margin rate.</summary>
        internal decimal MarginRate => _marginRate;

        /// <summary>Gets the purchase model's unit.</summary>
        internal PeriodUnit Unit => _purchases.Unit;

        internal static Plan Of(IRepeatPurchaseModel purchases, GammaGamma spend, decimal marginRate, DiscountRate discount, Periods horizon)
        {
            var kernel = RepeatPurchaseKernel.Of(purchases);
            Guard.NotNull(spend);
            return Of(kernel, spend, marginRate, discount, horizon);
        }

        /// <summary>Checks the shared inputs: margin a share, discount and horizon in the model's unit, a whole horizon.</summary>
        internal static Plan Of(RepeatPurchaseKernel purchases, GammaGamma? spend, decimal marginRate, DiscountRate discount, Periods horizon)
        {
            Rates.Share(marginRate);
            var per = discount.Required(nameof(discount)).Per;
            PeriodUnit.RequireSame(purchases.Unit, "purchases", per, nameof(discount));
            PeriodUnit.RequireSame(per, nameof(discount), horizon.Required(nameof(horizon)).Unit, nameof(horizon));
            var periods = horizon.WholeCount(nameof(horizon));
            return new Plan(purchases, spend, marginRate, Discounting.Factors(discount, periods));
        }

        /// <summary>The same plan with other model parameters (for the delta method); the spend model and factors are kept.</summary>
        internal Plan With(RepeatPurchaseKernel purchases) => new(purchases, _spend, _marginRate, _discountFactors);

        internal Money? Value(int frequency, Money? meanValue, double x, double tx, double t, string paramName = "customer")
        {
            BgNbd.CheckRow(x, tx, t, null);
            var perTransaction = _spend!.ConditionalExpectedCore(frequency, meanValue, paramName);
            return perTransaction is { } m ? Value(DiscountedPurchases(x, tx, t), m) : null;
        }

        /// <summary>
        /// The discounted expected purchases over the horizon, <c>sum over k of (E[Y(k)] - E[Y(k - 1)]) / (1 + d)^k</c>,
        /// for a validated history.
        /// </summary>
        internal double DiscountedPurchases(double x, double tx, double t)
        {
            var purchases = 0d;
            var previous = 0d;
            for (var k = 0; k < _discountFactors.Length; k++)
            {
                var cumulative = _purchases.Expected(k + 1, x, tx, t);
                purchases += (cumulative - previous) * _discountFactors[k];
                previous = cumulative;
            }

            return purchases;
        }

        /// <summary>The one money boundary of CLV: margin x (discounted purchases x value per transaction), not rounded.</summary>
        internal Money? Value(double discountedPurchases, double perTransaction) =>
            Discounting.ToMoneyOrUndefined(_marginRate, _spend!.Currency, discountedPurchases * perTransaction);
    }
}
