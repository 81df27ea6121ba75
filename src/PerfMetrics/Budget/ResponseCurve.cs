using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using PerfMetrics.Internal;
using PerfMetrics.Metrics;

namespace PerfMetrics.Budget;

/// <summary>
/// A channel's response curve: the revenue R(x) that a spend x per period brings, with its marginal return, ROAS,
/// marginal CPA, the spend where the marginal ROAS falls to a target, and the inflection point of S-shaped curves.
/// </summary>
/// <remarks>
/// <para>
/// Money: spend and response are <see cref="Money"/> in the curve's one <see cref="Currency"/>; the response is revenue
/// (or any value in money, such as conversions times the value of a conversion), so ROAS and marginal ROAS are plain
/// ratios. A curve of conversions becomes a revenue curve by multiplying its maximum by the value of one conversion; its
/// marginal CPA is then <see cref="MarginalCpa(Money, Money)"/>. Spend in another currency throws
/// <see cref="CurrencyMismatchException"/>; <c>default(Money)</c> counts as a zero spend.
/// </para>
/// <para>
/// Numbers: the curve is evaluated in <see cref="double"/> (spend converted exactly from decimal to the nearest double),
/// and results return to <see cref="decimal"/> by the standard conversion, which keeps 15 significant digits; they are
/// not rounded to minor units (they are model estimates, not amounts paid). Undefined values are null: ROAS at zero
/// spend, the marginal ROAS of a Hill curve with slope below 1 at zero spend (it is infinite), a marginal CPA where the
/// marginal ROAS is zero or infinite.
/// </para>
/// <para>
/// Built-in curves (K the maximum response, k the half-saturation spend where R(k) = K / 2, s the slope):
/// Hill R(x) = K x^s / (x^s + k^s) (concave for s &lt;= 1, S-shaped for s &gt; 1, inflection at
/// k ((s - 1) / (s + 1))^(1/s)); Michaelis-Menten R(x) = K x / (k + x) (Hill with s = 1); logistic saturation
/// R(x) = K (1 - e^(-c x)) / (1 + e^(-c x)) with c = ln 3 / k (PyMC-Marketing's <c>logistic_saturation</c>, concave).
/// Users' curves come in through <see cref="IResponseFunction"/>. Equality compares the kind, currency, shape and
/// parameters (and the function instance of a custom curve). Immutable and thread-safe.
/// </para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed partial class ResponseCurve : IEquatable<ResponseCurve>, IEqualityOperators<ResponseCurve, ResponseCurve, bool>
{
    private ResponseCurve(string name, Currency currency, CurveShape shape, Curve function, Money? maxResponse, Money? halfSaturation, double? slope)
    {
        Name = name;
        Currency = currency;
        Shape = shape;
        Function = function;
        MaxResponse = maxResponse;
        HalfSaturation = halfSaturation;
        Slope = slope;
    }

    /// <summary>Gets the kind of curve: <c>Hill</c>, <c>Michaelis-Menten</c>, <c>logistic</c> or <c>custom</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the currency of spend and response.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the shape, which decides how a budget is allocated over the curve.</summary>
    public CurveShape Shape { get; }

    /// <summary>Gets the maximum response K (the limit as spend grows); null for a custom curve.</summary>
    public Money? MaxResponse { get; }

    /// <summary>Gets the half-saturation spend k, where the response is half its maximum; null for a custom curve.</summary>
    public Money? HalfSaturation { get; }

    /// <summary>Gets the Hill slope s (1 for Michaelis-Menten); null for logistic and custom curves.</summary>
    public double? Slope { get; }

    /// <summary>
    /// Gets the inflection point of an S-shaped curve, the spend where the marginal ROAS peaks (Hill:
    /// k ((s - 1) / (s + 1))^(1/s); a custom curve: found numerically, see docs/budget.md); null for a concave curve.
    /// </summary>
    public Money? InflectionPoint => Shape == CurveShape.SShaped ? ToMoney(Function.Peak) : null;

    internal Curve Function { get; }

    /// <summary>Creates a Hill curve R(x) = K x^s / (x^s + k^s).</summary>
    /// <param name="maxResponse">The maximum response K, positive.</param>
    /// <param name="halfSaturation">The half-saturation spend k (R(k) = K / 2), positive, in the same currency.</param>
    /// <param name="slope">The slope (shape) s, finite and positive: at most 1 is concave, above 1 S-shaped.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount or the slope is not positive, or the slope is not finite.</exception>
    /// <exception cref="ArgumentException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static ResponseCurve Hill(Money maxResponse, Money halfSaturation, double slope)
    {
        var currency = PositiveAmounts(maxResponse, halfSaturation);
        Guard.PositiveFinite(slope);
        return new ResponseCurve(
            "Hill", currency, slope > 1d ? CurveShape.SShaped : CurveShape.Concave,
            new HillCurve((double)maxResponse.Amount, (double)halfSaturation.Amount, slope), maxResponse, halfSaturation, slope);
    }

    /// <summary>Creates a Michaelis-Menten curve R(x) = K x / (k + x) (a Hill curve with slope 1; concave).</summary>
    /// <param name="maxResponse">The maximum response K (V in enzyme kinetics), positive.</param>
    /// <param name="halfSaturation">The half-saturation spend k (the Michaelis constant), positive, same currency.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is not positive.</exception>
    /// <exception cref="ArgumentException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static ResponseCurve MichaelisMenten(Money maxResponse, Money halfSaturation)
    {
        var currency = PositiveAmounts(maxResponse, halfSaturation);
        return new ResponseCurve(
            "Michaelis-Menten", currency, CurveShape.Concave,
            new MichaelisMentenCurve((double)maxResponse.Amount, (double)halfSaturation.Amount), maxResponse, halfSaturation, 1d);
    }

    /// <summary>Creates a logistic-saturation curve R(x) = K (1 - e^(-c x)) / (1 + e^(-c x)) with c = ln 3 / k (concave).</summary>
    /// <param name="maxResponse">The maximum response K, positive.</param>
    /// <param name="halfSaturation">The half-saturation spend k, positive, same currency. PyMC-Marketing's <c>lam</c> on spend scaled by s is k = s ln 3 / lam.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An amount is not positive.</exception>
    /// <exception cref="ArgumentException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static ResponseCurve Logistic(Money maxResponse, Money halfSaturation)
    {
        var currency = PositiveAmounts(maxResponse, halfSaturation);
        return new ResponseCurve(
            "logistic", currency, CurveShape.Concave,
            new LogisticCurve((double)maxResponse.Amount, (double)halfSaturation.Amount), maxResponse, halfSaturation, null);
    }

    /// <summary>
    /// Converts Robyn's Hill transform: alpha is the slope, and gamma places the inflexion (half-saturation) inside the
    /// range of the channel's observed (adstocked) spend: k = (1 - gamma) x min + gamma x max.
    /// </summary>
    /// <param name="alpha">Robyn's alpha (the slope s), finite and positive.</param>
    /// <param name="gamma">Robyn's gamma, in [0, 1] (Robyn samples it in [0.3, 1]).</param>
    /// <param name="observedMinimum">The smallest observed (adstocked) spend per period, non-negative.</param>
    /// <param name="observedMaximum">The largest, at least the minimum; the half-saturation spend must come out positive.</param>
    /// <param name="maxResponse">The response at saturation: Robyn's channel coefficient in revenue, positive.</param>
    /// <returns>The Hill curve with k = (1 - gamma) min + gamma max and s = alpha.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of its range, or the half-saturation spend is zero.</exception>
    /// <exception cref="ArgumentException">An amount is <c>default(Money)</c>, or the maximum is below the minimum.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static ResponseCurve FromRobynHill(double alpha, double gamma, Money observedMinimum, Money observedMaximum, Money maxResponse)
    {
        Guard.PositiveFinite(alpha);
        if (!(gamma >= 0d && gamma <= 1d))
        {
            Guard.ThrowOutOfRange(nameof(gamma), gamma, "must be between 0 and 1 inclusive (Robyn's gamma is a share of the observed spend range)");
        }

        MoneyGuard.NonNegativeInCurrency(observedMinimum);
        MoneyGuard.NonNegativeInCurrency(observedMaximum);
        MoneyGuard.SameCurrency(observedMinimum, observedMaximum);
        MoneyGuard.SameCurrency(observedMinimum, maxResponse);
        if (observedMaximum < observedMinimum)
        {
            Guard.ThrowArgument(nameof(observedMaximum), $"observedMaximum must be at least observedMinimum ({observedMinimum}), was {observedMaximum}.");
        }

        var inflexion = (observedMinimum * (decimal)(1d - gamma)) + (observedMaximum * (decimal)gamma);
        if (inflexion.Amount <= 0m)
        {
            Guard.ThrowOutOfRange(nameof(observedMaximum), observedMaximum, "must make the half-saturation spend (1 - gamma) min + gamma max positive");
        }

        return Hill(maxResponse, inflexion, alpha);
    }

    /// <summary>
    /// Converts Meridian's Hill transform, which runs on scaled media: hill(m) = m^slope / (m^slope + ec^slope) with
    /// m = spend / scale, so the half-saturation spend is k = ec x scale.
    /// </summary>
    /// <param name="ec">Meridian's <c>ec</c> (half-saturation in scaled media), finite and positive.</param>
    /// <param name="slope">Meridian's <c>slope</c>, finite and positive.</param>
    /// <param name="mediaScale">The spend that scaled media 1.0 stands for (Meridian divides each channel's media by a per-channel scale), positive.</param>
    /// <param name="maxResponse">The response at saturation (the channel coefficient times the value of the KPI), positive.</param>
    /// <returns>The Hill curve with k = ec x scale and s = slope.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive.</exception>
    /// <exception cref="ArgumentException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static ResponseCurve FromMeridianHill(double ec, double slope, Money mediaScale, Money maxResponse) =>
        FromScaledHill(ec, slope, mediaScale, maxResponse, nameof(ec), nameof(mediaScale));

    /// <summary>
    /// Converts PyMC-Marketing's <c>hill_function(x, slope, kappa)</c> = 1 - kappa^slope / (kappa^slope + x^slope) on spend
    /// scaled by the channel scaler (x = spend / scale), so the half-saturation spend is k = kappa x scale.
    /// </summary>
    /// <param name="kappa">PyMC-Marketing's <c>kappa</c> (half-saturation in scaled spend), finite and positive.</param>
    /// <param name="slope">PyMC-Marketing's <c>slope</c>, finite and positive.</param>
    /// <param name="channelScale">The spend that scaled spend 1.0 stands for (the channel's maximum under the default max-abs scaler), positive.</param>
    /// <param name="maxResponse">The response at saturation (the channel coefficient times the target scale), positive.</param>
    /// <returns>The Hill curve with k = kappa x scale and s = slope.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not finite and positive.</exception>
    /// <exception cref="ArgumentException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    public static ResponseCurve FromPyMcMarketingHill(double kappa, double slope, Money channelScale, Money maxResponse) =>
        FromScaledHill(kappa, slope, channelScale, maxResponse, nameof(kappa), nameof(channelScale));

    /// <summary>Wraps a user-supplied curve.</summary>
    /// <param name="function">The curve, in units of <paramref name="currency"/>.</param>
    /// <param name="currency">The currency of spend and response.</param>
    /// <param name="shape">The shape the function has (see <see cref="IResponseFunction"/>).</param>
    /// <returns>The curve; its maximum, half-saturation and slope are null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="function"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shape"/> is not a defined value.</exception>
    public static ResponseCurve Custom(IResponseFunction function, Currency currency, CurveShape shape)
    {
        Guard.NotNull(function);
        if (currency.IsDefault)
        {
            Guard.ThrowArgument(nameof(currency), "currency must be a real currency, was default(Currency).");
        }

        if (shape is not (CurveShape.Concave or CurveShape.SShaped))
        {
            Guard.ThrowOutOfRange(nameof(shape), shape, "must be CurveShape.Concave or CurveShape.SShaped");
        }

        return new ResponseCurve("custom", currency, shape, new CustomCurve(function, shape == CurveShape.SShaped), null, null, null);
    }

    /// <summary>Returns the response R(x) at a spend.</summary>
    /// <param name="spend">The spend per period, non-negative, in the curve's currency.</param>
    /// <returns>The response, in the curve's currency (not rounded).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="spend"/> is in another currency.</exception>
    public Money Response(Money spend) => ToMoney(Function.Response(Spend(spend)));

    /// <summary>Returns the marginal ROAS R'(x): the revenue the next unit of spend brings.</summary>
    /// <param name="spend">The spend, non-negative, in the curve's currency.</param>
    /// <returns>R'(x), not rounded; null where it is infinite (a Hill curve with slope below 1 at zero spend).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="spend"/> is in another currency.</exception>
    public decimal? MarginalRoas(Money spend) => ToRatio(Function.Marginal(Spend(spend)));

    /// <summary>Returns the average ROAS R(x) / x (through <see cref="Metrics.Roas"/>).</summary>
    /// <param name="spend">The spend, non-negative, in the curve's currency.</param>
    /// <returns>The ROAS; null at zero spend.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="spend"/> is in another currency.</exception>
    public decimal? Roas(Money spend)
    {
        var x = Spend(spend);
        return Metrics.Roas.Of(ToMoney(Function.Response(x)), spend.IsDefault ? Money.Zero(Currency) : spend);
    }

    /// <summary>Returns the marginal CPA: the cost of the next conversion, value of a conversion / R'(x).</summary>
    /// <param name="spend">The spend, non-negative, in the curve's currency.</param>
    /// <param name="valuePerConversion">The revenue one conversion brings (the curve's response is conversions times it), positive, same currency.</param>
    /// <returns>The marginal CPA, not rounded; null where the marginal ROAS is zero or infinite.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="spend"/> is negative or <paramref name="valuePerConversion"/> is not positive.</exception>
    /// <exception cref="ArgumentException"><paramref name="valuePerConversion"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    public Money? MarginalCpa(Money spend, Money valuePerConversion)
    {
        var x = Spend(spend);
        PositiveAmount(valuePerConversion, nameof(valuePerConversion));
        MoneyGuard.SameCurrency(Currency, valuePerConversion);
        var marginal = Function.Marginal(x);
        return marginal > 0d && double.IsFinite(marginal) ? ToMoney((double)valuePerConversion.Amount / marginal) : null;
    }

    /// <summary>
    /// Returns the spend at which the marginal ROAS falls to a target (on the falling side of the curve): spend beyond it
    /// returns less than <paramref name="marginalRoas"/> per unit. At a target of the break-even ROAS this is the
    /// profit-maximising spend of a concave curve.
    /// </summary>
    /// <param name="marginalRoas">The target marginal ROAS, positive (for example <see cref="BreakEvenRoas.Of(decimal)"/>).</param>
    /// <returns>
    /// The spend, not rounded: zero when a concave curve's marginal ROAS at zero spend equals the target; null when the
    /// marginal ROAS never reaches the target (at zero spend of a concave curve, at the inflection point of an S-shaped one).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginalRoas"/> is not positive.</exception>
    public Money? SpendAtMarginalRoas(decimal marginalRoas)
    {
        Guard.Positive(marginalRoas);
        var target = (double)marginalRoas;
        var peak = Function.Peak;
        if (Function.Marginal(peak) < target)
        {
            return null;
        }

        return ToMoney(Function.InverseMarginal(target, peak, double.PositiveInfinity));
    }

    /// <summary>Returns the curve as invariant text, for example <c>Hill(max 10,000.00 USD, half-saturation 2,500.00 USD, slope 2)</c>.</summary>
    /// <returns>The text at display precision: money at minor units with thousands grouped, the slope to four significant digits (the properties stay exact).</returns>
    public override string ToString() =>
        Function is CustomCurve
            ? string.Create(CultureInfo.InvariantCulture, $"custom({Shape}, {Currency})")
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{Name}(max {Metrics.Display.Money(MaxResponse)}, half-saturation {Metrics.Display.Money(HalfSaturation)}{(Slope is { } s && Name == "Hill" ? $", slope {Metrics.Display.Number(s)}" : string.Empty)})");

    /// <inheritdoc/>
    public bool Equals(ResponseCurve? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Name, other.Name, StringComparison.Ordinal) && Currency == other.Currency && Shape == other.Shape
                && Nullable.Equals(MaxResponse, other.MaxResponse) && Nullable.Equals(HalfSaturation, other.HalfSaturation)
                && Nullable.Equals(Slope, other.Slope)
                && (Function is not CustomCurve custom || (other.Function is CustomCurve otherCustom && ReferenceEquals(custom.Function, otherCustom.Function)))));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ResponseCurve);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, Currency, Shape, MaxResponse, HalfSaturation, Slope);

    /// <summary>Compares two curves by value.</summary>
    /// <param name="left">The first curve, or null.</param>
    /// <param name="right">The second curve, or null.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ResponseCurve? left, ResponseCurve? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two curves by value.</summary>
    /// <param name="left">The first curve, or null.</param>
    /// <param name="right">The second curve, or null.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ResponseCurve? left, ResponseCurve? right) => !(left == right);

    /// <summary>Checks a spend against the curve and returns it as a double of currency units.</summary>
    internal double Spend(Money spend, string paramName = "spend")
    {
        MoneyGuard.NonNegative(spend, paramName);
        MoneyGuard.SameCurrency(Currency, spend, paramName);
        return (double)spend.Amount;
    }

    internal Money ToMoney(double amount) => new((decimal)amount, Currency);

    /// <summary>Converts a finite ratio to decimal; an infinite one is undefined (null).</summary>
    internal static decimal? ToRatio(double value) => double.IsFinite(value) ? (decimal)value : null;

    private static ResponseCurve FromScaledHill(double halfSaturation, double slope, Money scale, Money maxResponse, string halfName, string scaleName)
    {
        Guard.PositiveFinite(halfSaturation, halfName);
        Guard.PositiveFinite(slope);
        PositiveAmount(scale, scaleName);
        PositiveAmount(maxResponse, nameof(maxResponse));
        MoneyGuard.SameCurrency(scale, maxResponse);
        var k = scale * (decimal)halfSaturation;
        return Hill(maxResponse, k, slope);
    }

    private static Currency PositiveAmounts(Money maxResponse, Money halfSaturation)
    {
        PositiveAmount(maxResponse, nameof(maxResponse));
        PositiveAmount(halfSaturation, nameof(halfSaturation));
        return MoneyGuard.SameCurrency(maxResponse, halfSaturation);
    }

    private static void PositiveAmount(Money value, string paramName)
    {
        MoneyGuard.NonNegativeInCurrency(value, paramName);
        if (value.Amount == 0m)
        {
            Guard.ThrowOutOfRange(paramName, value, "must be positive");
        }
    }
}
