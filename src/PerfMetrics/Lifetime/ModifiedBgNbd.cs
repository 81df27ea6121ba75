using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The modified BG/NBD model (MBG/NBD; Batislam, Denizel and Filiztekin 2007): the <see cref="BgNbd"/> model in which a
/// customer may also drop out at time 0, right after the first purchase, so a customer without repeat purchases is not
/// certainly alive. While alive, purchases follow a Poisson process with rate lambda ~ Gamma(<see cref="R"/>,
/// <see cref="Alpha"/>); at time 0 and after each purchase the customer drops out with probability p ~
/// Beta(<see cref="A"/>, <see cref="B"/>).
/// </summary>
/// <remarks>
/// <para>
/// Formulas (Batislam, Denizel and Filiztekin 2007, "Empirical validation and comparison of models for customer base
/// analysis", International Journal of Research in Marketing 24(3); x repeat purchases, the last at t_x, observed for T):
/// <c>L = B(a, b + x + 1) / B(a, b) x Gamma(r + x) alpha^r / (Gamma(r) (alpha + T)^(r + x)) + B(a + 1, b + x) / B(a, b) x
/// Gamma(r + x) alpha^r / (Gamma(r) (alpha + t_x)^(r + x))</c> for every x, 0 included;
/// <c>P(alive | x, t_x, T) = 1 / (1 + a / (b + x) x ((alpha + T) / (alpha + t_x))^(r + x))</c>;
/// <c>E[Y(t) | x, t_x, T] = (a + b + x) / (a - 1) x [1 - ((alpha + T) / (alpha + T + t))^(r + x) 2F1(r + x, b + x + 1; a + b + x; t / (alpha + T + t))] x P(alive)</c>;
/// <c>E[X(t)] = b / (a - 1) x [1 - (alpha / (alpha + t))^r 2F1(r, b + 1; a + b; t / (alpha + t))]</c>;
/// <c>P(X(t) = n) = B(a, b + n + 1) / B(a, b) NBD(n) + B(a + 1, b + n) / B(a, b) (1 - sum over j &lt; n of NBD(j))</c>.
/// <c>DERT(delta) = P(alive) (r + x) / (alpha + T) x integral over u &gt;= 0 of e^(-delta u) 2F1(a, r + x + 1; a + b + x + 1; -u / (alpha + T)) du</c>
/// (derived from the model's story, see <see cref="DiscountedExpectedResidualPurchases(DiscountRate, CustomerRfm)"/>).
/// Each is the <see cref="BgNbd"/> formula with b + 1 in place of b (times b / (a + b) for the two unconditional ones),
/// so the predictions are computed by the BG/NBD code with b + 1, with the same guards against overflow.
/// </para>
/// <para>Units, numbers and equality as for <see cref="BgNbd"/>. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var fit = ModifiedBgNbd.Fit(summary.Customers); // CDNOW: LL = -9582.13 (Batislam et al. 2007)
/// var alive = fit.Model.ProbabilityAlive(0, new Periods(0, PeriodUnit.Week), new Periods(38.86m, PeriodUnit.Week)); // below 1
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class ModifiedBgNbd : IEquatable<ModifiedBgNbd>, IRepeatPurchaseModel
{
    /// <summary>The parameter names, in the order of <see cref="ParameterValues"/> and of a fit's parameters (the one place they are written).</summary>
    internal static readonly string[] ParameterNames = ["r", "alpha", "a", "b"];

    /// <summary>The BG/NBD with b + 1, whose formulas are this model's (see the remarks).</summary>
    private readonly BgNbd _shifted;

    /// <summary>Initializes an MBG/NBD model.</summary>
    /// <param name="r">The shape of the Gamma distribution of purchase rates, finite and greater than 0.</param>
    /// <param name="alpha">The scale of the Gamma distribution of purchase rates, in periods of <paramref name="unit"/>, finite and greater than 0.</param>
    /// <param name="a">The first shape of the Beta distribution of dropout probabilities, finite and greater than 0.</param>
    /// <param name="b">The second shape of the Beta distribution of dropout probabilities, finite and greater than 0.</param>
    /// <param name="unit">The period unit time is counted in.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number greater than 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>.</exception>
    public ModifiedBgNbd(double r, double alpha, double a, double b, PeriodUnit unit)
    {
        R = Guard.PositiveFinite(r);
        Alpha = Guard.PositiveFinite(alpha);
        A = Guard.PositiveFinite(a);
        B = Guard.PositiveFinite(b);
        Unit = PeriodUnit.Required(unit, nameof(unit));
        _shifted = new BgNbd(r, alpha, a, b + 1d, unit);
    }

    /// <summary>Gets r, the shape of the Gamma distribution of purchase rates.</summary>
    public double R { get; }

    /// <summary>Gets alpha, the scale of the Gamma distribution of purchase rates (in periods of <see cref="Unit"/>).</summary>
    public double Alpha { get; }

    /// <summary>Gets a, the first shape of the Beta distribution of dropout probabilities.</summary>
    public double A { get; }

    /// <summary>Gets b, the second shape of the Beta distribution of dropout probabilities.</summary>
    public double B { get; }

    /// <summary>Gets the period unit time is counted in.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets the parameter values in the order of <see cref="ParameterNames"/>.</summary>
    internal double[] ParameterValues => [R, Alpha, A, B];

    /// <summary>Gets the probability that a new customer survives the dropout at time 0, <c>b / (a + b)</c>.</summary>
    private double StaysAtStart => B / (A + B);

    /// <summary>Returns E[X(t)], the expected number of repeat purchases of a new customer in the first <paramref name="t"/> periods.</summary>
    /// <param name="t">The time since the first purchase, in this model's unit, non-negative.</param>
    /// <returns>The expected number of repeat purchases in (0, t]; 0 at t = 0; non-decreasing in t.</returns>
    /// <exception cref="ArgumentException"><paramref name="t"/> is in a different unit or has none.</exception>
    public double ExpectedPurchases(Periods t) => StaysAtStart * _shifted.ExpectedPurchasesCore(RfmHistory.Time(Unit, t, nameof(t)));

    /// <summary>Returns P(X(t) = n), the probability that a new customer makes exactly <paramref name="n"/> repeat purchases in the first <paramref name="t"/> periods.</summary>
    /// <param name="n">The number of purchases, non-negative.</param>
    /// <param name="t">The time since the first purchase, in this model's unit, non-negative.</param>
    /// <returns>The probability, in [0, 1]; the probabilities over all n sum to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="t"/> is in a different unit or has none.</exception>
    public double PurchaseCountProbability(int n, Periods t)
    {
        Guard.NonNegative((long)n, nameof(n));
        var time = RfmHistory.Time(Unit, t, nameof(t));
        return Math.Clamp(StaysAtStart * _shifted.PurchaseCountProbabilityCore(n, time, dropoutAtStart: true), 0d, 1d);
    }

    /// <summary>Returns P(alive | x, t_x, T), the probability that a customer with this history has not dropped out.</summary>
    /// <param name="customer">The customer's RFM row, in this model's unit.</param>
    /// <returns>The probability, in (0, 1); below 1 also for a customer without repeat purchases.</returns>
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
    /// <returns>The probability, in (0, 1).</returns>
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

    /// <summary>
    /// Returns DERT, the discounted expected residual transactions of a customer with this history: the expected number of
    /// purchases after the end of observation, each discounted to it (the MBG/NBD counterpart of Fader, Hardie and Lee's
    /// 2005 Pareto/NBD DERT; derivation in docs/lifetime-value.md).
    /// </summary>
    /// <param name="discount">The discount rate per period, in this model's unit; discounting is continuous at <c>delta = ln(1 + d)</c> per period, so a purchase one period ahead counts <c>1 / (1 + d)</c>.</param>
    /// <param name="customer">The customer's RFM row, in this model's unit.</param>
    /// <returns>
    /// <c>P(alive) (r + x) / (alpha + T) x integral over u &gt;= 0 of e^(-delta u) 2F1(a, r + x + 1; a + b + x + 1; -u / (alpha + T)) du</c>;
    /// null when it is infinite (no discount and a &lt;= 1).
    /// </returns>
    /// <exception cref="ArgumentException">A unit differs from the model's, a value has no unit, or the row's history is inconsistent.</exception>
    public double? DiscountedExpectedResidualPurchases(DiscountRate discount, CustomerRfm customer)
    {
        var delta = Delta(discount);
        var (x, tx, t) = RfmHistory.Of(Unit, customer);
        return _shifted.DertCore(delta, x, t, ProbabilityAliveCore(x, tx, t));
    }

    /// <summary>Returns DERT for a history given by its numbers.</summary>
    /// <param name="discount">The discount rate per period, in this model's unit (continuous at <c>ln(1 + d)</c>).</param>
    /// <param name="frequency">x, the number of repeat purchases, 0 or more.</param>
    /// <param name="recency">t_x in this model's unit (0 when x = 0).</param>
    /// <param name="age">T in this model's unit, at least t_x.</param>
    /// <returns>The discounted expected residual purchases; null when infinite (no discount and a &lt;= 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is negative.</exception>
    /// <exception cref="ArgumentException">A unit differs from the model's or is missing, or the history is inconsistent.</exception>
    public double? DiscountedExpectedResidualPurchases(DiscountRate discount, int frequency, Periods recency, Periods age)
    {
        var delta = Delta(discount);
        var (x, tx, t) = RfmHistory.Of(Unit, frequency, recency, age, nameof(age));
        return _shifted.DertCore(delta, x, t, ProbabilityAliveCore(x, tx, t));
    }

    /// <summary>Fits r, alpha, a and b by maximum likelihood to one RFM row per customer (or per group, weighted by its count).</summary>
    /// <param name="customers">The rows, at least one, all in one unit, which becomes the model's unit. Only x, t_x and T are used.</param>
    /// <param name="options">How many threads may evaluate the likelihood; null for <see cref="FitOptions.Default"/>. The result is the same for every value.</param>
    /// <returns>The fitted model, its log-likelihood, r, alpha, a and b with their standard errors and covariances, and the diagnostics.</returns>
    /// <remarks>
    /// The likelihood (see the remarks of <see cref="ModifiedBgNbd"/>) is the BG/NBD's with <c>b + x - 1</c> read as
    /// <c>b + x</c> and its second term present for x = 0 too; it is evaluated by the same code as <see cref="BgNbd.Fit"/>
    /// (stable log-sum-exp form, terms per distinct x computed once, fixed chunks summed in order, analytic gradient and
    /// Hessian), maximised by BFGS over the logarithms of the parameters from r = alpha = a = b = 1. Identical histories are
    /// merged into one weighted row first (exact), since unlike the BG/NBD every row, x = 0 included, needs the log-sum-exp term.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no rows; a row is <c>default(CustomerRfm)</c>; or rows are in different units (the message names the row index).</exception>
    public static ModelFit<ModifiedBgNbd> Fit(IEnumerable<CustomerRfm> customers, FitOptions? options = null)
    {
        // Identical histories are merged first (exact): every row of the MBG/NBD likelihood takes the log-sum-exp path.
        var (x, tx, t, w, unit) = RfmHistory.Merge(RfmHistory.Read(customers));
        return FitColumns(x, tx, t, w, unit, (options ?? FitOptions.Default).MaxDegreeOfParallelism);
    }

    /// <summary>The fit on validated columns (also used by the benchmarks).</summary>
    internal static ModelFit<ModifiedBgNbd> FitColumns(double[] x, double[] tx, double[] t, double[]? w, PeriodUnit unit, int maxDegreeOfParallelism = -1) =>
        BgNbd.Maximize(
            new BgNbdLikelihood(x, tx, t, w, maxDegreeOfParallelism, modified: true),
            (r, alpha, a, b) => new ModifiedBgNbd(r, alpha, a, b, unit),
            m => m.ParameterValues,
            ParameterNames);

    /// <summary>The log-likelihood of validated rows at these parameters (for tests).</summary>
    internal static double LogLikelihood(double[] x, double[] tx, double[] t, double[]? w, double r, double alpha, double a, double b) =>
        new BgNbdLikelihood(x, tx, t, w, modified: true).LogLikelihood(r, alpha, a, b);

    /// <summary>P(alive) for a validated history.</summary>
    internal double ProbabilityAliveCore(double x, double tx, double t) => _shifted.ProbabilityAliveCore(x, tx, t, dropoutAtStart: true);

    /// <summary>E[Y(t) | x, t_x, T] for a validated history.</summary>
    internal double ConditionalExpectedCore(double t, double x, double tx, double age) =>
        _shifted.ConditionalExpectedCore(t, x, tx, age, ProbabilityAliveCore(x, tx, age));

    /// <summary>E[X(t)] for a validated time.</summary>
    internal double ExpectedPurchasesCore(double t) => StaysAtStart * _shifted.ExpectedPurchasesCore(t);

    private double Delta(DiscountRate discount)
    {
        PeriodUnit.RequireSame(Unit, "the model", discount.Required(nameof(discount)).Per, nameof(discount));
        return Math.Log(1d + (double)discount.Value);
    }

    /// <summary>Returns the model as invariant text, for example <c>MBG/NBD(r=0.525, alpha=6.183, a=0.891, b=1.614, per week)</c>.</summary>
    /// <returns>The text at display precision: each parameter to four significant digits (the properties stay exact), the unit in words.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"MBG/NBD(r={Metrics.Display.Number(R)}, alpha={Metrics.Display.Number(Alpha)}, a={Metrics.Display.Number(A)}, b={Metrics.Display.Number(B)}, per {PerPeriod<decimal>.UnitWords(Unit)})");

    /// <inheritdoc/>
    public bool Equals(ModifiedBgNbd? other) =>
        other is not null && R.Equals(other.R) && Alpha.Equals(other.Alpha) && A.Equals(other.A) && B.Equals(other.B) && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ModifiedBgNbd);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(R, Alpha, A, B, Unit);

    /// <summary>Compares two models for value equality (same r, alpha, a, b and unit).</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ModifiedBgNbd? left, ModifiedBgNbd? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two models for inequality.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ModifiedBgNbd? left, ModifiedBgNbd? right) => !(left == right);
}
