using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

public class BidsTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    [Fact]
    public void RoundDown_MaxCpc_NeverRoundsUp()
    {
        // Issue 17: MaxCpc of a 30 USD CPA at 2.5% CVR is 0.750 USD; the bid is 0.75. 0.7599 bids 0.75, not 0.76.
        Assert.Equal("0.75 USD", Bids.RoundDown(MaxCpc.Of(Usd(30m), 0.025m)).ToString());
        Assert.Equal(Usd(0.75m), Bids.RoundDown(Usd(0.7599m)));
        Assert.Equal(Usd(0.75m), Bids.RoundDown(Usd(0.755m))); // half to even would give 0.76
        Assert.Equal(new Money(37m, Currency.Jpy), Bids.RoundDown(new Money(37.9m, Currency.Jpy)));
    }

    [Fact]
    public void RoundDown_ToAnIncrement()
    {
        Assert.Equal(Usd(0.70m), Bids.RoundDown(Usd(0.749m), Usd(0.05m)));
        Assert.Equal(Usd(0.75m), Bids.RoundDown(Usd(0.75m), Usd(0.05m)));
        Assert.Equal(Usd(0m), Bids.RoundDown(Usd(0.04m), Usd(0.05m)));
    }

    [Theory]
    [InlineData(0.001, 0.05)]
    [InlineData(12.3456, 0.01)]
    [InlineData(7.77, 0.25)]
    public void RoundDown_IsTheLargestStepNotAbove(double bid, double step)
    {
        var b = Usd((decimal)bid);
        var s = Usd((decimal)step);
        var rounded = Bids.RoundDown(b, s);
        Assert.True(rounded <= b);
        Assert.True(rounded + s > b);
    }
}
