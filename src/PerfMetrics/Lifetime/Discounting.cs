using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The one discounting module of the lifetime calculators: discount factors per period, the constant-retention sums of
/// <see cref="Ltv"/>, <see cref="Payback"/> and <see cref="CpaCeiling.FromPayback(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)"/>, the factors of <see cref="Clv"/>
/// and <see cref="ShiftedBetaGeometric"/>, the compounding-correct change of period unit, and the single rule by which
/// a discounted factor becomes money at the public boundary.
/// </summary>
/// <remarks>
/// <para>
/// Money rule (docs/lifetime-value.md, "Units, precision and rounding"): a lifetime amount is
/// <c>money per period x factor</c>, never rounded to minor units. The exact engine (<see cref="Ltv"/>, constant retention)
/// keeps its factor in <see cref="decimal"/>; the statistical engines (<see cref="ShiftedBetaGeometric"/>,
/// <see cref="Clv"/>) compute their factor in <see cref="double"/> and convert it with the standard conversion
/// (15 significant digits, <see cref="MidpointRounding.ToEven"/>) before the exact multiplication. Rounding to minor
/// units is the caller's, once, where the number is shown or booked (<see cref="Money.Round(MidpointRounding)"/>).
/// </para>
/// <para>Discounting: an amount paid t periods from now is worth <c>amount / (1 + d)^t</c> today.</para>
/// </remarks>
internal static class Discounting
{
    /// <summary>The number of periods summed term by term before the closed form takes over.</summary>
    internal const int TermByTermLimit = 100_000;

    /// <summary>The discount factor of one period in <see cref="double"/>, <c>v = 1 / (1 + d)</c>.</summary>
    internal static double Factor(DiscountRate discount) => 1d / (1d + (double)discount.Value);

    /// <summary>
    /// <c>1 - v = d / (1 + d)</c>, computed in decimal so a tiny discount (down to 1e-28) keeps its distance from 1;
    /// <c>1 - Factor</c> would be exactly 0 for any d below about 1e-16.
    /// </summary>
    internal static double Complement(DiscountRate discount)
    {
        var d = discount.Value;
        return (double)(d / (1m + d));
    }

    /// <summary>The factors <c>v^1 .. v^n</c> in <see cref="double"/>, each the previous one divided by <c>1 + d</c>.</summary>
    internal static double[] Factors(DiscountRate discount, int periods)
    {
        var factors = new double[periods];
        var rate = 1d + (double)discount.Value;
        var factor = 1d;
        for (var k = 0; k < periods; k++)
        {
            factor /= rate;
            factors[k] = factor;
        }

        return factors;
    }

    /// <summary>The ratio of two consecutive expected discounted payments under constant retention, <c>q = r / (1 + d)</c>.</summary>
    internal static decimal RetainedRatio(decimal r, decimal d) => d == 0m ? r : r / (1m + d);

    /// <summary>The expected discounted first payment: 1 at the start of the first period, <c>q</c> at its end.</summary>
    internal static decimal FirstPayment(decimal q, CashFlowTiming timing) => timing == CashFlowTiming.StartOfPeriod ? 1m : q;

    /// <summary>
    /// The expected discounted number of payments of a new customer under constant retention over an infinite horizon:
    /// <c>(1 + d) / (1 + d - r)</c> at the start of periods, <c>r / (1 + d - r)</c> at the end.
    /// </summary>
    internal static decimal ConstantRetention(decimal r, decimal d, CashFlowTiming timing)
    {
        var denominator = 1m + d - r; // > 0 because r < 1 and d >= 0
        return timing == CashFlowTiming.StartOfPeriod ? (1m + d) / denominator : r / denominator;
    }

    /// <summary>
    /// The expected discounted number of payments in the first <paramref name="horizon"/> periods, summed term by term in
    /// <see cref="decimal"/>: <c>sum of q^t</c> over t = 0 .. N - 1 (start) or t = 1 .. N (end), with <c>q = r / (1 + d)</c>.
    /// Term by term (rather than the closed form times <c>1 - q^N</c>) keeps sums that are exact in decimal exact, so a
    /// CAC equal to the first margin pays back in exactly one period. The loop stops once a term underflows to zero.
    /// </summary>
    internal static decimal ConstantRetention(decimal r, decimal d, CashFlowTiming timing, int horizon)
    {
        var q = RetainedRatio(r, d);
        var first = FirstPayment(q, timing);
        var term = first;
        var sum = 0m;
        var limit = Math.Min(horizon, TermByTermLimit);
        for (var t = 0; t < limit && term != 0m; t++)
        {
            sum += term;
            term *= q;
        }

        // Past the term-by-term limit (retention within about 1e-5 of 1 and a horizon of more than 100,000 periods) the
        // closed form first x (1 - q^N) / (1 - q) takes over, so a long horizon cannot make the call run for minutes;
        // never below the term-by-term sum, so a longer horizon never gives less.
        return horizon > limit && term != 0m ? Math.Max(sum, ClosedForm(q, first, horizon)) : sum;
    }

    /// <summary><c>first x (1 - q^n) / (1 - q)</c> for 0 &lt; q &lt; 1, with q^n by repeated squaring in decimal.</summary>
    internal static decimal ClosedForm(decimal q, decimal first, long n) => first * (1m - Power(q, n)) / (1m - q);

    /// <summary>The public boundary of the exact engine: <c>money per period x factor</c>, not rounded.</summary>
    internal static Money ToMoney(Money perPeriod, decimal factor) => perPeriod * factor;

    /// <summary>
    /// The public boundary of the statistical engines: the <see cref="double"/> factor converted to <see cref="decimal"/>
    /// (15 significant digits), then <c>amount x factor</c> exactly; not rounded to minor units.
    /// </summary>
    internal static Money ToMoney(decimal perPeriod, Currency currency, double factor) =>
        new(perPeriod * (decimal)factor, currency);

