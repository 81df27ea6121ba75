using System.Globalization;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Experiments;

/// <summary>
/// Geo experiments analysed by time-based regression (TBR; Kerman, Wang and Vaver 2017, "Estimating Ad Effectiveness
/// using Geo Experiments in a Time-Based Regression Framework"): the treatment geos' daily response is predicted from the
/// control geos' with a regression fitted before the test, and the campaign's effect is what the treatment geos did
/// beyond that prediction.
/// </summary>
/// <remarks>
/// <para>
/// Model (the paper's section 3; the open-source reference is google/matched_markets, whose test numbers this class
/// reproduces): with x_t and y_t the summed daily responses of the control and treatment geos, fit
/// <c>y_t = b0 + b1 x_t + e_t</c> by least squares on the n pre-period days; <c>sigma^2 = RSS / (n - 2)</c> and the
/// coefficient covariance <c>Sigma_b = sigma^2 (X'X)^-1</c>. On test day t (t = 1..T) the counterfactual is
/// <c>b0 + b1 x_t</c> and the cumulative effect <c>Delta_T = sum (y_t - b0 - b1 x_t)</c>, whose distribution is Student-t
/// with n - 2 degrees of freedom, centre Delta_T and variance <c>T^2 xbar' Sigma_b xbar + T sigma^2</c> (the paper's
/// equation 5), with <c>xbar = (1, mean of x_1..x_T)</c>: the first term is the uncertainty of the fitted line, the
/// second the noise of the T test days.
/// </para>
/// <para>
/// iROAS (incremental return on ad spend) for a fixed incremental cost C is <c>Delta_T / C</c>; its interval and the
/// one-sided lower bound (the number TBR reports: "the iROAS is at least ... with 90% confidence") scale by 1 / C.
/// A cooldown period, when given, extends the effect window after the test (the campaign's delayed effect is credited).
/// </para>
/// <para>
/// Data rules: one observation per geo and day for every assigned geo on every analysed day (pre-period, test, cooldown);
/// rows outside those days are not used (the data may run on). Pure and thread-safe.
/// </para>
/// </remarks>
public static class TimeBasedRegression
{
    /// <summary>The shortest pre-period, 3 days: a line and its residual variance need at least one degree of freedom.</summary>
    public const int MinimumPreTestDays = 3;

    /// <summary>Analyses a geo experiment by time-based regression.</summary>
    /// <param name="observations">Daily response per geo; exactly one per assigned geo and analysed day.</param>
    /// <param name="assignment">The treatment and control geos.</param>
    /// <param name="preTest">The pre-period the regression is fitted on, at least 3 days, ending before the test starts.</param>
    /// <param name="test">The test period.</param>
    /// <param name="cooldown">An optional cooldown period starting the day after the test, whose effect is credited to the test; null for none.</param>
    /// <param name="confidenceLevel">The level of the intervals (two-sided) and of the lower bound (one-sided), strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The fitted line, the daily counterfactual and effects, and the cumulative effect with its interval.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/>, <paramref name="assignment"/>, <paramref name="preTest"/> or <paramref name="test"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="preTest"/> is shorter than 3 days, or <paramref name="confidenceLevel"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentException">
    /// The periods overlap or are out of order, an observation has no geo or a geo in neither group, a geo-day is given
    /// twice or is missing, or the control geos' response is constant over the pre-period.
    /// </exception>
    public static TbrResult Analyze(
        IEnumerable<GeoObservation> observations,
        GeoAssignment assignment,
        DateInterval preTest,
        DateInterval test,
        DateInterval? cooldown = null,
        double confidenceLevel = HoldoutTest.DefaultConfidenceLevel)
    {
        Guard.NotNull(observations);
        Guard.NotNull(assignment);
        Guard.NotNull(preTest);
        Guard.NotNull(test);
        CheckPreTest(preTest);
        if (test.Start <= preTest.End)
        {
            Guard.ThrowArgument(nameof(test), $"test must start after preTest ends ({Show(preTest.End)}): the periods must not overlap, was starting {Show(test.Start)}.");
        }

        if (cooldown is not null && cooldown.Start != test.End.PlusDays(1))
        {
            Guard.ThrowArgument(nameof(cooldown), $"cooldown must start the day after the test ends ({Show(test.End.PlusDays(1))}), was starting {Show(cooldown.Start)}.");
        }

        ExperimentGuard.OpenUnit(confidenceLevel);
        var effectEnd = cooldown?.End ?? test.End;
        var (control, treatment) = Aggregate(observations, assignment, preTest, test.Start, effectEnd);
        var n = preTest.Length;
        var fit = Fit(control.AsSpan(0, n), treatment.AsSpan(0, n));
        return new TbrResult(fit, preTest, test, cooldown, control.AsSpan(n), treatment.AsSpan(n), confidenceLevel);
    }

