using FsCheck.Xunit;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>Invariants of the per-customer table (issue 20, item 7 and 5).</summary>
public partial class CustomerValueTableTests
{
    private static CustomerValueTable TableOf(CustomerBase b) =>
        CustomerValueTable.Create(b.Purchases.Model, Spend, b.Customers, 0.3m, new DiscountRate(b.DiscountBp / 10_000m, Week), Weeks(b.Horizon));

    [Property(Arbitrary = new[] { typeof(CustomerValueArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool RankIsAPermutation(CustomerBase b)
    {
        var ranks = TableOf(b).Rows.Select(r => r.Rank).Order();
        return ranks.SequenceEqual(Enumerable.Range(1, b.Customers.Length));
    }

    [Property(Arbitrary = new[] { typeof(CustomerValueArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool SortingByClvDescendingGivesRankOrder(CustomerBase b)
    {
        var table = TableOf(b);
        var sorted = table.SortBy(CustomerValueColumn.Clv, descending: true).Rows.Select(r => r.Rank);
        return sorted.SequenceEqual(Enumerable.Range(1, b.Customers.Length)) && table.Rows.Select(r => r.Rank).SequenceEqual(sorted);
    }

    [Property(Arbitrary = new[] { typeof(CustomerValueArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool TableTotalIsClvTotal(CustomerBase b)
    {
        var discount = new DiscountRate(b.DiscountBp / 10_000m, Week);
        var table = TableOf(b);
        return table.TotalClv == Clv.Total(b.Purchases.Model, Spend, b.Customers, 0.3m, discount, Weeks(b.Horizon))
            && table.Customers == b.Customers.Sum(c => c.Count);
    }

    [Property(Arbitrary = new[] { typeof(CustomerValueArbitraries) }, MaxTest = 50 / TestProfile.PropertyRunDivisor)]
    public bool IntervalsContainThePointAndWidenWithTheLevel(CustomerBase b, TwoLevels levels)
    {
        // A covariance of (theta / 8)^2 on the diagonal (standard errors of 12.5%), as a fit with that precision gives.
        var model = b.Purchases.Model;
        var purchases = FitWith(model, Diagonal([model.R, model.Alpha, model.A, model.B]));
        var spend = FitWith(Spend, Diagonal([Spend.P, Spend.Q, Spend.Gamma]));
        var discount = new DiscountRate(b.DiscountBp / 10_000m, Week);
        var lower = CustomerValueTable.Create(purchases, spend, b.Customers, 0.3m, discount, Weeks(b.Horizon), new CustomerValueOptions(true, levels.Lower)).SortBy(CustomerValueColumn.Rank).Rows;
        var higher = CustomerValueTable.Create(purchases, spend, b.Customers, 0.3m, discount, Weeks(b.Horizon), new CustomerValueOptions(true, levels.Higher)).SortBy(CustomerValueColumn.Rank).Rows;
        for (var i = 0; i < lower.Count; i++)
        {
            if (!Contains(lower[i]) || !Contains(higher[i]) || !Nested(lower[i], higher[i]))
            {
                return false;
            }
        }

        return true;

        static bool Contains(CustomerValueRow row) =>
            row.ProbabilityAliveInterval is not { } a || (a.Lower <= row.ProbabilityAlive && row.ProbabilityAlive <= a.Upper && a.Lower >= 0d && a.Upper <= 1d)
            && (row.ExpectedPurchasesInterval is not { } e || (e.Lower <= row.ExpectedPurchases && row.ExpectedPurchases <= e.Upper && e.Lower >= 0d))
            && (row.ClvInterval is not { } c || (c.Lower!.Value <= row.Clv!.Value && row.Clv!.Value <= c.Upper!.Value && c.Lower!.Value.Amount >= 0m));

        // Wider at the higher level: each end moves out or stays (an interval that is a point stays a point).
        static bool Nested(CustomerValueRow low, CustomerValueRow high) =>
            (low.ProbabilityAliveInterval is not { } a || (high.ProbabilityAliveInterval!.Value.Lower <= a.Lower && high.ProbabilityAliveInterval!.Value.Upper >= a.Upper))
            && (low.ExpectedPurchasesInterval is not { } e || (high.ExpectedPurchasesInterval!.Value.Lower <= e.Lower && high.ExpectedPurchasesInterval!.Value.Upper >= e.Upper))
            && (low.ClvInterval is not { } c || (high.ClvInterval!.Value.Lower!.Value <= c.Lower!.Value && high.ClvInterval!.Value.Upper!.Value >= c.Upper!.Value));
    }

    private static double[] Diagonal(double[] theta)
    {
        var n = theta.Length;
        var c = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            c[(i * n) + i] = theta[i] * theta[i] / 64d;
        }

        return c;
    }
}
