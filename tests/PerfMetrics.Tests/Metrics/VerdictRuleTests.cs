using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Metrics;

public class VerdictRuleTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void MarginRate_BreakEvenRoasIsOneOverTheRate()
    {
        // SPEC §3: 40% -> 2.5, 25% -> 4.
        Assert.Equal(2.5m, VerdictRule.MarginRate(0.4m).BreakEvenRoas);
        Assert.Equal(4m, VerdictRule.MarginRate(0.25m).BreakEvenRoas);
        Assert.Equal(0.25m, VerdictRule.MarginRate(0.25m).Rate);
        Assert.Null(VerdictRule.MarginRate(0.25m).Amount);
    }

    [Fact]
    public void Amounts_AreKeptExact()
    {
        var rule = VerdictRule.UnitMargin(new Money(38.125m, Usd));
        Assert.Equal(new Money(38.125m, Usd), rule.Amount);
        Assert.Null(rule.Rate);
        Assert.Null(rule.BreakEvenRoas);
        Assert.Equal(VerdictRuleKind.CpaCeiling, VerdictRule.CpaCeiling(new Money(40m, Usd)).Kind);
    }

    [Fact]
    public void ToString_NamesTheRuleAtDisplayPrecision()
    {
        Assert.Equal("CPA vs unit margin 38.12 USD", VerdictRule.UnitMargin(new Money(38.125m, Usd)).ToString());
        Assert.Equal("ROAS vs break-even 2.86 (35% margin)", VerdictRule.MarginRate(0.35m).ToString());
        Assert.Equal("CPA vs CPA ceiling 40.00 USD", VerdictRule.CpaCeiling(new Money(40m, Usd)).ToString());
        Assert.Equal("None", default(VerdictRule).ToString());
    }

    [Fact]
    public void Equality_ComparesKindAmountAndRate()
    {
        ContractAssert.Equality(VerdictRule.MarginRate(0.35m), VerdictRule.MarginRate(0.350m), VerdictRule.MarginRate(0.4m));
        Assert.NotEqual(VerdictRule.UnitMargin(new Money(40m, Usd)), VerdictRule.CpaCeiling(new Money(40m, Usd)));
    }

    [Fact]
    public void Json_RoundTrips()
    {
        foreach (var rule in new[] { VerdictRule.MarginRate(0.35m), VerdictRule.UnitMargin(new Money(38m, Usd)), VerdictRule.CpaCeiling(new Money(40m, Usd)) })
        {
            Assert.Equal(rule, System.Text.Json.JsonSerializer.Deserialize<VerdictRule>(System.Text.Json.JsonSerializer.Serialize(rule)));
        }
    }
}
