using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Budget;

/// <summary>
/// Adstock (carryover): how much of a period's spend still works in later periods. Transforms a per-period series of
/// spend (or impressions) into its adstocked series, and gives the steady-state multiplier of a constant spend.
/// </summary>
/// <remarks>
/// <para>
/// Kinds (x_t the input in period t, y_t the output; the series has no history before its first period):
/// </para>
/// <list type="bullet">
/// <item><description><see cref="Geometric(double)"/>, Robyn's convention (not normalised): y_t = x_t + theta y_(t-1); the
/// weights theta^l sum to 1 / (1 - theta). Robyn's documented example: 100 per period for 5 periods at theta 0.5 gives
/// 100, 150, 175, 187.5, 193.75.</description></item>
/// <item><description><see cref="GeometricNormalized(double, int)"/>, Meridian's convention: y_t = sum over l = 0..L of
/// alpha^l x_(t-l) / sum over l = 0..L of alpha^l; the weights sum to 1.</description></item>
/// <item><description><see cref="Delayed(double, double, int)"/> (Jin et al. 2017, "Bayesian Methods for Media Mix Modeling
/// with Carryover and Shape Effects", eq. 1): weights alpha^((l - theta)^2) for l = 0..L, normalised to sum 1; the
/// effect peaks theta periods after the spend.</description></item>
/// <item><description><see cref="Weibull(double, double, int)"/>: weights are the Weibull survival function
/// exp(-(l / scale)^shape) for l = 0..L (1 at lag 0), not normalised, so a shape of 1 is geometric with
/// theta = e^(-1/scale) truncated at L. (Robyn's Weibull variants bin the lags differently; this is the plain survival form.)</description></item>
/// </list>
/// <para>
/// Steady-state multiplier: for a constant spend c per period, the adstocked series settles at c times the sum of the
/// weights: 1 / (1 - theta) for Robyn's geometric, 1 for normalised kinds. A response curve fitted on adstocked spend
/// answers for a constant spend x per period at R(multiplier x). Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class Adstock
{
    private readonly double[]? _weights;
    private readonly double _decay;

    private Adstock(string description, double[]? weights, double decay, double multiplier)
    {
        Description = description;
        _weights = weights;
        _decay = decay;
        SteadyStateMultiplier = multiplier;
    }

    /// <summary>Gets the kind and parameters, for example <c>geometric(theta=0.5)</c>.</summary>
    public string Description { get; }

    /// <summary>Gets the factor by which a constant per-period spend is multiplied once the carryover has built up: the sum of the weights.</summary>
    public double SteadyStateMultiplier { get; }

    /// <summary>Creates Robyn's geometric adstock, y_t = x_t + theta y_(t-1) (not normalised).</summary>
    /// <param name="theta">The share of the adstock carried to the next period, at least 0 and less than 1.</param>
    /// <returns>The adstock; its steady-state multiplier is 1 / (1 - theta).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="theta"/> is not in [0, 1).</exception>
    public static Adstock Geometric(double theta)
    {
        Decay(theta, nameof(theta), upperInclusive: false);
        return new Adstock(string.Create(CultureInfo.InvariantCulture, $"geometric(theta={theta:R})"), null, theta, 1d / (1d - theta));
    }

    /// <summary>Creates Meridian's geometric adstock: weights alpha^l for lags 0..maxLag, normalised to sum 1.</summary>
    /// <param name="alpha">The decay per period, in [0, 1].</param>
    /// <param name="maxLag">The longest lag L in periods, non-negative (Meridian's default is 8).</param>
    /// <returns>The adstock; its steady-state multiplier is 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="alpha"/> is not in [0, 1] or <paramref name="maxLag"/> is negative.</exception>
    public static Adstock GeometricNormalized(double alpha, int maxLag)
    {
        Decay(alpha, nameof(alpha), upperInclusive: true);
        Lag(maxLag);
        var weights = new double[maxLag + 1];
        for (var l = 0; l <= maxLag; l++)
        {
            weights[l] = Math.Pow(alpha, l);
        }

        return new Adstock(string.Create(CultureInfo.InvariantCulture, $"geometric normalised(alpha={alpha:R}, max lag {maxLag})"), Normalize(weights), 0d, 1d);
    }

    /// <summary>Creates the delayed adstock of Jin et al. (2017): weights alpha^((l - peakLag)^2) for lags 0..maxLag, normalised to sum 1.</summary>
    /// <param name="alpha">The decay, greater than 0 and at most 1.</param>
    /// <param name="peakLag">The lag theta (in periods) at which the effect peaks, finite, between 0 and <paramref name="maxLag"/>.</param>
    /// <param name="maxLag">The longest lag L in periods, non-negative.</param>
    /// <returns>The adstock; its steady-state multiplier is 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of its range.</exception>
    public static Adstock Delayed(double alpha, double peakLag, int maxLag)
    {
        if (!(alpha > 0d && alpha <= 1d))
        {
            Guard.ThrowOutOfRange(nameof(alpha), alpha, "must be greater than 0 and at most 1");
        }

        Lag(maxLag);
        if (!(peakLag >= 0d && peakLag <= maxLag))
        {
            Guard.ThrowOutOfRange(nameof(peakLag), peakLag, string.Create(CultureInfo.InvariantCulture, $"must be between 0 and maxLag ({maxLag})"));
        }

        var weights = new double[maxLag + 1];
        for (var l = 0; l <= maxLag; l++)
        {
            weights[l] = Math.Pow(alpha, (l - peakLag) * (l - peakLag));
        }

        return new Adstock(string.Create(CultureInfo.InvariantCulture, $"delayed(alpha={alpha:R}, peak lag {peakLag:R}, max lag {maxLag})"), Normalize(weights), 0d, 1d);
    }

    /// <summary>Creates a Weibull adstock: weights exp(-(l / scale)^shape) for lags 0..maxLag (1 at lag 0, not normalised).</summary>
    /// <param name="shape">The Weibull shape k, finite and positive (1 is geometric; above 1 the carryover holds, then drops).</param>
    /// <param name="scale">The Weibull scale lambda in periods, finite and positive.</param>
    /// <param name="maxLag">The longest lag L in periods, non-negative.</param>
    /// <returns>The adstock; its steady-state multiplier is the sum of the weights.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive, or the lag is negative.</exception>
    public static Adstock Weibull(double shape, double scale, int maxLag)
    {
        Guard.PositiveFinite(shape);
        Guard.PositiveFinite(scale);
        Lag(maxLag);
        var weights = new double[maxLag + 1];
        var sum = 0d;
        for (var l = 0; l <= maxLag; l++)
        {
            weights[l] = Math.Exp(-Math.Pow(l / scale, shape));
            sum += weights[l];
        }

        return new Adstock(string.Create(CultureInfo.InvariantCulture, $"Weibull(shape={shape:R}, scale={scale:R}, max lag {maxLag})"), weights, 0d, sum);
    }

    /// <summary>Applies the adstock to a per-period series.</summary>
    /// <param name="series">Spend (or impressions) per period, oldest first; finite and non-negative values.</param>
    /// <returns>The adstocked series, same length.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, infinite or negative (the message gives the index).</exception>
    public double[] Apply(IReadOnlyList<double> series)
    {
        Guard.NotNull(series);
        var n = series.Count;
        var x = new double[n];
        for (var t = 0; t < n; t++)
        {
            if (!(series[t] >= 0d) || double.IsPositiveInfinity(series[t]))
            {
                Guard.ThrowOutOfRange(nameof(series), series[t], string.Create(CultureInfo.InvariantCulture, $"must hold finite non-negative values, but series[{t}]"));
            }

            x[t] = series[t];
        }

        var y = new double[n];
        if (_weights is null)
        {
            var carry = 0d;
            for (var t = 0; t < n; t++)
            {
                carry = x[t] + (_decay * carry);
                y[t] = carry;
            }

            return y;
        }

        for (var t = 0; t < n; t++)
        {
            var sum = 0d;
            for (var l = 0; l < _weights.Length && l <= t; l++)
            {
                sum += _weights[l] * x[t - l];
            }

            y[t] = sum;
        }

        return y;
    }

    /// <summary>Returns the description.</summary>
    /// <returns>For example <c>geometric(theta=0.5)</c>.</returns>
    public override string ToString() => Description;

    private static void Decay(double value, string paramName, bool upperInclusive)
    {
        if (!(value >= 0d && (upperInclusive ? value <= 1d : value < 1d)))
        {
            Guard.ThrowOutOfRange(paramName, value, upperInclusive ? "must be between 0 and 1 inclusive" : "must be at least 0 and less than 1");
        }
    }

    private static void Lag(int maxLag)
    {
        if (maxLag < 0)
        {
            Guard.ThrowOutOfRange(nameof(maxLag), maxLag, "must be non-negative");
        }
    }

    private static double[] Normalize(double[] weights)
    {
        var sum = weights.Sum();
        for (var l = 0; l < weights.Length; l++)
        {
            weights[l] /= sum;
        }

        return weights;
    }
}
