using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public class MaxCpcTests
{
    [Fact]
    public void Of_Cpa38At2PercentCvr_Is76Cents()
    {
        // 2% CVR: one sale per 1 / 0.02 = 50 clicks; 38 / 50 = 38 x 0.02 = 0.76 per click.
        Assert.Equal(new Money(0.76m, Currency.Usd), MaxCpc.Of(new Money(38m, Currency.Usd), 0.02m));
    }

    [Fact]
    public void Of_PercentTypedAsWholeNumber_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MaxCpc.Of(new Money(38m, Currency.Usd), 2m));
        Assert.Equal("cvr", ex.ParamName);
        Assert.StartsWith("cvr must be between 0 and 1 inclusive (a rate is a fraction: 0.10 for 10%), was 2.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NegativeCpa_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("maxCpa", () => MaxCpc.Of(new Money(-1m, Currency.Usd), 0.02m));

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool PayingTheMaxCpcForEveryClickGivesTheMaxCpa(NonNegativeMoney maxCpa, Count acquisitions, UnitRate cvr)
    {
        // Clicks needed for n acquisitions at CVR c is n / c; paying max CPC = CPA x c per click costs n x CPA.
        if (cvr.Value == 0m || acquisitions.Value == 0 || acquisitions.Value > 1_000_000)
        {
            return true;
        }

        var clicks = acquisitions.Value / cvr.Value;
        var cost = MaxCpc.Of(maxCpa.Value, cvr.Value) * clicks;
        return Cpa.Of(cost, acquisitions.Value) is { } cpa
            && Math.Abs(cpa.Amount - maxCpa.Value.Amount) <= 1e-20m * Math.Max(1m, maxCpa.Value.Amount);
    }
}
