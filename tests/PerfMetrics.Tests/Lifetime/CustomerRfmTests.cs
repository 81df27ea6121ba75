using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>
/// One customer's RFM row built from numbers summarised elsewhere. How rows are built from a transaction log is in
/// RfmSummaryTests; the constructor's rejections are rows of the bad-input matrix (LifetimeBadInputs).
/// </summary>
public class CustomerRfmTests
{
    private static Periods Weeks(decimal n) => new(n, PeriodUnit.Week);

    private static Money Usd(decimal amount) => new(amount, Currency.Usd);

    [Fact]
    public void Constructor_KeepsEveryField_AndACountOfOneByDefault()
    {
        var row = new CustomerRfm("0001", 2, Weeks(30.43m), Weeks(38.86m), Usd(22.35m));
        Assert.Equal(("0001", 2, Weeks(30.43m), Weeks(38.86m), (Money?)Usd(22.35m), (int?)null, (Money?)null, 1), (row.CustomerId, row.Frequency, row.Recency, row.T, row.MonetaryValue, row.HoldoutFrequency, row.HoldoutValue, row.Count));
        Assert.Equal("0001: x=2, t_x=30.43 weeks, T=38.86 weeks, m=22.35 USD", row.ToString());
    }

    [Fact]
    public void GroupedRow_ShowsItsCount_AndDiffersFromOneCustomer()
    {
        var one = new CustomerRfm("x0-T9", 0, Weeks(0m), Weeks(9m), null);
        var group = new CustomerRfm("x0-T9", 0, Weeks(0m), Weeks(9m), null, count: 40);
        Assert.Equal(40, group.Count);
        Assert.NotEqual(one, group);
        Assert.Equal(group, new CustomerRfm("x0-T9", 0, Weeks(0m), Weeks(9m), null, count: 40));
        Assert.Equal(group.GetHashCode(), new CustomerRfm("x0-T9", 0, Weeks(0m), Weeks(9m), null, count: 40).GetHashCode());
        Assert.EndsWith(", count=40", group.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Default_StandsForNoCustomer()
    {
        Assert.Equal(0, default(CustomerRfm).Count);
        Assert.Throws<ArgumentException>(() => BgNbd.Fit([default(CustomerRfm)]));
    }
}
