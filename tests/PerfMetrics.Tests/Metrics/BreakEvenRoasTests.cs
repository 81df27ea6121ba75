using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class BreakEvenRoasTests
{
    [Fact]
    public void Of_40PercentMargin_Is2Point5()
    {
        // SPEC §3: 1 / 0.40 = 2.5 ($2.50 revenue per $1 spend earns 2.50 x 0.40 = $1.00 margin).
        Assert.Equal(2.5m, BreakEvenRoas.Of(0.40m));
    }

    [Fact]
    public void Of_25PercentMargin_Is4()
    {
        // SPEC §3: 1 / 0.25 = 4.
        Assert.Equal(4m, BreakEvenRoas.Of(0.25m));
    }

    [Fact]
    public void Of_FullMargin_IsOne() => Assert.Equal(1m, BreakEvenRoas.Of(1m));

    [Theory]
    [InlineData("0")]
    [InlineData("-0.1")]
    [InlineData("1.0001")]
    [InlineData("40")]
    public void Of_MarginRateOutsideZeroToOne_Throws(string rate)
    {
        var value = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => BreakEvenRoas.Of(value));
        Assert.Equal("marginRate", ex.ParamName);
        Assert.StartsWith($"marginRate must be greater than 0 and at most 1 (a rate is a fraction: 0.10 for 10%), was {rate}.", ex.Message, StringComparison.Ordinal);
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool RevenueAtBreakEvenRoasEarnsExactlyTheSpendInMargin(UnitRate rate, NonNegativeMoney spend)
    {
        // At ROAS = 1 / m, revenue = spend / m and its margin = spend (to decimal precision).
        if (rate.Value == 0m)
        {
            return true;
        }

        var margin = spend.Value * BreakEvenRoas.Of(rate.Value) * rate.Value;
        return Math.Abs(margin.Amount - spend.Value.Amount) <= 1e-24m * Math.Max(1m, spend.Value.Amount);
    }
}
