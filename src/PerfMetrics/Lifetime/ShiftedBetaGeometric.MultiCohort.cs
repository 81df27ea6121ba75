using System.Globalization;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Lifetime;

/// <summary>The sBG model fitted to several cohorts, and its discounted expected lifetime (Fader and Hardie 2010).</summary>
public sealed partial class ShiftedBetaGeometric
{
    /// <summary>Fits alpha and beta by maximum likelihood to the survivor counts of several cohorts observed for different lengths of time.</summary>
    /// <param name="cohorts">
    /// One survivor sequence per cohort, each as in <see cref="Fit(IReadOnlyList{long}, PeriodUnit)"/>: the cohort size
    /// first (at least 1), then the customers still paying after each renewal, never rising. A cohort acquired in the last
    /// period may have its size only. At least one cohort has a later period.
    /// </param>
    /// <param name="unit">The period between two entries.</param>
    /// <returns>The fitted model, its log-likelihood, alpha and beta with standard errors and covariances, and the diagnostics.</returns>
    /// <remarks>
    /// The log-likelihood is the sum of the cohorts' sBG log-likelihoods (Fader and Hardie 2007, "Fitting the sBG Model to
    /// Multi-Cohort Data"): every cohort shares one (alpha, beta). Maximised like the one-cohort fit (Nelder-Mead over ln alpha, ln beta).
    /// </remarks>
    /// <example>Hardie's note: five cohorts of 10,000 acquired 2001-2005, survivors 10000, 8000, 6480, 5307, 4391 for 2001 and the same sequence truncated for each later year: alpha = 3.80, beta = 15.19.</example>
    /// <exception cref="ArgumentNullException"><paramref name="cohorts"/> or one of its sequences is null.</exception>
    /// <exception cref="ArgumentException">There are no cohorts, none has a later period, a cohort's survivors rise (the message names the cohort and period), or <paramref name="unit"/> is the default.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cohort size is below 1 or a count is negative.</exception>
    public static ModelFit<ShiftedBetaGeometric> Fit(IReadOnlyList<IReadOnlyList<long>> cohorts, PeriodUnit unit)
    {
        Guard.NotNull(cohorts);
        PeriodUnit.Required(unit, nameof(unit));
        var counts = new double[cohorts.Count][];
        var longest = 0;
        for (var c = 0; c < counts.Length; c++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{nameof(cohorts)}[{c}]");
            var cohort = cohorts[c] ?? throw new ArgumentNullException(name, $"{name} must be a survivor sequence, was null.");
            if (cohort.Count == 0)
            {
                Guard.ThrowArgument(name, $"{name} must hold at least the cohort size, had 0 entries.");
            }

            counts[c] = CheckedCounts(cohort, name);
            longest = Math.Max(longest, cohort.Count);
        }

        if (longest < 2)
        {
            Guard.ThrowArgument(nameof(cohorts), "cohorts must include a cohort observed for at least one renewal period (two entries); every cohort had its size only.");
        }

        return FitCounts(counts, unit);
    }