    /// <summary>
    /// The boundary of a statistical value that may be infinite: null when <paramref name="factor"/> is infinite (the
    /// value is undefined, e.g. a Gamma-Gamma mean with q &lt;= 1), otherwise <see cref="ToMoney(decimal, Currency, double)"/>;
    /// a finite value beyond <see cref="decimal"/>'s range throws <see cref="OverflowException"/> instead of passing for infinite.
    /// </summary>
    internal static Money? ToMoneyOrUndefined(decimal perPeriod, Currency currency, double factor)
    {
        if (double.IsPositiveInfinity(factor))
        {
            return null;
        }

        // decimal holds about 7.92e28; 7.9e28 keeps a margin for the conversion of the double factor.
        if (!(Math.Abs(factor) < 7.9e28) || !(Math.Abs(factor * (double)perPeriod) < 7.9e28))
        {
            throw new OverflowException(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"The value {factor * (double)perPeriod:G6} {currency.Code} is finite but beyond the range of decimal money (about 7.9e28)."));
        }

        return ToMoney(perPeriod, currency, factor);
    }

    /// <summary>
    /// The discount rate per <paramref name="to"/> that compounds like <paramref name="rate"/> per <paramref name="from"/>:
    /// <c>(1 + d)^(L / l) - 1</c>; the rate itself for the same unit (see <see cref="DiscountRate.ConvertTo(PeriodUnit)"/>).
    /// </summary>
    internal static decimal ConvertDiscount(decimal rate, PeriodUnit from, PeriodUnit to)
    {
        var (p, q) = ConversionRatio(from, to, nameof(DiscountRate));
        var growth = 1m + rate;
        var estimate = Math.Pow((double)growth, (double)p / q) - 1d;
        var value = estimate > 1e6 ? decimal.MaxValue : RationalPower(growth, p, q) - 1m;
        if (value > 1m)
        {
            Guard.ThrowOutOfRange(
                "per",
                to,
                string.Create(CultureInfo.InvariantCulture, $"is too long for {rate} per {from}: the equivalent rate would be {estimate:G4}, above 1 (100%) per period; use a shorter unit"));
        }

        return Math.Max(0m, value);
    }

    /// <summary>
    /// The retention per <paramref name="to"/> that keeps the same share as <paramref name="rate"/> per <paramref name="from"/>:
    /// <c>r^(L / l)</c>; the rate itself for the same unit (see <see cref="RetentionRate.ConvertTo(PeriodUnit)"/>).
    /// </summary>
    internal static decimal ConvertRetention(decimal rate, PeriodUnit from, PeriodUnit to)
    {
        var (p, q) = ConversionRatio(from, to, nameof(RetentionRate));
        var value = RationalPower(rate, p, q);
        if (value >= 1m)
        {
            Guard.ThrowOutOfRange(
                "per",
                to,
                string.Create(CultureInfo.InvariantCulture, $"is too short for {rate} per {from}: the equivalent retention rounds to 1 in decimal"));
        }

        return value;
    }

    /// <summary>The checks of a conversion and the ratio <c>p / q</c> of the unit lengths (1/1 for the same unit).</summary>
    private static (long P, long Q) ConversionRatio(PeriodUnit from, PeriodUnit to, string typeName)
    {
        if (from.IsDefault)
        {
            Guard.ThrowInvalidOperation($"ConvertTo needs a rate with a period unit, but this is default({typeName}).");
        }

        PeriodUnit.Required(to, "per");
        return from.RatioTo(to, "per");
    }

    /// <summary>
    /// <c>x^(p / q)</c> in <see cref="decimal"/> for <c>x &gt;= 0</c> and whole <c>p, q &gt;= 1</c>: the q-th root by
    /// Newton's method from a <see cref="double"/> estimate (quadratic convergence, so two or three steps reach decimal's
    /// 28 digits), then the p-th power by repeated squaring. Used to change the unit of a rate: a growth factor per
    /// period raised to the ratio of the period lengths.
    /// </summary>
    internal static decimal RationalPower(decimal x, long p, long q)
    {
        Debug.Assert(x >= 0m && p >= 1 && q >= 1, "x >= 0, p and q whole and positive");
        return p == q ? x : Power(Root(x, q), p);
    }

    /// <summary>
    /// <c>x^n</c> for <c>n &gt;= 0</c> by repeated squaring; once the squared factor underflows to zero while higher bits
    /// of n remain, the power is zero (until 0.2 the partial product was returned instead, so q^(2^30) came out as 1).
    /// </summary>
    private static decimal Power(decimal x, long n)
    {
        var power = 1m;
        var factor = x;
        for (var k = n; k > 0; k >>= 1)
        {
            if ((k & 1) == 1)
            {
                power *= factor;
            }

            if (k > 1)
            {
                factor *= factor;
                if (factor == 0m)
                {
                    return 0m;
                }
            }
        }

        return power;
    }

    /// <summary>The q-th root of <c>x &gt;= 0</c>.</summary>
    private static decimal Root(decimal x, long q)
    {
        if (q == 1 || x == 0m || x == 1m)
        {
            return x;
        }

        var y = (decimal)Math.Pow((double)x, 1d / q);
        for (var i = 0; i < 8; i++)
        {
            // y <- ((q - 1) y + x / y^(q - 1)) / q
            var power = Power(y, q - 1);
            if (power == 0m)
            {
                break;
            }

            var next = (((q - 1) * y) + (x / power)) / q;
            if (next == y)
            {
                break;
            }

            y = next;
        }

        return y;
    }
}
