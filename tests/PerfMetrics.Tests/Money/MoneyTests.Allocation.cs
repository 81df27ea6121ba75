namespace PerfMetrics.Tests;

public partial class MoneyTests
{
    [Fact]
    public void Split_Jpy100ThreeWays_Is34_33_33()
    {
        // 100 yen, no minor units: floor(100/3) = 33 each, 1 left over goes to the first part.
        Assert.Equal([M(34m, Jpy), M(33m, Jpy), M(33m, Jpy)], M(100m, Jpy).Split(3));
    }

    [Fact]
    public void Split_Bhd1ThreeWays_Is0334_0333_0333()
    {
        // 1.000 BHD = 1000 fils: 333 each, 1 fils left over goes to the first part.
        Assert.Equal([M(0.334m, Bhd), M(0.333m, Bhd), M(0.333m, Bhd)], M(1.000m, Bhd).Split(3));
    }

    [Fact]
    public void Split_Usd350ThreeWays_LosesNoCent()
    {
        // 35000 cents / 3 = 11666 r 2: the first two parts get one more cent.
        var parts = M(350m, Usd).Split(3);
        Assert.Equal([M(116.67m, Usd), M(116.67m, Usd), M(116.66m, Usd)], parts);
        Assert.Equal(M(350m, Usd), Money.Sum(parts, Usd));
    }

    [Fact]
    public void Split_RoundsTheTotalToMinorUnitsFirst()
    {
        // 10.005 USD rounds to even: 10.00, split in two is 5.00 + 5.00.
        Assert.Equal([M(5m, Usd), M(5m, Usd)], M(10.005m, Usd).Split(2));
    }

    [Fact]
    public void Split_NegativeTotal_IsSymmetric()
    {
        Assert.Equal([M(-34m, Jpy), M(-33m, Jpy), M(-33m, Jpy)], M(-100m, Jpy).Split(3));
    }

    [Fact]
    public void Split_CountBelowOne_ThrowsNamingCount()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => M(1m, Usd).Split(0));
        Assert.Equal("count", ex.ParamName);
        Assert.Contains("must be positive, was 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_ByRatios_LargestRemainder()
    {
        // 100.00 USD at 1:1:1 with ratios 0.5, 0.3, 0.2 -> 50, 30, 20 exactly.
        Assert.Equal([M(50m, Usd), M(30m, Usd), M(20m, Usd)], M(100m, Usd).Allocate([0.5m, 0.3m, 0.2m]));

        // 0.05 USD = 5 cents at 3:3:4 (sum 10): exact shares 1.5, 1.5, 2.0 cents -> floors 1, 1, 2 (4 cents);
        // the leftover cent goes to the largest remainder; 0.5 ties between index 0 and 1, so index 0 wins.
        Assert.Equal([M(0.02m, Usd), M(0.01m, Usd), M(0.02m, Usd)], M(0.05m, Usd).Allocate([3m, 3m, 4m]));

        // 1.00 USD at 1:2 (sum 3): exact 33.33 and 66.67 cents -> floors 33, 66; remainders 1/3 and 2/3 -> the second gets the cent.
        Assert.Equal([M(0.33m, Usd), M(0.67m, Usd)], M(1m, Usd).Allocate([1m, 2m]));
    }

    [Fact]
    public void Allocate_ZeroRatiosGetZero()
    {
        Assert.Equal([M(0m, Usd), M(10m, Usd), M(0m, Usd)], M(10m, Usd).Allocate([0m, 7m, 0m]));
    }

    [Fact]
    public void Allocate_ScaleOfRatiosDoesNotMatter()
    {
        Assert.Equal(M(100m, Usd).Allocate([1m, 1m, 2m]), M(100m, Usd).Allocate([25m, 25m, 50m]));
        Assert.Equal(M(100m, Usd).Allocate([1m, 1m, 2m]), M(100m, Usd).Allocate([0.0000000000000000000000000001m, 0.0000000000000000000000000001m, 0.0000000000000000000000000002m]));
    }

    [Fact]
    public void Allocate_ExtremeTotalAndRatios_StaysExact()
    {
        // decimal.MaxValue yen split by a huge and a tiny ratio: the tiny one gets 0 or 1 yen, the total is kept.
        var total = M(decimal.MaxValue, Jpy);
        var parts = total.Allocate([decimal.MaxValue, 0.0000000000000000000000000001m]);
        Assert.Equal(total, parts[0] + parts[1]);
        Assert.Equal(M(0m, Jpy), parts[1]);
    }

    [Fact]
    public void Allocate_BadRatios_Throw()
    {
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => M(1m, Usd).Allocate([])).ParamName);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => M(1m, Usd).Allocate([0m, 0m])).ParamName);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => M(1m, Usd).Allocate([1m, -1m]));
        Assert.Equal("ratios[1]", negative.ParamName);
        Assert.Contains("must be non-negative, was -1", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => M(1m, Usd).Allocate(null!));
    }

    [Fact]
    public void Allocate_TotalBeyondMinorUnitPrecision_ThrowsOverflow()
    {
        // decimal.MaxValue USD has 7.9e30 cents: more than a decimal's 96-bit mantissa can hold at scale 2.
        var ex = Assert.Throws<OverflowException>(() => M(decimal.MaxValue, Usd).Split(2));
        Assert.Contains("Split", ex.Message, StringComparison.Ordinal);
    }
}
