using System.Numerics;
using PerfMetrics.Metrics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class CpaTests
{
    // ---- Metrics with huge and tiny inputs -------------------------------------------------------------------------

    [Trait("Category", "Extremes")]
    [Fact]
    public void Cpa_MaxValueSpendOverThreeSales_IsExact()
    {
        // CPA = Max / 3, exact (see Divide_MaxValueByThree_IsExact); over one sale it is Max itself.
        Assert.Equal(MaxInteger / 3, new BigInteger(Cpa.Of(new Money(Max, Usd), 3m)!.Value.Amount));
        Assert.Equal(Max, Cpa.Of(new Money(Max, Usd), 1m)!.Value.Amount);
        Assert.Null(Cpa.Of(new Money(Max, Usd), 0m));
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Cpa_MaxValueSpendOverHalfASale_ThrowsDocumentedOverflow()
    {
        // Max / 0.5 = 2 Max: documented OverflowException ("a huge cost over a tiny fractional count").
        Assert.Throws<OverflowException>(() => Cpa.Of(new Money(Max, Usd), 0.5m));
    }
}
