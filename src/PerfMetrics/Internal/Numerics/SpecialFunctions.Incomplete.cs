namespace PerfMetrics.Internal.Numerics;

/// <summary>
/// The incomplete gamma and beta functions, and the normal and Student-t distributions built on them, for the
/// experiments area (intervals, p-values, power). Internal: callers validate at the public door.
/// </summary>
internal static partial class SpecialFunctions
{
    private const double Tiny = 1e-300;
    private const double Epsilon = 1e-16;
    private const int MaxIterations = 10_000;
    private const double LogSqrtTwoPi = 0.91893853320467274178032973640562; // ln sqrt(2 pi)

    /// <summary>Returns the regularized upper incomplete gamma function <c>Q(a, x) = Gamma(a, x) / Gamma(a)</c> for <c>a &gt; 0</c>, <c>x &gt;= 0</c>.</summary>
    /// <remarks>
    /// The series of <c>P(a, x)</c> for <c>x &lt; a + 1</c> (then <c>Q = 1 - P</c>) and Legendre's continued fraction of
    /// <c>Q</c>, evaluated with the modified Lentz method, otherwise (Numerical Recipes 3rd ed., section 6.2; Abramowitz
    /// and Stegun 6.5.29 and 6.5.31). Relative accuracy about 1e-15 where the result is not tiny.
    /// </remarks>
    internal static double RegularizedGammaQ(double a, double x)
    {
        if (x <= 0d)
        {
            return 1d;
        }

        return x < a + 1d ? 1d - GammaSeries(a, x) : GammaContinuedFraction(a, x);
    }

    /// <summary>Returns the regularized incomplete beta function <c>I_x(a, b)</c> for <c>a, b &gt; 0</c>, given <c>x</c> and <c>y = 1 - x</c> exactly.</summary>
    /// <remarks>
    /// The continued fraction of Abramowitz and Stegun 26.5.8 (Lentz), applied to <c>I_x(a, b)</c> when
    /// <c>x &lt; (a + 1) / (a + b + 2)</c> and to <c>1 - I_y(b, a)</c> otherwise, where it converges fast. Passing
    /// <c>y</c> separately keeps the precision of <c>1 - x</c> when x is close to 1 (a Student-t tail far out).
    /// </remarks>
    internal static double RegularizedBeta(double a, double b, double x, double y)
    {
        if (x <= 0d)
        {
            return 0d;
        }

        if (y <= 0d)
        {
            return 1d;
        }

        var logFront = (a * Math.Log(x)) + (b * Math.Log(y)) - LogBeta(a, b);
        return x < (a + 1d) / (a + b + 2d)
            ? Math.Exp(logFront) * BetaContinuedFraction(a, b, x) / a
            : 1d - (Math.Exp(logFront) * BetaContinuedFraction(b, a, y) / b);
    }

    /// <summary>Returns the standard normal upper tail <c>P(Z &gt; z) = 1 - Phi(z)</c>, accurate in both tails.</summary>
    /// <remarks><c>P(Z &gt; z) = Q(1/2, z^2 / 2) / 2</c> for <c>z &gt;= 0</c> (the complementary error function as an incomplete gamma function), and <c>1 - P(Z &gt; -z)</c> below 0.</remarks>
    internal static double NormalUpperTail(double z) =>
        z >= 0d ? 0.5 * RegularizedGammaQ(0.5, 0.5 * z * z) : 1d - (0.5 * RegularizedGammaQ(0.5, 0.5 * z * z));

    /// <summary>Returns the standard normal distribution function <c>Phi(z)</c>.</summary>
    internal static double NormalCdf(double z) => NormalUpperTail(-z);

    /// <summary>Returns the standard normal density.</summary>
    internal static double NormalDensity(double z) => Math.Exp((-0.5 * z * z) - LogSqrtTwoPi);

    /// <summary>Returns the standard normal quantile <c>Phi^-1(p)</c> for <c>0 &lt; p &lt; 1</c>.</summary>
    /// <remarks>
    /// Starts from the rational approximation of Abramowitz and Stegun 26.2.23 (error below 4.5e-4) and refines it with
    /// Newton steps on <see cref="NormalUpperTail"/>, which converge quadratically to full double precision.
    /// </remarks>
    internal static double NormalQuantile(double p)
    {
        if (p == 0.5)
        {
            return 0d;
        }

        // Work in the smaller tail q <= 1/2, where the tail probability is exact.
        var upper = p > 0.5;
        var q = upper ? 1d - p : p;
        var t = Math.Sqrt(-2d * Math.Log(q));
        var z = t - ((2.515517 + (0.802853 * t) + (0.010328 * t * t)) / (1d + (1.432788 * t) + (0.189269 * t * t) + (0.001308 * t * t * t)));
        for (var i = 0; i < 50; i++)
        {
            var step = (NormalUpperTail(z) - q) / NormalDensity(z);
            z += step;
            if (Math.Abs(step) <= 1e-15 * Math.Max(1d, Math.Abs(z)))
            {
                break;
            }
        }

        return upper ? z : -z;
    }

