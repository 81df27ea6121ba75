using PerfMetrics.Internal.Numerics;

namespace PerfMetrics.Budget;

/// <summary>
/// The double-precision function behind a <see cref="ResponseCurve"/>: spend and response are amounts of the curve's
/// currency as <see cref="double"/>s (money enters and leaves as <see cref="Money"/> at the public door).
/// </summary>
internal abstract class Curve
{
    /// <summary>Gets the spend at which the marginal response peaks (the inflection point); 0 for a concave curve.</summary>
    internal virtual double Peak => 0d;

    /// <summary>Gets a spend of the curve's natural size (its half-saturation point), where bracket searches start.</summary>
    internal abstract double Scale { get; }

    /// <summary>Returns R(x).</summary>
    internal abstract double Response(double x);

    /// <summary>Returns R'(x); may be +infinity at 0 (a Hill curve with slope below 1).</summary>
    internal abstract double Marginal(double x);

    /// <summary>
    /// Returns the spend in <c>[lo, hi]</c> (<paramref name="hi"/> may be +infinity) where the marginal response equals
    /// <paramref name="lambda"/>, for a marginal response that does not increase on <c>[lo, hi]</c>: <paramref name="lo"/>
    /// when it is already at most lambda there, <paramref name="hi"/> when it is still at least lambda there.
    /// </summary>
    internal virtual double InverseMarginal(double lambda, double lo, double hi)
    {
        if (!(Marginal(lo) > lambda))
        {
            return lo;
        }

        if (double.IsFinite(hi) && Marginal(hi) >= lambda)
        {
            return hi;
        }

        // Bracket a < b with R'(a) > lambda >= R'(b) by doubling or halving from the curve's scale.
        var x = Math.Max(lo, Scale);
        if (x >= hi)
        {
            x = lo + ((hi - lo) / 2d);
        }

        double a, b;
        if (Marginal(x) > lambda)
        {
            a = x;
            b = Math.Min(x * 2d, hi);
            for (var i = 0; i < 2_100 && Marginal(b) > lambda; i++)
            {
                a = b;
                b = Math.Min(b * 2d, hi);
            }
        }
        else
        {
            b = x;
            a = lo + ((x - lo) / 2d);
            for (var i = 0; i < 2_100 && !(Marginal(a) > lambda) && a > lo; i++)
            {
                b = a;
                a = lo + ((a - lo) / 2d);
            }
        }

        if (a <= 0d)
        {
            return Linear(lambda, a, b);
        }

        // In logarithms the marginal response of every built-in curve is close to linear, so false position converges fast.
        var logLambda = Math.Log(lambda);
        double G(double t) => Math.Log(Marginal(Math.Exp(t))) - logLambda;
        var ta = Math.Log(a);
        var tb = Math.Log(b);
        var (low, high) = RootFinding.Decreasing(G, ta, tb, G(ta), G(tb), 1e-15);
        return Math.Clamp(Math.Exp(low + ((high - low) / 2d)), lo, hi);
    }

    private double Linear(double lambda, double a, double b)
    {
        double F(double x) => Marginal(x) - lambda;
        var (low, high) = RootFinding.Decreasing(F, a, b, F(a), F(b), 1e-15);
        return low + ((high - low) / 2d);
    }
}

/// <summary>The Hill curve R(x) = K x^s / (x^s + k^s): K the maximum response, k the half-saturation spend, s the slope.</summary>
internal sealed class HillCurve(double maxResponse, double halfSaturation, double slope) : Curve
{
    internal double MaxResponse { get; } = maxResponse;

    internal double HalfSaturation { get; } = halfSaturation;

    internal double Slope { get; } = slope;

    /// <summary>Gets the inflection point k ((s - 1) / (s + 1))^(1/s) for s &gt; 1, else 0 (concave).</summary>
    internal override double Peak => Slope > 1d ? HalfSaturation * Math.Pow((Slope - 1d) / (Slope + 1d), 1d / Slope) : 0d;

    internal override double Scale => HalfSaturation;

    internal override double Response(double x)
    {
        if (x <= 0d)
        {
            return 0d;
        }

        // K r / (1 + r) with r = (x / k)^s; for huge r this is K / (1 + 1/r), which stays exact.
        var r = Math.Pow(x / HalfSaturation, Slope);
        return double.IsPositiveInfinity(r) ? MaxResponse : MaxResponse * r / (1d + r);
    }

    internal override double Marginal(double x)
    {
        if (x <= 0d)
        {
            return Slope < 1d ? double.PositiveInfinity : Slope == 1d ? MaxResponse / HalfSaturation : 0d;
        }

        // R'(x) = K s r / (x (1 + r)^2), written as K s / (x (1 + r) (1 + 1/r)) so that neither huge nor tiny r overflows.
        var r = Math.Pow(x / HalfSaturation, Slope);
        if (r == 0d)
        {
            return Slope < 1d ? double.PositiveInfinity : Slope == 1d ? MaxResponse / HalfSaturation : 0d;
        }

        return MaxResponse * Slope / (x * (1d + r) * (1d + (1d / r)));
    }
}

