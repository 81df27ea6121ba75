using PerfMetrics.Metrics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class CpaVersusMarginTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void CpaVersusMargin_MaxValueSpendAndMargin_BreaksEvenExactly()
    {
        // One sale, spend Max, margin Max: CPA = Max, total profit 0, verdict BreakEven (no overflow on the way).
        var result = CpaVersusMargin.Of(new Money(Max, Usd), 1m, new Money(Max, Usd));
        Assert.Equal(Max, result.Cpa!.Value.Amount);
        Assert.Equal(ProfitVerdict.BreakEven, result.Verdict);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void CpaVersusMargin_TotalMarginPastMaxValue_ThrowsOverflowInsteadOfAWrongVerdict()
    {
        // Two sales with a margin of Max each: total margin 2 Max does not fit decimal. Either the verdict is right
        // (Profitable: CPA 1 against a margin of Max) or an OverflowException is thrown; never a wrong verdict.
        try
        {
            var result = CpaVersusMargin.Of(new Money(2m, Usd), 2m, new Money(Max, Usd));
            Assert.Equal(ProfitVerdict.Profitable, result.Verdict);
            Assert.Equal(1m, result.Cpa!.Value.Amount);
        }
        catch (OverflowException)
        {
            // documented on CpaVersusMargin.Of
        }
    }
}
