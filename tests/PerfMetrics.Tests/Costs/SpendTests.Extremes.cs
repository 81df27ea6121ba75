using System.Numerics;
using NodaTime;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class SpendTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void Spend_ProRataOfMaxValueOverThreeDays_IsExactThirds()
    {
        // Regression: ProRata formed Amount x overlapping days first, so Max over 3 days threw an undocumented
        // OverflowException for 2 of the 3 days (2 Max does not fit) and even for the whole period, although the part
        // is never more than the amount. Max is divisible by 3, so the parts are exact: Max / 3, 2 Max / 3, Max.
        var start = new LocalDate(2026, 1, 1);
        var spend = new Spend(new Channel("search"), new Money(Max, Jpy), new DateInterval(start, start.PlusDays(2)));
        Assert.Equal(MaxInteger / 3, new BigInteger(spend.ProRata(new DateInterval(start, start)).Amount));
        Assert.Equal(MaxInteger / 3 * 2, new BigInteger(spend.ProRata(new DateInterval(start, start.PlusDays(1))).Amount));
        Assert.Equal(Max, spend.ProRata(new DateInterval(start.PlusDays(-10), start.PlusDays(10))).Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Spend_ProRataOfHugeFractionalAmountOverSevenDays_AgreesWithBigIntegerArithmetic()
    {
        // 79,228,162,514,264,337,593,543,950.335 (Max with scale 3) over 7 days, 5 of them asked: the exact part is
        // Max x 5 / 7 thousandths = 56,591,544,653,045,955,423,959,964.525 (BigInteger below); decimal holds 29
        // significant digits, so the answer may differ from it by at most one unit of the last digit kept.
        var amount = new decimal(-1, -1, -1, false, 3);
        var start = new LocalDate(2026, 1, 1);
        var spend = new Spend(new Channel("search"), new Money(amount, Usd), new DateInterval(start, start.PlusDays(6)));
        var part = spend.ProRata(new DateInterval(start, start.PlusDays(4))).Amount;
        var exactThousandths = MaxInteger * 5 / 7;
        var gotThousandths = new BigInteger(part * 1000m);
        Assert.True(BigInteger.Abs(gotThousandths - exactThousandths) <= 1, $"{part} vs {exactThousandths} thousandths");
    }
}
