using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The shifted-beta-geometric (sBG) model of contractual retention (Fader and Hardie 2007): each customer churns at
/// the end of every period with their own probability <c>theta</c>, and <c>theta</c> varies across customers as
/// Beta(<see cref="Alpha"/>, <see cref="Beta"/>), so a cohort's retention rises with tenure as the likely churners leave.
/// </summary>
/// <remarks>
/// <para>
/// Formulas (t in whole periods of <see cref="Unit"/>; Fader and Hardie 2007, "How to Project Customer Retention",
/// Journal of Interactive Marketing 21(1)): lifetime T is the number of periods a customer pays for (T &gt;= 1);
/// <c>P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta)</c>; survival <c>S(t) = P(T &gt; t) = B(alpha, beta + t) / B(alpha, beta)</c>
/// (S(0) = 1); retention <c>r(t) = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta + t - 1)</c>, rising towards 1;
/// expected lifetime <c>E[T] = (alpha + beta - 1) / (alpha - 1)</c>, infinite (null) when <c>alpha &lt;= 1</c>.
/// </para>
/// <para>
/// Discounted expected residual lifetime (DERL, Fader and Hardie 2010, "Customer-Base Valuation in a Contractual
/// Setting: The Perils of Ignoring Heterogeneity", Marketing Science 29(1)) of a customer who has renewed n times,
/// evaluated just before the next renewal decision, with discount d per period:
/// <c>sum over t &gt; n of S(t) / S(n) / (1 + d)^(t - n - 1) = (beta + n) / (alpha + beta + n) x 2F1(1, beta + n + 1; alpha + beta + n + 1; 1 / (1 + d))</c>
/// (their formula with their "n - 1 renewals" written as n).
/// </para>
/// <para>
/// Lifetime value of a new customer with margin m per period: <c>m x sum over t &gt;= 0 of S(t) / (1 + d)^t = m x 2F1(1, beta; alpha + beta; 1 / (1 + d))</c>
/// when paid at the start of each period, and the same sum over t &gt;= 1 when paid at the end, matching
/// <see cref="Ltv"/>'s constant-retention formulas when everybody shares one churn probability.
/// </para>
/// <para>
/// Numbers: the model is statistical and computes in <see cref="double"/>. Money leaves it by the one rule of every
/// lifetime calculator (docs/lifetime-value.md, "Units, precision and rounding"): the expected discounted number of
/// payments is converted to <see cref="decimal"/> (15 significant digits, the standard conversion) and multiplied exactly
/// by the money per period; the product is not rounded to minor units (call <see cref="Money.Round(MidpointRounding)"/>
/// where you show or book it). Units must match the model's; a mismatch throws <see cref="ArgumentException"/> naming both.
/// </para>
/// <para>Equality compares alpha, beta and unit. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var fit = ShiftedBetaGeometric.Fit([1000, 631, 468, 382, 326, 289, 262, 241], PeriodUnit.Year);
/// // fit.Model.Alpha = 0.704, fit.Model.Beta = 1.182, fit.LogLikelihood = -1680.27 (Fader and Hardie 2007, "Regular")
/// var s10 = fit.Model.Survival(10);
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed partial class ShiftedBetaGeometric : IEquatable<ShiftedBetaGeometric>
{
    /// <summary>The parameter names, in the order of <see cref="ParameterValues"/> and of a fit's parameters (the one place they are written).</summary>
    internal static readonly string[] ParameterNames = ["alpha", "beta"];

    /// <summary>Gets the parameter values in the order of <see cref="ParameterNames"/>.</summary>
    internal double[] ParameterValues => [Alpha, Beta];

    /// <summary>Periods above which survival switches from an exact running product to the log-beta formula.</summary>
    private const int ProductLimit = 100_000;

    /// <summary>Fits stop at |ln alpha|, |ln beta| of this size (alpha or beta beyond e^30 or below e^-30).</summary>
    private const double LogParameterBound = 30d;

    /// <summary>Initializes an sBG model.</summary>
    /// <param name="alpha">The first shape parameter of the churn-probability distribution, finite and greater than 0.</param>
    /// <param name="beta">The second shape parameter, finite and greater than 0.</param>
    /// <param name="unit">The period of one renewal (a month for monthly contracts).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> or <paramref name="beta"/> is not a finite number greater than 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>.</exception>
    public ShiftedBetaGeometric(double alpha, double beta, PeriodUnit unit)
    {
        Alpha = Guard.PositiveFinite(alpha);
        Beta = Guard.PositiveFinite(beta);
        Unit = PeriodUnit.Required(unit, nameof(unit));
    }

    /// <summary>Gets alpha, the first shape parameter of the Beta distribution of churn probabilities.</summary>
    public double Alpha { get; }

    /// <summary>Gets beta, the second shape parameter of the Beta distribution of churn probabilities.</summary>
    public double Beta { get; }

    /// <summary>Gets the period of one renewal.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets the mean churn probability per period of a new cohort, <c>alpha / (alpha + beta)</c>.</summary>
    public double MeanChurn => Alpha / (Alpha + Beta);

    /// <summary>Gets the expected lifetime of a new customer, <c>(alpha + beta - 1) / (alpha - 1)</c> periods, counting the first.</summary>
    /// <remarks>Null when <c>alpha &lt;= 1</c>: the expectation is then infinite (a heavy tail of customers who almost never churn);
    /// also null in the degenerate case where it is finite but beyond 1e28 periods (alpha within rounding of 1).
    /// Converted to <see cref="decimal"/> with 15 significant digits.</remarks>
    public Periods? ExpectedLifetime
    {
        get
        {
            var value = (Alpha + Beta - 1d) / (Alpha - 1d);
            return Alpha > 1d && value < 1e28 ? new Periods(ToDecimal(value), Unit) : null;
        }
    }

    /// <summary>Returns <c>P(T = t)</c>: the probability that a new customer's last paid period is period <paramref name="period"/>.</summary>
    /// <param name="period">The period t, at least 1.</param>
    /// <returns><c>S(t - 1) x alpha / (alpha + beta + t - 1)</c>.</returns>
    /// <example>alpha = 1, beta = 1: P(T = 1) = 1/2, P(T = 2) = 1/6.</example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public double ChurnProbability(int period)
    {
        Guard.Positive(period);
        return Survival(period - 1) * (Alpha / (Alpha + Beta + period - 1d));
    }

    /// <summary>Returns the survival probability <c>S(t) = P(T &gt; t)</c>: the share of a new cohort still paying after <paramref name="period"/> renewals.</summary>
    /// <param name="period">The period t, at least 0 (S(0) = 1).</param>
    /// <returns><c>B(alpha, beta + t) / B(alpha, beta)</c>, non-increasing in t.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is negative.</exception>
    public double Survival(int period)
    {
        Guard.NonNegative((long)period, nameof(period));
        if (period > ProductLimit)
        {
            return Math.Exp(SpecialFunctions.LogBeta(Alpha, Beta + period) - SpecialFunctions.LogBeta(Alpha, Beta));
        }

        var log = 0d;
        for (var i = 0; i < period; i++)
        {
            log += Math.Log(1d - (Alpha / (Alpha + Beta + i)));
        }

        return Math.Exp(log);
    }

    /// <summary>Returns the retention rate of period <paramref name="period"/>: the share of customers alive after <c>t - 1</c> renewals who renew again.</summary>
    /// <param name="period">The period t, at least 1.</param>
    /// <returns><c>r(t) = (beta + t - 1) / (alpha + beta + t - 1)</c>, non-decreasing in t.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public double Retention(int period)
    {
        Guard.Positive(period);
        return 1d - (Alpha / (Alpha + Beta + period - 1d));
    }

    /// <summary>Returns the survival curve <c>S(0), S(1), ..., S(lastPeriod)</c>.</summary>
    /// <param name="lastPeriod">The last period, at least 0.</param>
    /// <returns><c>lastPeriod + 1</c> probabilities, starting with 1, non-increasing.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastPeriod"/> is negative or larger than 100,000,000.</exception>
    public IReadOnlyList<double> SurvivalCurve(int lastPeriod) => Array.AsReadOnly(Curve(lastPeriod));

    private double[] Curve(int lastPeriod)
    {
        CheckLastPeriod(lastPeriod);
        var curve = new double[lastPeriod + 1];
        curve[0] = 1d;
        var log = 0d;
        for (var t = 1; t <= lastPeriod; t++)
        {
            log += Math.Log(1d - (Alpha / (Alpha + Beta + t - 1d)));
            curve[t] = Math.Exp(log);
        }

        return curve;
    }

    /// <summary>Projects how many customers of a cohort are still paying after each period.</summary>
    /// <param name="cohortSize">The number of customers acquired, at least 1.</param>
    /// <param name="lastPeriod">The last period, at least 0.</param>
    /// <returns>The expected survivors <c>cohortSize x S(t)</c> for t = 0 .. <paramref name="lastPeriod"/> (not rounded).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohortSize"/> is less than 1, or <paramref name="lastPeriod"/> is negative or larger than 100,000,000.</exception>
    public IReadOnlyList<double> ProjectSurvivors(long cohortSize, int lastPeriod)
    {
        if (cohortSize < 1)
        {
            Guard.ThrowOutOfRange(nameof(cohortSize), cohortSize, "must be at least 1");
        }

        var curve = Curve(lastPeriod);
        for (var t = 0; t < curve.Length; t++)
        {
            curve[t] *= cohortSize;
        }

        return Array.AsReadOnly(curve);
    }

    /// <summary>Returns the discounted expected residual lifetime (DERL) of a customer who has renewed <paramref name="renewals"/> times.</summary>
    /// <param name="discount">Discount rate per period, in the model's unit.</param>
    /// <param name="renewals">Renewals made so far, at least 0 (0: a customer in their first period).</param>
    /// <returns>
    /// The expected number of future renewals, each discounted to the moment of the next renewal decision (the next one
    /// undiscounted): <c>(beta + n) / (alpha + beta + n) x 2F1(1, beta + n + 1; alpha + beta + n + 1; 1 / (1 + d))</c>;
    /// null when it is infinite (no discounting and <c>alpha &lt;= 1</c>).
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="discount"/> is the default or in another unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="renewals"/> is negative.</exception>
    /// <exception cref="ArithmeticException">The hypergeometric series cannot be summed to full precision: a discount below about 1e-6 per period together with alpha within 1e-3 of a whole number.</exception>
    public double? DiscountedExpectedResidualLifetime(DiscountRate discount, int renewals)
    {
        var w = DiscountComplement(discount);
        Guard.NonNegative((long)renewals, nameof(renewals));
        var b = Beta + renewals;
        var value = DiscountedSurvivalSum(b + 1d, w);
        return double.IsFinite(value) ? b / (Alpha + b) * value : null;
    }

    /// <summary>Returns the expected discounted margin still to come from a customer who has renewed <paramref name="renewals"/> times.</summary>
    /// <param name="margin">Margin per renewal period, in the model's unit.</param>
    /// <param name="discount">Discount rate per period, in the model's unit.</param>
    /// <param name="renewals">Renewals made so far, at least 0.</param>
    /// <returns><c>margin x DERL</c>, not rounded (see remarks); null when DERL is infinite.</returns>
    /// <exception cref="ArgumentException">An argument is the default or in another unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="renewals"/> is negative.</exception>
    /// <exception cref="OverflowException">The value does not fit <see cref="decimal"/>.</exception>
    /// <exception cref="ArithmeticException">The hypergeometric series cannot be summed to full precision: a discount below about 1e-6 per period together with alpha within 1e-3 of a whole number.</exception>
    public Money? ResidualMarginValue(MoneyPerPeriod margin, DiscountRate discount, int renewals)
    {
        RequireUnit(margin.Required(nameof(margin)).Per, nameof(margin));
        return DiscountedExpectedResidualLifetime(discount, renewals) is { } derl ? ToMoney(margin, derl) : null;
    }

    /// <summary>Returns the margin lifetime value of a new customer over an infinite horizon.</summary>
    /// <param name="margin">Margin per period, in the model's unit.</param>
    /// <param name="discount">Discount rate per period, in the model's unit.</param>
    /// <param name="timing">When each period's margin is received.</param>
    /// <returns>
    /// <c>m x 2F1(1, beta; alpha + beta; 1 / (1 + d))</c> at the start of periods, <c>m x (2F1 - 1)</c> at the end; not
    /// rounded (see remarks); null when infinite (no discounting and <c>alpha &lt;= 1</c>).
    /// </returns>
    /// <exception cref="ArgumentException">An argument is the default or in another unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not defined.</exception>
    /// <exception cref="OverflowException">The value does not fit <see cref="decimal"/>.</exception>
    /// <exception cref="ArithmeticException">The hypergeometric series cannot be summed to full precision: a discount below about 1e-6 per period together with alpha within 1e-3 of a whole number.</exception>
    public Money? MarginLtv(MoneyPerPeriod margin, DiscountRate discount, CashFlowTiming timing)
    {
        RequireUnit(margin.Required(nameof(margin)).Per, nameof(margin));
        var w = DiscountComplement(discount);
        LifetimeChecks.Defined(timing, nameof(timing));
        var sum = DiscountedSurvivalSum(Beta, w);
        if (!double.IsFinite(sum))
        {
            return null;
        }

        return ToMoney(margin, timing == CashFlowTiming.StartOfPeriod ? sum : sum - 1d);
    }

    /// <summary>Returns the margin lifetime value of a new customer over a finite horizon of whole periods.</summary>
    /// <param name="margin">Margin per period, in the model's unit.</param>
    /// <param name="discount">Discount rate per period, in the model's unit.</param>
    /// <param name="timing">When each period's margin is received.</param>
    /// <param name="horizon">The number of periods counted, whole, in the model's unit.</param>
    /// <returns>
    /// <c>m x sum of S(t) / (1 + d)^t</c> over t = 0 .. N - 1 (start) or t = 1 .. N (end), not rounded (see remarks).
    /// This is also the CPA ceiling for payback within <paramref name="horizon"/>.
    /// </returns>
    /// <remarks>
    /// Without discount the sum has a closed form (the survival curve telescopes), so any horizon costs the same; alpha
    /// within 1e-6 of 1 (but not 1) is summed term by term instead, to avoid a cancelling difference. With a discount the
    /// terms are summed until they no longer change the sum, which is quick unless alpha &lt;= 1 and the discount is tiny
    /// (below about 1e-8 per period): then the cost is about 25 ns per period of the horizon, under a minute for the longest
    /// horizon (2^31 - 1 periods).
    /// </remarks>
    /// <exception cref="ArgumentException">An argument is the default or in another unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timing"/> is not defined, or <paramref name="horizon"/> is not a whole number.</exception>
    /// <exception cref="OverflowException">The value does not fit <see cref="decimal"/>.</exception>
    public Money MarginLtv(MoneyPerPeriod margin, DiscountRate discount, CashFlowTiming timing, Periods horizon)
    {
        RequireUnit(margin.Required(nameof(margin)).Per, nameof(margin));
        var x = DiscountFactor(discount);
        LifetimeChecks.Defined(timing, nameof(timing));
        horizon.Required(nameof(horizon));
        RequireUnit(horizon.Unit, nameof(horizon));
        var n = horizon.WholeCount(nameof(horizon));

        var first = timing == CashFlowTiming.StartOfPeriod ? 0 : 1;
        var last = timing == CashFlowTiming.StartOfPeriod ? n - 1L : n;
        if (x == 1d && UndiscountedSurvivalSum(0) is not null)
        {
            // No discount: the closed form, so a horizon of 10^12 periods costs no more than one of 10.
            return ToMoney(margin, UndiscountedSurvivalSum(last + 1L)!.Value - UndiscountedSurvivalSum(first)!.Value);
        }

        // Running terms S(t) x^t; they fall at least geometrically once x < 1, so stop when they no longer change the sum.
        var term = 1d; // S(0) x^0
        var sum = 0d;
        for (long t = 0; t <= last; t++)
        {
            if (t > 0)
            {
                term *= x * (1d - (Alpha / (Alpha + Beta + t - 1d)));
            }

            if (t >= first)
            {
                var next = sum + term;
                if (next == sum && t > first)
                {
                    break;
                }

                sum = next;
            }
        }

        return ToMoney(margin, sum);
    }

    /// <summary>Fits alpha and beta by maximum likelihood to the survivor counts of one cohort.</summary>
    /// <param name="survivors">
    /// Customers still active after each period: <c>survivors[0]</c> is the cohort size (at least 1) and
    /// <c>survivors[t]</c> the number still paying after t renewals; non-negative and never increasing; at least two entries.
    /// </param>
    /// <param name="unit">The period between two entries.</param>
    /// <returns>The fitted model, its log-likelihood, alpha and beta with their standard errors, and the optimiser's diagnostics.</returns>
    /// <remarks>
    /// Log-likelihood (Fader and Hardie 2007, eq. 5): <c>sum over t = 1..T of (n(t-1) - n(t)) ln P(T = t) + n(T) ln S(T)</c>.
    /// Maximised over <c>(ln alpha, ln beta)</c> by Nelder-Mead from alpha = beta = 1, so both stay positive (the search is
    /// confined to |ln alpha|, |ln beta| &lt;= 30). When the likelihood has no interior maximum the parameters run off
    /// towards 0 or infinity; a fit with alpha or beta beyond e^20 or below e^-20 is therefore reported as not converged.
    /// This happens when nobody churns, when everybody churns in the first period, and when churn shows no sign of
    /// heterogeneity (a constant retention rate, better modelled with <see cref="Ltv"/>'s constant-retention formulas).
    /// </remarks>
    /// <example>Fader and Hardie's "Regular" segment, 1000, 631, 468, 382, 326, 289, 262, 241 per year: alpha = 0.704, beta = 1.182, LL = -1680.27.</example>
    /// <exception cref="ArgumentNullException"><paramref name="survivors"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two counts, counts that increase, or <paramref name="unit"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cohort size is less than 1 (an empty cohort) or a count is negative.</exception>
    public static ModelFit<ShiftedBetaGeometric> Fit(IReadOnlyList<long> survivors, PeriodUnit unit)
    {
        return FitCounts([SurvivorCounts(survivors, unit)], unit);
    }

    /// <summary>Fits alpha and beta by maximum likelihood to a cohort's survival shares.</summary>
    /// <param name="survivalShares">
    /// The share of the cohort still active after each period: <c>survivalShares[0]</c> must be 1, every share in [0, 1],
    /// never increasing; at least two entries (for example 1, 0.631, 0.468, ...).
    /// </param>
    /// <param name="cohortSize">The number of customers the shares describe, at least 1.</param>
    /// <param name="unit">The period between two entries.</param>
    /// <returns>The fitted model, its log-likelihood, alpha and beta with their standard errors, and the optimiser's diagnostics.</returns>
    /// <remarks>The counts are <c>share x cohortSize</c>, used as (possibly fractional) weights in the likelihood, not rounded.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="survivalShares"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two shares, a first share other than 1, shares that increase, or <paramref name="unit"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohortSize"/> is less than 1, or a share is outside [0, 1].</exception>
    public static ModelFit<ShiftedBetaGeometric> Fit(IReadOnlyList<decimal> survivalShares, long cohortSize, PeriodUnit unit)
    {
        Guard.NotNull(survivalShares);
        PeriodUnit.Required(unit, nameof(unit));
        if (cohortSize < 1)
        {
            Guard.ThrowOutOfRange(nameof(cohortSize), cohortSize, "must be at least 1; the cohort is empty");
        }

        CheckLength(survivalShares.Count, nameof(survivalShares));
        if (survivalShares[0] != 1m)
        {
            Guard.ThrowArgument(
                nameof(survivalShares),
                string.Create(CultureInfo.InvariantCulture, $"survivalShares[0] must be 1 (the whole cohort at period 0), was {survivalShares[0]}."));
        }

        var counts = new double[survivalShares.Count];
        for (var t = 0; t < counts.Length; t++)
        {
            var share = survivalShares[t];
            if (share < 0m || share > 1m)
            {
                Guard.ThrowOutOfRange(string.Create(CultureInfo.InvariantCulture, $"{nameof(survivalShares)}[{t}]"), share, "must be between 0 and 1 inclusive");
            }

            if (t > 0 && share > survivalShares[t - 1])
            {
                Guard.ThrowArgument(
                    nameof(survivalShares),
                    string.Create(CultureInfo.InvariantCulture, $"survivalShares must never increase, but survivalShares[{t}] was {share} after survivalShares[{t - 1}] = {survivalShares[t - 1]}."));
            }

            counts[t] = (double)(share * cohortSize);
        }

        return FitCounts([counts], unit);
    }

    /// <summary>Returns the model as invariant text, for example <c>sBG(alpha=0.704, beta=1.182, per year)</c>.</summary>
    /// <returns>The text at display precision: alpha and beta to four significant digits (the properties stay exact), the unit in words.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"sBG(alpha={Metrics.Display.Number(Alpha)}, beta={Metrics.Display.Number(Beta)}, per {PerPeriod<decimal>.UnitWords(Unit)})");

    /// <inheritdoc/>
    public bool Equals(ShiftedBetaGeometric? other) =>
        other is not null && Alpha.Equals(other.Alpha) && Beta.Equals(other.Beta) && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ShiftedBetaGeometric);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Alpha, Beta, Unit);

    /// <summary>Compares two models for value equality (same alpha, beta and period unit).</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ShiftedBetaGeometric? left, ShiftedBetaGeometric? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two models for inequality.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ShiftedBetaGeometric? left, ShiftedBetaGeometric? right) => !(left == right);

    /// <summary>The sBG log-likelihood of survivor counts (weights) at <c>(alpha, beta)</c>.</summary>
    internal static double LogLikelihood(ReadOnlySpan<double> counts, double alpha, double beta)
    {
        var logAlpha = Math.Log(alpha);
        var logSurvival = 0d;
        var ll = 0d;
        for (var t = 1; t < counts.Length; t++)
        {
            var logDenominator = Math.Log(alpha + beta + t - 1d);
            var churned = counts[t - 1] - counts[t];
            if (churned > 0d)
            {
                ll += churned * (logSurvival + logAlpha - logDenominator);
            }

            logSurvival += Math.Log(beta + t - 1d) - logDenominator;
        }

        var alive = counts[^1];
        return alive > 0d ? ll + (alive * logSurvival) : ll;
    }

    /// <summary>The fit to one or more cohorts' survivor counts: the log-likelihood is the sum over the cohorts.</summary>
    private static ModelFit<ShiftedBetaGeometric> FitCounts(double[][] cohorts, PeriodUnit unit)
    {
        double NegativeLogLikelihood(ReadOnlySpan<double> p)
        {
            if (Math.Abs(p[0]) > LogParameterBound || Math.Abs(p[1]) > LogParameterBound)
            {
                return double.PositiveInfinity;
            }

            var ll = 0d;
            foreach (var counts in cohorts)
            {
                ll += LogLikelihood(counts, Math.Exp(p[0]), Math.Exp(p[1]));
            }

            return -ll;
        }

        var result = NelderMead.Minimize(NegativeLogLikelihood, [0d, 0d]);
        var p = result.Parameters;
        if (!double.IsFinite(result.Value) || !double.IsFinite(p[0]) || !double.IsFinite(p[1]))
        {
            throw new InvalidOperationException("The sBG fit found no finite log-likelihood for these survivor counts.");
        }

        var model = new ShiftedBetaGeometric(Math.Exp(p[0]), Math.Exp(p[1]), unit);
        Span<double> gradient = stackalloc double[2];
        Span<double> hessian = stackalloc double[4];
        Span<double> cohortGradient = stackalloc double[2];
        Span<double> cohortHessian = stackalloc double[4];
        gradient.Clear();
        hessian.Clear();
        foreach (var counts in cohorts)
        {
            Derivatives(counts, model.Alpha, model.Beta, cohortGradient, cohortHessian);
            gradient[0] += cohortGradient[0];
            gradient[1] += cohortGradient[1];
            for (var i = 0; i < 4; i++)
            {
                hessian[i] += cohortHessian[i];
            }
        }
        return ModelFit.Create(
            model, -result.Value, ParameterNames, model.ParameterValues, gradient, hessian, result.Iterations, result.Converged);
    }

    /// <summary>
    /// The gradient and Hessian of the sBG log-likelihood in (alpha, beta), analytically. With <c>n(t)</c> survivors
    /// after t periods, <c>C = n(0) - n(T)</c> churners and <c>e(t) = alpha + beta + t - 1</c>, the log-likelihood is
    /// <c>C ln alpha + sum over t = 1..T of [n(t) ln(beta + t - 1) - n(t - 1) ln e(t)]</c>, so
    /// <c>d/d alpha = C / alpha - sum n(t - 1) / e(t)</c>, <c>d/d beta = sum [n(t) / (beta + t - 1) - n(t - 1) / e(t)]</c>,
    /// <c>d2/d alpha2 = -C / alpha^2 + sum n(t - 1) / e(t)^2</c>, <c>d2/d alpha d beta = sum n(t - 1) / e(t)^2</c> and
    /// <c>d2/d beta2 = sum [n(t - 1) / e(t)^2 - n(t) / (beta + t - 1)^2]</c>.
    /// </summary>
    internal static void Derivatives(ReadOnlySpan<double> counts, double alpha, double beta, Span<double> gradient, Span<double> hessian)
    {
        var churned = counts[0] - counts[^1];
        double ga = churned / alpha, gb = 0, haa = -churned / (alpha * alpha), hab = 0, hbb = 0;
        for (var t = 1; t < counts.Length; t++)
        {
            var e = alpha + beta + t - 1d;
            var f = beta + t - 1d;
            var before = counts[t - 1] / e;
            var beforeSquared = before / e;
            ga -= before;
            gb += (counts[t] / f) - before;
            haa += beforeSquared;
            hab += beforeSquared;
            hbb += beforeSquared - (counts[t] / (f * f));
        }

        gradient[0] = ga;
        gradient[1] = gb;
        hessian[0] = haa;
        hessian[1] = hab;
        hessian[2] = hab;
        hessian[3] = hbb;
    }

    private static void CheckLength(int count, string paramName)
    {
        if (count < 2)
        {
            Guard.ThrowArgument(
                paramName,
                string.Create(CultureInfo.InvariantCulture, $"{paramName} must hold period 0 (the whole cohort) and at least one later period, had {count} entries."));
        }
    }

    private static void CheckLastPeriod(int lastPeriod)
    {
        if (lastPeriod < 0 || lastPeriod > 100_000_000)
        {
            Guard.ThrowOutOfRange(nameof(lastPeriod), lastPeriod, "must be between 0 and 100000000");
        }
    }

    private static decimal ToDecimal(double value) => (decimal)value;

    private static Money ToMoney(MoneyPerPeriod perPeriod, double factor) =>
        Discounting.ToMoney(perPeriod.Amount.Amount, perPeriod.Amount.Currency, factor);

    /// <summary>
    /// <c>G(N) = S(0) + ... + S(N - 1)</c> in closed form, or null when alpha is within 1e-6 of 1 but not 1 (there the
    /// closed form divides a cancelling difference by alpha - 1, and the caller sums term by term instead).
    /// </summary>
    /// <remarks>
    /// From <c>S(t + 1) = S(t) (beta + t) / (alpha + beta + t)</c>: <c>(alpha - 1) S(t) = g(t) - g(t + 1)</c> with
    /// <c>g(t) = (alpha + beta + t - 1) S(t)</c>, so the sum telescopes to
    /// <c>G(N) = ((alpha + beta - 1) - (alpha + beta + N - 1) S(N)) / (alpha - 1)</c>; for alpha = 1, <c>S(t) = beta / (beta + t)</c>
    /// and <c>G(N) = beta (psi(beta + N) - psi(beta))</c>. <c>S(N) = Gamma(beta + N) Gamma(alpha + beta) / (Gamma(beta) Gamma(alpha + beta + N))</c>
    /// is formed from two log-gamma ratios with the shift alpha, which do not cancel for large N.
    /// </remarks>
    private double? UndiscountedSurvivalSum(long periods)
    {
        var count = (double)periods;
        if (Alpha == 1d)
        {
            return Beta * SpecialFunctions.DigammaDifference(Beta, count);
        }

        if (Math.Abs(Alpha - 1d) < 1e-6)
        {
            return null;
        }

        // ln S(N) = [ln G(beta + alpha) - ln G(beta)] - [ln G(beta + N + alpha) - ln G(beta + N)]: two ratios with the small
        // shift alpha, each accurate (Stirling differenced for a large base), rather than log-gammas of size N ln N.
        var survival = Math.Exp(SpecialFunctions.LogGammaRatio(Beta, Alpha) - SpecialFunctions.LogGammaRatio(Beta + count, Alpha));
        return ((Alpha + Beta - 1d) - ((Alpha + Beta + count - 1d) * survival)) / (Alpha - 1d);
    }

    private double DiscountFactor(DiscountRate discount)
    {
        RequireUnit(discount.Required(nameof(discount)).Per, nameof(discount));
        return Discounting.Factor(discount);
    }

    /// <summary><c>1 - 1 / (1 + d) = d / (1 + d)</c> (<see cref="Discounting.Complement(DiscountRate)"/>), after the unit check.</summary>
    private double DiscountComplement(DiscountRate discount)
    {
        RequireUnit(discount.Required(nameof(discount)).Per, nameof(discount));
        return Discounting.Complement(discount);
    }

    /// <summary>
    /// <c>2F1(1, b; alpha + b; x) = sum over k &gt;= 0 of x^k (b)_k / (alpha + b)_k</c> with <c>x = 1 - w = 1 / (1 + d)</c>:
    /// the discounted sum of survival ratios behind <see cref="MarginLtv(MoneyPerPeriod, DiscountRate, CashFlowTiming)"/>
    /// and <see cref="DiscountedExpectedResidualLifetime(DiscountRate, int)"/>.
    /// </summary>
    /// <remarks>
    /// The ratio of consecutive terms, <c>x (b + k) / (alpha + b + k)</c>, rises from <c>x r1</c> (with
    /// <c>r1 = b / (alpha + b)</c>) towards x, so with a discount the sum lies in [1 / (1 - x r1), 1 / w]. The
    /// hypergeometric function's connection formula loses its digits to cancellation when b w is large (alpha = 22.5,
    /// beta = 318, d = 0.05 gave -1146; alpha = 0.0068, beta = 644 gave a value 1e-4 too low, inside the bounds), so for
    /// b w &gt; 1 (and w &gt;= 1e-6, at most about 37 million terms) the series itself is summed; elsewhere a value outside
    /// the bounds is recomputed from the series too, whose terms fall at least as fast as x^k.
    /// </remarks>
    private double DiscountedSurvivalSum(double b, double w)
    {
        var x = 1d - w;
        if (b * w > 1d && w >= 1e-6)
        {
            // Here the connection formula cancels (its series grows like (b w)^k before it turns), while the plain series
            // needs at most about 37 / w terms: summed directly.
            return Series(b, x);
        }

        var value = SpecialFunctions.Hypergeometric2F1Complement(1d, b, Alpha + b, w);
        const double slack = 1e-12;
        if (w == 0d || (value >= (1d / (1d - (x * (b / (Alpha + b))))) * (1d - slack) && value <= (1d / w) * (1d + slack)))
        {
            return value;
        }

        return Series(b, x);
    }

    /// <summary><c>sum over k &gt;= 0 of x^k (b)_k / (alpha + b)_k</c>, term by term until the terms no longer change the sum.</summary>
    private double Series(double b, double x)
    {
        var term = 1d;
        var sum = 0d;
        for (var k = 0; k < SeriesLimit; k++)
        {
            var next = sum + term;
            if (next == sum)
            {
                return sum;
            }

            sum = next;
            term *= x * ((b + k) / (Alpha + b + k));
        }

        throw new ArithmeticException("The discounted survival sum of the sBG model did not converge: the discount is too small for these alpha and beta.");
    }

    /// <summary>The most terms the fallback series of <see cref="DiscountedSurvivalSum"/> adds (about a second).</summary>
    private const int SeriesLimit = 200_000_000;

    private void RequireUnit(PeriodUnit unit, string paramName) =>
        PeriodUnit.RequireSame(Unit, "the model", unit, paramName);
}
