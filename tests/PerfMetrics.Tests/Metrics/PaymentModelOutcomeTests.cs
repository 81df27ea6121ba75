using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

/// <summary>
/// Two results are equal only when every field is: a pair that differs in exactly one field must compare unequal,
/// whichever field it is. Comparing results that differ everywhere (as the calculator tests do) cannot tell a
/// field-by-field comparison from one that looks at the first field only. The results are built with their internal
/// constructors, because no calculator call changes exactly one field.
/// </summary>
public class PaymentModelOutcomeTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    [Fact]
    public void PaymentModelOutcome_DiffersInOneField_IsUnequal()
    {
        // CPC $0.50 on 700 clicks = $350, 14 sales -> CPA 25, gross profit 14 x 38 = 532, Profitable.
        var cpc = PaymentModel.Cpc(D(0.5m));
        var a = new PaymentModelOutcome(cpc, D(350m), D(25m), D(532m), ProfitVerdict.Profitable);
        Assert.True(a.Equals(new PaymentModelOutcome(cpc, D(350m), D(25m), D(532m), ProfitVerdict.Profitable)));

        ContractAssert.Unequal(a, new PaymentModelOutcome(PaymentModel.Cpa(D(25m)), D(350m), D(25m), D(532m), ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new PaymentModelOutcome(cpc, D(351m), D(25m), D(532m), ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new PaymentModelOutcome(cpc, D(350m), D(26m), D(532m), ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new PaymentModelOutcome(cpc, D(350m), null, D(532m), ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new PaymentModelOutcome(cpc, D(350m), D(25m), D(533m), ProfitVerdict.Profitable));
        ContractAssert.Unequal(a, new PaymentModelOutcome(cpc, D(350m), D(25m), D(532m), ProfitVerdict.BreakEven));
    }
}
