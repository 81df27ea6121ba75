using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The beta-discrete-Weibull (BdW) model of contractual retention (Fader, Hardie, Liu, Davin and Steenburgh 2018, "How to
/// Project Customer Retention" Revisited: The Role of Duration Dependence, Journal of Interactive Marketing 43): each
/// customer's churn probability changes with tenure through the shape <see cref="C"/> (c &lt; 1: customers become less
/// likely to churn the longer they stay; c &gt; 1: more likely), on top of the heterogeneity of the
/// <see cref="ShiftedBetaGeometric"/> model, which it is at c = 1.
/// </summary>
/// <remarks>
/// <para>
/// Formulas (t in whole periods of <see cref="Unit"/>): a customer with churn parameter theta ~ Beta(alpha, beta) survives
/// t periods with probability <c>(1 - theta)^(t^c)</c>, so <c>S(t) = B(alpha, beta + t^c) / B(alpha, beta)</c>,
/// <c>P(T = t) = S(t - 1) - S(t)</c> and retention <c>r(t) = S(t) / S(t - 1)</c>. At c = 1, <c>S(t)</c> is the sBG survival.
/// The fit maximises <c>sum over t of (n(t - 1) - n(t)) ln P(T = t) + n(T) ln S(T)</c> (the sBG likelihood with the BdW
/// survival), with <c>ln(S(t - 1) - S(t))</c> formed in log space.
/// </para>
/// <para>Equality compares alpha, beta, c and unit. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class BetaDiscreteWeibull : IEquatable<BetaDiscreteWeibull>
{
    /// <summary>The parameter names, in the order of <see cref="ParameterValues"/> and of a fit's parameters (the one place they are written).</summary>
    internal static readonly string[] ParameterNames = ["alpha", "beta", "c"];

    private const double LogParameterBound = 30d;

    /// <summary>Initializes a BdW model.</summary>
    /// <param name="alpha">The first shape of the Beta distribution of churn parameters, finite and greater than 0.</param>
    /// <param name="beta">The second shape, finite and greater than 0.</param>
    /// <param name="c">The duration-dependence shape, finite and greater than 0 (1 for the sBG model).</param>
    /// <param name="unit">The period of one renewal.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number greater than 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is <c>default(PeriodUnit)</c>.</exception>
    public BetaDiscreteWeibull(double alpha, double beta, double c, PeriodUnit unit)
    {
        Alpha = Guard.PositiveFinite(alpha);
        Beta = Guard.PositiveFinite(beta);
        C = Guard.PositiveFinite(c);
        Unit = PeriodUnit.Required(unit, nameof(unit));
    }

    /// <summary>Gets alpha, the first shape of the Beta distribution of churn parameters.</summary>
    public double Alpha { get; }

    /// <summary>Gets beta, the second shape of the Beta distribution of churn parameters.</summary>
    public double Beta { get; }

    /// <summary>Gets c, the duration-dependence shape (1: the sBG model).</summary>
    public double C { get; }

    /// <summary>Gets the period of one renewal.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets the parameter values in the order of <see cref="ParameterNames"/>.</summary>
    internal double[] ParameterValues => [Alpha, Beta, C];

    /// <summary>Returns the survival probability <c>S(t) = B(alpha, beta + t^c) / B(alpha, beta)</c>.</summary>
    /// <param name="period">The period t, at least 0 (S(0) = 1).</param>
    /// <returns>The share of a new cohort still paying after t renewals, non-increasing in t.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is negative.</exception>
    public double Survival(int period)
    {
        Guard.NonNegative((long)period, nameof(period));
        return Math.Exp(LogSurvival(Alpha, Beta, C, period));
    }

    /// <summary>Returns the retention rate of period t, <c>S(t) / S(t - 1)</c>.</summary>
    /// <param name="period">The period t, at least 1.</param>
    /// <returns>The share of customers alive after t - 1 renewals who renew again.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public double Retention(int period)
    {
        Guard.Positive(period);
        return Math.Exp(LogSurvival(Alpha, Beta, C, period) - LogSurvival(Alpha, Beta, C, period - 1));
    }

    /// <summary>Fits alpha, beta and c by maximum likelihood to the survivor counts of one cohort.</summary>
    /// <param name="survivors">As for <see cref="ShiftedBetaGeometric.Fit(IReadOnlyList{long}, PeriodUnit)"/>: the cohort size, then the customers still paying after each renewal, never rising; at least two entries.</param>
    /// <param name="unit">The period between two entries.</param>
    /// <returns>The fitted model, its log-likelihood, the parameters with standard errors and covariances, and the diagnostics.</returns>
    /// <remarks>Nelder-Mead over (ln alpha, ln beta, ln c) from (0, 0, 0), that is from the sBG model with alpha = beta = 1; standard errors from a central-difference Hessian.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="survivors"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two counts, counts that increase, or <paramref name="unit"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The cohort size is less than 1 or a count is negative.</exception>
    public static ModelFit<BetaDiscreteWeibull> Fit(IReadOnlyList<long> survivors, PeriodUnit unit)
    {
        // The sBG fit's checks (the same input), then the BdW likelihood.
        var counts = ShiftedBetaGeometric.SurvivorCounts(survivors, unit);
        var result = NelderMead.Minimize(
            p => Math.Abs(p[0]) > LogParameterBound || Math.Abs(p[1]) > LogParameterBound || Math.Abs(p[2]) > LogParameterBound
                ? double.PositiveInfinity
                : -LogLikelihood(counts, Math.Exp(p[0]), Math.Exp(p[1]), Math.Exp(p[2])),
            [0d, 0d, 0d]);
        var p = result.Parameters;
        var model = new BetaDiscreteWeibull(Math.Exp(p[0]), Math.Exp(p[1]), Math.Exp(p[2]), unit);
        Span<double> gradient = stackalloc double[3];
        Span<double> hessian = stackalloc double[9];
        var ll = FiniteDifferences.GradientAndHessian(v => LogLikelihood(counts, v[0], v[1], v[2]), model.ParameterValues, gradient, hessian);
        return ModelFit.Create(model, ll, ParameterNames, model.ParameterValues, gradient, hessian, result.Iterations, result.Converged);
    }

    /// <summary>The BdW log-likelihood of survivor counts.</summary>
    internal static double LogLikelihood(ReadOnlySpan<double> counts, double alpha, double beta, double c)
    {
        var ll = 0d;
        var previous = 0d;
        for (var t = 1; t < counts.Length; t++)
        {
            var current = LogSurvival(alpha, beta, c, t);
            var churned = counts[t - 1] - counts[t];
            if (churned > 0d)
            {
                // ln(S(t - 1) - S(t)) = ln S(t - 1) + ln(1 - e^(ln S(t) - ln S(t - 1))).
                var gap = Math.Min(current - previous, 0d);
                ll += churned * (previous + (gap > -0.6931471805599453 ? Math.Log(-SpecialFunctions.ExpM1(gap)) : Math.Log(1d - Math.Exp(gap))));
            }

            previous = current;
        }

        var alive = counts[^1];
        return alive > 0d ? ll + (alive * previous) : ll;
    }

    /// <summary>Returns the model as invariant text, for example <c>BdW(alpha=0.704, beta=1.182, c=1, per year)</c>.</summary>
    /// <returns>The text at display precision: each parameter to four significant digits (the properties stay exact), the unit in words.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"BdW(alpha={Metrics.Display.Number(Alpha)}, beta={Metrics.Display.Number(Beta)}, c={Metrics.Display.Number(C)}, per {PerPeriod<decimal>.UnitWords(Unit)})");

    /// <inheritdoc/>
    public bool Equals(BetaDiscreteWeibull? other) =>
        other is not null && Alpha.Equals(other.Alpha) && Beta.Equals(other.Beta) && C.Equals(other.C) && Unit == other.Unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as BetaDiscreteWeibull);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Alpha, Beta, C, Unit);

    /// <summary>Compares two models for value equality.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(BetaDiscreteWeibull? left, BetaDiscreteWeibull? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two models for inequality.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(BetaDiscreteWeibull? left, BetaDiscreteWeibull? right) => !(left == right);

    private static double LogSurvival(double alpha, double beta, double c, int t) =>
        t == 0 ? 0d : SpecialFunctions.LogBeta(alpha, beta + Math.Pow(t, c)) - SpecialFunctions.LogBeta(alpha, beta);
}
