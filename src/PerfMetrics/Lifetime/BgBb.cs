using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The beta-geometric/beta-Bernoulli (BG/BB) model of discrete-time repeat transactions (Fader, Hardie and Shang 2010):
/// at each transaction opportunity a customer who is alive transacts with probability p ~ Beta(<see cref="Alpha"/>,
/// <see cref="Beta"/>), and before each later opportunity they drop out with probability theta ~ Beta(<see cref="Gamma"/>,
/// <see cref="Delta"/>).
/// </summary>
/// <remarks>
/// <para>
/// Input: one <see cref="OpportunityRfm"/> per customer (or group): x transactions in n opportunities, the last at t_x.
/// <see cref="Unit"/> is the period between two opportunities (a year for an annual fund drive); it is the unit of the
/// discount rate in <see cref="DiscountedExpectedResidualTransactions"/>.
/// </para>
/// <para>
/// Formulas (Fader, Hardie and Shang 2010, "Customer-Base Analysis in a Discrete-Time Noncontractual Setting", Marketing
/// Science 29(6), eqs. 5, 7, 11, 13 and 14), with <c>S(k) = B(gamma, delta + k) / B(gamma, delta)</c> the probability of
/// being alive at opportunity k: likelihood <c>L = B(alpha + x, beta + n - x) / B(alpha, beta) S(n) + sum over i = 0..n - t_x - 1
/// of B(alpha + x, beta + t_x - x + i) / B(alpha, beta) x B(gamma + 1, delta + t_x + i) / B(gamma, delta)</c>;
/// <c>E[X(n)] = alpha / (alpha + beta) x sum over k = 1..n of S(k)</c> (their eq. 7, summed instead of the ratio over
/// gamma - 1, so gamma = 1 needs no special case); <c>P(alive at n + 1 | x, t_x, n) = B(alpha + x, beta + n - x) / B(alpha, beta) S(n + 1) / L</c>;
/// <c>E[X(n, n + n*) | x, t_x, n] = B(alpha + x + 1, beta + n - x) / B(alpha, beta) x sum over k = n + 1..n + n* of S(k) / L</c>;
/// <c>DERT(d) = B(alpha + x + 1, beta + n - x) / B(alpha, beta) x sum over k &gt; n of S(k) / (1 + d)^(k - n) / L</c>, where the sum is
/// their <c>B(gamma, delta + n + 1) / (B(gamma, delta) (1 + d)) 2F1(1, delta + n + 1; gamma + delta + n + 1; 1 / (1 + d))</c>,
/// evaluated as the sBG model's discounted residual lifetime with (alpha, beta) = (gamma, delta).
/// </para>
/// <para>Equality compares the four parameters and the unit. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var fit = BgBb.Fit(donations, PeriodUnit.Year); // alpha 1.204, beta 0.750, gamma 0.657, delta 2.783, LL -33,225.6
/// var next5 = fit.Model.ConditionalExpectedTransactions(5, new OpportunityRfm(3, 4, 6));
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class BgBb : IEquatable<BgBb>
{
    /// <summary>The parameter names, in the order of <see cref="ParameterValues"/> and of a fit's parameters (the one place they are written).</summary>
    internal static readonly string[] ParameterNames = ["alpha", "beta", "gamma", "delta"];

    private const double LogParameterBound = 30d;

    /// <summary>Initializes a BG/BB model.</summary>
    /// <param name="alpha">The first shape of the Beta distribution of transaction probabilities, finite and greater than 0.</param>
    /// <param name="beta">The second shape of the Beta distribution of transaction probabilities, finite and greater than 0.</param>
    /// <param name="gamma">The first shape of the Beta distribution of dropout probabilities, finite and greater than 0.</param>
    /// <param name="delta">The second shape of the Beta distribution of dropout probabilities, finite and greater than 0.</param>
    /// <param name="unit">The period between two transaction opportunities.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number greater than 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>.</exception>
    public BgBb(double alpha, double beta, double gamma, double delta, PeriodUnit unit)
    {
        Alpha = Guard.PositiveFinite(alpha);
        Beta = Guard.PositiveFinite(beta);
        Gamma = Guard.PositiveFinite(gamma);
        Delta = Guard.PositiveFinite(delta);
        Unit = PeriodUnit.Required(unit, nameof(unit));
    }

    /// <summary>Gets alpha, the first shape of the Beta distribution of transaction probabilities.</summary>
    public double Alpha { get; }

    /// <summary>Gets beta, the second shape of the Beta distribution of transaction probabilities.</summary>
    public double Beta { get; }

    /// <summary>Gets gamma, the first shape of the Beta distribution of dropout probabilities.</summary>
    public double Gamma { get; }

    /// <summary>Gets delta, the second shape of the Beta distribution of dropout probabilities.</summary>
    public double Delta { get; }

    /// <summary>Gets the period between two transaction opportunities.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets the parameter values in the order of <see cref="ParameterNames"/>.</summary>
    internal double[] ParameterValues => [Alpha, Beta, Gamma, Delta];

    /// <summary>Returns E[X(n)], the expected number of transactions of a new customer in the first <paramref name="opportunities"/> opportunities.</summary>
    /// <param name="opportunities">n, 0 or more.</param>
    /// <returns>The expected number of transactions; 0 for n = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="opportunities"/> is negative.</exception>
    public double ExpectedTransactions(int opportunities)
    {
        Guard.NonNegative((long)opportunities, nameof(opportunities));
        return Alpha / (Alpha + Beta) * AliveSum(0, opportunities);
    }

    /// <summary>Returns P(alive at opportunity n + 1 | x, t_x, n): the probability that the customer is still alive at the next opportunity.</summary>
    /// <param name="customer">The customer's history.</param>
    /// <returns>The probability, in (0, 1).</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default(OpportunityRfm)</c>.</exception>
    public double ProbabilityAlive(OpportunityRfm customer)
    {
        var (x, tx, n) = History(customer);
        var logAlive = LogBetaRatio(Alpha, Beta, x, n - x) + LogBetaRatio(Gamma, Delta, 0, n + 1);
        return Math.Clamp(Math.Exp(logAlive - LogLikelihood(x, tx, n)), 0d, 1d);
    }

    /// <summary>Returns E[X(n, n + n*) | x, t_x, n], the expected number of transactions in the next <paramref name="futureOpportunities"/> opportunities.</summary>
    /// <param name="futureOpportunities">n*, the number of future opportunities, 0 or more.</param>
    /// <param name="customer">The customer's history.</param>
    /// <returns>The expected number of transactions; 0 for n* = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="futureOpportunities"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is <c>default(OpportunityRfm)</c>.</exception>
    public double ConditionalExpectedTransactions(int futureOpportunities, OpportunityRfm customer)
    {
        Guard.NonNegative((long)futureOpportunities, nameof(futureOpportunities));
        var (x, tx, n) = History(customer);
        var factor = Math.Exp(LogBetaRatio(Alpha, Beta, x + 1, n - x) - LogLikelihood(x, tx, n));
        return factor * AliveSum(n, n + futureOpportunities);
    }

    /// <summary>Returns DERT, the discounted expected residual transactions of a customer with this history (eq. 14).</summary>
    /// <param name="discount">The discount rate per opportunity period, in this model's unit; a transaction k opportunities ahead counts <c>1 / (1 + d)^k</c>.</param>
    /// <param name="customer">The customer's history.</param>
    /// <returns>The discounted expected number of future transactions; null when it is infinite (no discount and gamma &lt;= 1).</returns>
    /// <exception cref="ArgumentException"><paramref name="discount"/> is the default or in another unit, or <paramref name="customer"/> is the default.</exception>
    public double? DiscountedExpectedResidualTransactions(DiscountRate discount, OpportunityRfm customer)
    {
        PeriodUnit.RequireSame(Unit, "the model", discount.Required(nameof(discount)).Per, nameof(discount));
        var (x, tx, n) = History(customer);

        // sum over k > n of S(k) / (1 + d)^(k - n) = S(n) / (1 + d) x DERL_sBG(n) with the sBG's (alpha, beta) = (gamma, delta).
        var derl = new ShiftedBetaGeometric(Gamma, Delta, Unit).DiscountedExpectedResidualLifetime(discount, n);
        if (derl is not { } residual)
        {
            return null;
        }

        var factor = Math.Exp(LogBetaRatio(Alpha, Beta, x + 1, n - x) + LogBetaRatio(Gamma, Delta, 0, n) - LogLikelihood(x, tx, n));
        return factor * residual / (1d + (double)discount.Value);
    }

    /// <summary>Fits alpha, beta, gamma and delta by maximum likelihood to customers' histories (each row weighted by its count).</summary>
    /// <param name="customers">The histories, at least one; none may be <c>default(OpportunityRfm)</c>.</param>
    /// <param name="unit">The period between two opportunities, the model's unit.</param>
    /// <returns>The fitted model, its log-likelihood, the parameters with standard errors and covariances, and the diagnostics.</returns>
    /// <remarks>
    /// The log-likelihood (eq. 5, summed over rows times their counts) and its gradient and Hessian are analytic (tables of
    /// ln Gamma, psi and psi' per evaluation); BFGS maximises it over the logarithms of the parameters from all four equal
    /// to 1. The donations data (22 rows, 11,104 donors) fit in well under a millisecond.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no rows, a row is <c>default(OpportunityRfm)</c> (the message names it), or <paramref name="unit"/> is the default.</exception>
    public static ModelFit<BgBb> Fit(IEnumerable<OpportunityRfm> customers, PeriodUnit unit)
    {
        Guard.NotNull(customers);
        PeriodUnit.Required(unit, nameof(unit));
        var rows = customers as OpportunityRfm[] ?? [.. customers];
        if (rows.Length == 0)
        {
            Guard.ThrowArgument(nameof(customers), "customers must hold at least one row, had 0.");
        }

        var x = new int[rows.Length];
        var tx = new int[rows.Length];
        var n = new int[rows.Length];
        var w = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i].Count == 0)
            {
                Guard.ThrowArgument(
                    RfmHistory.Indexed(nameof(customers), i),
                    string.Create(CultureInfo.InvariantCulture, $"customers[{i}] must be a history with a count of 1 or more, was default(OpportunityRfm)."));
            }

            (x[i], tx[i], n[i], w[i]) = (rows[i].Frequency, rows[i].Recency, rows[i].Opportunities, rows[i].Count);
        }

        var likelihood = new BgBbLikelihood(x, tx, n, w);
        var scale = -1d / likelihood.TotalWeight;
        var natural = new double[4];
        double Objective(ReadOnlySpan<double> logP, Span<double> gradient)
        {
            for (var k = 0; k < 4; k++)
            {
                if (Math.Abs(logP[k]) > LogParameterBound)
                {
                    return double.PositiveInfinity;
                }

                natural[k] = Math.Exp(logP[k]);
            }

            var ll = likelihood.Evaluate(natural, gradient, []);
            for (var k = 0; k < 4; k++)
            {
                gradient[k] *= scale * natural[k];
            }

            return scale * ll;
        }

        var result = Bfgs.Minimize(Objective, [0d, 0d, 0d, 0d], gradientTolerance: 1e-10);
        var p = result.Parameters;
        var model = new BgBb(Math.Exp(p[0]), Math.Exp(p[1]), Math.Exp(p[2]), Math.Exp(p[3]), unit);
        Span<double> gradientAt = stackalloc double[4];
        Span<double> hessian = stackalloc double[16];
        var logLikelihood = double.IsFinite(result.Value) ? likelihood.Evaluate(model.ParameterValues, gradientAt, hessian) : double.NegativeInfinity;
        return ModelFit.Create(
            model,
            logLikelihood,
            ParameterNames,
            model.ParameterValues,
            gradientAt,
            hessian,
            result.Iterations,
            result.Converged,
            new FitEvidence(likelihood.TotalWeight, likelihood.RepeatWeight));
    }

    /// <summary>Returns the model as invariant text, for example <c>BG/BB(alpha=1.204, beta=0.75, gamma=0.657, delta=2.783, per year)</c>.</summary>
    /// <returns>The text at display precision: each parameter to four significant digits (the properties stay exact), the unit in words.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"BG/BB(alpha={Metrics.Display.Number(Alpha)}, beta={Metrics.Display.Number(Beta)}, gamma={Metrics.Display.Number(Gamma)}, delta={Metrics.Display.Number(Delta)}, per {PerPeriod<decimal>.UnitWords(Unit)})");

    /// <inheritdoc/>
    public bool Equals(BgBb? other) =>
        other is not null && Alpha.Equals(other.Alpha) && Beta.Equals(other.Beta) && Gamma.Equals(other.Gamma) && Delta.Equals(other.Delta) && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BgBb);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Alpha, Beta, Gamma, Delta, Unit);

    /// <summary>Compares two models for value equality (same parameters and unit).</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(BgBb? left, BgBb? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two models for inequality.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BgBb? left, BgBb? right) => !(left == right);

    /// <summary>ln L(x, t_x, n) of one history (eq. 5), by log-sum-exp.</summary>
    internal double LogLikelihood(int x, int tx, int n)
    {
        var first = LogBetaRatio(Alpha, Beta, x, n - x) + LogBetaRatio(Gamma, Delta, 0, n);
        var terms = new double[n - tx + 1];
        terms[0] = first;
        var max = first;
        for (var i = 0; i < n - tx; i++)
        {
            terms[i + 1] = LogBetaRatio(Alpha, Beta, x, tx - x + i) + LogBetaRatio(Gamma, Delta, 1, tx + i);
            max = Math.Max(max, terms[i + 1]);
        }

        var sum = 0d;
        foreach (var t in terms)
        {
            sum += Math.Exp(t - max);
        }

        return max + Math.Log(sum);
    }

    /// <summary>
    /// P(X(n) = x), the probability that a new customer transacts at exactly x of the first n opportunities (Fader, Hardie
    /// and Shang 2010, eq. 8): <c>C(n, x) B(alpha + x, beta + n - x) / B(alpha, beta) S(n) + sum over i = x..n - 1 of
    /// C(i, x) B(alpha + x, beta + i - x) / B(alpha, beta) B(gamma + 1, delta + i) / B(gamma, delta)</c> (alive through all n,
    /// or dropping out after the i-th opportunity), each term in log space.
    /// </summary>
    internal double TransactionCountProbability(int x, int n)
    {
        Debug.Assert(x >= 0 && n >= 0, "Counts are non-negative.");
        if (x > n)
        {
            return 0d;
        }

        var sum = Math.Exp(LogChoose(n, x) + LogBetaRatio(Alpha, Beta, x, n - x) + LogBetaRatio(Gamma, Delta, 0, n));
        for (var i = x; i < n; i++)
        {
            sum += Math.Exp(LogChoose(i, x) + LogBetaRatio(Alpha, Beta, x, i - x) + LogBetaRatio(Gamma, Delta, 1, i));
        }

        return Math.Clamp(sum, 0d, 1d);
    }

    /// <summary><c>ln C(n, k)</c>.</summary>
    private static double LogChoose(int n, int k) =>
        SpecialFunctions.LogGamma(n + 1d) - SpecialFunctions.LogGamma(k + 1d) - SpecialFunctions.LogGamma(n - k + 1d);

    /// <summary><c>ln[B(a + i, b + j) / B(a, b)]</c>.</summary>
    private static double LogBetaRatio(double a, double b, int i, int j) =>
        SpecialFunctions.LogBeta(a + i, b + j) - SpecialFunctions.LogBeta(a, b);

    /// <summary><c>sum over k = from + 1..to of S(k)</c>, <c>S(k) = prod over j &lt; k of (delta + j) / (gamma + delta + j)</c>.</summary>
    private double AliveSum(int from, int to)
    {
        var s = Math.Exp(LogBetaRatio(Gamma, Delta, 0, from));
        var sum = 0d;
        for (var k = from + 1; k <= to; k++)
        {
            s *= (Delta + k - 1d) / (Gamma + Delta + k - 1d);
            sum += s;
        }

        return sum;
    }

    private static (int X, int Tx, int N) History(OpportunityRfm customer)
    {
        if (customer.Count == 0)
        {
            Guard.ThrowArgument(nameof(customer), "customer must be a history with a count of 1 or more, was default(OpportunityRfm).");
        }

        return (customer.Frequency, customer.Recency, customer.Opportunities);
    }
}
