using PerfMetrics.Internal;

namespace PerfMetrics.Lifetime;

/// <summary>Argument checks shared by the lifetime calculators.</summary>
internal static class LifetimeChecks
{
    /// <summary>Requires money in a real currency that is non-negative.</summary>
    internal static Money RealNonNegative(Money value, string paramName)
    {
        if (value.IsDefault)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must be in a currency, was default(Money). Use Money.Zero(currency) for zero.");
        }

        if (value.Amount < 0m)
        {
            Guard.ThrowOutOfRange(paramName, value, "must be non-negative");
        }

        return value;
    }

    /// <summary>Requires a defined <see cref="CashFlowTiming"/>.</summary>
    internal static CashFlowTiming Defined(CashFlowTiming timing, string paramName)
    {
        if (timing is not (CashFlowTiming.StartOfPeriod or CashFlowTiming.EndOfPeriod))
        {
            Guard.ThrowOutOfRange(paramName, (int)timing, "must be CashFlowTiming.StartOfPeriod or CashFlowTiming.EndOfPeriod");
        }

        return timing;
    }

    /// <summary>Requires a margin rate in (0, 1].</summary>
    internal static decimal MarginRate(decimal value, string paramName)
    {
        if (value <= 0m || value > 1m)
        {
            Guard.ThrowOutOfRange(paramName, value, "(a margin rate) must be greater than 0 and at most 1");
        }

        return value;
    }
}
