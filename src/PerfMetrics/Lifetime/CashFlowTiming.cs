namespace PerfMetrics.Lifetime;

/// <summary>When in each period a customer's money is received, which decides how it is discounted.</summary>
/// <remarks>
/// With retention <c>r</c> and discount <c>d</c> per period, the expected discounted number of payments of a new customer is
/// <c>(1 + d) / (1 + d - r)</c> at the start of each period (the first payment is received at once, undiscounted) and
/// <c>r / (1 + d - r)</c> at the end of each period (the first payment arrives one period later and only if the
/// customer is retained). Subscriptions billed in advance use <see cref="StartOfPeriod"/>; the textbook formula of
/// Gupta and Lehmann (2003), <c>m r / (1 + d - r)</c>, is <see cref="EndOfPeriod"/>.
/// </remarks>
public enum CashFlowTiming
{
    /// <summary>Received at the start of each period, the first one at acquisition.</summary>
    StartOfPeriod = 0,

    /// <summary>Received at the end of each period the customer is retained into.</summary>
    EndOfPeriod = 1,
}
