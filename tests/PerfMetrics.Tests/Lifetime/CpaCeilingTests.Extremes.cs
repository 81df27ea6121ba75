using PerfMetrics.Lifetime;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class CpaCeilingTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void CpaCeiling_FromLtvOfMaxValueOverScale28Ratio_ThrowsOverflowAndOverOne_IsExact()
    {
        // max CPA = LTV / ratio. Max / 1 = Max; Max / 0.5 overflows (documented), never a rounded ceiling.
        Assert.Equal(Max, CpaCeiling.FromLtv(new Money(Max, Extremes.Usd), 1m).Amount);
        Assert.Throws<OverflowException>(() => CpaCeiling.FromLtv(new Money(Max, Extremes.Usd), 0.5m));
    }
}
