namespace PerfMetrics.Lifetime;

/// <summary>A column of <see cref="CustomerValueTable"/> to sort by (<see cref="CustomerValueTable.SortBy"/>).</summary>
public enum CustomerValueColumn
{
    /// <summary>The customer's identifier (ordinal order).</summary>
    CustomerId = 1,

    /// <summary>How many customers the row stands for.</summary>
    Count,

    /// <summary>x, the number of repeat purchases.</summary>
    Frequency,

    /// <summary>t_x, the time of the last repeat purchase.</summary>
    Recency,

    /// <summary>T, the length of observation.</summary>
    T,

    /// <summary>P(alive).</summary>
    ProbabilityAlive,

    /// <summary>The expected purchases over the horizon.</summary>
    ExpectedPurchases,

    /// <summary>The expected value per transaction.</summary>
    ExpectedSpend,

    /// <summary>The customer lifetime value.</summary>
    Clv,

    /// <summary>The rank by CLV (1 is the most valuable).</summary>
    Rank,
}
