using System.Globalization;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Budget;

/// <content>Fitting a curve to a few measured points by nonlinear least squares.</content>
public sealed partial class ResponseCurve
{
    /// <summary>
    /// Fits a Hill curve (maximum K, half-saturation k, slope s) to measured points by nonlinear least squares. Read
    /// docs/budget.md first: spend/response pairs taken from reporting are confounded; use lift tests or experiments.
    /// </summary>
    /// <param name="observations">At least 4 points (one more than the parameters), in one currency, with at least two distinct positive spends.</param>
    /// <returns>The fit: the curve, the Gaussian log-likelihood of the residuals, K, k and s with standard errors, diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException">Too few points, a <c>default</c> point, or fewer than two distinct positive spends.</exception>
    /// <exception cref="CurrencyMismatchException">The points are in different currencies.</exception>
    public static ModelFit<ResponseCurve> FitHill(IReadOnlyList<ResponseObservation> observations) => Fit(observations, hill: true);

    /// <summary>
    /// Fits a Michaelis-Menten curve (maximum K, half-saturation k) to measured points by nonlinear least squares; see
    /// <see cref="FitHill(IReadOnlyList{ResponseObservation})"/> for the caveat.
    /// </summary>
    /// <param name="observations">At least 3 points, in one currency, with at least two distinct positive spends.</param>
    /// <returns>The fit: the curve, the Gaussian log-likelihood, K and k with standard errors, diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException">Too few points, a <c>default</c> point, or fewer than two distinct positive spends.</exception>
    /// <exception cref="CurrencyMismatchException">The points are in different currencies.</exception>
    public static ModelFit<ResponseCurve> FitMichaelisMenten(IReadOnlyList<ResponseObservation> observations) => Fit(observations, hill: false);

    /// <summary>
    /// Least squares on scaled data (spend / largest spend, response / largest response) over the logarithms of the
    /// parameters, by BFGS with central-difference gradients from K = 2 max response, k = mean spend, s = 1. The
    /// log-likelihood is the Gaussian one with the error variance profiled out, -n/2 (ln(2 pi SSE / n) + 1), in currency
    /// units; standard errors come from its numerical Hessian in the natural parameters.
    /// </summary>
    private static ModelFit<ResponseCurve> Fit(IReadOnlyList<ResponseObservation> observations, bool hill)
    {
        Guard.NotNull(observations);
        var p = hill ? 3 : 2;
        if (observations.Count < p + 1)
        {
            Guard.ThrowArgument(
                nameof(observations),
                string.Create(CultureInfo.InvariantCulture, $"observations must hold at least {p + 1} points (one more than the {p} parameters), was {observations.Count}."));
        }

        var currency = default(Currency);
        var n = observations.Count;
        var xs = new double[n];
        var ys = new double[n];
        var positive = new HashSet<decimal>();
        for (var i = 0; i < n; i++)
        {
            var o = observations[i];
            if (o.Spend.IsDefault)
            {
                Guard.ThrowArgument(nameof(observations), string.Create(CultureInfo.InvariantCulture, $"observations must not hold default(ResponseObservation), was at index {i}."));
            }

            currency = i == 0 ? o.Spend.Currency : MoneyGuard.SameCurrency(currency, o.Spend, nameof(observations));
            xs[i] = (double)o.Spend.Amount;
            ys[i] = (double)o.Response.Amount;
            if (o.Spend.Amount > 0m)
            {
                positive.Add(o.Spend.Amount);
            }
        }

        if (positive.Count < 2)
        {
            Guard.ThrowArgument(nameof(observations), string.Create(CultureInfo.InvariantCulture, $"observations must hold at least two distinct positive spends, was {positive.Count}."));
        }

        var xScale = xs.Max();
        var yScale = Math.Max(ys.Max(), double.Epsilon);
        var sx = xs.Select(x => x / xScale).ToArray();
        var sy = ys.Select(y => y / yScale).ToArray();

        double Sse(ReadOnlySpan<double> theta)
        {
            var k = Math.Exp(theta[0]);
            var h = Math.Exp(theta[1]);
            var s = hill ? Math.Exp(theta[2]) : 1d;
            var sum = 0d;
            for (var i = 0; i < n; i++)
            {
                var r = sx[i] <= 0d ? 0d : k / (1d + Math.Pow(h / sx[i], s));
                sum += (sy[i] - r) * (sy[i] - r);
            }

            return double.IsFinite(sum) ? sum : double.PositiveInfinity;
        }

        double[] start = hill ? [Math.Log(2d), Math.Log(sx.Average()), 0d] : [Math.Log(2d), Math.Log(sx.Average())];
        var result = Bfgs.Minimize(Bfgs.CentralDifferences(Sse, p), start, gradientTolerance: 1e-12);
        var theta = result.Parameters;
        var natural = new double[p];
        natural[0] = Math.Exp(theta[0]) * yScale;
        natural[1] = Math.Exp(theta[1]) * xScale;
        if (hill)
        {
            natural[2] = Math.Exp(theta[2]);
        }

        var converged = result.Converged && theta.All(t => Math.Abs(t) < 20d);
        var curve = hill
            ? Hill(new Money((decimal)natural[0], currency), new Money((decimal)natural[1], currency), natural[2])
            : MichaelisMenten(new Money((decimal)natural[0], currency), new Money((decimal)natural[1], currency));

        double LogLikelihood(ReadOnlySpan<double> q)
        {
            var sum = 0d;
            for (var i = 0; i < n; i++)
            {
                var r = xs[i] <= 0d ? 0d : q[0] / (1d + Math.Pow(q[1] / xs[i], hill ? q[2] : 1d));
                sum += (ys[i] - r) * (ys[i] - r);
            }

            return -n / 2d * (Math.Log(2d * Math.PI * sum / n) + 1d);
        }

        var ll = LogLikelihood(natural);
        var gradient = new double[p];
        var hessian = new double[p * p];
        Derivatives(LogLikelihood, natural, gradient, hessian);
        string[] names = hill ? ["maxResponse", "halfSaturation", "slope"] : ["maxResponse", "halfSaturation"];
        return ModelFit.Create(curve, ll, names, natural, gradient, hessian, result.Iterations, converged);
    }

    /// <summary>Central-difference gradient and Hessian with relative steps of 1e-4.</summary>
    private static void Derivatives(Objective f, double[] x, double[] gradient, double[] hessian)
    {
        var p = x.Length;
        var point = (double[])x.Clone();
        var f0 = f(point);
        var h = x.Select(v => 1e-4 * Math.Max(Math.Abs(v), 1e-8)).ToArray();
        double At(int i, double di, int j, double dj)
        {
            point[i] += di;
            point[j] += dj;
            var value = f(point);
            point[i] = x[i];
            point[j] = x[j];
            return value;
        }

        for (var i = 0; i < p; i++)
        {
            var up = At(i, h[i], i, 0d);
            var down = At(i, -h[i], i, 0d);
            gradient[i] = (up - down) / (2d * h[i]);
            hessian[(i * p) + i] = (up - (2d * f0) + down) / (h[i] * h[i]);
            for (var j = i + 1; j < p; j++)
            {
                var value = (At(i, h[i], j, h[j]) - At(i, h[i], j, -h[j]) - At(i, -h[i], j, h[j]) + At(i, -h[i], j, -h[j])) / (4d * h[i] * h[j]);
                hessian[(i * p) + j] = value;
                hessian[(j * p) + i] = value;
            }
        }
    }
}
