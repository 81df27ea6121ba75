namespace PerfMetrics.Lifetime;

/// <summary>
/// A fitted model of non-contractual repeat purchases in continuous time (<see cref="BgNbd"/>, <see cref="ModifiedBgNbd"/>,
/// <see cref="ParetoNbd"/>): what <see cref="HoldoutValidation"/> needs to compare models side by side.
/// </summary>
/// <remarks>Every member takes its times in the model's <see cref="Unit"/> and throws for another unit, as the models' own members do.</remarks>
public interface IRepeatPurchaseModel
{
    /// <summary>Gets the period unit time is counted in.</summary>
    PeriodUnit Unit { get; }

    /// <summary>Returns E[X(t)], the expected repeat purchases of a new customer in the first <paramref name="t"/> periods.</summary>
    /// <param name="t">The time since the first purchase, in the model's unit.</param>
    /// <returns>The expected number of repeat purchases.</returns>
    /// <exception cref="ArgumentException"><paramref name="t"/> is in another unit or has none.</exception>
    double ExpectedPurchases(Periods t);

    /// <summary>Returns P(X(t) = n) for a new customer.</summary>
    /// <param name="n">The number of purchases, non-negative.</param>
    /// <param name="t">The time since the first purchase, in the model's unit.</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="t"/> is in another unit or has none.</exception>
    double PurchaseCountProbability(int n, Periods t);

    /// <summary>Returns P(alive | x, t_x, T).</summary>
    /// <param name="customer">The customer's RFM row, in the model's unit.</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentException">The row is in another unit, has none, or its history is inconsistent.</exception>
    double ProbabilityAlive(CustomerRfm customer);

    /// <summary>Returns E[Y(t) | x, t_x, T], the expected purchases in the next <paramref name="t"/> periods.</summary>
    /// <param name="t">The horizon after the end of observation, in the model's unit.</param>
    /// <param name="customer">The customer's RFM row, in the model's unit.</param>
    /// <returns>The expected number of purchases.</returns>
    /// <exception cref="ArgumentException">A unit differs from the model's or is missing, or the row's history is inconsistent.</exception>
    double ConditionalExpectedPurchases(Periods t, CustomerRfm customer);
}
