using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>Argument checks shared by the lifetime calculators.</summary>
internal static class LifetimeChecks
{
    /// <summary>Requires a defined <see cref="CashFlowTiming"/>.</summary>
    internal static CashFlowTiming Defined(CashFlowTiming timing, string paramName)
    {
        if (timing is not (CashFlowTiming.StartOfPeriod or CashFlowTiming.EndOfPeriod))
        {
            Guard.ThrowOutOfRange(paramName, (int)timing, "must be CashFlowTiming.StartOfPeriod or CashFlowTiming.EndOfPeriod");
        }

        return timing;
    }
}
