using System.Collections.Immutable;
using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>
/// Compares payment models on one forecast delivery: what each would cost, the effective CPA, and the profit left to the
/// advertiser. Answers "should we pay this partner per click, per lead, per sale or a revenue share?".
/// </summary>
/// <remarks>
/// <para>
/// For each model: cost = <see cref="PaymentModel.Cost(Delivery)"/> of the forecast; effective CPA = cost / forecast
/// acquisitions; gross profit = unit margin x acquisitions (or revenue x margin rate); advertiser profit = gross profit
/// - cost; verdict = the sign of the advertiser profit (as in <see cref="CpaVersusMargin"/>, which gives the same verdict
/// for the unit-margin form), <see cref="ProfitVerdict.Undefined"/> when the forecast has no acquisitions.
/// </para>
/// <para>
/// Outcomes come back in the order of the models. Amounts are exact, not rounded. All money (margin, revenue, model
/// rates) must be in one currency; a cost that is <c>default(Money)</c> (a revenue share of a forecast without revenue)
/// is reported as zero in that currency. Pure and thread-safe. To find the rate of one model that would cost the same
/// as another, see <see cref="EquivalentRate"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var forecast = new Delivery(impressions: 50_000, clicks: 700, acquisitions: 14, revenue: new Money(1_400m, usd));
/// var rows = PaymentModelComparison.Of(forecast, new Money(38m, usd),
///     [PaymentModel.Cpc(new Money(0.50m, usd)), PaymentModel.Cpa(new Money(30m, usd)), PaymentModel.RevenueShare(0.2m)]);
/// // costs 350, 420, 280; profits 182, 112, 252; Console.WriteLine(rows) prints them as an aligned table
/// </code>
/// </example>
public static class PaymentModelComparison
{
    /// <summary>Compares payment models on a forecast, with a fixed margin per acquisition.</summary>
    /// <param name="forecast">The delivery expected whatever the payment model (impressions, clicks, leads, acquisitions, revenue).</param>
    /// <param name="unitMargin">The margin one acquisition earns before advertising, non-negative.</param>
    /// <param name="models">The models to compare; none may be <c>default(PaymentModel)</c>.</param>
    /// <returns>One outcome per model, in order, printable as a table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="models"/> is null.</exception>
    /// <exception cref="ArgumentException">A model is <c>default(PaymentModel)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitMargin"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">The margin, the forecast revenue and the model rates are not all in one currency.</exception>
    /// <exception cref="OverflowException">A cost or profit overflows <see cref="decimal"/>.</exception>
    public static PaymentModelTable Of(Delivery forecast, Money unitMargin, IEnumerable<PaymentModel> models)
    {
        Guard.NotNull(models);
        MoneyGuard.NonNegative(unitMargin);
        var currency = MoneyGuard.SameCurrency(unitMargin, forecast.Revenue, nameof(forecast));
        return Compare(forecast, unitMargin * forecast.Acquisitions, currency, models);
    }

    /// <summary>Compares payment models on a forecast, with the margin as a rate of the forecast revenue.</summary>
    /// <param name="forecast">The delivery expected whatever the payment model; its revenue times the margin rate is the gross profit.</param>
    /// <param name="marginRate">Contribution margin as a fraction of revenue, greater than 0 and at most 1.</param>
    /// <param name="models">The models to compare; none may be <c>default(PaymentModel)</c>.</param>
    /// <returns>One outcome per model, in order, printable as a table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="models"/> is null.</exception>
    /// <exception cref="ArgumentException">A model is <c>default(PaymentModel)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is not in (0, 1].</exception>
    /// <exception cref="CurrencyMismatchException">The forecast revenue and the model rates are not all in one currency.</exception>
    /// <exception cref="OverflowException">A cost or profit overflows <see cref="decimal"/>.</exception>
    public static PaymentModelTable FromMarginRate(Delivery forecast, decimal marginRate, IEnumerable<PaymentModel> models)
    {
        Guard.NotNull(models);
        Rates.PositiveShare(marginRate);
        return Compare(forecast, forecast.Revenue * marginRate, forecast.Revenue.Currency, models);
    }

    private static PaymentModelTable Compare(
        Delivery forecast, Money grossProfit, Currency currency, IEnumerable<PaymentModel> models)
    {
        var costs = new List<(PaymentModel Model, Money Cost)>();
        foreach (var model in models)
        {
            if (model.Kind == 0)
            {
                Guard.ThrowArgument(nameof(models), $"models[{costs.Count}] must be a payment model, was default(PaymentModel).");
            }

            var cost = model.Cost(forecast);
            if (!cost.IsDefault && !currency.IsDefault && cost.Currency != currency)
            {
                MoneyGuard.ThrowCurrencyMismatch(currency, cost.Currency, $"{nameof(models)}[{costs.Count}]");
            }

            currency = currency.IsDefault ? cost.Currency : currency;
            costs.Add((model, cost));
        }

        if (!currency.IsDefault && grossProfit.IsDefault)
        {
            grossProfit = Money.Zero(currency);
        }

        var outcomes = ImmutableArray.CreateBuilder<PaymentModelOutcome>(costs.Count);
        foreach (var (model, rawCost) in costs)
        {
            var cost = rawCost.IsDefault && !currency.IsDefault ? Money.Zero(currency) : rawCost;
            var cpa = forecast.Acquisitions == 0 ? (Money?)null : cost / forecast.Acquisitions;
            var verdict = forecast.Acquisitions == 0 ? ProfitVerdict.Undefined : Verdicts.FromProfit(grossProfit - cost);
            outcomes.Add(new PaymentModelOutcome(model, cost, cpa, grossProfit, verdict));
        }

        return new PaymentModelTable(outcomes.MoveToImmutable());
    }
}
