using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Two results are equal only when every field is: a pair that differs in exactly one field must compare unequal,
/// whichever field it is. Comparing results that differ everywhere (as the calculator tests do) cannot tell a
/// field-by-field comparison from one that looks at the first field only. The results are built with their internal
/// constructors, because no calculator call changes exactly one field.
/// </summary>
public class MarginalRoasCheckTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    [Fact]
    public void MarginalRoasCheck_DiffersInOneField_IsUnequal()
    {
        // $1,000 -> $4,000 revenue, $1,500 -> $5,000, margin 40%: marginal ROAS 1,000 / 500 = 2, break-even 1 / 0.4 = 2.5,
        // profit 0.4 x 1,000 - 500 = -100, Unprofitable.
        var a = new MarginalRoasCheck(D(500m), D(1_000m), 2m, 2.5m, D(-100m), ProfitVerdict.Unprofitable);
        Assert.True(a.Equals(new MarginalRoasCheck(D(500m), D(1_000m), 2m, 2.5m, D(-100m), ProfitVerdict.Unprofitable)));

        ContractAssert.Unequal(a, new MarginalRoasCheck(D(501m), D(1_000m), 2m, 2.5m, D(-100m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalRoasCheck(D(500m), D(1_001m), 2m, 2.5m, D(-100m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalRoasCheck(D(500m), D(1_000m), 3m, 2.5m, D(-100m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalRoasCheck(D(500m), D(1_000m), null, 2.5m, D(-100m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalRoasCheck(D(500m), D(1_000m), 2m, 2m, D(-100m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalRoasCheck(D(500m), D(1_000m), 2m, 2.5m, D(-99m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalRoasCheck(D(500m), D(1_000m), 2m, 2.5m, D(-100m), ProfitVerdict.Undefined));
    }
}
