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
/// leave it as <see cref="decimal"/> (the standard conversion, 15 significant digits) rounded to the currency's minor
/// units with <see cref="MidpointRounding.ToEven"/>. Equality compares p, q, gamma and currency. Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var fit = GammaGamma.Fit(summary);                      // CDNOW: p = 6.25, q = 3.74, gamma = 15.44
/// var value = fit.Model.ConditionalExpectedValue(2, new Money(22.35m, Currency.Usd)); // 24.66 USD
/// </code>
/// </example>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class GammaGamma : IEquatable<GammaGamma>
{
    private const double IdentifiedLogBound = 20d;
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

    /// <summary>Gets the population mean value per transaction, <c>p gamma / (q - 1)</c>, rounded to minor units; null when q &lt;= 1 (the mean is infinite).</summary>
    public Money? PopulationMeanValue => Q > 1d ? ToMoney(P * Gamma / (Q - 1d)) : null;

    /// <summary>Returns the expected value per transaction of a customer with this spending history.</summary>
    /// <param name="frequency">x, the number of repeat transactions, 0 or more.</param>
    /// <param name="meanValue">The mean value of those transactions, non-negative, in <see cref="Currency"/>; ignored when x = 0 (pass null or anything).</param>
    /// <returns><c>p (gamma + x m) / (px + q - 1)</c> rounded to minor units; the population mean for x = 0; null when that is infinite (q &lt;= 1 and x = 0, or px + q &lt;= 1).</returns>
    /// <example>CDNOW customer 1 (x = 2, m = 22.35 USD) with p = 6.25, q = 3.74, gamma = 15.44: 24.66 USD.</example>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="frequency"/> is negative, or <paramref name="meanValue"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="meanValue"/> is missing for x &gt; 0 or in another currency (<see cref="CurrencyMismatchException"/>).</exception>
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
    public Money? ConditionalExpectedValue(CustomerRfm customer)
    {
        // default(CustomerRfm) has frequency 0 and would silently get the population mean; a real row always has a T.
        customer.T.Required(nameof(customer));
        var value = ConditionalExpectedCore(customer.Frequency, customer.MonetaryValue, nameof(customer));
        return value is { } v ? ToMoney(v) : null;
    }

    /// <summary>Fits p, q and gamma by maximum likelihood to the repeat buyers (x &gt; 0) of an RFM summary.</summary>
    /// <param name="summary">The summary; customers without repeat purchases carry no spend information and are skipped.</param>
    /// <returns>The fitted model, its log-likelihood, the optimiser's iterations and whether it converged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="summary"/> is null.</exception>
    /// <exception cref="ArgumentException">No customer has a repeat purchase.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A repeat buyer's mean value is 0 (the model needs positive values).</exception>
    public static GammaGammaFit Fit(RfmSummary summary)
    {
        Guard.NotNull(summary);
        var x = new List<double>();
        var m = new List<Money>();
        foreach (var c in summary.Customers)
        {
            if (c.Frequency > 0)
            {
                x.Add(c.Frequency);
                m.Add(c.MonetaryValue!.Value);
            }
        }

        if (x.Count == 0)
        {
            Guard.ThrowArgument(nameof(summary), "summary must have at least one customer with a repeat purchase to fit spend, had none.");
        }

        return Fit(x, m);
    }

    /// <summary>Fits p, q and gamma by maximum likelihood to (x, mean value) rows of repeat buyers, optionally weighted.</summary>
    /// <param name="frequency">x per row: whole numbers of repeat transactions, at least 1.</param>
    /// <param name="meanValue">The mean value of those transactions per row, greater than 0, all in one currency.</param>
    /// <param name="weights">Optional weights (customers sharing a row), finite and greater than 0; null weighs every row 1.</param>
    /// <returns>The fitted model (in the rows' currency), its log-likelihood, the optimiser's iterations and whether it converged.</returns>
    /// <remarks>
    /// Maximised over the logarithms of p, q and gamma by BFGS with the analytic gradient, from p = q = 1 and gamma = the
    /// weighted mean value. Sums that do not depend on the parameters are computed once, terms in x alone once per
    /// distinct x, so an evaluation costs one logarithm per row and allocates nothing. The per-row terms are written as
    /// <c>ln(1 + gamma / (m x))</c> (the ln m and ln x parts summed once), which keeps the rounding noise of the sum far below the
    /// optimiser's tolerance. A parameter beyond e^20 or below
    /// e^-20 is reported as not converged.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="frequency"/> or <paramref name="meanValue"/> is null.</exception>
    /// <exception cref="ArgumentException">The columns are empty or of different lengths, or a value has no currency (naming the row); currencies differ (<see cref="CurrencyMismatchException"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A frequency is below 1, fractional, NaN or infinite; a mean value is not greater than 0; or a weight is not greater than 0 (naming the row).</exception>
    public static GammaGammaFit Fit(IReadOnlyList<double> frequency, IReadOnlyList<Money> meanValue, IReadOnlyList<double>? weights = null)
    {
        Guard.NotNull(frequency);
        Guard.NotNull(meanValue);
        var n = frequency.Count;
        if (n == 0)
        {
            Guard.ThrowArgument(nameof(frequency), "frequency must hold at least one row, had 0.");
        }

        if (meanValue.Count != n || (weights is not null && weights.Count != n))
        {
            Guard.ThrowArgument(
                meanValue.Count != n ? nameof(meanValue) : nameof(weights),
                string.Create(CultureInfo.InvariantCulture, $"meanValue and weights must have one entry per row ({n}), had {meanValue.Count} and {weights?.Count}."));
        }

        var x = new double[n];
        var m = new double[n];
        var w = weights is null ? null : new double[n];
        var currency = default(Currency);
        for (var i = 0; i < n; i++)
        {
            var xi = frequency[i];
            if (!(xi >= 1d) || double.IsPositiveInfinity(xi) || xi != Math.Floor(xi))
            {
                Guard.ThrowOutOfRange(Indexed(nameof(frequency), i), xi, "must be a whole number of repeat transactions, at least 1 (customers without repeat purchases carry no spend information)");
            }

            var value = meanValue[i];
            if (value.IsDefault)
            {
                Guard.ThrowArgument(Indexed(nameof(meanValue), i), string.Create(CultureInfo.InvariantCulture, $"meanValue[{i}] must be in a currency, was default(Money)."));
            }

            if (currency.IsDefault)
            {
                currency = value.Currency;
            }
            else if (value.Currency != currency)
            {
                throw new CurrencyMismatchException(currency, value.Currency, Indexed(nameof(meanValue), i));
            }

            if (value.Amount <= 0m)
            {
                Guard.ThrowOutOfRange(Indexed(nameof(meanValue), i), value, "must be greater than 0");
            }

            x[i] = xi;
            m[i] = (double)value.Amount;
            if (w is not null)
            {
                var wi = weights![i];
                if (!(wi > 0d) || double.IsPositiveInfinity(wi))
                {
                    Guard.ThrowOutOfRange(Indexed(nameof(weights), i), wi, "must be a finite number greater than zero");
                }

                w[i] = wi;
            }
        }

        return FitCore(x, m, w, currency);
    }

    /// <summary>Returns the model as invariant text, for example <c>GammaGamma(p=6.25, q=3.74, gamma=15.44, USD)</c>.</summary>
    /// <returns>The text, with the parameters in round-trip form.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"GammaGamma(p={P:R}, q={Q:R}, gamma={Gamma:R}, {Currency})");

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
    internal static GammaGammaFit FitCore(double[] x, double[] m, double[]? w, Currency currency)
    {
        var likelihood = new GammaGammaLikelihood(x, m, w);
        var start = Math.Log(likelihood.MeanValue);
        var result = Bfgs.Minimize(likelihood.NegativeMeanLogLikelihood, [0d, 0d, start], gradientTolerance: 1e-9);
        var p = result.Parameters;
        var ranAway = Math.Abs(p[0]) > IdentifiedLogBound || Math.Abs(p[1]) > IdentifiedLogBound || Math.Abs(p[2]) > IdentifiedLogBound;
        var model = new GammaGamma(Math.Exp(p[0]), Math.Exp(p[1]), Math.Exp(p[2]), currency);
        var ll = double.IsFinite(result.Value) ? -result.Value * likelihood.TotalWeight : double.NegativeInfinity;
        return new GammaGammaFit(model, ll, result.Iterations, result.Converged && !ranAway && double.IsFinite(ll));
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

    private Money? ToMoney(double value) =>
        value < 7.9e27 ? new Money((decimal)value, Currency).Round(MidpointRounding.ToEven) : null;

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
            for (var i = 0; i < x.Length; i++)
            {
                var wi = w is null ? 1d : w[i];
                _weightAtX[_k[i]] += wi;
                total += wi;
                weighted += wi * m[i];
                _invMX[i] = 1d / (m[i] * x[i]);
                _sumLogM += wi * Math.Log(m[i]);
                _sumLogX += wi * Math.Log(x[i]);
            }

            TotalWeight = total;
            MeanValue = weighted / total;
        }

        internal double TotalWeight { get; }

        internal double MeanValue { get; }

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