    /// <summary>Fits alpha and beta to cohorts known only by their size and their survivors now (Hardie's note, second data structure).</summary>
    /// <param name="cohorts">One endpoint per cohort, at least one; none the default.</param>
    /// <param name="unit">The renewal period.</param>
    /// <returns>The fitted model, its log-likelihood, alpha and beta with standard errors and covariances, and the diagnostics.</returns>
    /// <remarks>
    /// Each cohort of n customers acquired t periods ago with m still paying contributes
    /// <c>(n - m) ln(1 - S(t)) + m ln S(t)</c>, <c>S(t) = B(alpha, beta + t) / B(alpha, beta)</c>. Maximised by Nelder-Mead
    /// over ln alpha, ln beta; standard errors from a central-difference Hessian. With one cohort (or cohorts of one age) the
    /// two parameters are not identified, which the diagnostics report.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="cohorts"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no cohorts, an endpoint is <c>default(CohortEndpoint)</c> (the message names it), or <paramref name="unit"/> is the default.</exception>
    public static ModelFit<ShiftedBetaGeometric> Fit(IReadOnlyList<CohortEndpoint> cohorts, PeriodUnit unit)
    {
        Guard.NotNull(cohorts);
        PeriodUnit.Required(unit, nameof(unit));
        if (cohorts.Count == 0)
        {
            Guard.ThrowArgument(nameof(cohorts), "cohorts must hold at least one cohort, had 0.");
        }

        for (var c = 0; c < cohorts.Count; c++)
        {
            if (cohorts[c].Size == 0)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"{nameof(cohorts)}[{c}]");
                Guard.ThrowArgument(name, $"{name} must be a cohort of at least one customer, was default(CohortEndpoint).");
            }
        }

        double LogLikelihoodAt(double alpha, double beta)
        {
            var ll = 0d;
            var logB = SpecialFunctions.LogBeta(alpha, beta);
            foreach (var cohort in cohorts)
            {
                var logS = SpecialFunctions.LogBeta(alpha, beta + cohort.Periods) - logB;
                var churned = cohort.Size - cohort.Survivors;
                ll += cohort.Survivors * logS;
                if (churned > 0)
                {
                    // ln(1 - S), accurate when S is close to 1.
                    ll += churned * (logS > -0.6931471805599453 ? Math.Log(-SpecialFunctions.ExpM1(logS)) : Math.Log(1d - Math.Exp(logS)));
                }
            }

            return ll;
        }

        var result = NelderMead.Minimize(
            p => Math.Abs(p[0]) > LogParameterBound || Math.Abs(p[1]) > LogParameterBound ? double.PositiveInfinity : -LogLikelihoodAt(Math.Exp(p[0]), Math.Exp(p[1])),
            [0d, 0d]);
        var p = result.Parameters;
        var model = new ShiftedBetaGeometric(Math.Exp(p[0]), Math.Exp(p[1]), unit);
        Span<double> gradient = stackalloc double[2];
        Span<double> hessian = stackalloc double[4];
        var ll = FiniteDifferences.GradientAndHessian(v => LogLikelihoodAt(v[0], v[1]), model.ParameterValues, gradient, hessian);
        return ModelFit.Create(model, ll, ParameterNames, model.ParameterValues, gradient, hessian, result.Iterations, result.Converged);
    }

    /// <summary>Returns DEL, the discounted expected lifetime of a new customer (Fader and Hardie 2010): the expected number of paid periods, each discounted to acquisition.</summary>
    /// <param name="discount">The discount rate per period, in the model's unit.</param>
    /// <returns>
    /// <c>sum over t &gt;= 0 of S(t) / (1 + d)^t = 2F1(1, beta; alpha + beta; 1 / (1 + d))</c> (the first period is paid at
    /// acquisition, undiscounted); null when it is infinite (no discount and alpha &lt;= 1). The margin LTV of a new customer
    /// paid at the start of each period is margin x DEL.
    /// </returns>
    /// <exception cref="ArgumentException"><paramref name="discount"/> is the default or in another unit.</exception>
    /// <exception cref="ArithmeticException">The hypergeometric series cannot be summed to full precision: a discount below about 1e-6 per period together with alpha within 1e-3 of a whole number.</exception>
    public double? DiscountedExpectedLifetime(DiscountRate discount)
    {
        var sum = DiscountedSurvivalSum(Beta, DiscountComplement(discount));
        return double.IsFinite(sum) ? sum : null;
    }

    /// <summary>The checks of <see cref="Fit(IReadOnlyList{long}, PeriodUnit)"/> (shared with <see cref="BetaDiscreteWeibull"/>): the counts as doubles.</summary>
    internal static double[] SurvivorCounts(IReadOnlyList<long> survivors, PeriodUnit unit)
    {
        Guard.NotNull(survivors);
        PeriodUnit.Required(unit, nameof(unit));
        CheckLength(survivors.Count, nameof(survivors));
        return CheckedCounts(survivors, nameof(survivors));
    }

    /// <summary>Checks one survivor sequence (size at least 1, counts non-negative and never rising) and returns it as doubles.</summary>
    private static double[] CheckedCounts(IReadOnlyList<long> survivors, string paramName)
    {
        if (survivors[0] < 1)
        {
            Guard.ThrowOutOfRange($"{paramName}[0]", survivors[0], "(the cohort size) must be at least 1; the cohort is empty");
        }

        var counts = new double[survivors.Count];
        for (var t = 0; t < counts.Length; t++)
        {
            var count = survivors[t];
            if (count < 0)
            {
                Guard.ThrowOutOfRange(string.Create(CultureInfo.InvariantCulture, $"{paramName}[{t}]"), count, "must be non-negative");
            }

            if (t > 0 && count > survivors[t - 1])
            {
                Guard.ThrowArgument(
                    paramName,
                    string.Create(CultureInfo.InvariantCulture, $"{paramName} must never increase, but {paramName}[{t}] was {count} after {paramName}[{t - 1}] = {survivors[t - 1]}."));
            }

            counts[t] = count;
        }

        return counts;
    }
}
