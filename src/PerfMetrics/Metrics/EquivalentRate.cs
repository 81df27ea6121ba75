using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>
/// Equivalent rates between payment models: the rate of one model that costs the same as a given rate of another, on a
/// forecast delivery or at given click-through and conversion rates. Answers "a partner offers CPA; what CPC is that?".
/// </summary>
/// <remarks>
/// <para>
/// At a click-through rate CTR (clicks per impression) and a conversion rate CVR (acquisitions per click), one click
/// costs CPC, one thousand impressions bring 1000 x CTR clicks, and one acquisition takes 1 / CVR clicks, so:
/// CPA = CPC / CVR; CPC = CPA x CVR; CPM = CPC x CTR x 1000; CPC = CPM / (1000 x CTR); CPA = CPM / (1000 x CTR x CVR);
/// CPM = CPA x CVR x CTR x 1000; revenue share = CPA / average order value.
/// </para>
/// <para>
/// A result is <see langword="null"/> when nothing matches: a zero rate in a denominator means the target model would pay
/// for events that never happen. Rates are fractions in [0, 1] (2% is 0.02; a value above 1 is rejected because it is
/// almost always a percentage typed as a whole number). Results are exact up to <see cref="decimal"/> precision, not
/// rounded to minor units. The equivalence holds only for the forecast's rates: if the real CVR is lower than assumed,
/// a CPC deal costs more per acquisition than the CPA it was equated with. Pure and thread-safe.
/// </para>
/// </remarks>
/// <example><c>EquivalentRate.CpaForCpc(new Money(0.50m, Currency.Usd), cvr: 0.02m)</c> is 25 USD: 50 clicks at 0.50 per sale.</example>
public static class EquivalentRate
{
    /// <summary>Returns the rate of <paramref name="target"/> kind that costs the same as <paramref name="model"/> on a forecast delivery.</summary>
    /// <param name="model">The model to match; any kind, including hybrids.</param>
    /// <param name="target">The kind of model wanted: CPC, CPM, CPL, CPA, revenue share or flat fee (not hybrid).</param>
    /// <param name="forecast">The delivery both models are priced on.</param>
    /// <returns>
    /// The matching model (its rate is cost / clicks, 1000 x cost / impressions, cost / leads, cost / acquisitions,
    /// cost / revenue, or the cost itself), or <see langword="null"/> when the forecast has none of what
    /// <paramref name="target"/> pays for, or when a revenue share would have to exceed 100%.
    /// </returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="model"/> is <c>default(PaymentModel)</c>; or its cost on the forecast has no currency (a revenue
    /// share of a forecast without revenue) and <paramref name="target"/> needs one.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is <see cref="PaymentModelKind.Hybrid"/> or not a defined kind.</exception>
    /// <exception cref="CurrencyMismatchException">The model's cost and the forecast revenue are in different currencies (revenue-share target).</exception>
    /// <exception cref="OverflowException">The rate overflows <see cref="decimal"/>.</exception>
    public static PaymentModel? Of(PaymentModel model, PaymentModelKind target, Delivery forecast)
    {
        if (model.Kind == 0)
        {
            Guard.ThrowArgument(nameof(model), "model must be a payment model, was default(PaymentModel).");
        }

        if (target == PaymentModelKind.Hybrid || !Enum.IsDefined(target))
        {
            Guard.ThrowOutOfRange(nameof(target), target, "must be Cpc, Cpm, Cpl, Cpa, RevenueShare or FlatFee (a single-rate model)");
        }

        var cost = model.Cost(forecast);
        if (target == PaymentModelKind.RevenueShare)
        {
            MoneyGuard.SameCurrency(forecast.Revenue, cost, nameof(model));
            if (forecast.Revenue.Amount == 0m || cost.Amount > forecast.Revenue.Amount)
            {
                return null;
            }

            return PaymentModel.RevenueShare(cost.Amount / forecast.Revenue.Amount);
        }

        if (cost.IsDefault)
        {
            Guard.ThrowArgument(
                nameof(model),
                $"model costs default(Money) on the forecast (no revenue in a currency), so no {target} rate in a currency can match it. Give the forecast revenue in a currency.");
        }

        return target switch
        {
            PaymentModelKind.Cpc => forecast.Clicks == 0 ? null : PaymentModel.Cpc(cost / forecast.Clicks),
            PaymentModelKind.Cpm => forecast.Impressions == 0 ? null : PaymentModel.Cpm(cost * 1000m / forecast.Impressions),
            PaymentModelKind.Cpl => forecast.Leads == 0 ? null : PaymentModel.Cpl(cost / forecast.Leads),
            PaymentModelKind.Cpa => forecast.Acquisitions == 0 ? null : PaymentModel.Cpa(cost / forecast.Acquisitions),
            PaymentModelKind.FlatFee => PaymentModel.FlatFee(cost),
            PaymentModelKind.RevenueShare or PaymentModelKind.Hybrid => null,
        };
    }

    /// <summary>Returns the CPA rate that costs the same as a CPC rate at a conversion rate: <c>cpcRate / cvr</c>.</summary>
    /// <param name="cpcRate">The price per click, non-negative.</param>
    /// <param name="cvr">Acquisitions per click, in [0, 1].</param>
    /// <returns>The price per acquisition, or <see langword="null"/> when <paramref name="cvr"/> is zero (clicks never convert).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cpcRate"/> is negative or <paramref name="cvr"/> is outside [0, 1].</exception>
    /// <exception cref="OverflowException">The rate overflows <see cref="decimal"/>.</exception>
    public static Money? CpaForCpc(Money cpcRate, decimal cvr)
    {
        MoneyGuard.NonNegative(cpcRate);
        Rates.Share(cvr);
        return cvr == 0m ? null : cpcRate / cvr;
    }

