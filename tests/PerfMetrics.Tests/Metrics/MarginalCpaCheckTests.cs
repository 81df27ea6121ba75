using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Two results are equal only when every field is: a pair that differs in exactly one field must compare unequal,
/// whichever field it is. Comparing results that differ everywhere (as the calculator tests do) cannot tell a
/// field-by-field comparison from one that looks at the first field only. The results are built with their internal
/// constructors, because no calculator call changes exactly one field.
/// </summary>
public class MarginalCpaCheckTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    [Fact]
    public void MarginalCpaCheck_DiffersInOneField_IsUnequal()
    {
        // $350 -> 14 sales, $700 -> 22 sales, $38 margin: delta 350 / 8 = 43.75, profit 38 x 8 - 350 = -46, Unprofitable.
        var a = new MarginalCpaCheck(D(350m), 8m, D(38m), D(43.75m), D(-46m), ProfitVerdict.Unprofitable);
        Assert.True(a.Equals(new MarginalCpaCheck(D(350m), 8m, D(38m), D(43.75m), D(-46m), ProfitVerdict.Unprofitable)));

        ContractAssert.Unequal(a, new MarginalCpaCheck(D(351m), 8m, D(38m), D(43.75m), D(-46m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalCpaCheck(D(350m), 9m, D(38m), D(43.75m), D(-46m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalCpaCheck(D(350m), 8m, D(39m), D(43.75m), D(-46m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalCpaCheck(D(350m), 8m, D(38m), D(44m), D(-46m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalCpaCheck(D(350m), 8m, D(38m), null, D(-46m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalCpaCheck(D(350m), 8m, D(38m), D(43.75m), D(-45m), ProfitVerdict.Unprofitable));
        ContractAssert.Unequal(a, new MarginalCpaCheck(D(350m), 8m, D(38m), D(43.75m), D(-46m), ProfitVerdict.Undefined));
    }
}
