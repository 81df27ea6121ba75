using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Internal.Numerics;
using PerfMetrics.Json;

namespace PerfMetrics.Lifetime;

/// <summary>
/// The Gamma-Gamma model of spend per transaction (Fader, Hardie and Lee 2005; Colombo and Jiang 1999): a customer's
/// transaction values are Gamma(<see cref="P"/>, nu) around their own mean p / nu, and nu varies across customers as
/// Gamma(<see cref="Q"/>, <see cref="Gamma"/>); spend is independent of the purchase process.
/// </summary>
/// <remarks>
/// <para>
/// Formulas (Fader, Hardie and Lee 2005, "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis", Journal of
/// Marketing Research 42(4), and Fader and Hardie's note "The Gamma-Gamma Model of Monetary Value", 2013), for a customer
/// with x repeat transactions of mean value m:
/// likelihood <c>ln L = ln Gamma(px + q) - ln Gamma(px) - ln Gamma(q) + q ln gamma + (px - 1) ln m + px ln x - (px + q) ln(gamma + mx)</c>;
/// population mean value per transaction <c>p gamma / (q - 1)</c> (infinite when q &lt;= 1);
/// conditional expected value <c>E[M | x, m] = p (gamma + x m) / (px + q - 1)</c>, a weighted mean of the population
/// mean and the customer's own mean.
/// </para>
/// <para>
/// Money: <see cref="Gamma"/> is in units of <see cref="Currency"/>. The model computes in <see cref="double"/>; values
/// leave it as <see cref="decimal"/> (the standard conversion, 15 significant digits) and are not rounded to minor units,
/// like every lifetime amount (docs/lifetime-value.md, "Units, precision and rounding"); call <see cref="Money.Round(MidpointRounding)"/>
/// to show cents. Equality compares p, q, gamma and currency. Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var fit = GammaGamma.Fit(summary.Customers);            // CDNOW: p = 6.25, q = 3.74, gamma = 15.44
/// var value = fit.Model.ConditionalExpectedValue(2, new Money(22.35m, Currency.Usd)); // 24.66 USD
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class GammaGamma : IEquatable<GammaGamma>
{
    /// <summary>The parameter names, in the order of <see cref="ParameterValues"/> and of a fit's parameters (the one place they are written).</summary>
    internal static readonly string[] ParameterNames = ["p", "q", "gamma"];

    /// <summary>Gets the parameter values in the order of <see cref="ParameterNames"/>.</summary>
    internal double[] ParameterValues => [P, Q, Gamma];

    private const double LogParameterBound = 30d;

    /// <summary>Initializes a Gamma-Gamma model.</summary>
    /// <param name="p">The shape of each customer's transaction-value distribution, finite and greater than 0.</param>
    /// <param name="q">The shape of the distribution of nu across customers, finite and greater than 0.</param>
    /// <param name="gamma">The scale of the distribution of nu, in units of <paramref name="currency"/>, finite and greater than 0.</param>
    /// <param name="currency">The currency of transaction values.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number greater than 0.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    public GammaGamma(double p, double q, double gamma, Currency currency)
    {
        P = Guard.PositiveFinite(p);
        Q = Guard.PositiveFinite(q);
        Gamma = Guard.PositiveFinite(gamma);
        if (currency.IsDefault)
        {
            Guard.ThrowArgument(nameof(currency), "currency must be a real currency, was default(Currency).");
        }

        Currency = currency;
    }

    /// <summary>Gets p, the shape of each customer's transaction-value distribution.</summary>
    public double P { get; }

    /// <summary>Gets q, the shape of the distribution of nu across customers.</summary>
    public double Q { get; }

    /// <summary>Gets gamma, the scale of the distribution of nu (in units of <see cref="Currency"/>).</summary>
    public double Gamma { get; }

    /// <summary>Gets the currency of transaction values.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the population mean value per transaction, <c>p gamma / (q - 1)</c>, not rounded; null when q &lt;= 1 (the mean is infinite).</summary>
    /// <exception cref="OverflowException">The value is finite but beyond the range of <see cref="decimal"/> money (null is only for an infinite value).</exception>
    public Money? PopulationMeanValue => Q > 1d ? ToMoney(P * Gamma / (Q - 1d)) : null;

    /// <summary>Returns the expected value per transaction of a customer with this spending history.</summary>
    /// <param name="frequency">x, the number of repeat transactions, 0 or more.</param>
    /// <param name="meanValue">The mean value of those transactions, non-negative, in <see cref="Currency"/>; ignored when x = 0 (pass null or anything).</param>
    /// <returns><c>p (gamma + x m) / (px + q - 1)</c>, not rounded; the population mean for x = 0; null when that is infinite (q &lt;= 1 and x = 0, or px + q &lt;= 1).</returns>
    /// <example>CDNOW customer 1 (x = 2, m = 22.35 USD) with p = 6.25, q = 3.74, gamma = 15.44: 24.66 USD.</example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is negative, or <paramref name="meanValue"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="meanValue"/> is missing for x &gt; 0 or in another currency (<see cref="CurrencyMismatchException"/>).</exception>
    /// <exception cref="OverflowException">The value is finite but beyond the range of <see cref="decimal"/> money (null is only for an infinite value).</exception>
    public Money? ConditionalExpectedValue(int frequency, Money? meanValue)
    {
        var value = ConditionalExpectedCore(frequency, meanValue, nameof(meanValue));
        return value is { } v ? ToMoney(v) : null;
    }

    /// <summary>Returns the expected value per transaction of a customer, from their RFM row.</summary>
    /// <param name="customer">The row; its <see cref="CustomerRfm.MonetaryValue"/> must be in <see cref="Currency"/>.</param>
    /// <returns>As <see cref="ConditionalExpectedValue(int, Money?)"/>.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="customer"/> is <c>default(CustomerRfm)</c> (not a row of a summary), or its monetary value is in
    /// another currency (<see cref="CurrencyMismatchException"/>).
    /// </exception>
    /// <exception cref="OverflowException">The value is finite but beyond the range of <see cref="decimal"/> money (null is only for an infinite value).</exception>
    public Money? ConditionalExpectedValue(CustomerRfm customer)
    {
        // default(CustomerRfm) has frequency 0 and would silently get the population mean; a real row always has a T.
        customer.T.Required(nameof(customer));
        var value = ConditionalExpectedCore(customer.Frequency, customer.MonetaryValue, nameof(customer));
        return value is { } v ? ToMoney(v) : null;
    }

    /// <summary>Fits p, q and gamma by maximum likelihood to the repeat buyers (x &gt; 0) among RFM rows.</summary>
    /// <param name="customers">
    /// The rows (for example <see cref="RfmSummary.Customers"/>, or rows built with the <see cref="CustomerRfm"/>
    /// constructor). Only x and the mean repeat value are used; rows with x = 0 carry no spend information and are
    /// skipped (they are not an error). Every repeat buyer's mean value must be greater than 0, all in one currency,
    /// which becomes the model's currency.
    /// </param>
    /// <param name="options">Accepted for symmetry with <see cref="BgNbd.Fit"/>; null for <see cref="FitOptions.Default"/>. The Gamma-Gamma likelihood is evaluated on the calling thread, so the result is the same for every value.</param>
    /// <returns>The fitted model, its log-likelihood, p, q and gamma with their standard errors, and the optimiser's diagnostics.</returns>
    /// <remarks>
    /// <para>
    /// The reported log-likelihood is that of the customers' mean transaction values (the density of the mean, as in the
    /// lifetimes and CLVTools packages), <c>sum of ln f(m | x)</c> with the formula in the type's remarks. Fader, Hardie
    /// and Lee (2005) report the density of each customer's total <c>x m</c> instead; the two differ by
    /// <c>sum of ln x</c> over the repeat buyers (<c>ln f(x m) = ln f(m) - ln x</c>), so on CDNOW's 946 repeat buyers the
    /// reported -4055.9 is their -4659.3 plus 603.4 (the sum of ln x).
    /// </para>
    /// <para>
    /// Maximised over the logarithms of p, q and gamma by BFGS with the analytic gradient, from p = q = 1 and gamma = the
    /// mean value. Sums that do not depend on the parameters are computed once, terms in x alone once per distinct x, so
    /// an evaluation costs one logarithm per row and allocates nothing. The reported log-likelihood is a final evaluation
    /// at the estimate that sums the per-row terms with compensation (Neumaier); the standard errors come from the
    /// analytic Hessian of the same pass. A parameter beyond e^20 or below e^-20 is reported as not converged.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// There are no rows or no repeat buyer among them; a row is <c>default(CustomerRfm)</c>; or currencies differ
    /// (<see cref="CurrencyMismatchException"/>, naming the row).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">A repeat buyer's mean value is 0 (the model needs positive values; the message names the row).</exception>
    public static ModelFit<GammaGamma> Fit(IEnumerable<CustomerRfm> customers, FitOptions? options = null)
    {
        var rows = BgNbd.Rows(customers);
        _ = options ?? FitOptions.Default;

        // One pass over the rows (they are large structs, so each pass costs memory bandwidth): repeat buyers are copied
        // to columns sized for every row and trimmed at the end; weights are allocated only at the first grouped row.
        var x = new double[rows.Length];
        var m = new double[rows.Length];
        double[]? w = null;
        var currency = default(Currency);
        var firstDefault = -1;
        var j = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var c = ref rows[i];
            if (c.T.Unit.IsDefault)
            {
                firstDefault = firstDefault < 0 ? i : firstDefault;
                continue;
            }

            if (c.Frequency == 0)
            {
                continue;
            }

            var value = c.MonetaryValue.GetValueOrDefault();
            if (currency.IsDefault)
            {
                currency = value.Currency;
            }
            else if (value.Currency != currency)
            {
                ThrowDefaultRowFirst(firstDefault);
                throw new CurrencyMismatchException(currency, value.Currency, Indexed(nameof(customers), i));
            }

            if (value.Amount <= 0m)
            {
                ThrowDefaultRowFirst(firstDefault);
                Guard.ThrowOutOfRange(Indexed(nameof(customers), i), value, "must have a mean repeat value greater than 0");
            }

            x[j] = c.Frequency;
            m[j] = (double)value.Amount;
            if (c.Count != 1 && w is null)
            {
                w = new double[rows.Length];
                w.AsSpan(0, j).Fill(1d);
            }

            if (w is not null)
            {
                w[j] = c.Count;
            }

            j++;
        }

        if (j == 0)
        {
            Guard.ThrowArgument(nameof(customers), "customers must include at least one customer with a repeat purchase to fit spend, had none.");
        }

        ThrowDefaultRowFirst(firstDefault);
        if (j < rows.Length)
        {
            Array.Resize(ref x, j);
            Array.Resize(ref m, j);
            if (w is not null)
            {
                Array.Resize(ref w, j);
            }
        }

        return FitCore(x, m, w, currency);
    }

    /// <summary>The rows are checked in order: a default row before it is reported before any later row's error.</summary>
    private static void ThrowDefaultRowFirst(int row)
    {
        if (row >= 0)
        {
            Guard.ThrowArgument(Indexed("customers", row), string.Create(CultureInfo.InvariantCulture, $"customers[{row}] must be a row with periods in a unit, was default(CustomerRfm)."));
        }
    }

    /// <summary>Returns the model as invariant text, for example <c>GammaGamma(p=6.25, q=3.74, gamma=15.44, USD)</c>.</summary>
    /// <returns>The text at display precision: each parameter to four significant digits (the properties stay exact).</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"GammaGamma(p={Metrics.Display.Number(P)}, q={Metrics.Display.Number(Q)}, gamma={Metrics.Display.Number(Gamma)}, {Currency})");

    /// <inheritdoc/>
    public bool Equals(GammaGamma? other) =>
        other is not null && P.Equals(other.P) && Q.Equals(other.Q) && Gamma.Equals(other.Gamma) && Currency == other.Currency;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as GammaGamma);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(P, Q, Gamma, Currency);

    /// <summary>Compares two models for value equality (same p, q, gamma and currency).</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(GammaGamma? left, GammaGamma? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two models for inequality.</summary>
    /// <param name="left">The first model.</param>
    /// <param name="right">The second model.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GammaGamma? left, GammaGamma? right) => !(left == right);

    /// <summary>The fit on validated doubles (also used by the benchmarks).</summary>
    internal static ModelFit<GammaGamma> FitCore(double[] x, double[] m, double[]? w, Currency currency)
    {
        var likelihood = new GammaGammaLikelihood(x, m, w);
        var start = Math.Log(likelihood.MeanValue);
        var result = Bfgs.Minimize(likelihood.NegativeMeanLogLikelihood, [0d, 0d, start], gradientTolerance: 1e-9);
        var p = result.Parameters;
        var model = new GammaGamma(Math.Exp(p[0]), Math.Exp(p[1]), Math.Exp(p[2]), currency);
        Span<double> gradient = stackalloc double[3];
        Span<double> hessian = stackalloc double[9];
        var ll = double.IsFinite(result.Value) ? likelihood.Statistics(model.P, model.Q, model.Gamma, gradient, hessian) : double.NegativeInfinity;
        return ModelFit.Create(
            model,
            ll,
            ParameterNames,
            model.ParameterValues,
            gradient,
            hessian,
            result.Iterations,
            result.Converged);
    }

    /// <summary>E[M | x, m] as a double in currency units; null when infinite.</summary>
    internal double? ConditionalExpectedCore(int frequency, Money? meanValue, string paramName)
    {
        if (frequency < 0)
        {
            Guard.ThrowOutOfRange(nameof(frequency), frequency, "must be non-negative");
        }

        if (frequency == 0)
        {
            return Q > 1d ? P * Gamma / (Q - 1d) : null;
        }

        if (meanValue is not { } m || m.IsDefault)
        {
            Guard.ThrowArgument(paramName, string.Create(CultureInfo.InvariantCulture, $"{paramName} must be given when frequency is {frequency}, was null or default(Money)."));
            return null;
        }

        if (m.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, m.Currency, paramName);
        }

        if (m.Amount < 0m)
        {
            Guard.ThrowOutOfRange(paramName, m, "must be non-negative");
        }

        var denominator = (P * frequency) + Q - 1d;
        return denominator > 0d ? P * (Gamma + (frequency * (double)m.Amount)) / denominator : null;
    }

    private static string Indexed(string name, int index) => string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");

    /// <summary>The money boundary shared by the lifetime models (not rounded): null only for an infinite value.</summary>
    private Money? ToMoney(double value) => Discounting.ToMoneyOrUndefined(1m, Currency, value);

    /// <summary>The Gamma-Gamma log-likelihood over validated rows and its gradient in (ln p, ln q, ln gamma).</summary>
    private sealed class GammaGammaLikelihood
    {
        private readonly double[] _w;
        private readonly int[] _k;
        private readonly double[] _x;
        private readonly double[] _weightAtX;

        // 1 / (m x) per row, and the parameter-free sums sum w ln m and sum w ln x.
        private readonly double[] _invMX;
        private readonly double _sumLogM;
        private readonly double _sumLogX;

        internal GammaGammaLikelihood(double[] x, double[] m, double[]? w)
        {
            _k = new int[x.Length];
            _x = FrequencyIndex.Build(x, _k, includeZero: false);
            _invMX = new double[x.Length];
            _w = w ?? [];
            _weightAtX = new double[_x.Length];
            var total = 0d;
            var weighted = 0d;
            var sumLogM = default(CompensatedSum);
            var sumLogX = default(CompensatedSum);
            for (var i = 0; i < x.Length; i++)
            {
                var wi = w is null ? 1d : w[i];
                _weightAtX[_k[i]] += wi;
                total += wi;
                weighted += wi * m[i];
                _invMX[i] = 1d / (m[i] * x[i]);
                sumLogM.Add(wi * Math.Log(m[i]));
            }

            // sum w ln x once per distinct x (x takes few values): one logarithm per row fewer.
            for (var k = 0; k < _x.Length; k++)
            {
                sumLogX.Add(_weightAtX[k] * Math.Log(_x[k]));
            }

            _sumLogM = sumLogM.Value;
            _sumLogX = sumLogX.Value;

            TotalWeight = total;
            MeanValue = weighted / total;
        }

        internal double TotalWeight { get; }

        internal double MeanValue { get; }

        /// <summary>
        /// The log-likelihood at (p, q, gamma) as a compensated (Neumaier) sum of the per-row terms
        /// <c>ln Gamma(px + q) - ln Gamma(px) - ln Gamma(q) + q ln gamma - ln m - q ln(m x) - (px + q) ln(1 + gamma / (m x))</c>
        /// (the density of the mean value, rewritten without the large cancelling logarithms; the terms in x alone are added
        /// once per distinct x times its weight, the ln m and ln(m x) parts as their compensated sums built once), with its gradient and Hessian
        /// in (p, q, gamma), row-major 3 x 3, analytically: per x the trigamma terms <c>x^2 (psi'(px + q) - psi'(px))</c>,
        /// <c>x psi'(px + q)</c>, <c>psi'(px + q) - psi'(q)</c>, <c>1 / gamma</c>, <c>-q / gamma^2</c>; per row, with
        /// <c>s = gamma + m x</c>, <c>-x / s</c> (p, gamma), <c>-1 / s</c> (q, gamma) and <c>(px + q) / s^2</c> (gamma, gamma).
        /// </summary>
        internal double Statistics(double p, double q, double g, Span<double> gradient, Span<double> hessian)
        {
            var logG = Math.Log(g);
            var lgQ = SpecialFunctions.LogGamma(q);
            var psiQ = SpecialFunctions.Digamma(q);
            var triQ = SpecialFunctions.Trigamma(q);
            var perX = new double[_x.Length];
            double gp = 0, gq = 0, gg = 0, hpp = 0, hpq = 0, hqq = 0, hpg = 0, hqg = 0, hgg = 0;
            var ll = default(CompensatedSum);
            for (var k = 0; k < _x.Length; k++)
            {
                var x = _x[k];
                var w = _weightAtX[k];
                var px = p * x;
                perX[k] = SpecialFunctions.LogGammaRatio(px, q) - lgQ + (q * logG);
                ll.Add(w * perX[k]);
                var triPxQ = SpecialFunctions.Trigamma(px + q);
                gp += w * x * SpecialFunctions.DigammaDifference(px, q);
                gq += w * (SpecialFunctions.Digamma(px + q) - psiQ + logG);
                gg += w * q / g;
                hpp += w * x * x * (triPxQ - SpecialFunctions.Trigamma(px));
                hpq += w * x * triPxQ;
                hqq += w * (triPxQ - triQ);
                hqg += w / g;
                hgg -= w * q / (g * g);
            }

            // The parameter-free sums (compensated when built): -sum ln m - q sum ln(m x).
            ll.Add(-(1d + q) * _sumLogM);
            ll.Add(-q * _sumLogX);
            gq -= _sumLogM + _sumLogX;
            var weighted = _w.Length > 0;
            for (var i = 0; i < _invMX.Length; i++)
            {
                var k = _k[i];
                var x = _x[k];
                var u = _invMX[i];
                var s = 1d + (g * u);
                var logS = Math.Log(s);
                var w = weighted ? _w[i] : 1d;
                var pxq = (p * x) + q;
                var invS = u / s; // 1 / (gamma + m x)
                ll.Add(-w * pxq * logS);
                gp -= w * x * logS;
                gq -= w * logS;
                gg -= w * pxq * invS;
                hpg -= w * x * invS;
                hqg -= w * invS;
                hgg += w * pxq * invS * invS;
            }

            gradient[0] = gp;
            gradient[1] = gq;
            gradient[2] = gg;
            hessian[0] = hpp;
            hessian[1] = hpq;
            hessian[2] = hpg;
            hessian[3] = hpq;
            hessian[4] = hqq;
            hessian[5] = hqg;
            hessian[6] = hpg;
            hessian[7] = hqg;
            hessian[8] = hgg;
            return ll.Value;
        }

        internal double NegativeMeanLogLikelihood(ReadOnlySpan<double> logParameters, Span<double> gradient)
        {
            foreach (var v in logParameters)
            {
                if (Math.Abs(v) > LogParameterBound)
                {
                    return double.PositiveInfinity;
                }
            }

            var p = Math.Exp(logParameters[0]);
            var q = Math.Exp(logParameters[1]);
            var g = Math.Exp(logParameters[2]);
            var logG = Math.Log(g);
            var lgQ = SpecialFunctions.LogGamma(q);
            var psiQ = SpecialFunctions.Digamma(q);

            // Terms in x alone, once per distinct x.
            double ll = 0, gp = 0, gq = 0, gg = 0;
            for (var k = 0; k < _x.Length; k++)
            {
                var x = _x[k];
                var w = _weightAtX[k];
                var px = p * x;
                ll += w * (SpecialFunctions.LogGammaRatio(px, q) - lgQ + (q * logG));
                var psiPxQ = SpecialFunctions.Digamma(px + q);
                gp += w * x * SpecialFunctions.DigammaDifference(px, q);
                gq += w * (psiPxQ - psiQ + logG);
                gg += w * q / g;
            }

            // ln(gamma + m x) = ln m + ln x + ln(1 + gamma / (m x)): the first two cancel against (px - 1) ln m + px ln x up
            // to the parameter-free sums, leaving small per-row terms whose sum carries little rounding noise (the
            // optimiser then converges on the gradient instead of stalling on noise in the value).
            ll -= ((1d + q) * _sumLogM) + (q * _sumLogX);
            gq -= _sumLogM + _sumLogX;

            // Per row: -(px + q) ln(1 + gamma / (m x)).
            var inv = _invMX;
            var ks = _k;
            var xs = _x;
            var weights = _w;
            var weighted = weights.Length > 0;
            for (var i = 0; i < inv.Length; i++)
            {
                var x = xs[ks[i]];
                var u = g * inv[i];
                var s = 1d + u;
                var logS = Math.Log(s);
                var w = weighted ? weights[i] : 1d;
                var pxq = (p * x) + q;
                ll -= w * pxq * logS;
                gp -= w * x * logS;
                gq -= w * logS;
                gg -= w * pxq * inv[i] / s;
            }

            var scale = -1d / TotalWeight;
            gradient[0] = scale * gp * p;
            gradient[1] = scale * gq * q;
            gradient[2] = scale * gg * g;
            return scale * ll;
        }
    }
}