/// <summary>The Michaelis-Menten curve R(x) = V x / (K + x): V the maximum response, K the half-saturation spend.</summary>
internal sealed class MichaelisMentenCurve(double maxResponse, double halfSaturation) : Curve
{
    internal double MaxResponse { get; } = maxResponse;

    internal double HalfSaturation { get; } = halfSaturation;

    internal override double Scale => HalfSaturation;

    internal override double Response(double x) => x <= 0d ? 0d : MaxResponse * x / (HalfSaturation + x);

    internal override double Marginal(double x)
    {
        var d = HalfSaturation + Math.Max(x, 0d);
        return MaxResponse * HalfSaturation / d / d;
    }

    /// <summary>Closed form: R'(x) = V K / (K + x)^2 = lambda gives x = sqrt(V K / lambda) - K.</summary>
    internal override double InverseMarginal(double lambda, double lo, double hi) =>
        Math.Clamp(Math.Sqrt(MaxResponse * HalfSaturation / lambda) - HalfSaturation, lo, hi);
}

/// <summary>
/// Logistic saturation R(x) = K (1 - e^(-c x)) / (1 + e^(-c x)) (PyMC-Marketing's
/// <c>logistic_saturation</c> scaled by K), with c = ln 3 / h so that R(h) = K / 2.
/// </summary>
internal sealed class LogisticCurve(double maxResponse, double halfSaturation) : Curve
{
    internal double MaxResponse { get; } = maxResponse;

    internal double HalfSaturation { get; } = halfSaturation;

    internal double Rate { get; } = Math.Log(3d) / halfSaturation;

    internal override double Scale => HalfSaturation;

    internal override double Response(double x)
    {
        if (x <= 0d)
        {
            return 0d;
        }

        var w = Math.Exp(-Rate * x);
        return MaxResponse * (1d - w) / (1d + w);
    }

    /// <summary>R'(x) = 2 K c w / (1 + w)^2 with w = e^(-c x): no cancellation, even far into saturation.</summary>
    internal override double Marginal(double x)
    {
        var w = Math.Exp(-Rate * Math.Max(x, 0d));
        return 2d * MaxResponse * Rate * w / ((1d + w) * (1d + w));
    }

    /// <summary>
    /// Closed form: 2 K c w / (1 + w)^2 = lambda is a quadratic in w whose roots multiply to 1; the root below 1 is
    /// w = lambda / (A + sqrt(A^2 - lambda^2)) with A = K c - lambda (the stable form), and x = -ln(w) / c.
    /// </summary>
    internal override double InverseMarginal(double lambda, double lo, double hi)
    {
        var a = (MaxResponse * Rate) - lambda;
        if (!(lambda < a))
        {
            return lo;
        }

        var w = lambda / (a + Math.Sqrt((a - lambda) * (a + lambda)));
        var x = -Math.Log(w) / Rate;
        return Math.Clamp(double.IsFinite(x) ? x : hi, lo, hi);
    }
}

/// <summary>A user's <see cref="IResponseFunction"/>, evaluated through the checks of <see cref="ResponsePoint"/>.</summary>
internal sealed class CustomCurve(IResponseFunction function, bool sShaped) : Curve
{
    private readonly Lazy<double> _peak = new(() => sShaped ? FindPeak(function) : 0d);

    internal IResponseFunction Function { get; } = function;

    internal override double Peak => _peak.Value;

    internal override double Scale => 1d;

    internal override double Response(double x) => Function.Evaluate(x).Response;

    internal override double Marginal(double x) => Function.Evaluate(x).Marginal;

    /// <summary>
    /// Finds the spend where the marginal response peaks: the largest marginal over spends 2^j (j = -20..80), then a
    /// golden-section search between the neighbouring powers of two. Deterministic; assumes a single peak.
    /// </summary>
    private static double FindPeak(IResponseFunction function)
    {
        var bestJ = -20;
        var best = double.NegativeInfinity;
        for (var j = -20; j <= 80; j++)
        {
            var m = function.Evaluate(Math.ScaleB(1d, j)).Marginal;
            if (m > best)
            {
                best = m;
                bestJ = j;
            }
        }

        var a = bestJ == -20 ? 0d : Math.ScaleB(1d, bestJ - 1);
        var b = Math.ScaleB(1d, bestJ + 1);
        var ratio = (Math.Sqrt(5d) - 1d) / 2d;
        var c = b - (ratio * (b - a));
        var d = a + (ratio * (b - a));
        var fc = function.Evaluate(c).Marginal;
        var fd = function.Evaluate(d).Marginal;
        for (var i = 0; i < 200 && b - a > 1e-15 * b; i++)
        {
            if (fc >= fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - (ratio * (b - a));
                fc = function.Evaluate(c).Marginal;
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + (ratio * (b - a));
                fd = function.Evaluate(d).Marginal;
            }
        }

        return a + ((b - a) / 2d);
    }
}
