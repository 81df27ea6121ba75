using PerfMetrics.Lifetime;
using static PerfMetrics.Tests.Helpers.LifetimeExtremes;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// A cohort of one customer (issue 8, item 2). One customer cannot identify a heterogeneity model, so the fits are
/// expected either to throw their documented exception or to return finite parameters flagged <c>Converged = false</c>;
/// nothing may be NaN, infinite, or a conversion error from a NaN double to decimal. Shared cohorts: <see cref="LifetimeExtremes"/>.
/// </summary>
public partial class RfmSummaryTests
{
    [Trait("Category", "Extremes")]
    [Fact]
    public void RfmSummary_OneRepeatBuyer_HasTheHandCountedRow()
    {
        // Purchases on days 0, 14, 28; end on day 56. x = 2 repeats, t_x = 28 days = 4 weeks, T = 56 days = 8 weeks,
        // monetary value = mean of the repeats = (30 + 50) / 2 = 40.00.
        var row = Assert.Single(RepeatBuyer().Customers);
        Assert.Equal("solo", row.CustomerId);
        Assert.Equal(2, row.Frequency);
        Assert.Equal(4m, row.Recency.Count);
        Assert.Equal(8m, row.T.Count);
        Assert.Equal(new Money(40.00m, LifetimeExtremes.Usd), row.MonetaryValue);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void RfmSummary_OneTimeBuyer_HasNoMonetaryValue()
    {
        // x = 0, t_x = 0, T = 8 weeks; the mean of no repeat purchases is undefined: null, not 0.
        var row = Assert.Single(OneTimeBuyer().Customers);
        Assert.Equal(0, row.Frequency);
        Assert.Equal(0m, row.Recency.Count);
        Assert.Equal(8m, row.T.Count);
        Assert.Null(row.MonetaryValue);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void RfmSummary_OneCustomerWithAllPurchasesOnOneDay_MergesThemIntoOne()
    {
        // Three lines on the same day merge into one purchase (SPEC §5): x = 0 and no monetary value.
        var summary = RfmSummary.Build(
            [
                new CustomerTransaction("solo", Start, new Money(1m, LifetimeExtremes.Usd)),
                new CustomerTransaction("solo", Start, new Money(2m, LifetimeExtremes.Usd)),
                new CustomerTransaction("solo", Start, new Money(3m, LifetimeExtremes.Usd)),
            ],
            Week,
            PurchaseMerging.SameDay,
            Start);
        var row = Assert.Single(summary.Customers);
        Assert.Equal(0, row.Frequency);
        Assert.Equal(0m, row.T.Count);
    }

    [Trait("Category", "Extremes")]
    [Fact]
    public void RfmSummary_OneCustomerSeenOnlyAfterTheEnd_ThrowsTheDocumentedArgumentException()
    {
        // The only line is after the observation end: nothing to summarise. Documented: ArgumentException ("no line is
        // on or before the observation end"), not an empty summary that a fit would then choke on.
        var ex = Assert.Throws<ArgumentException>(() =>
            RfmSummary.Build([new CustomerTransaction("solo", End.PlusDays(1), new Money(5m, LifetimeExtremes.Usd))], Week, PurchaseMerging.SameDay, End));
        Assert.Equal("transactions", ex.ParamName);
    }
}
