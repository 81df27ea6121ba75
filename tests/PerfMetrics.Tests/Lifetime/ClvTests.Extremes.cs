using PerfMetrics.Lifetime;
using static PerfMetrics.Tests.Helpers.LifetimeExtremes;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// A cohort of one customer (issue 8, item 2). One customer cannot identify a heterogeneity model, so the fits are
/// expected either to throw their documented exception or to return finite parameters flagged <c>Converged = false</c>;
/// nothing may be NaN, infinite, or a conversion error from a NaN double to decimal. Shared cohorts: <see cref="LifetimeExtremes"/>.
/// </summary>
public partial class ClvTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void Clv_CohortOfOne_IsMoneyOrNullButNeverThrowsOnNaN()
    {
        // CLV from the one-customer fits: a finite amount (or null when the spend model's mean is infinite).
        var summary = RepeatBuyer();
        var purchases = BgNbd.Fit(summary.Customers).Model;
        var spend = GammaGamma.Fit(summary.Customers).Model;
        var clv = Clv.ForCustomer(purchases, spend, summary.Customers[0], 0.3m, new DiscountRate(0.01m, Week), new Periods(52m, Week));
        if (clv is { } value)
        {
            Assert.True(value.Amount >= 0m);
        }

        var total = Clv.Total(purchases, spend, summary.Customers, 0.3m, new DiscountRate(0.01m, Week), new Periods(52m, Week));
        Assert.Equal(clv, total);
    }
}
