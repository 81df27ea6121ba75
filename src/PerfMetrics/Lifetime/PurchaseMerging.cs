namespace PerfMetrics.Lifetime;

/// <summary>How an RFM summary merges purchases into transactions and counts time (see <see cref="RfmSummary"/>).</summary>
public enum PurchaseMerging
{
    /// <summary>
    /// Purchases on the same calendar day merge into one transaction; recency and T are exact day counts divided by the
    /// days per period, so they may be fractional (30.43 weeks). Needs a fixed-length unit (days or weeks): a month has no
    /// fixed number of days. This is how the published CDNOW summaries are built.
    /// </summary>
    SameDay = 1,

    /// <summary>
    /// Purchases in the same period merge into one transaction, periods being counted from each customer's first purchase
    /// (<see cref="PeriodUnit.WholePeriodsBetween"/>); recency and T are whole numbers of periods. Works with every unit,
    /// calendar months included.
    /// </summary>
    SamePeriod = 2,
}