    /// <summary>Returns the Student-t upper tail <c>P(T &gt; t)</c> with <paramref name="degreesOfFreedom"/> &gt; 0.</summary>
    /// <remarks><c>P(T &gt; t) = I_x(nu / 2, 1 / 2) / 2</c> with <c>x = nu / (nu + t^2)</c> for <c>t &gt;= 0</c> (Abramowitz and Stegun 26.7.1 with 26.5.27).</remarks>
    internal static double StudentTUpperTail(double t, double degreesOfFreedom)
    {
        var t2 = t * t;
        var tail = 0.5 * RegularizedBeta(degreesOfFreedom / 2d, 0.5, degreesOfFreedom / (degreesOfFreedom + t2), t2 / (degreesOfFreedom + t2));
        return t >= 0d ? tail : 1d - tail;
    }

    /// <summary>Returns the Student-t quantile for <c>0 &lt; p &lt; 1</c> and <paramref name="degreesOfFreedom"/> &gt; 0.</summary>
    /// <remarks>
    /// Solves <c>P(T &gt; t) = 1 - p</c> (in the smaller tail) by Newton steps on the tail function, safeguarded by
    /// bisection inside a bracket that is widened until it holds the root; accurate to about 1e-14 relative.
    /// </remarks>
    internal static double StudentTQuantile(double p, double degreesOfFreedom)
    {
        if (p == 0.5)
        {
            return 0d;
        }

        var upper = p > 0.5;
        var q = upper ? 1d - p : p;
        var logDensityConstant = LogGamma((degreesOfFreedom + 1d) / 2d) - LogGamma(degreesOfFreedom / 2d) - (0.5 * Math.Log(degreesOfFreedom * Math.PI));
        double Density(double x) => Math.Exp(logDensityConstant - ((degreesOfFreedom + 1d) / 2d * Math.Log(1d + (x * x / degreesOfFreedom))));

        // Bracket [lo, hi] on the positive half line, where the tail falls from 1/2 to 0.
        var lo = 0d;
        var hi = Math.Max(1d, NormalQuantile(1d - q));
        while (StudentTUpperTail(hi, degreesOfFreedom) > q)
        {
            lo = hi;
            hi *= 2d;
        }

        var x = hi;
        for (var i = 0; i < 200; i++)
        {
            var f = StudentTUpperTail(x, degreesOfFreedom) - q;
            if (f > 0d)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            var next = x + (f / Density(x));
            if (!(next > lo && next < hi))
            {
                next = 0.5 * (lo + hi);
            }

            if (Math.Abs(next - x) <= 1e-15 * Math.Max(1d, Math.Abs(next)) || hi - lo <= 1e-15 * hi)
            {
                x = next;
                break;
            }

            x = next;
        }

        return upper ? x : -x;
    }

    private static double GammaSeries(double a, double x)
    {
        var term = 1d / a;
        var sum = term;
        var ap = a;
        for (var n = 0; n < MaxIterations; n++)
        {
            ap += 1d;
            term *= x / ap;
            sum += term;
            if (Math.Abs(term) < Math.Abs(sum) * Epsilon)
            {
                break;
            }
        }

        return sum * Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a));
    }

    private static double GammaContinuedFraction(double a, double x)
    {
        var b = x + 1d - a;
        var c = 1d / Tiny;
        var d = 1d / b;
        var h = d;
        for (var i = 1; i < MaxIterations; i++)
        {
            var an = -i * (i - a);
            b += 2d;
            d = (an * d) + b;
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = b + (an / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1d / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1d) < Epsilon)
            {
                break;
            }
        }

        return Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a)) * h;
    }

    private static double BetaContinuedFraction(double a, double b, double x)
    {
        var qab = a + b;
        var qap = a + 1d;
        var qam = a - 1d;
        var c = 1d;
        var d = 1d - (qab * x / qap);
        d = Math.Abs(d) < Tiny ? Tiny : d;
        d = 1d / d;
        var h = d;
        for (var m = 1; m < MaxIterations; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1d + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1d + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1d / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1d + (aa * d);
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = 1d + (aa / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1d / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1d) < Epsilon)
            {
                break;
            }
        }

        return h;
    }
}
