using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The beta-geometric/negative binomial distribution (BG/NBD) model of non-contractual repeat buying (Fader, Hardie and
/// Lee 2005): while alive, a customer buys as a Poisson process with rate lambda; after each purchase they drop out with
/// probability p; lambda varies across customers as Gamma(<see cref="R"/>, <see cref="Alpha"/>) and p as
/// Beta(<see cref="A"/>, <see cref="B"/>).
/// </summary>
/// <remarks>
/// <para>
/// Units: time is counted in periods of <see cref="Unit"/> (lambda is purchases per period; <see cref="Alpha"/> is in
/// periods). Every time argument is a <see cref="Periods"/> of that unit or, for the <see cref="double"/> overloads,
/// a count of that unit; a different unit throws, it is never converted silently.
/// </para>
/// <para>
/// Formulas (Fader, Hardie and Lee 2005, "Counting Your Customers the Easy Way: An Alternative to the Pareto/NBD Model",
/// Marketing Science 24(2), eqs. 6, 8, 9 and 10; x repeat purchases, the last at t_x, observed for T):
/// likelihood <c>L = B(a, b + x) / B(a, b) x Gamma(r + x) alpha^r / (Gamma(r) (alpha + T)^(r + x))
/// + [x &gt; 0] B(a + 1, b + x - 1) / B(a, b) x Gamma(r + x) alpha^r / (Gamma(r) (alpha + t_x)^(r + x))</c>;
/// <c>E[X(t)] = (a + b - 1) / (a - 1) x [1 - (alpha / (alpha + t))^r 2F1(r, b; a + b - 1; t / (alpha + t))]</c>;
/// <c>P(alive | x, t_x, T) = 1 / (1 + [x &gt; 0] a / (b + x - 1) x ((alpha + T) / (alpha + t_x))^(r + x))</c>;
/// <c>E[Y(t) | x, t_x, T] = (a + b + x - 1) / (a - 1) x [1 - ((alpha + T) / (alpha + T + t))^(r + x)
/// 2F1(r + x, b + x; a + b + x - 1; t / (alpha + T + t))] x P(alive | x, t_x, T)</c>.
/// Both expectations are evaluated after Euler's transformation of 2F1, <c>(1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1; c; z)</c>,
/// which equals the published product of a power and 2F1 but neither overflows nor underflows for large x.
/// At a = 1 the (a - 1) denominators are a removable singularity; there the value is the mean of the formula at
/// a x (1 ± 1e-6).
/// </para>
/// <para>
/// Numbers: the model is statistical and computes in <see cref="double"/>; every result is finite. Equality compares
/// r, alpha, a, b and unit. Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var fit = BgNbd.Fit(RfmSummary.Build(log, PeriodUnit.Week, PurchaseMerging.SameDay, new LocalDate(1997, 9, 30)).Customers);
/// // CDNOW: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4 (Fader, Hardie and Lee 2005)
/// var next39Weeks = fit.Model.ConditionalExpectedPurchases(new Periods(39, PeriodUnit.Week), 2, 30.43, 38.86); // 1.226
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class BgNbd : IEquatable<BgNbd>, IRepeatPurchaseModel
{
    /// <summary>The parameter names, in the order of <see cref="ParameterValues"/> and of a fit's parameters (the one place they are written).</summary>
    internal static readonly string[] ParameterNames = ["r", "alpha", "a", "b"];

    /// <summary>Gets the parameter values in the order of <see cref="ParameterNames"/>.</summary>
    internal double[] ParameterValues => [R, Alpha, A, B];

    /// <summary>Fits stop at |ln p| of this size for every parameter p.</summary>
    internal const double LogParameterBound = 30d;

    /// <summary>Initializes a BG/NBD model.</summary>
    /// <param name="r">The shape of the Gamma distribution of purchase rates, finite and greater than 0.</param>
    /// <param name="alpha">The scale of the Gamma distribution of purchase rates, in periods of <paramref name="unit"/>, finite and greater than 0.</param>
    /// <param name="a">The first shape of the Beta distribution of dropout probabilities, finite and greater than 0.</param>
    /// <param name="b">The second shape of the Beta distribution of dropout probabilities, finite and greater than 0.</param>
    /// <param name="unit">The period unit time is counted in.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number greater than 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>.</exception>
    public BgNbd(double r, double alpha, double a, double b, PeriodUnit unit)
    {
        R = Guard.PositiveFinite(r);
        Alpha = Guard.PositiveFinite(alpha);
        A = Guard.PositiveFinite(a);
        B = Guard.PositiveFinite(b);
        Unit = PeriodUnit.Required(unit, nameof(unit));
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

    /// <summary>Returns E[X(t)], the expected number of purchases of a new customer in the first <paramref name="t"/> periods.</summary>
    /// <param name="t">The time since the first purchase, in this model's unit (fractional allowed), non-negative.</param>
    /// <returns>The expected number of repeat purchases in (0, t]; 0 at t = 0; non-decreasing in t.</returns>
    /// <exception cref="ArgumentException"><paramref name="t"/> is in a different unit or has none.</exception>
    public double ExpectedPurchases(Periods t) => ExpectedPurchasesCore(Time(t, nameof(t)));

    /// <summary>Returns P(X(t) = n), the probability that a new customer makes exactly <paramref name="n"/> repeat purchases in the first <paramref name="t"/> periods.</summary>
    /// <param name="n">The number of purchases, non-negative.</param>
    /// <param name="t">The time since the first purchase, in this model's unit, non-negative.</param>
    /// <returns>The probability, in [0, 1]; the probabilities over all n sum to 1.</returns>
    /// <remarks>Fader, Hardie and Lee (2005), eq. 8.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="t"/> is in a different unit or has none.</exception>
    public double PurchaseCountProbability(int n, Periods t)
    {
        if (n < 0)
        {
            Guard.ThrowOutOfRange(nameof(n), n, "must be non-negative");
        }

        return Math.Clamp(PurchaseCountProbabilityCore(n, Time(t, nameof(t)), dropoutAtStart: false), 0d, 1d);
    }

    /// <summary>Returns P(alive | x, t_x, T), the probability that a customer with this history has not dropped out.</summary>
    /// <param name="customer">The customer's RFM row, in this model's unit.</param>
    /// <returns>The probability, in (0, 1]; exactly 1 for a customer without repeat purchases (in BG/NBD dropout happens only after a purchase).</returns>
    /// <exception cref="ArgumentException">The row's periods are in a different unit, or its recency exceeds T.</exception>
    public double ProbabilityAlive(CustomerRfm customer)
    {
        var (x, tx, t) = History(customer);
        return ProbabilityAliveCore(x, tx, t, dropoutAtStart: false);
    }

    /// <summary>Returns P(alive | x, t_x, T) for a history given by its numbers, without a monetary value.</summary>
    /// <param name="frequency">x, the number of repeat purchases, 0 or more.</param>
    /// <param name="recency">t_x, the periods from the first to the last purchase, in this model's unit: 0 when x = 0, positive when x &gt; 0.</param>
    /// <param name="t">T, the periods from the first purchase to the end of observation, in this model's unit, at least t_x.</param>
    /// <returns>The probability, in (0, 1]; exactly 1 when x = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is negative.</exception>
    /// <exception cref="ArgumentException">A period is in another unit or has none; <paramref name="recency"/> exceeds <paramref name="t"/>, or is 0 with repeat purchases (or positive without).</exception>
    public double ProbabilityAlive(int frequency, Periods recency, Periods t)
    {
        var (x, tx, age) = History(frequency, recency, t, nameof(t));
        return ProbabilityAliveCore(x, tx, age, dropoutAtStart: false);
    }

    /// <summary>Returns E[Y(t) | x, t_x, T], the expected number of purchases in the next <paramref name="t"/> periods of a customer with this history.</summary>
    /// <param name="t">The horizon after the end of observation, in this model's unit, non-negative.</param>
    /// <param name="customer">The customer's RFM row, in this model's unit.</param>
    /// <returns>The expected number of purchases in (T, T + t]; 0 at t = 0.</returns>
    /// <exception cref="ArgumentException">A unit differs from the model's, or the row's recency exceeds T.</exception>
    public double ConditionalExpectedPurchases(Periods t, CustomerRfm customer)
    {
        var time = Time(t, nameof(t));
        var (x, tx, age) = History(customer);
        return ConditionalExpectedCore(time, x, tx, age);
    }

    /// <summary>Returns E[Y(t) | x, t_x, T] for a history given by its numbers, without a monetary value.</summary>
    /// <param name="t">The horizon after the end of observation, in this model's unit, non-negative.</param>
    /// <param name="frequency">x, the number of repeat purchases, 0 or more.</param>
    /// <param name="recency">t_x in this model's unit (0 when x = 0).</param>
    /// <param name="age">T in this model's unit, at least t_x.</param>
    /// <returns>The expected number of purchases in (T, T + t].</returns>
    /// <example>CDNOW (Fader, Hardie and Lee 2005): 39 weeks, x = 2, t_x = 30.43, T = 38.86 weeks gives 1.226.</example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is negative.</exception>
    /// <exception cref="ArgumentException">A period is in another unit or has none; or the history is inconsistent.</exception>
    public double ConditionalExpectedPurchases(Periods t, int frequency, Periods recency, Periods age)
    {
        var time = Time(t, nameof(t));
        var (x, tx, a) = History(frequency, recency, age, nameof(age));
        return ConditionalExpectedCore(time, x, tx, a);
    }

    /// <summary>Fits r, alpha, a and b by maximum likelihood to one RFM row per customer.</summary>
    /// <param name="customers">
    /// The rows (for example <see cref="RfmSummary.Customers"/>, or rows built with the <see cref="CustomerRfm"/>
    /// constructor), at least one, every row's recency and T in the same unit, which becomes the model's unit. Only x, t_x
    /// and T are used.
    /// </param>
    /// <param name="options">How many threads may evaluate the likelihood; null for <see cref="FitOptions.Default"/>. The result is the same for every value.</param>
    /// <returns>The fitted model, its log-likelihood, r, alpha, a and b with their standard errors, and the optimiser's diagnostics.</returns>
    /// <remarks>
    /// <para>
    /// The log-likelihood (see <see cref="BgNbd"/>) is evaluated in a numerically stable form: its two terms are combined as
    /// <c>-(r + x) ln(alpha + T) + softplus(ln(a / (b + x - 1)) + (r + x) ln((alpha + T) / (alpha + t_x)))</c>, which neither
    /// overflows nor underflows for large x or T. It is maximised over the logarithms of the parameters by BFGS with the
    /// analytic gradient, from r = alpha = a = b = 1, until the gradient is below 1e-5, and finished by one Newton step with
    /// the analytic Hessian (kept only if it meets BFGS's own tolerance, 1e-9; otherwise BFGS finishes). When the rows
    /// repeat (at most half of the first 65,536 are distinct histories), identical histories are merged into weighted rows
    /// first, which is exact. Terms that depend on x alone are computed once per distinct x;
    /// large inputs are evaluated in fixed chunks of 16,384 rows on the thread pool and summed in chunk order, so the
    /// result does not depend on the number of threads (<paramref name="options"/>). The reported log-likelihood is a final
    /// evaluation at the estimate with compensated (Neumaier) sums; the standard errors come from the analytic Hessian
    /// of the same pass (see <see cref="ModelFit{TModel}"/>).
    /// </para>
    /// <para>A fit with a parameter beyond e^20 or below e^-20 (the data do not identify it), or a fit to rows without any repeat purchase (a and b are then not identified), is reported as not converged.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// There are no rows; a row is <c>default(CustomerRfm)</c>; or rows are in different units (the message names the row index).
    /// </exception>
    public static ModelFit<BgNbd> Fit(IEnumerable<CustomerRfm> customers, FitOptions? options = null)
    {
        var (x, tx, t, w, unit) = RfmHistory.MergeWhenRepeated(RfmHistory.Read(customers));
        return FitColumns(x, tx, t, w, unit, (options ?? FitOptions.Default).MaxDegreeOfParallelism);
    }

    /// <summary>Returns the rows as a span, without copying an array or a list; throws for null or empty input.</summary>
    internal static ReadOnlySpan<CustomerRfm> Rows(IEnumerable<CustomerRfm> customers, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(customers))] string paramName = "customers")
    {
        Guard.NotNull(customers, paramName);
        ReadOnlySpan<CustomerRfm> rows = customers switch
        {
            CustomerRfm[] array => array,
            List<CustomerRfm> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
            _ => customers.ToArray(),
        };

        if (rows.IsEmpty)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must hold at least one row, had 0.");
        }

        return rows;
    }

    /// <summary>The log-likelihood of validated rows at this model's parameters (for tests and diagnostics).</summary>
    internal static double LogLikelihood(double[] x, double[] tx, double[] t, double[]? w, double r, double alpha, double a, double b) =>
        new BgNbdLikelihood(x, tx, t, w).LogLikelihood(r, alpha, a, b);

    /// <summary>Returns the model as invariant text, for example <c>BG/NBD(r=0.243, alpha=4.414, a=0.793, b=2.426, per week)</c>.</summary>
    /// <returns>The text at display precision: each parameter to four significant digits (the properties stay exact), the unit in words.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"BG/NBD(r={Metrics.Display.Number(R)}, alpha={Metrics.Display.Number(Alpha)}, a={Metrics.Display.Number(A)}, b={Metrics.Display.Number(B)}, per {PerPeriod<decimal>.UnitWords(Unit)})");

    /// <inheritdoc/>
    public bool Equals(BgNbd? other) =>
        other is not null && R.Equals(other.R) && Alpha.Equals(other.Alpha) && A.Equals(other.A) && B.Equals(other.B) && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BgNbd);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(R, Alpha, A, B, Unit);

    /// <summary>Compares two models for value equality (same r, alpha, a, b and unit).</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(BgNbd? left, BgNbd? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two models for inequality.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BgNbd? left, BgNbd? right) => !(left == right);

    /// <summary>E[Y(t) | x, t_x, T] for validated arguments (also the per-period purchases of <see cref="Clv"/>).</summary>
    internal double ConditionalExpectedCore(double t, double x, double tx, double age)
    {
        if (t == 0d)
        {
            return 0d;
        }

        return ConditionalExpectedCore(t, x, tx, age, ProbabilityAliveCore(x, tx, age, dropoutAtStart: false));
    }

    /// <summary>P(alive | x, t_x, T) for a validated history; with <paramref name="dropoutAtStart"/> also for x = 0 (the modified BG/NBD with b + 1).</summary>
    internal double ProbabilityAliveCore(double x, double tx, double t, bool dropoutAtStart) =>
        x == 0d && !dropoutAtStart ? 1d : 1d / (1d + Math.Exp(LogDropoutOdds(x, tx, t)));

    /// <summary>E[Y(t) | x, t_x, T] given P(alive) for a validated history.</summary>
    internal double ConditionalExpectedCore(double t, double x, double tx, double age, double alive)
    {
        if (t == 0d)
        {
            return 0d;
        }

        return alive * RemovingSingularity(
            a =>
            {
                // Euler's transformation 2F1(r + x, b + x; c; z) = (1 - z)^(a - 1 - r - x) 2F1(c - r - x, a - 1; c; z), with
                // 1 - z = (alpha + T) / (alpha + T + t), merges the huge 2F1 and the tiny power of the published form into
                // (1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1; c; z), which stays finite for any x.
                var c = a + B + x - 1d;
                var z = t / (Alpha + age + t);
                var hyper = SpecialFunctions.Hypergeometric2F1(a + B - 1d - R, a - 1d, c, z);
                var power = Math.Exp((a - 1d) * Math.Log((Alpha + age) / (Alpha + age + t)));
                return c / (a - 1d) * (1d - (power * hyper));
            });
    }

    /// <summary>
    /// P(X(t) = n) for a validated n and time. With <paramref name="dropoutAtStart"/> a customer may also drop out at
    /// time 0, before any repeat purchase (the modified BG/NBD, which calls this with b + 1; see <see cref="ModifiedBgNbd"/>).
    /// Not clamped: the caller scales and clamps to [0, 1].
    /// </summary>
    internal double PurchaseCountProbabilityCore(int n, double time, bool dropoutAtStart)
    {
        var lbAB = SpecialFunctions.LogBeta(A, B);
        var logStay = Math.Log(Alpha / (Alpha + time));
        var logGo = time > 0d ? Math.Log(time / (Alpha + time)) : double.NegativeInfinity;
        var lgR = SpecialFunctions.LogGamma(R);

        // ln of the NBD probability of j purchases: Gamma(r + j) / (Gamma(r) j!) (alpha/(alpha+t))^r (t/(alpha+t))^j.
        double LogNbd(int j) =>
            j == 0
                ? R * logStay
                : SpecialFunctions.LogGamma(R + j) - lgR - SpecialFunctions.LogGamma(j + 1d) + (R * logStay) + (j * logGo);

        var alive = Math.Exp(SpecialFunctions.LogBeta(A, B + n) - lbAB + LogNbd(n));
        if (n == 0 && !dropoutAtStart)
        {
            return alive;
        }

        // The customer dropped out after the n-th purchase, having made at least n purchases by then.
        var below = 0d;
        for (var j = 0; j < n; j++)
        {
            below += Math.Exp(LogNbd(j));
        }

        var dropped = Math.Exp(SpecialFunctions.LogBeta(A + 1d, B + n - 1d) - lbAB) * Math.Max(0d, 1d - below);
        return alive + dropped;
    }

    /// <summary>Checks one history; <paramref name="row"/> is its index in a fit's input, or null for a single customer.</summary>
    internal static void CheckRow(double x, double tx, double t, int? row, string ageName = "age")
    {
        // Names are built only on the throw paths, so checking a million rows allocates nothing.
        if (!(x >= 0d) || double.IsPositiveInfinity(x) || x != Math.Floor(x))
        {
            Guard.ThrowOutOfRange(Name("frequency", row), x, "must be a whole number of repeat purchases, 0 or more");
        }

        if (!(tx >= 0d) || double.IsPositiveInfinity(tx))
        {
            Guard.ThrowOutOfRange(Name("recency", row), tx, "must be a finite number of periods, 0 or more");
        }

        if (!(t >= 0d) || double.IsPositiveInfinity(t))
        {
            Guard.ThrowOutOfRange(Name(ageName, row), t, "must be a finite number of periods, 0 or more");
        }

        if (tx > t || (x > 0d && tx == 0d) || (x == 0d && tx != 0d))
        {
            ThrowInconsistent(x, tx, t, row);
        }
    }

    private static string Name(string name, int? row) => row is { } i ? Indexed(name, i) : name;

    private static void ThrowInconsistent(double x, double tx, double t, int? row)
    {
        var txName = Name("recency", row);
        var xName = Name("frequency", row);
        if (tx > t)
        {
            Guard.ThrowArgument(txName, string.Create(CultureInfo.InvariantCulture, $"{txName} must be at most T ({t:R}), was {tx:R}."));
        }

        if (x > 0d)
        {
            Guard.ThrowArgument(txName, string.Create(CultureInfo.InvariantCulture, $"{txName} must be greater than 0 when {xName} is {x:R} (a repeat purchase comes after the first), was 0."));
        }

        Guard.ThrowArgument(txName, string.Create(CultureInfo.InvariantCulture, $"{txName} must be 0 when {xName} is 0 (no repeat purchase), was {tx:R}."));
    }

    private static string Indexed(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");

    /// <summary>The fit on validated columns, optionally weighted (a row of weight k fits exactly as k copies of it).</summary>
    internal static ModelFit<BgNbd> FitColumns(double[] x, double[] tx, double[] t, double[]? w, PeriodUnit unit, int maxDegreeOfParallelism = -1) =>
        Maximize(new BgNbdLikelihood(x, tx, t, w, maxDegreeOfParallelism), (r, alpha, a, b) => new BgNbd(r, alpha, a, b, unit), m => m.ParameterValues, ParameterNames);

    /// <summary>
    /// Maximises a BG/NBD-family likelihood over <c>(ln r, ln alpha, ln a, ln b)</c> from r = alpha = a = b = 1 and builds
    /// the fit from the analytic Hessian at the estimate (shared with <see cref="ModifiedBgNbd"/>): BFGS with the analytic
    /// gradient until the gradient is below <see cref="NewtonHandOver"/>, then one exact Newton step with the analytic
    /// Hessian, which the statistics pass for the standard errors computes anyway. Near the maximum Newton converges
    /// quadratically where BFGS is linear, so one step replaces the last four or five BFGS evaluations. The step is kept
    /// only if the log-likelihood does not fall and the gradient meets the same tolerance as BFGS
    /// (<see cref="GradientTolerance"/>); otherwise BFGS goes on from the hand-over point to that tolerance.
    /// </summary>
    internal static ModelFit<TModel> Maximize<TModel>(
        BgNbdLikelihood likelihood, Func<double, double, double, double, TModel> create, Func<TModel, double[]> values, string[] names)
        where TModel : class
    {
        var result = Bfgs.Minimize(likelihood.NegativeMeanLogLikelihood, [0d, 0d, 0d, 0d], GradientTolerance, handOverTolerance: NewtonHandOver);
        var iterations = result.Iterations;
        var converged = result.Converged;
        Span<double> theta = stackalloc double[4];
        Span<double> gradient = stackalloc double[4];
        Span<double> hessian = stackalloc double[16];
        var ll = double.NegativeInfinity;
        if (double.IsFinite(result.Value))
        {
            ll = StatisticsAt(likelihood, result.Parameters, theta, gradient, hessian);
            if (converged && !Stationary(likelihood, theta, gradient, ll))
            {
                Span<double> next = stackalloc double[4];
                Span<double> nextTheta = stackalloc double[4];
                Span<double> nextGradient = stackalloc double[4];
                Span<double> nextHessian = stackalloc double[16];
                var nextLl = NewtonStep(theta, gradient, hessian, next)
                    ? StatisticsAt(likelihood, next, nextTheta, nextGradient, nextHessian)
                    : double.NaN;
                if (double.IsFinite(nextLl)
                    && nextLl >= ll - (1e-13 * Math.Max(1d, Math.Abs(ll)))
                    && Stationary(likelihood, nextTheta, nextGradient, nextLl))
                {
                    iterations++;
                    ll = nextLl;
                    nextTheta.CopyTo(theta);
                    nextGradient.CopyTo(gradient);
                    nextHessian.CopyTo(hessian);
                }
                else
                {
                    // The step failed (an indefinite Hessian or a poor quadratic model): BFGS finishes from where it stopped.
                    Span<double> from = stackalloc double[4];
                    for (var i = 0; i < 4; i++)
                    {
                        from[i] = Math.Log(theta[i]);
                    }

                    result = Bfgs.Minimize(likelihood.NegativeMeanLogLikelihood, from, GradientTolerance);
                    iterations += result.Iterations;
                    converged = result.Converged;
                    ll = double.IsFinite(result.Value) ? StatisticsAt(likelihood, result.Parameters, theta, gradient, hessian) : double.NegativeInfinity;
                }
            }
        }
        else
        {
            for (var i = 0; i < 4; i++)
            {
                theta[i] = Math.Exp(result.Parameters[i]);
            }
        }

        var model = create(theta[0], theta[1], theta[2], theta[3]);
        return ModelFit.Create(
            model,
            ll,
            names,
            values(model),
            gradient,
            hessian,
            iterations,
            converged && likelihood.HasRepeatBuyers,
            new FitEvidence(likelihood.TotalWeight, likelihood.RepeatWeight));
    }

    /// <summary>BFGS's convergence test: the largest gradient component of the negative mean log-likelihood, over log parameters.</summary>
    internal const double GradientTolerance = 1e-9;

    /// <summary>The gradient (same scale as <see cref="GradientTolerance"/>) below which BFGS hands over to a Newton step.</summary>
    internal const double NewtonHandOver = 1e-6;

    /// <summary>The compensated log-likelihood, gradient and Hessian in (r, alpha, a, b) at the log parameters <paramref name="logParameters"/>.</summary>
    private static double StatisticsAt(BgNbdLikelihood likelihood, ReadOnlySpan<double> logParameters, Span<double> theta, Span<double> gradient, Span<double> hessian)
    {
        for (var i = 0; i < 4; i++)
        {
            theta[i] = Math.Exp(logParameters[i]);
        }

        return likelihood.Statistics(theta[0], theta[1], theta[2], theta[3], gradient, hessian);
    }

    /// <summary>Whether the point meets BFGS's convergence test (the gradient of the negative mean log-likelihood over log parameters).</summary>
    private static bool Stationary(BgNbdLikelihood likelihood, ReadOnlySpan<double> theta, ReadOnlySpan<double> gradient, double logLikelihood)
    {
        var scale = 1d / likelihood.TotalWeight;
        var largest = 0d;
        for (var i = 0; i < 4; i++)
        {
            largest = Math.Max(largest, Math.Abs(theta[i] * gradient[i] * scale));
        }

        return largest <= GradientTolerance * Math.Max(1d, Math.Abs(logLikelihood * scale));
    }

    /// <summary>
    /// The Newton step for the log-likelihood in <c>u = ln(theta)</c>: with <c>g_u = theta g</c> and
    /// <c>H_u = diag(theta) H diag(theta) + diag(theta g)</c>, <c>u + (-H_u)^-1 g_u</c>. False when <c>-H_u</c> is not
    /// positive definite or the new point leaves the search box.
    /// </summary>
    private static bool NewtonStep(ReadOnlySpan<double> theta, ReadOnlySpan<double> gradient, ReadOnlySpan<double> hessian, Span<double> next)
    {
        Span<double> negative = stackalloc double[16];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                negative[(i * 4) + j] = -((theta[i] * theta[j] * hessian[(i * 4) + j]) + (i == j ? theta[i] * gradient[i] : 0d));
            }
        }

        var inverse = SymmetricMatrix.InvertPositiveDefinite(negative, 4);
        if (inverse is null)
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            var step = 0d;
            for (var j = 0; j < 4; j++)
            {
                step += inverse[(i * 4) + j] * theta[j] * gradient[j];
            }

            next[i] = Math.Log(theta[i]) + step;
            if (!(Math.Abs(next[i]) <= LogParameterBound))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>E[X(t)] for a validated time.</summary>
    internal double ExpectedPurchasesCore(double t)
    {
        if (t == 0d)
        {
            return 0d;
        }

        return RemovingSingularity(
            a =>
            {
                // Euler's transformation, as in ConditionalExpectedCore with x = T = 0.
                var c = a + B - 1d;
                var hyper = SpecialFunctions.Hypergeometric2F1(c - R, a - 1d, c, t / (Alpha + t));
                var power = Math.Exp((a - 1d) * Math.Log(Alpha / (Alpha + t)));
                return c / (a - 1d) * (1d - (power * hyper));
            });
    }

    /// <summary>
    /// DERT at a continuous discount rate delta per period, given P(alive), for a validated history: alive at T with rate
    /// lambda and dropout probability p, the customer stays alive to T + u with probability e^(-lambda p u) (a Poisson
    /// number of purchases, each followed by a dropout chance p), so the discounted purchases are
    /// <c>integral of e^(-delta u) lambda e^(-lambda p u) du = lambda / (delta + lambda p)</c>. Averaged over the posterior of an
    /// alive customer, lambda ~ Gamma(r + x, alpha + T) and p ~ Beta(a, b + x) (this model's b; the modified BG/NBD calls
    /// it with b + 1): <c>DERT = P(alive) (r + x) / (alpha + T) x integral over u &gt;= 0 of e^(-delta u) E_p[(1 + p u / (alpha + T))^-(r + x + 1)] du</c>,
    /// with <c>E_p[(1 + p v)^-k] = 2F1(a, k; a + b + x; -v)</c>; at delta = 0, <c>P(alive) E[1 / p] = P(alive) (a + b + x - 1) / (a - 1)</c>,
    /// infinite (null) for a &lt;= 1.
    /// </summary>
    internal double? DertCore(double delta, double x, double t, double alive)
    {
        if (delta == 0d)
        {
            return A <= 1d ? null : alive * (A + B + x - 1d) / (A - 1d);
        }

        var scale = Alpha + t;
        var k = R + x + 1d;
        var c = A + B + x;
        double Integrand(double u)
        {
            var discount = -delta * u;
            return discount < -745d ? 0d : Math.Exp(discount) * SpecialFunctions.Hypergeometric2F1(A, k, c, -u / scale);
        }

        var integral = Quadrature.IntegrateToInfinity(Integrand, Math.Min(1d / delta, scale));
        return alive * (R + x) / scale * integral;
    }

    /// <summary>Evaluates <paramref name="formula"/> at a, or, where a = 1 or a + b - 1 hits a pole of 2F1, as the mean at a x (1 ± 1e-6).</summary>
    private double RemovingSingularity(Func<double, double> formula)
    {
        var c = A + B - 1d;
        var nearPole = Math.Abs(A - 1d) < 1e-7 || (c <= 1e-7 && Math.Abs(c - Math.Round(c)) < 1e-7);
        return nearPole ? 0.5 * (formula(A * (1d - 1e-6)) + formula(A * (1d + 1e-6))) : formula(A);
    }

    /// <summary><c>ln(a / (b + x - 1)) + (r + x) ln((alpha + T) / (alpha + t_x))</c> for x &gt; 0: the log-odds of having dropped out.</summary>
    private double LogDropoutOdds(double x, double tx, double t) =>
        Math.Log(A / (B + x - 1d)) + ((R + x) * Math.Log((Alpha + t) / (Alpha + tx)));

    private double Time(Periods t, string paramName) => RfmHistory.Time(Unit, t, paramName);

    private (double X, double Tx, double T) History(CustomerRfm customer) => RfmHistory.Of(Unit, customer);

    private (double X, double Tx, double T) History(int frequency, Periods recency, Periods t, string ageName) =>
        RfmHistory.Of(Unit, frequency, recency, t, ageName);
}
