using FsCheck;
using FsCheck.Fluent;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Generators;

/// <summary>A small customer base for the per-customer table: BG/NBD parameters and rows (ids may repeat, values may tie).</summary>
public sealed record CustomerBase(BgNbdParameters Purchases, CustomerRfm[] Customers, int Horizon, int DiscountBp)
{
    public override string ToString() => $"{Purchases}, horizon {Horizon}, discount {DiscountBp} bp, rows: {string.Join("; ", Customers)}";
}

/// <summary>Two confidence levels, the first below the second.</summary>
public sealed record TwoLevels(double Lower, double Higher);

/// <summary>
/// FsCheck arbitraries for <see cref="CustomerValueTable"/>: 1..40 rows drawn from the CLV histories (so x = 0, t_x = T
/// and T = 0 occur), ids from a small pool so ties by id and duplicate histories (tied values) occur, counts 1..3.
/// </summary>
public static class CustomerValueArbitraries
{
    private static Gen<CustomerRfm> RowGen =>
        from h in ClvArbitraries.Histories().Generator
        from id in Gen.Choose(0, 30)
        from cents in Gen.Frequency((1, Gen.Constant(1000L)), (3, Gen.Choose(0, 100_000).Select(c => (long)c)))
        from count in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Choose(2, 3)))
        select new CustomerRfm(
            "c" + id.ToString("00", System.Globalization.CultureInfo.InvariantCulture),
            h.X,
            new Periods((decimal)h.Tx, PeriodUnit.Week),
            new Periods((decimal)h.T, PeriodUnit.Week),
            h.X > 0 ? new Money(cents / 100m, Currency.Usd) : null,
            count: count);

    public static Arbitrary<CustomerBase> Bases() =>
        (from p in ClvArbitraries.Parameters().Generator
         from n in Gen.Choose(1, 40)
         from rows in Gen.ArrayOf(RowGen, n)
         from horizon in Gen.Choose(0, 60)
         from discount in Gen.Choose(0, 300)
         select new CustomerBase(p, rows, horizon, discount))
        .ToArbitrary();

    public static Arbitrary<TwoLevels> Levels() =>
        (from a in Gen.Choose(50, 989)
         from b in Gen.Choose(1, 10)
         select new TwoLevels(a / 1000d, (a + b) / 1000d))
        .ToArbitrary();
}
