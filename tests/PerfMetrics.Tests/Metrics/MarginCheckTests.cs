using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Two results are equal only when every field is: a pair that differs in exactly one field must compare unequal,
/// whichever field it is. Comparing results that differ everywhere (as the calculator tests do) cannot tell a
/// field-by-field comparison from one that looks at the first field only. The results are built with their internal
/// constructors, because no calculator call changes exactly one field.
/// </summary>
public class MarginCheckTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    [Fact]
    public void MarginCheck_DiffersInOneField_IsUnequal()
    {
        // The SPEC example: $350 spend, 14 sales, $38 margin -> CPA 25, total profit 38 x 14 - 350 = 182, Profitable.
        var a = new MarginCheck(D(350m), 14m, D(38m), D(25m), D(182m), 13m / 38m, ProfitVerdict.Profitable);
        Assert.True(a.Equals(new MarginCheck(D(350m), 14m, D(38m), D(25m), D(182m), 13m / 38m, ProfitVerdict.Profitable)));

        ContractAssert.Unequal(a, new MarginCheck(D(351m), 14m, D(38m), D(25m), D(182m), 13m / 38m, ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new MarginCheck(D(350m), 15m, D(38m), D(25m), D(182m), 13m / 38m, ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new MarginCheck(D(350m), 14m, D(39m), D(25m), D(182m), 13m / 38m, ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new MarginCheck(D(350m), 14m, D(38m), D(26m), D(182m), 13m / 38m, ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new MarginCheck(D(350m), 14m, D(38m), null, D(182m), 13m / 38m, ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new MarginCheck(D(350m), 14m, D(38m), D(25m), D(183m), 13m / 38m, ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new MarginCheck(D(350m), 14m, D(38m), D(25m), D(182m), 13m / 38m, ProfitVerdict.BreakEven));
    }
}
