using PerfMetrics.Internal;

namespace PerfMetrics.Metrics;

/// <summary>
/// Rounding for bids: a maximum CPC or CPM bid (<see cref="MaxCpc"/>, <see cref="MaxCpm"/>) is a ceiling, so it rounds
/// <b>down</b>, never up. Rounding 0.755 USD half to even (0.76) would bid above the break-even point.
/// </summary>
/// <remarks>
/// <see cref="RoundDown(Money)"/> goes to the currency's minor unit (0.7599 USD bids 0.75, 37 JPY stays 37);
/// <see cref="RoundDown(Money, Money)"/> to a multiple of an ad platform's bid increment (0.05 USD: 0.749 bids 0.70). Both
/// round toward zero and never raise a bid. Display rounding (half to even, docs/design.md, "Display") is for showing
/// numbers; this is for entering them. Pure and thread-safe.
/// </remarks>
/// <example><c>Bids.RoundDown(MaxCpc.Of(new Money(30m, usd), 0.025m))</c>: 30 x 0.025 = 0.750 USD bids 0.75 USD.</example>
public static class Bids
{
    /// <summary>Rounds a bid down to the currency's minor unit.</summary>
    /// <param name="bid">The exact maximum bid, non-negative, in a currency.</param>
    /// <returns>The largest amount in whole minor units that is not above <paramref name="bid"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="bid"/> is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bid"/> is negative.</exception>
    public static Money RoundDown(Money bid)
    {
        MoneyGuard.NonNegativeInCurrency(bid);
        return bid.Round(MidpointRounding.ToZero);
    }

    /// <summary>Rounds a bid down to a multiple of a bid increment.</summary>
    /// <param name="bid">The exact maximum bid, non-negative, in a currency.</param>
    /// <param name="increment">The platform's bid step, greater than zero, in the same currency (for example 0.05 USD).</param>
    /// <returns><c>floor(bid / increment) x increment</c>: the largest multiple of the increment not above the bid.</returns>
    /// <exception cref="ArgumentException">An amount is <c>default(Money)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bid"/> is negative, or <paramref name="increment"/> is not positive.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money RoundDown(Money bid, Money increment)
    {
        MoneyGuard.NonNegativeInCurrency(bid);
        MoneyGuard.NonNegativeInCurrency(increment);
        MoneyGuard.SameCurrency(bid, increment);
        Guard.Positive(increment.Amount, nameof(increment));
        return increment * decimal.Floor(bid.Amount / increment.Amount);
    }
}