    /// <summary>
    /// Returns the smallest iROAS a planned geo test would detect, from the pre-period alone: the effect that a one-sided
    /// test at <paramref name="confidenceLevel"/> finds with probability <paramref name="power"/>, divided by the cost.
    /// </summary>
    /// <param name="observations">Daily response per geo over (at least) the pre-period.</param>
    /// <param name="assignment">The planned treatment and control geos.</param>
    /// <param name="preTest">The pre-period, at least 3 days.</param>
    /// <param name="testDays">The planned test length in days, positive.</param>
    /// <param name="incrementalCost">The planned incremental spend in the treatment geos, positive, in the response's unit of money.</param>
    /// <param name="power">The power wanted, strictly between 0 and 1; 0.8 by default.</param>
    /// <param name="confidenceLevel">The one-sided confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>
    /// <c>(t_(level, n-2) + t_(power, n-2)) sqrt(T^2 xbar' Sigma_b xbar + T sigma^2) / cost</c>, with xbar the pre-period
    /// mean of the control response (the test days are not known yet): an iROAS below this is likely to go unseen.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/>, <paramref name="assignment"/> or <paramref name="preTest"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="preTest"/> is shorter than 3 days, <paramref name="testDays"/> or <paramref name="incrementalCost"/>
    /// is not positive, or <paramref name="power"/> or <paramref name="confidenceLevel"/> is not strictly between 0 and 1.
    /// </exception>
    /// <exception cref="ArgumentException">An observation has no geo or a geo in neither group, a geo-day is given twice or is missing, or the control response is constant.</exception>
    public static double MinimumDetectableIroas(
        IEnumerable<GeoObservation> observations,
        GeoAssignment assignment,
        DateInterval preTest,
        int testDays,
        decimal incrementalCost,
        double power = 0.8,
        double confidenceLevel = HoldoutTest.DefaultConfidenceLevel)
    {
        Guard.NotNull(observations);
        Guard.NotNull(assignment);
        Guard.NotNull(preTest);
        CheckPreTest(preTest);
        Guard.Positive(testDays);
        Guard.Positive(incrementalCost);
        ExperimentGuard.OpenUnit(power);
        ExperimentGuard.OpenUnit(confidenceLevel);
        var (control, treatment) = Aggregate(observations, assignment, preTest, null, preTest.End);
        var fit = Fit(control, treatment);
        var mean = 0d;
        foreach (var x in control)
        {
            mean += x;
        }

        mean /= control.Length;
        var sd = Math.Sqrt(fit.CumulativeVariance(testDays, mean));
        var t = SpecialFunctions.StudentTQuantile(confidenceLevel, fit.DegreesOfFreedom) + SpecialFunctions.StudentTQuantile(power, fit.DegreesOfFreedom);
        return t * sd / (double)incrementalCost;
    }

    private static void CheckPreTest(DateInterval preTest)
    {
        if (preTest.Length < MinimumPreTestDays)
        {
            Guard.ThrowOutOfRange(nameof(preTest), preTest.Length, string.Create(CultureInfo.InvariantCulture, $"must span at least {MinimumPreTestDays} days (a fitted line needs a residual degree of freedom); its length in days"));
        }
    }

    /// <summary>
    /// Sums the response per group and analysed day: the pre-period days first, then (when <paramref name="testStart"/> is
    /// given) the days from the test start to <paramref name="end"/>. Checks every geo-day once and only once.
    /// </summary>
    private static (double[] Control, double[] Treatment) Aggregate(
        IEnumerable<GeoObservation> observations, GeoAssignment assignment, DateInterval preTest, LocalDate? testStart, LocalDate end)
    {
        var preDays = preTest.Length;
        var laterDays = testStart is { } start ? Period.DaysBetween(start, end) + 1 : 0;
        var days = preDays + laterDays;
        var geos = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var geo in assignment.Treatment.Concat(assignment.Control))
        {
            geos[geo] = names.Count;
            names.Add(geo);
        }

