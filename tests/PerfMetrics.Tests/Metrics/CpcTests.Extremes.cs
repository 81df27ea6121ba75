using System.Numerics;
using PerfMetrics.Metrics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class CpcTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void Cpc_MaxValueCostOverLongMaxClicks_IsTheExactQuotientRoundedTo28Digits()
    {
        // Max / (2^63 - 1) = 8,589,934,592.000000000931... (BigInteger oracle below); decimal keeps 28-29 significant digits.
        var cpc = Cpc.Of(new Money(Max, Usd), long.MaxValue)!.Value.Amount;
        var error = (new BigInteger(cpc * 1_000_000_000_000_000m) * long.MaxValue) - (MaxInteger * 1_000_000_000_000_000);
        Assert.True(BigInteger.Abs(error) <= long.MaxValue, $"CPC {cpc} is off by more than one unit in the 18th decimal place.");
    }
}
