using System.Diagnostics;

namespace PerfMetrics.Internal.Numerics;

/// <summary>
/// Special functions for the statistical lifetime models: log-gamma, log-beta and the Gauss hypergeometric function.
/// Internal: callers validate their arguments at the public door; the checks here are debug assertions or throw
/// <see cref="ArgumentOutOfRangeException"/> for arguments outside the implemented range.
/// </summary>
internal static partial class SpecialFunctions
{
    private const double HalfLogTwoPi = 0.91893853320467274178032973640562; // ln(2 pi) / 2
    private const double LanczosG = 7d;
    private const double ConnectionThreshold = 0.9;

    // Lanczos approximation with g = 7, n = 9 (the coefficient set published by Godfrey and used in Numerical
    // Recipes 3rd ed. / the Boost and SciPy documentation); relative error of Gamma(x) about 1e-15 for x >= 0.5.
    private static readonly double[] Lanczos =
    [
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>Returns <c>ln Gamma(x)</c> for <c>x &gt; 0</c>.</summary>
    /// <remarks>
    /// Lanczos (g = 7) for <c>0.5 &lt;= x &lt; 15</c>, Stirling's series with five correction terms for <c>x &gt;= 15</c>
    /// (truncation error below 1e-17 there), and the reflection formula <c>Gamma(x) Gamma(1 - x) = pi / sin(pi x)</c>
    /// below 0.5. Absolute error about 1e-15 near the roots at 1 and 2, relative error about 1e-15 elsewhere.
    /// Returns +infinity at 0.
    /// </remarks>
    internal static double LogGamma(double x)
    {
        if (!(x >= 0d))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x must be non-negative for ln Gamma.");
        }

        if (x == 0d)
        {
            return double.PositiveInfinity;
        }

        if (x < 0.5)
        {
            // ln Gamma(x) = ln(pi / sin(pi x)) - ln Gamma(1 - x); sin(pi x) > 0 for 0 < x < 0.5.
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1d - x);
        }

        if (x >= 15d)
        {
            return Stirling(x);
        }

        var y = x - 1d;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
        {
            sum += Lanczos[i] / (y + i);
        }