        var seen = new bool[names.Count * days];
        var control = new decimal[days];
        var treatment = new decimal[days];
        var index = 0;
        foreach (var o in observations)
        {
            var row = index++;
            if (o.Geo is null)
            {
                Guard.ThrowArgument(nameof(observations), string.Create(CultureInfo.InvariantCulture, $"observations must each name a geo, was default(GeoObservation) at index {row}."));
            }

            if (!geos.TryGetValue(o.Geo, out var g))
            {
                Guard.ThrowArgument(nameof(observations), $"observations must only hold assigned geos: a geo must be in the treatment or the control group, was \"{o.Geo}\" in neither.");
            }

            int day;
            if (preTest.Contains(o.Date))
            {
                day = Period.DaysBetween(preTest.Start, o.Date);
            }
            else if (testStart is { } s && o.Date >= s && o.Date <= end)
            {
                day = preDays + Period.DaysBetween(s, o.Date);
            }
            else
            {
                continue; // outside the analysed days: documented as not used
            }

            ref var mark = ref seen[(g * days) + day];
            if (mark)
            {
                Guard.ThrowArgument(nameof(observations), $"observations must hold one row per geo and day, had geo \"{o.Geo}\" on {Show(o.Date)} twice.");
            }

            mark = true;
            if (assignment.IsTreatment(o.Geo) == true)
            {
                treatment[day] += o.Response;
            }
            else
            {
                control[day] += o.Response;
            }
        }

        for (var g = 0; g < names.Count; g++)
        {
            for (var d = 0; d < days; d++)
            {
                if (!seen[(g * days) + d])
                {
                    var date = d < preDays ? preTest.Start.PlusDays(d) : testStart!.Value.PlusDays(d - preDays);
                    Guard.ThrowArgument(nameof(observations), $"observations must cover every analysed day for every assigned geo, was missing geo \"{names[g]}\" on {Show(date)}.");
                }
            }
        }

        return (Array.ConvertAll(control, c => (double)c), Array.ConvertAll(treatment, t => (double)t));
    }

    internal static TbrFit Fit(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = x.Length;
        CompensatedSum sx = default, sy = default;
        for (var i = 0; i < n; i++)
        {
            sx.Add(x[i]);
            sy.Add(y[i]);
        }

        var meanX = sx.Value / n;
        var meanY = sy.Value / n;
        CompensatedSum sxx = default, sxy = default;
        for (var i = 0; i < n; i++)
        {
            var dx = x[i] - meanX;
            sxx.Add(dx * dx);
            sxy.Add(dx * (y[i] - meanY));
        }

        if (!(sxx.Value > 0d))
        {
            Guard.ThrowArgument("observations", "observations must vary: the control geos' total response must not be constant over the pre-period (no line can be fitted), was constant.");
        }

        var slope = sxy.Value / sxx.Value;
        var intercept = meanY - (slope * meanX);
        CompensatedSum rss = default;
        for (var i = 0; i < n; i++)
        {
            var e = y[i] - intercept - (slope * x[i]);
            rss.Add(e * e);
        }

        var sigma2 = rss.Value / (n - 2);
        return new TbrFit(intercept, slope, sigma2, n - 2, sigma2 * ((1d / n) + (meanX * meanX / sxx.Value)), -sigma2 * meanX / sxx.Value, sigma2 / sxx.Value);
    }

    internal static string Show(LocalDate date) => LocalDatePattern.Iso.Format(date);
}

/// <summary>The pre-period line of a TBR analysis and the covariance of its coefficients.</summary>
internal readonly record struct TbrFit(double Intercept, double Slope, double Sigma2, int DegreesOfFreedom, double V00, double V01, double V11)
{
    /// <summary>The variance of the cumulative effect after t days with mean control response xbar: <c>t^2 xbar' Sigma_b xbar + t sigma^2</c>.</summary>
    internal double CumulativeVariance(int t, double meanControl) =>
        ((double)t * t * (V00 + (2d * V01 * meanControl) + (V11 * meanControl * meanControl))) + (t * Sigma2);
}
