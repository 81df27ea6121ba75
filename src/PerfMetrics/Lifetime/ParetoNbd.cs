using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The Pareto/NBD model of non-contractual repeat buying (Schmittlein, Morrison and Colombo 1987): while alive, a customer
/// buys as a Poisson process with rate lambda ~ Gamma(<see cref="R"/>, <see cref="Alpha"/>); their unobserved lifetime is
/// exponential with rate mu ~ Gamma(<see cref="S"/>, <see cref="Beta"/>), so a customer may drop out at any time.
/// </summary>
/// <remarks>
/// <para>
/// Units: time is counted in periods of <see cref="Unit"/>; every time argument is a <see cref="Periods"/> of that unit, a
/// different unit throws (never converted silently).
/// </para>
/// <para>
/// Formulas (Fader, Hardie and Lee 2005, "A Note on Deriving the Pareto/NBD Model and Related Expressions" and "RFM and
/// CLV: Using Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4); x repeat purchases, the
/// last at t_x, observed for T): <c>L = Gamma(r + x) alpha^r beta^s / Gamma(r) x [1 / ((alpha + T)^(r + x) (beta + T)^s)
/// + s / (r + s + x) x A0]</c>, where for alpha &gt;= beta <c>A0 = F(t_x) - F(T)</c>,
/// <c>F(y) = 2F1(r + s + x, s + 1; r + s + x + 1; (alpha - beta) / (alpha + y)) / (alpha + y)^(r + s + x)</c> (for
/// alpha &lt; beta the roles of alpha and beta swap and the second 2F1 parameter is r + x);
/// <c>P(alive | x, t_x, T) = [1 / ((alpha + T)^(r + x) (beta + T)^s)] / [L Gamma(r) / (Gamma(r + x) alpha^r beta^s)]</c>;
/// <c>E[X(t)] = r beta / (alpha (s - 1)) x [1 - (beta / (beta + t))^(s - 1)]</c>;
/// <c>E[Y(t) | x, t_x, T] = (r + x) (beta + T) / ((alpha + T) (s - 1)) x [1 - ((beta + T) / (beta + T + t))^(s - 1)] x P(alive)</c>
/// (at s = 1 the bracket over s - 1 is its limit, <c>ln((beta + T + t) / (beta + T))</c>);
/// <c>DERT(delta) = P(alive) x (r + x) / (alpha + T) x integral over u &gt;= 0 of e^(-delta u) ((beta + T) / (beta + T + u))^s du</c>,
/// which is their <c>alpha^r beta^s delta^(s - 1) Gamma(r + x + 1) Psi(s, s; delta (beta + T)) / (Gamma(r) (alpha + T)^(r + x + 1) L)</c>.
/// </para>
/// <para>
/// Log space: the published form of A0 overflows and then cancels for large x (lifetimes and CLVTools return NaN or jump for
/// x above about 130). Here every 2F1 is first transformed by Euler's formula
/// <c>2F1(a, b; a + 1; z) = (1 - z)^(1 - b) 2F1(1, a + 1 - b; a + 1; z)</c>, whose series has positive terms falling at
/// least as fast as z^k, and F, A0 and L are combined as logarithms (<c>ln A0 = ln F(t_x) + ln(1 - F(T) / F(t_x))</c>,
/// log-sum-exp for L); no intermediate value overflows, and every result is finite.
/// </para>
/// <para>Equality compares r, alpha, s, beta and unit. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var fit = ParetoNbd.Fit(summary.Customers); // CDNOW: r = 0.553, alpha = 10.578, s = 0.606, beta = 11.669, LL = -9595.0
/// var alive = fit.Model.ProbabilityAlive(2, new Periods(30.43m, PeriodUnit.Week), new Periods(38.86m, PeriodUnit.Week));
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class ParetoNbd : IEquatable<ParetoNbd>, IRepeatPurchaseModel
{
    /// <summary>The parameter names, in the order of <see cref="ParameterValues"/> and of a fit's parameters (the one place they are written).</summary>
    internal static readonly string[] ParameterNames = ["r", "alpha", "s", "beta"];

    /// <summary>Fits stop at |ln p| of this size for every parameter p.</summary>
    private const double LogParameterBound = 30d;

    /// <summary>Initializes a Pareto/NBD model.</summary>
    /// <param name="r">The shape of the Gamma distribution of purchase rates, finite and greater than 0.</param>
    /// <param name="alpha">The scale of the Gamma distribution of purchase rates, in periods of <paramref name="unit"/>, finite and greater than 0.</param>
    /// <param name="s">The shape of the Gamma distribution of dropout rates, finite and greater than 0.</param>
    /// <param name="beta">The scale of the Gamma distribution of dropout rates, in periods of <paramref name="unit"/>, finite and greater than 0.</param>
    /// <param name="unit">The period unit time is counted in.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number greater than 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>.</exception>
    public ParetoNbd(double r, double alpha, double s, double beta, PeriodUnit unit)
    {
        R = Guard.PositiveFinite(r);
        Alpha = Guard.PositiveFinite(alpha);
        S = Guard.PositiveFinite(s);
        Beta = Guard.PositiveFinite(beta);
        Unit = PeriodUnit.Required(unit, nameof(unit));
    }

    /// <summary>Gets r, the shape of the Gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Gets alpha, the scale of the Gamma distribution of purchase rates (in periods of <see cref="Unit"/>).</summary>
    public double Alpha { get; }

    /// <summary>Gets s, the shape of the Gamma distribution of dropout rates.</summary>
    public double S { get; }

    /// <summary>Gets beta, the scale of the Gamma distribution of dropout rates (in periods of <see cref="Unit"/>).</summary>
    public double Beta { get; }

    /// <summary>Gets the period unit time is counted in.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets the parameter values in the order of <see cref="ParameterNames"/>.</summary>
    internal double[] ParameterValues => [R, Alpha, S, Beta];

    /// <summary>Returns E[X(t)], the expected number of repeat purchases of a new customer in the first <paramref name="t"/> periods.</summary>
    /// <param name="t">The time since the first purchase, in this model's unit, non-negative.</param>
    /// <returns>The expected number of repeat purchases in (0, t]; 0 at t = 0; non-decreasing in t.</returns>
    /// <exception cref="ArgumentException"><paramref name="t"/> is in a different unit or has none.</exception>
    public double ExpectedPurchases(Periods t) => ExpectedPurchasesCore(RfmHistory.Time(Unit, t, nameof(t)));

    /// <summary>Returns P(X(t) = n), the probability that a new customer makes exactly <paramref name="n"/> repeat purchases in the first <paramref name="t"/> periods.</summary>
    /// <param name="n">The number of purchases, non-negative.</param>
    /// <param name="t">The time since the first purchase, in this model's unit, non-negative.</param>
    /// <returns>The probability, in [0, 1]; the probabilities over all n sum to 1.</returns>
    /// <remarks>
    /// Alive throughout (probability <c>(beta / (beta + t))^s</c>) with an NBD count, or dropped out at some tau &lt; t having
    /// bought n times before: <c>NBD(n; r, alpha, t) (beta / (beta + t))^s + s beta^s alpha^r Gamma(r + n) / (Gamma(r) n!) x
    /// integral over 0..t of tau^n (alpha + tau)^-(r + n) (beta + tau)^-(s + 1) d tau</c> (Fader and Hardie 2006, "Deriving an
    /// Expression for P(X(t) = x) Under the Pareto/NBD Model"); the integral is evaluated by adaptive Gauss-Kronrod
    /// quadrature to a relative 1e-12, in log space.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="t"/> is in a different unit or has none.</exception>
    public double PurchaseCountProbability(int n, Periods t)
    {
        Guard.NonNegative((long)n, nameof(n));
        var time = RfmHistory.Time(Unit, t, nameof(t));
        if (time == 0d)
        {
            return n == 0 ? 1d : 0d;
        }

        var logCount = SpecialFunctions.LogGamma(R + n) - SpecialFunctions.LogGamma(R) - SpecialFunctions.LogGamma(n + 1d);
        var alive = Math.Exp(logCount + (R * Math.Log(Alpha / (Alpha + time))) + (n * Math.Log(time / (Alpha + time))) + (S * Math.Log(Beta / (Beta + time))));
        var logConstant = Math.Log(S) + (S * Math.Log(Beta)) + (R * Math.Log(Alpha)) + logCount;
        var dead = Quadrature.Integrate(
            tau => tau == 0d && n > 0
                ? 0d
                : Math.Exp(logConstant + (n == 0 ? 0d : n * Math.Log(tau)) - ((R + n) * Math.Log(Alpha + tau)) - ((S + 1d) * Math.Log(Beta + tau))),
            0d,
            time);
        return Math.Clamp(alive + dead, 0d, 1d);
    }

    /// <summary>Returns P(alive | x, t_x, T), the probability that a customer with this history has not dropped out.</summary>
    /// <param name="customer">The customer's RFM row, in this model's unit.</param>
    /// <returns>The probability, in (0, 1]; 1 when t_x = T (the customer bought at the end of observation).</returns>
    /// <exception cref="ArgumentException">The row's periods are in a different unit, or its history is inconsistent.</exception>
    public double ProbabilityAlive(CustomerRfm customer)
    {
        var (x, tx, t) = RfmHistory.Of(Unit, customer);
        return ProbabilityAliveCore(x, tx, t);
    }

    /// <summary>Returns P(alive | x, t_x, T) for a history given by its numbers.</summary>
    /// <param name="frequency">x, the number of repeat purchases, 0 or more.</param>
    /// <param name="recency">t_x in this model's unit: 0 when x = 0, positive when x &gt; 0.</param>
    /// <param name="t">T in this model's unit, at least t_x.</param>
    /// <returns>The probability, in (0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is negative.</exception>
    /// <exception cref="ArgumentException">A period is in another unit or has none, or the history is inconsistent.</exception>
    public double ProbabilityAlive(int frequency, Periods recency, Periods t)
    {
        var (x, tx, age) = RfmHistory.Of(Unit, frequency, recency, t, nameof(t));
        return ProbabilityAliveCore(x, tx, age);
    }

    /// <summary>Returns E[Y(t) | x, t_x, T], the expected number of purchases in the next <paramref name="t"/> periods of a customer with this history.</summary>
    /// <param name="t">The horizon after the end of observation, in this model's unit, non-negative.</param>
    /// <param name="customer">The customer's RFM row, in this model's unit.</param>
    /// <returns>The expected number of purchases in (T, T + t]; 0 at t = 0.</returns>
    /// <exception cref="ArgumentException">A unit differs from the model's, or the row's history is inconsistent.</exception>
    public double ConditionalExpectedPurchases(Periods t, CustomerRfm customer)
    {
        var time = RfmHistory.Time(Unit, t, nameof(t));
        var (x, tx, age) = RfmHistory.Of(Unit, customer);
        return ConditionalExpectedCore(time, x, tx, age);
    }

    /// <summary>Returns E[Y(t) | x, t_x, T] for a history given by its numbers.</summary>
    /// <param name="t">The horizon after the end of observation, in this model's unit, non-negative.</param>
    /// <param name="frequency">x, the number of repeat purchases, 0 or more.</param>
    /// <param name="recency">t_x in this model's unit (0 when x = 0).</param>
    /// <param name="age">T in this model's unit, at least t_x.</param>
    /// <returns>The expected number of purchases in (T, T + t].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is negative.</exception>
    /// <exception cref="ArgumentException">A period is in another unit or has none, or the history is inconsistent.</exception>
    public double ConditionalExpectedPurchases(Periods t, int frequency, Periods recency, Periods age)
    {
        var time = RfmHistory.Time(Unit, t, nameof(t));
        var (x, tx, a) = RfmHistory.Of(Unit, frequency, recency, age, nameof(age));
        return ConditionalExpectedCore(time, x, tx, a);
    }

    /// <summary>Returns DERT, the discounted expected residual transactions of a customer with this history (Fader, Hardie and Lee 2005, "RFM and CLV", eq. 2).</summary>
    /// <param name="discount">The discount rate per period, in this model's unit; discounting is continuous at <c>delta = ln(1 + d)</c> per period, so a purchase one period ahead counts <c>1 / (1 + d)</c>.</param>
    /// <param name="customer">The customer's RFM row, in this model's unit.</param>
    /// <returns>The expected number of future purchases, each discounted to the end of observation; null when it is infinite (no discount and s &lt;= 1).</returns>
    /// <exception cref="ArgumentException">A unit differs from the model's, a value has no unit, or the row's history is inconsistent.</exception>
    public double? DiscountedExpectedResidualPurchases(DiscountRate discount, CustomerRfm customer)
    {
        var delta = Delta(discount);
        var (x, tx, t) = RfmHistory.Of(Unit, customer);
        return DertCore(delta, x, tx, t);
    }

    /// <summary>Returns DERT for a history given by its numbers.</summary>
    /// <param name="discount">The discount rate per period, in this model's unit (continuous at <c>ln(1 + d)</c>).</param>
    /// <param name="frequency">x, the number of repeat purchases, 0 or more.</param>
    /// <param name="recency">t_x in this model's unit (0 when x = 0).</param>
    /// <param name="age">T in this model's unit, at least t_x.</param>
    /// <returns>The discounted expected residual purchases; null when infinite (no discount and s &lt;= 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is negative.</exception>
    /// <exception cref="ArgumentException">A unit differs from the model's or is missing, or the history is inconsistent.</exception>
    public double? DiscountedExpectedResidualPurchases(DiscountRate discount, int frequency, Periods recency, Periods age)
    {
        var delta = Delta(discount);
        var (x, tx, a) = RfmHistory.Of(Unit, frequency, recency, age, nameof(age));
        return DertCore(delta, x, tx, a);
    }

    /// <summary>Fits r, alpha, s and beta by maximum likelihood to one RFM row per customer (or per group, weighted by its count).</summary>
    /// <param name="customers">The rows, at least one, all in one unit, which becomes the model's unit. Only x, t_x and T are used.</param>
    /// <param name="options">How many threads may evaluate the likelihood; null for <see cref="FitOptions.Default"/>. The result is the same for every value.</param>
    /// <returns>The fitted model, its log-likelihood, the parameters with standard errors and covariances, and the diagnostics.</returns>
    /// <remarks>
    /// Identical histories are merged first (exact: a row of weight k is k copies). The log-likelihood (log space, see the
    /// remarks of <see cref="ParetoNbd"/>) is maximised over the logarithms of the parameters by BFGS from r = alpha = s =
    /// beta = 1, with central-difference gradients (the 2F1 terms have no cheap parameter derivatives); the standard
    /// errors and covariances come from a central-difference Hessian in the natural parameters at the estimate
    /// (relative step 1e-4). The reported log-likelihood is summed with compensation in fixed chunks, independent of
    /// the degree of parallelism.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no rows; a row is <c>default(CustomerRfm)</c>; or rows are in different units (the message names the row index).</exception>
    public static ModelFit<ParetoNbd> Fit(IEnumerable<CustomerRfm> customers, FitOptions? options = null)
    {
        var (x, tx, t, w, unit) = RfmHistory.Read(customers);
        return FitColumns(x, tx, t, w, unit, (options ?? FitOptions.Default).MaxDegreeOfParallelism);
    }

    /// <summary>The fit on validated columns (also used by the benchmarks).</summary>
    internal static ModelFit<ParetoNbd> FitColumns(double[] x, double[] tx, double[] t, double[]? w, PeriodUnit unit, int maxDegreeOfParallelism = -1)
    {
        var likelihood = new ParetoNbdLikelihood(x, tx, t, w, maxDegreeOfParallelism);
        var scale = 1d / likelihood.TotalWeight;
        double Objective(ReadOnlySpan<double> p)
        {
            foreach (var v in p)
            {
                if (Math.Abs(v) > LogParameterBound)
                {
                    return double.PositiveInfinity;
                }
            }

            return -scale * SafeLogLikelihood(likelihood, Math.Exp(p[0]), Math.Exp(p[1]), Math.Exp(p[2]), Math.Exp(p[3]));
        }

        var result = Bfgs.Minimize(Bfgs.CentralDifferences(Objective, 4), [0d, 0d, 0d, 0d], gradientTolerance: 1e-8);
        var p = result.Parameters;
        var model = new ParetoNbd(Math.Exp(p[0]), Math.Exp(p[1]), Math.Exp(p[2]), Math.Exp(p[3]), unit);
        Span<double> gradient = stackalloc double[4];
        Span<double> hessian = stackalloc double[16];
        var ll = double.IsFinite(result.Value)
            ? FiniteDifferences.GradientAndHessian(v => SafeLogLikelihood(likelihood, v[0], v[1], v[2], v[3]), model.ParameterValues, gradient, hessian)
            : double.NegativeInfinity;
        return ModelFit.Create(
            model,
            ll,
            ParameterNames,
            model.ParameterValues,
            gradient,
            hessian,
            result.Iterations,
            result.Converged,
            new FitEvidence(likelihood.TotalWeight, likelihood.RepeatWeight));
    }

    /// <summary>The log-likelihood of validated rows at these parameters (for tests and benchmarks).</summary>
    internal static double LogLikelihood(double[] x, double[] tx, double[] t, double[]? w, double r, double alpha, double s, double beta) =>
        new ParetoNbdLikelihood(x, tx, t, w).LogLikelihood(r, alpha, s, beta);

    /// <summary>
    /// The two log terms of one customer's likelihood (without <c>ln[Gamma(r + x) alpha^r beta^s / Gamma(r)]</c>):
    /// alive, <c>-(r + x) ln(alpha + T) - s ln(beta + T)</c>, and dropped out, <c>ln(s / (r + s + x)) + ln A0</c>
    /// (negative infinity when t_x = T).
    /// </summary>
    internal static (double Alive, double Dead) LogTerms(double r, double alpha, double s, double beta, double x, double tx, double t)
    {
        var alive = (-(r + x) * Math.Log(alpha + t)) - (s * Math.Log(beta + t));
        if (tx >= t)
        {
            return (alive, double.NegativeInfinity);
        }

        var atTx = LogF(r, alpha, s, beta, x, tx);
        var atT = LogF(r, alpha, s, beta, x, t);

        // ln(F(t_x) - F(T)) = ln F(t_x) + ln(1 - e^(ln F(T) - ln F(t_x))); F decreases in y, so the difference is >= 0.
        var gap = Math.Min(atT - atTx, 0d);
        var logA0 = atTx + Log1MinusExp(gap);
        return (alive, Math.Log(s / (r + s + x)) + logA0);
    }

    /// <summary><c>ln(e^a + e^b)</c> without overflow.</summary>
    internal static double LogSumExp(double a, double b)
    {
        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        var max = Math.Max(a, b);
        return max + Math.Log(1d + Math.Exp(Math.Min(a, b) - max));
    }

    /// <summary>P(alive) for a validated history.</summary>
    internal double ProbabilityAliveCore(double x, double tx, double t)
    {
        var (alive, dead) = LogTerms(R, Alpha, S, Beta, x, tx, t);
        return double.IsNegativeInfinity(dead) ? 1d : 1d / (1d + Math.Exp(dead - alive));
    }

    /// <summary>E[Y(t) | x, t_x, T] for a validated history.</summary>
    internal double ConditionalExpectedCore(double time, double x, double tx, double age)
    {
        if (time == 0d)
        {
            return 0d;
        }

        var spread = SpecialFunctions.OneMinusExpOver(S - 1d, Math.Log((Beta + age + time) / (Beta + age)));
        return (R + x) * (Beta + age) / (Alpha + age) * spread * ProbabilityAliveCore(x, tx, age);
    }

    /// <summary>E[X(t)] for a validated time.</summary>
    internal double ExpectedPurchasesCore(double time) =>
        time == 0d ? 0d : R * Beta / Alpha * SpecialFunctions.OneMinusExpOver(S - 1d, Math.Log((Beta + time) / Beta));

    /// <summary>DERT at a continuous discount rate delta per period, for a validated history.</summary>
    internal double? DertCore(double delta, double x, double tx, double t)
    {
        var b = Beta + t;
        double integral;
        if (delta == 0d)
        {
            if (S <= 1d)
            {
                return null;
            }

            integral = b / (S - 1d);
        }
        else
        {
            integral = Quadrature.IntegrateToInfinity(u => Math.Exp((-delta * u) - (S * Math.Log(1d + (u / b)))), Math.Min(1d / delta, b));
        }

        return ProbabilityAliveCore(x, tx, t) * (R + x) / (Alpha + t) * integral;
    }

    /// <summary>Returns the model as invariant text, for example <c>Pareto/NBD(r=0.5533, alpha=10.58, s=0.6062, beta=11.67, per week)</c>.</summary>
    /// <returns>The text at display precision: each parameter to four significant digits (the properties stay exact), the unit in words.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"Pareto/NBD(r={Metrics.Display.Number(R)}, alpha={Metrics.Display.Number(Alpha)}, s={Metrics.Display.Number(S)}, beta={Metrics.Display.Number(Beta)}, per {PerPeriod<decimal>.UnitWords(Unit)})");

    /// <inheritdoc/>
    public bool Equals(ParetoNbd? other) =>
        other is not null && R.Equals(other.R) && Alpha.Equals(other.Alpha) && S.Equals(other.S) && Beta.Equals(other.Beta) && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ParetoNbd);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(R, Alpha, S, Beta, Unit);

    /// <summary>Compares two models for value equality (same r, alpha, s, beta and unit).</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ParetoNbd? left, ParetoNbd? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two models for inequality.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ParetoNbd? left, ParetoNbd? right) => !(left == right);

    /// <summary>The log-likelihood, or negative infinity where a 2F1 series cannot be summed (the optimiser then steps back).</summary>
    private static double SafeLogLikelihood(ParetoNbdLikelihood likelihood, double r, double alpha, double s, double beta)
    {
        try
        {
            return likelihood.LogLikelihood(r, alpha, s, beta);
        }
        catch (ArithmeticException)
        {
            return double.NegativeInfinity;
        }
    }

    /// <summary>
    /// <c>ln F(y)</c>, <c>F(y) = 2F1(a, b; a + 1; z) / (p + y)^a</c> with <c>a = r + s + x</c>, <c>p = max(alpha, beta)</c>,
    /// <c>z = |alpha - beta| / (p + y)</c> and b = s + 1 (alpha &gt;= beta) or r + x, after Euler's transformation
    /// <c>2F1(a, b; a + 1; z) = (1 - z)^(1 - b) 2F1(1, a + 1 - b; a + 1; z)</c> with <c>1 - z = (min(alpha, beta) + y) / (p + y)</c>.
    /// </summary>
    private static double LogF(double r, double alpha, double s, double beta, double x, double y)
    {
        var a = r + s + x;
        var (p, q, b) = alpha >= beta ? (alpha, beta, s + 1d) : (beta, alpha, r + x);
        var z = (p - q) / (p + y);
        var hyper = z == 0d ? 1d : SpecialFunctions.Hypergeometric2F1(1d, a + 1d - b, a + 1d, z);
        return ((1d - b) * Math.Log((q + y) / (p + y))) + Math.Log(hyper) - (a * Math.Log(p + y));
    }

    /// <summary><c>ln(1 - e^g)</c> for g &lt;= 0, accurate near both ends (Maechler 2012).</summary>
    private static double Log1MinusExp(double g) =>
        g > -0.6931471805599453 ? Math.Log(-SpecialFunctions.ExpM1(g)) : Math.Log(1d - Math.Exp(g));

    private double Delta(DiscountRate discount)
    {
        PeriodUnit.RequireSame(Unit, "the model", discount.Required(nameof(discount)).Per, nameof(discount));
        return Math.Log(1d + (double)discount.Value);
    }
}