    /// <summary>Returns the CPC rate that costs the same as a CPA rate at a conversion rate: <c>cpaRate x cvr</c>.</summary>
    /// <param name="cpaRate">The price per acquisition, non-negative.</param>
    /// <param name="cvr">Acquisitions per click, in [0, 1].</param>
    /// <returns>The price per click.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cpaRate"/> is negative or <paramref name="cvr"/> is outside [0, 1].</exception>
    public static Money CpcForCpa(Money cpaRate, decimal cvr)
    {
        MoneyGuard.NonNegative(cpaRate);
        Rates.Share(cvr);
        return cpaRate * cvr;
    }

    /// <summary>Returns the CPM rate that costs the same as a CPC rate at a click-through rate: <c>cpcRate x ctr x 1000</c>.</summary>
    /// <param name="cpcRate">The price per click, non-negative.</param>
    /// <param name="ctr">Clicks per impression, in [0, 1].</param>
    /// <returns>The price per thousand impressions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cpcRate"/> is negative or <paramref name="ctr"/> is outside [0, 1].</exception>
    /// <exception cref="OverflowException">The rate overflows <see cref="decimal"/>.</exception>
    public static Money CpmForCpc(Money cpcRate, decimal ctr)
    {
        MoneyGuard.NonNegative(cpcRate);
        Rates.Share(ctr);
        return cpcRate * ctr * 1000m;
    }

    /// <summary>Returns the CPC rate that costs the same as a CPM rate at a click-through rate: <c>cpmRate / (1000 x ctr)</c>.</summary>
    /// <param name="cpmRate">The price per thousand impressions, non-negative.</param>
    /// <param name="ctr">Clicks per impression, in [0, 1].</param>
    /// <returns>The price per click, or <see langword="null"/> when <paramref name="ctr"/> is zero (impressions are never clicked).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cpmRate"/> is negative or <paramref name="ctr"/> is outside [0, 1].</exception>
    /// <exception cref="OverflowException">The rate overflows <see cref="decimal"/>.</exception>
    public static Money? CpcForCpm(Money cpmRate, decimal ctr)
    {
        MoneyGuard.NonNegative(cpmRate);
        Rates.Share(ctr);
        return ctr == 0m ? null : cpmRate / (ctr * 1000m);
    }

    /// <summary>Returns the CPA rate that costs the same as a CPM rate: <c>cpmRate / (1000 x ctr x cvr)</c>.</summary>
    /// <param name="cpmRate">The price per thousand impressions, non-negative.</param>
    /// <param name="ctr">Clicks per impression, in [0, 1].</param>
    /// <param name="cvr">Acquisitions per click, in [0, 1].</param>
    /// <returns>The price per acquisition, or <see langword="null"/> when <paramref name="ctr"/> or <paramref name="cvr"/> is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cpmRate"/> is negative, or a rate is outside [0, 1].</exception>
    /// <exception cref="OverflowException">The rate overflows <see cref="decimal"/>.</exception>
    public static Money? CpaForCpm(Money cpmRate, decimal ctr, decimal cvr)
    {
        MoneyGuard.NonNegative(cpmRate);
        Rates.Share(ctr);
        Rates.Share(cvr);
        return ctr == 0m || cvr == 0m ? null : cpmRate / (ctr * cvr * 1000m);
    }

    /// <summary>Returns the CPM rate that costs the same as a CPA rate: <c>cpaRate x cvr x ctr x 1000</c>.</summary>
    /// <param name="cpaRate">The price per acquisition, non-negative.</param>
    /// <param name="ctr">Clicks per impression, in [0, 1].</param>
    /// <param name="cvr">Acquisitions per click, in [0, 1].</param>
    /// <returns>The price per thousand impressions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cpaRate"/> is negative, or a rate is outside [0, 1].</exception>
    /// <exception cref="OverflowException">The rate overflows <see cref="decimal"/>.</exception>
    public static Money CpmForCpa(Money cpaRate, decimal ctr, decimal cvr)
    {
        MoneyGuard.NonNegative(cpaRate);
        Rates.Share(ctr);
        Rates.Share(cvr);
        return cpaRate * cvr * ctr * 1000m;
    }

    /// <summary>Returns the revenue share that costs the same as a CPA rate: <c>cpaRate / averageOrderValue</c>.</summary>
    /// <param name="cpaRate">The price per acquisition, non-negative.</param>
    /// <param name="averageOrderValue">Revenue per acquisition, non-negative, in the CPA rate's currency.</param>
    /// <returns>
    /// The share of revenue, or <see langword="null"/> when the average order value is zero. A result above 1 means no
    /// revenue share can cost as much as the CPA (it would pay out more than the revenue).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cpaRate"/> or <paramref name="averageOrderValue"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The amounts are in different currencies.</exception>
    /// <exception cref="OverflowException">The share overflows <see cref="decimal"/>.</exception>
    public static decimal? RevenueShareForCpa(Money cpaRate, Money averageOrderValue)
    {
        MoneyGuard.SameCurrency(cpaRate, averageOrderValue);
        MoneyGuard.NonNegative(cpaRate);
        MoneyGuard.NonNegative(averageOrderValue);
        return averageOrderValue.Amount == 0m ? null : cpaRate / averageOrderValue;
    }
}
