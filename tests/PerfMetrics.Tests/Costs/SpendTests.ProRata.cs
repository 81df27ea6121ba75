using System.Numerics;
using NodaTime;

namespace PerfMetrics.Tests;

/// <summary>
/// <see cref="Spend.ProRata"/> of amounts too large to multiply by the day count first, where the amount does not divide
/// by the period's length. The extremes test of decimal.MaxValue over 3 days (SpendTests.Extremes.cs) divides exactly (remainder 0), so it cannot
/// tell whether the remainder's share is computed at all.
/// </summary>
public partial class SpendTests
{
    private static readonly LocalDate Start = new(2026, 1, 1);

    [Fact]
    public void MaxValueOverTenDays_TwoDaysIsExactlyAFifth()
    {
        // decimal.MaxValue = 79,228,162,514,264,337,593,543,950,335 = 7,922,816,251,426,433,759,354,395,033 x 10 + 5.
        // Two of ten days: 2 x MaxValue / 10 = MaxValue / 5 = 15,845,632,502,852,867,518,708,790,067 exactly (MaxValue ends
        // in 5). Worked through the quotient and remainder: 2 x 7,922,...,033 = 15,845,...,066, plus the remainder's share
        // 5 x 2 / 10 = 1. Dropping or mis-scaling that share gives ...066.
        var spend = new Spend(new Channel("search"), new Money(decimal.MaxValue, Currency.Usd), new DateInterval(Start, Start.PlusDays(9)));

        var twoDays = spend.ProRata(new DateInterval(Start.PlusDays(3), Start.PlusDays(4)));

        Assert.Equal(BigInteger.Parse("15845632502852867518708790067"), new BigInteger(twoDays.Amount));
        Assert.Equal(Currency.Usd, twoDays.Currency);
    }

    [Fact]
    public void MaxValueOverTenDays_EveryDayCountIsTheExactShareToTheNearestUnit()
    {
        // Oracle: exact integer arithmetic. k days of ten are k x MaxValue / 10, rounded to the nearest whole unit (the
        // result has 29 digits, so decimal keeps no fraction); the exact share is an integer or ends in .5 for odd k.
        var max = new BigInteger(decimal.MaxValue);
        var spend = new Spend(new Channel("search"), new Money(decimal.MaxValue, Currency.Usd), new DateInterval(Start, Start.PlusDays(9)));
        for (var k = 1; k < 10; k++)
        {
            var share = new BigInteger(spend.ProRata(new DateInterval(Start, Start.PlusDays(k - 1))).Amount);
            var twice = 2 * k * max / 10; // twice the exact share, an integer
            var lower = twice / 2;
            Assert.True(share == lower || (twice % 2 == 1 && share == lower + 1), $"{k} days: {share}, exact {twice}/2");
        }
    }
}