        var t = y + LanczosG + 0.5;
        return HalfLogTwoPi + ((y + 0.5) * Math.Log(t)) - t + Math.Log(sum);
    }

    /// <summary>Returns the digamma function <c>psi(x) = d/dx ln Gamma(x)</c> for <c>x &gt; 0</c> (the gradients of the lifetime fits).</summary>
    /// <remarks>
    /// The recurrence <c>psi(x) = psi(x + 1) - 1 / x</c> lifts the argument to at least 14, where the asymptotic series
    /// <c>ln x - 1/(2x) - 1/(12x^2) + 1/(120x^4) - 1/(252x^6) + 1/(240x^8) - 1/(132x^10)</c> (Abramowitz and Stegun 6.3.18)
    /// is accurate to about 1e-15.
    /// </remarks>
    internal static double Digamma(double x)
    {
        if (!(x > 0d))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x must be positive for digamma.");
        }

        var shift = 0d;
        while (x < 14d)
        {
            shift -= 1d / x;
            x += 1d;
        }

        var inv2 = 1d / (x * x);
        var series = inv2 * ((1d / 12d) - (inv2 * ((1d / 120d) - (inv2 * ((1d / 252d) - (inv2 * ((1d / 240d) - (inv2 / 132d))))))));
        return shift + Math.Log(x) - (0.5 / x) - series;
    }

    /// <summary>Returns the trigamma function <c>psi'(x) = d^2/dx^2 ln Gamma(x)</c> for <c>x &gt; 0</c> (the observed information of the lifetime fits).</summary>
    /// <remarks>
    /// The recurrence <c>psi'(x) = psi'(x + 1) + 1 / x^2</c> lifts the argument to at least 14, where the asymptotic series
    /// <c>1/x + 1/(2x^2) + 1/(6x^3) - 1/(30x^5) + 1/(42x^7) - 1/(30x^9) + 5/(66x^11)</c> (Abramowitz and Stegun 6.4.12)
    /// is accurate to about 1e-16 relative.
    /// </remarks>
    internal static double Trigamma(double x)
    {
        if (!(x > 0d))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x must be positive for trigamma.");
        }

        var shift = 0d;
        while (x < 14d)
        {
            shift += 1d / (x * x);
            x += 1d;
        }

        var inv = 1d / x;
        var inv2 = inv * inv;
        var series = inv + (0.5 * inv2) + (inv * inv2 * ((1d / 6d) - (inv2 * ((1d / 30d) - (inv2 * ((1d / 42d) - (inv2 * ((1d / 30d) - (inv2 * 5d / 66d)))))))));
        return shift + series;
    }

    /// <summary>Returns <c>ln Gamma(z + q) - ln Gamma(z)</c> for <c>z &gt; 0</c>, <c>q &gt;= 0</c>, without the cancellation of the plain difference for large z.</summary>
    /// <remarks>
    /// For <c>z &gt;= 100</c> Stirling's series is differenced term by term:
    /// <c>(z - 1/2) ln(1 + q/z) + q ln(z + q) - q</c> plus the difference of the corrections <c>1/(12z) - 1/(360z^3) + 1/(1260z^5)</c>, with
    /// <c>ln(1 + u)</c> evaluated accurately for small u; below that, the plain difference of <see cref="LogGamma"/>.
    /// </remarks>
    internal static double LogGammaRatio(double z, double q)
    {
        Debug.Assert(z > 0d && q >= 0d, "LogGammaRatio needs z > 0 and q >= 0.");
        if (z < 100d)
        {
            return LogGamma(z + q) - LogGamma(z);
        }

        var u = q / z;
        var w = 1d + u;
        var log1p = w == 1d ? u : Math.Log(w) * u / (w - 1d);
        return ((z - 0.5) * log1p) + (q * Math.Log(z + q)) - q + (StirlingTail(z + q) - StirlingTail(z));
    }

    /// <summary>Returns <c>psi(z + q) - psi(z)</c>, the derivative of <see cref="LogGammaRatio"/> in z plus q's share, without cancellation for large z.</summary>
    /// <remarks>For <c>z &gt;= 100</c>: <c>ln(1 + q/z)</c> plus the difference of the asymptotic tails <c>-1/(2z) - 1/(12z^2) + 1/(120z^4) - 1/(252z^6)</c>; below, the plain difference.</remarks>
    internal static double DigammaDifference(double z, double q)
    {
        Debug.Assert(z > 0d && q >= 0d, "DigammaDifference needs z > 0 and q >= 0.");
        if (z < 100d)
        {
            return Digamma(z + q) - Digamma(z);
        }

        var u = q / z;
        var w = 1d + u;
        var log1p = w == 1d ? u : Math.Log(w) * u / (w - 1d);
        return log1p + (DigammaTail(z + q) - DigammaTail(z));
    }

    /// <summary>Stirling's correction <c>1/(12z) - 1/(360z^3) + 1/(1260z^5)</c> (next term below 1e-17 for z &gt;= 100).</summary>
    private static double StirlingTail(double z)
    {
        var inv2 = 1d / (z * z);
        return (1d / z) * ((1d / 12d) - (inv2 * ((1d / 360d) - (inv2 / 1260d))));
    }

    /// <summary>The digamma asymptotic tail after ln z: <c>-1/(2z) - 1/(12z^2) + 1/(120z^4) - 1/(252z^6)</c>.</summary>
    private static double DigammaTail(double z)
    {
        var inv2 = 1d / (z * z);
        return (-0.5 / z) - (inv2 * ((1d / 12d) - (inv2 * ((1d / 120d) - (inv2 / 252d)))));
    }

    /// <summary>Returns <c>ln B(a, b) = ln Gamma(a) + ln Gamma(b) - ln Gamma(a + b)</c> for <c>a, b &gt; 0</c>.</summary>
    internal static double LogBeta(double a, double b)
    {
        Debug.Assert(a > 0d && b > 0d, "LogBeta needs positive arguments.");
        return LogGamma(a) + LogGamma(b) - LogGamma(a + b);
    }

    /// <summary>
    /// Returns the Gauss hypergeometric function <c>2F1(a, b; c; z) = sum_k (a)_k (b)_k / ((c)_k k!) z^k</c> for real
    /// <c>z &lt; 1</c>, or <c>z = 1</c> when <c>c - a - b &gt; 0</c> (then +infinity is returned for <c>c - a - b &lt;= 0</c>
    /// with positive terms).
    /// </summary>
    /// <remarks>
    /// <para>
    /// <c>-0.5 &lt;= z &lt; 1</c>: the power series, summed until the next term and a geometric bound on the tail are
    /// below 1e-16 of the sum. <c>z &lt; -0.5</c>: Pfaff's transformation
    /// <c>2F1(a, b; c; z) = (1 - z)^-a 2F1(a, c - b; c; z / (z - 1))</c> maps the argument into (1/3, 1).
    /// Arguments in (0.9, 1) use the connection formula in <c>1 - z</c> (Abramowitz and Stegun 15.3.6) unless
    /// <c>c - a - b</c> is within 1e-3 of an integer, where its two terms cancel; the series is used there.
    /// <c>z = 1</c>: Gauss's theorem <c>Gamma(c) Gamma(c - a - b) / (Gamma(c - a) Gamma(c - b))</c>.
    /// </para>
    /// <para>
    /// Where the series is used near 1 it needs about <c>40 / (1 - z)</c> terms; past 50 million terms it gives up with <see cref="ArithmeticException"/> rather than return an
    /// inaccurate value. <c>c</c> must not be zero or a negative integer.
    /// </para>
    /// </remarks>
    internal static double Hypergeometric2F1(double a, double b, double c, double z)
    {
        if (c <= 0d && c == Math.Floor(c))
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, "c must not be zero or a negative integer for 2F1.");
        }

        if (!(z <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, "z must be at most 1 for 2F1 (real argument).");
        }

        if (z == 0d || a == 0d || b == 0d)
        {
            return 1d;
        }

        if (z == 1d)
        {
            return AtOne(a, b, c);
        }

        if (z < -0.5)
        {
            return Math.Pow(1d - z, -a) * NonNegative(a, c - b, c, z / (z - 1d));
        }

        return z > 0d ? NonNegative(a, b, c, z) : Series(a, b, c, z);
    }

    /// <summary>
    /// Returns <c>2F1(a, b; c; 1 - w)</c> for <c>0 &lt;= w &lt;= 1</c>, given the distance <c>w</c> from 1 itself: for w
    /// below about 1e-16, <c>1 - w</c> rounds to exactly 1, where the function may be infinite, while at <c>1 - w</c> it is
    /// finite (for example a discount factor <c>1 / (1 + d)</c> with a discount d of 1e-28). Same methods as
    /// <see cref="Hypergeometric2F1"/>, with the connection formula evaluated at the exact <c>w</c>.
    /// </summary>
    internal static double Hypergeometric2F1Complement(double a, double b, double c, double w)
    {
        Debug.Assert(w >= 0d && w <= 1d, "w is a distance from 1 within [0, 1].");
        var z = 1d - w;
        if (w == 0d || z <= ConnectionThreshold || a == 0d || b == 0d || (c <= 0d && c == Math.Floor(c)))
        {
            return Hypergeometric2F1(a, b, c, z);
        }

        return NonNegative(a, b, c, z, w);
    }

    /// <summary>2F1 for <c>0 &lt; z &lt; 1</c>: the series, or the connection formula in <c>1 - z</c> close to 1.</summary>
    private static double NonNegative(double a, double b, double c, double z) => NonNegative(a, b, c, z, 1d - z);

    /// <summary>2F1 for <c>0 &lt; z &lt; 1</c> with <c>w = 1 - z</c> given exactly.</summary>
    private static double NonNegative(double a, double b, double c, double z, double w)
    {
        var s = c - a - b;
        if (z <= ConnectionThreshold || Math.Abs(s - Math.Round(s)) < 1e-3)
        {
            return Series(a, b, c, z);
        }

        // Abramowitz and Stegun 15.3.6: for c - a - b not an integer,
        // 2F1(a,b;c;z) = G(c)G(s)/(G(c-a)G(c-b)) 2F1(a,b;1-s;1-z)
        //              + (1-z)^s G(c)G(-s)/(G(a)G(b)) 2F1(c-a,c-b;1+s;1-z),  s = c - a - b.
        // Both series converge fast because 1 - z < 0.1.
        var lc = SignedLogGamma(c, out var sc);
        var first = sc * Math.Exp(lc + SignedLogGamma(s, out var s1) - SignedLogGamma(c - a, out var s2) - SignedLogGamma(c - b, out var s3))
            * s1 * s2 * s3 * Series(a, b, 1d - s, w);
        var second = sc * Math.Exp(lc + (s * Math.Log(w)) + SignedLogGamma(-s, out var s4) - SignedLogGamma(a, out var s5) - SignedLogGamma(b, out var s6))
            * s4 * s5 * s6 * Series(c - a, c - b, 1d + s, w);
        return first + second;
    }

    private static double AtOne(double a, double b, double c)
    {
        var s = c - a - b;
        if (s <= 0d)
        {
            // Diverges; with positive parameters every term is positive, so the sum is +infinity.
            if (a > 0d && b > 0d && c > 0d)
            {
                return double.PositiveInfinity;
            }

            throw new ArgumentOutOfRangeException(nameof(c), c, "2F1 at z = 1 needs c - a - b > 0.");
        }

        var value = SignedLogGamma(c, out var s1) + SignedLogGamma(s, out var s2)
            - SignedLogGamma(c - a, out var s3) - SignedLogGamma(c - b, out var s4);
        return s1 * s2 * s3 * s4 * Math.Exp(value);
    }

    /// <summary>Returns <c>ln |Gamma(x)|</c> and the sign of <c>Gamma(x)</c> for any real <c>x</c> that is not a pole.</summary>
    internal static double SignedLogGamma(double x, out int sign)
    {
        if (x > 0d)
        {
            sign = 1;
            return LogGamma(x);
        }

        if (x == Math.Floor(x))
        {
            sign = 1;
            return double.PositiveInfinity; // pole
        }

        // Reflection: Gamma(x) = pi / (sin(pi x) Gamma(1 - x)), with 1 - x > 1.
        var sine = Math.Sin(Math.PI * x);
        sign = sine < 0d ? -1 : 1;
        return Math.Log(Math.PI / Math.Abs(sine)) - LogGamma(1d - x);
    }

    private static double Series(double a, double b, double c, double z)
    {
        const double Epsilon = 1e-16;
        const int MaxTerms = 50_000_000;
        var minTerms = (int)Math.Min(1e6, Math.Abs(a) + Math.Abs(b) + Math.Abs(c) + 2d);
        var absZ = Math.Abs(z);
        var sum = 1d;
        var term = 1d;
        for (var k = 0; k < MaxTerms; k++)
        {
            var ratio = (a + k) * (b + k) / ((c + k) * (k + 1d)) * z;
            term *= ratio;
            sum += term;
            if (term == 0d)
            {
                return sum; // terminating series (a or b a non-positive integer)
            }

            if (k >= minTerms)
            {
                var rho = Math.Max(Math.Abs(ratio), absZ);
                if (rho < 1d && Math.Abs(term) * rho / (1d - rho) <= Epsilon * Math.Abs(sum))
                {
                    return sum;
                }
            }
        }

        throw new ArithmeticException(
            FormattableString.Invariant($"2F1({a}, {b}; {c}; {z}) did not converge within {MaxTerms} terms."));
    }

    /// <summary>Returns <c>e^u - 1</c> without the cancellation of the plain difference for small |u| (<c>2 tanh(u/2) / (1 - tanh(u/2))</c>).</summary>
    internal static double ExpM1(double u)
    {
        if (Math.Abs(u) > 1d)
        {
            return Math.Exp(u) - 1d;
        }

        var t = Math.Tanh(0.5 * u);
        return 2d * t / (1d - t);
    }

    /// <summary>Returns <c>(1 - e^(-k L)) / k</c>, with its limit L at k = 0, accurately for small k (the <c>[1 - q^k] / k</c> of the Pareto/NBD expectations).</summary>
    internal static double OneMinusExpOver(double k, double l) => k == 0d ? l : -ExpM1(-k * l) / k;

    private static double Stirling(double x)
    {
        // ln Gamma(x) ~ (x - 1/2) ln x - x + ln(2 pi)/2 + 1/(12x) - 1/(360x^3) + 1/(1260x^5) - 1/(1680x^7) + 1/(1188x^9)
        var inv = 1d / x;
        var inv2 = inv * inv;
        var series = inv * ((1d / 12d) - (inv2 * ((1d / 360d) - (inv2 * ((1d / 1260d) - (inv2 * ((1d / 1680d) - (inv2 / 1188d))))))));
        return ((x - 0.5) * Math.Log(x)) - x + HalfLogTwoPi + series;
    }
}
