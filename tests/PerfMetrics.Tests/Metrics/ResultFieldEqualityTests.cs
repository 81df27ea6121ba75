using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Two results are equal only when every field is: a pair that differs in exactly one field must compare unequal,
/// whichever field it is. Comparing results that differ everywhere (as the calculator tests do) cannot tell a
/// field-by-field comparison from one that looks at the first field only. The results are built with their internal
/// constructors, because no calculator call changes exactly one field.
/// </summary>
public class ResultFieldEqualityTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    private static void AssertUnequal<T>(T a, T b)
        where T : IEquatable<T>
    {
        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
        Assert.False(a.Equals((object)b));
    }

    [Fact]
    public void MarginCheck_DiffersInOneField_IsUnequal()
    {
        // The SPEC example: $350 spend, 14 sales, $38 margin -> CPA 25, total profit 38 x 14 - 350 = 182, Profitable.
        var a = new MarginCheck(D(350m), 14m, D(38m), D(25m), D(182m), 13m / 38m, ProfitVerdict.Profitable);
        Assert.True(a.Equals(new MarginCheck(D(350m), 14m, D(38m), D(25m), D(182m), 13m / 38m, ProfitVerdict.Profitable)));

        AssertUnequal(a, new MarginCheck(D(351m), 14m, D(38m), D(25m), D(182m), 13m / 38m, ProfitVerdict.Profitable));
        AssertUnequal(a, new MarginCheck(D(350m), 15m, D(38m), D(25m), D(182m), 13m / 38m, ProfitVerdict.Profitable));
        AssertUnequal(a, new MarginCheck(D(350m), 14m, D(39m), D(25m), D(182m), 13m / 38m, ProfitVerdict.Profitable));
        AssertUnequal(a, new MarginCheck(D(350m), 14m, D(38m), D(26m), D(182m), 13m / 38m, ProfitVerdict.Profitable));
        AssertUnequal(a, new MarginCheck(D(350m), 14m, D(38m), null, D(182m), 13m / 38m, ProfitVerdict.Profitable));
        AssertUnequal(a, new MarginCheck(D(350m), 14m, D(38m), D(25m), D(183m), 13m / 38m, ProfitVerdict.Profitable));
        AssertUnequal(a, new MarginCheck(D(350m), 14m, D(38m), D(25m), D(182m), 13m / 38m, ProfitVerdict.BreakEven));
    }

    [Fact]
    public void MarginalCpaCheck_DiffersInOneField_IsUnequal()
    {
        // $350 -> 14 sales, $700 -> 22 sales, $38 margin: delta 350 / 8 = 43.75, profit 38 x 8 - 350 = -46, Unprofitable.
        var a = new MarginalCpaCheck(D(350m), 8m, D(38m), D(43.75m), D(-46m), ProfitVerdict.Unprofitable);
        Assert.True(a.Equals(new MarginalCpaCheck(D(350m), 8m, D(38m), D(43.75m), D(-46m), ProfitVerdict.Unprofitable)));

        AssertUnequal(a, new MarginalCpaCheck(D(351m), 8m, D(38m), D(43.75m), D(-46m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalCpaCheck(D(350m), 9m, D(38m), D(43.75m), D(-46m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalCpaCheck(D(350m), 8m, D(39m), D(43.75m), D(-46m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalCpaCheck(D(350m), 8m, D(38m), D(44m), D(-46m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalCpaCheck(D(350m), 8m, D(38m), null, D(-46m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalCpaCheck(D(350m), 8m, D(38m), D(43.75m), D(-45m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalCpaCheck(D(350m), 8m, D(38m), D(43.75m), D(-46m), ProfitVerdict.Undefined));
    }

    [Fact]
    public void MarginalRoasCheck_DiffersInOneField_IsUnequal()
    {
        // $1,000 -> $4,000 revenue, $1,500 -> $5,000, margin 40%: marginal ROAS 1,000 / 500 = 2, break-even 1 / 0.4 = 2.5,
        // profit 0.4 x 1,000 - 500 = -100, Unprofitable.
        var a = new MarginalRoasCheck(D(500m), D(1_000m), 2m, 2.5m, D(-100m), ProfitVerdict.Unprofitable);
        Assert.True(a.Equals(new MarginalRoasCheck(D(500m), D(1_000m), 2m, 2.5m, D(-100m), ProfitVerdict.Unprofitable)));

        AssertUnequal(a, new MarginalRoasCheck(D(501m), D(1_000m), 2m, 2.5m, D(-100m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalRoasCheck(D(500m), D(1_001m), 2m, 2.5m, D(-100m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalRoasCheck(D(500m), D(1_000m), 3m, 2.5m, D(-100m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalRoasCheck(D(500m), D(1_000m), null, 2.5m, D(-100m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalRoasCheck(D(500m), D(1_000m), 2m, 2m, D(-100m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalRoasCheck(D(500m), D(1_000m), 2m, 2.5m, D(-99m), ProfitVerdict.Unprofitable));
        AssertUnequal(a, new MarginalRoasCheck(D(500m), D(1_000m), 2m, 2.5m, D(-100m), ProfitVerdict.Undefined));
    }

    [Fact]
    public void PaymentModelOutcome_DiffersInOneField_IsUnequal()
    {
        // CPC $0.50 on 700 clicks = $350, 14 sales -> CPA 25, gross profit 14 x 38 = 532, Profitable.
        var cpc = PaymentModel.Cpc(D(0.5m));
        var a = new PaymentModelOutcome(cpc, D(350m), D(25m), D(532m), ProfitVerdict.Profitable);
        Assert.True(a.Equals(new PaymentModelOutcome(cpc, D(350m), D(25m), D(532m), ProfitVerdict.Profitable)));

        AssertUnequal(a, new PaymentModelOutcome(PaymentModel.Cpa(D(25m)), D(350m), D(25m), D(532m), ProfitVerdict.Profitable));
        AssertUnequal(a, new PaymentModelOutcome(cpc, D(351m), D(25m), D(532m), ProfitVerdict.Profitable));
        AssertUnequal(a, new PaymentModelOutcome(cpc, D(350m), D(26m), D(532m), ProfitVerdict.Profitable));
        AssertUnequal(a, new PaymentModelOutcome(cpc, D(350m), null, D(532m), ProfitVerdict.Profitable));
        AssertUnequal(a, new PaymentModelOutcome(cpc, D(350m), D(25m), D(533m), ProfitVerdict.Profitable));
        AssertUnequal(a, new PaymentModelOutcome(cpc, D(350m), D(25m), D(532m), ProfitVerdict.BreakEven));
    }
}
