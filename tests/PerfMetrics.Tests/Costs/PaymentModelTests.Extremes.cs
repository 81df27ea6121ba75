using PerfMetrics.Metrics;
using static PerfMetrics.Tests.Helpers.Extremes;

namespace PerfMetrics.Tests;

/// <summary>
/// Extremes (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/> and decimals of scale 28. Each case
/// either gives the exact answer (checked against integer arithmetic done by hand or with BigInteger in the test) or
/// throws the exception its XML docs promise; never a wrong answer. Shared extreme values: <see cref="Extremes"/>.
/// </summary>
public partial class PaymentModelTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void RevenueShare_Scale28ShareOfMaxValueRevenue_IsExact()
    {
        // Max x 1e-28 = 7.9228162514264337593543950335: the same 29 digits, shifted; no rounding.
        var cost = PaymentModel.RevenueShare(Tiny).Cost(new Delivery(revenue: new Money(Max, Usd)));
        Assert.Equal(7.9228162514264337593543950335m, cost.Amount);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Cost_CpcRateTimesLongMaxClicks_IsExactOrThrowsDocumentedOverflow()
    {
        // 0.01 x (2^63 - 1) = 92,233,720,368,547,758.07 fits; 10^10 x (2^63 - 1) = 9.2e28 > Max must throw, not wrap.
        Assert.Equal(92233720368547758.07m, PaymentModel.Cpc(new Money(0.01m, Usd)).Cost(new Delivery(clicks: long.MaxValue)).Amount);
        Assert.Throws<OverflowException>(() => PaymentModel.Cpc(new Money(10_000_000_000m, Usd)).Cost(new Delivery(clicks: long.MaxValue)));
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void Cost_CpmRateTimesLongMaxImpressions_IsExact()
    {
        // CPM 1.00 x (2^63 - 1) / 1000 = 9,223,372,036,854,775.807 USD: exact (the cost is not rounded to cents).
        Assert.Equal(9223372036854775.807m, PaymentModel.Cpm(new Money(1m, Usd)).Cost(new Delivery(impressions: long.MaxValue)).Amount);
    }
}
