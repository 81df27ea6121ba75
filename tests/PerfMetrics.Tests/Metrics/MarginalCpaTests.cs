using System.Numerics;
using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class MarginalCpaTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    [Fact]
    public void Of_DoublingBudgetAboveMargin_IsUnprofitableThoughAverageIsProfitable()
    {
        // $350/week -> 14 sales; $700/week -> 22 sales; margin $38.
        //   delta spend 700 - 350 = 350; delta sales 22 - 14 = 8; marginal CPA 350 / 8 = 43.75 > 38
        //   headroom 38 - 43.75 = -5.75; incremental profit 38 x 8 - 350 = 304 - 350 = -46 -> Unprofitable
        // while the average CPA at $700 is 700 / 22 = 31.82 < 38 (Profitable on average).
        var r = MarginalCpa.Of(D(350m), 14m, D(700m), 22m, D(38m));
        Assert.Equal(D(350m), r.DeltaSpend);
        Assert.Equal(8m, r.DeltaAcquisitions);
        Assert.Equal(D(43.75m), r.MarginalCpa);
        Assert.Equal(D(-5.75m), r.Headroom);
        Assert.Equal(D(-46m), r.IncrementalProfit);
        Assert.Equal(ProfitVerdict.Unprofitable, r.Verdict);
        Assert.Equal(ProfitVerdict.Profitable, CpaVersusMargin.Of(D(700m), 22m, D(38m)).Verdict);
    }

    [Fact]
    public void Of_ScalingBelowMargin_IsProfitable()
    {
        // $350 -> 14, $500 -> 20: 150 / 6 = 25 per extra sale; 38 x 6 - 150 = 228 - 150 = 78 extra profit.
        var r = MarginalCpa.Of(D(350m), 14m, D(500m), 20m, D(38m));
        Assert.Equal(D(25m), r.MarginalCpa);
        Assert.Equal(D(78m), r.IncrementalProfit);
        Assert.Equal(ProfitVerdict.Profitable, r.Verdict);
    }

    [Fact]
    public void Of_MarginalCpaEqualToMargin_IsBreakEven()
    {
        // $380 more for 10 more sales: 380 / 10 = 38 = margin; 38 x 10 - 380 = 0.
        var r = MarginalCpa.Of(D(350m), 14m, D(730m), 24m, D(38m));
        Assert.Equal(ProfitVerdict.BreakEven, r.Verdict);
        Assert.Equal(D(0m), r.IncrementalProfit);
    }

    [Fact]
    public void Of_NoExtraAcquisitions_IsUndefinedAndLosesTheExtraSpend()
    {
        // $100 more, still 14 sales: marginal CPA undefined; incremental profit 38 x 0 - 100 = -100.
        var r = MarginalCpa.Of(D(350m), 14m, D(450m), 14m, D(38m));
        Assert.Null(r.MarginalCpa);
        Assert.Null(r.Headroom);
        Assert.Equal(D(-100m), r.IncrementalProfit);
        Assert.Equal(ProfitVerdict.Undefined, r.Verdict);
    }

    [Fact]
    public void Of_FewerAcquisitionsForMoreSpend_IsUnprofitableWithNegativeMarginalCpa()
    {
        // $50 more, one sale fewer: 50 / -1 = -50; incremental profit 38 x (-1) - 50 = -88.
        var r = MarginalCpa.Of(D(350m), 14m, D(400m), 13m, D(38m));
        Assert.Equal(D(-50m), r.MarginalCpa);
        Assert.Null(r.Headroom); // margin - (-50) = 88 would read as room to spend more: meaningless for lost sales
        Assert.Equal(D(-88m), r.IncrementalProfit);
        Assert.Equal(ProfitVerdict.Unprofitable, r.Verdict);
    }

    [Fact]
    public void Of_HigherSpendBelowLowerSpend_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MarginalCpa.Of(D(700m), 22m, D(350m), 14m, D(38m)));
        Assert.Equal("higherSpend", ex.ParamName);
        Assert.StartsWith("higherSpend must be at least lowerSpend (700.00 USD), was 350.00 USD.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_InvalidInputs_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("lowerSpend", () => MarginalCpa.Of(D(-1m), 1m, D(2m), 2m, D(38m)));
        Assert.Throws<ArgumentOutOfRangeException>("lowerAcquisitions", () => MarginalCpa.Of(D(1m), -1m, D(2m), 2m, D(38m)));
        Assert.Throws<ArgumentOutOfRangeException>("higherAcquisitions", () => MarginalCpa.Of(D(1m), 1m, D(2m), -2m, D(38m)));
        Assert.Throws<ArgumentOutOfRangeException>("unitMargin", () => MarginalCpa.Of(D(1m), 1m, D(2m), 2m, D(-38m)));
        Assert.Throws<CurrencyMismatchException>(() => MarginalCpa.Of(D(1m), 1m, new Money(2m, Currency.Eur), 2m, D(38m)));
        Assert.Throws<CurrencyMismatchException>(() => MarginalCpa.Of(D(1m), 1m, D(2m), 2m, new Money(38m, Currency.Eur)));
    }

    [Fact]
    public void Default_IsUndefined()
    {
        var r = default(MarginalCpaCheck);
        Assert.Equal(ProfitVerdict.Undefined, r.Verdict);
        Assert.Null(r.MarginalCpa);
        Assert.Equal(r, MarginalCpa.Of(default, 0m, default, 0m, default));
    }

    [Fact]
    public void EqualityAndToString()
    {
        var a = MarginalCpa.Of(D(350m), 14m, D(700m), 22m, D(38m));
        Assert.True(a == MarginalCpa.Of(D(350m), 14m, D(700m), 22m, D(38m)));
        Assert.True(a != MarginalCpa.Of(D(350m), 14m, D(700m), 23m, D(38m)));
        Assert.True(a.Equals((object)a));
        Assert.Equal(a.GetHashCode(), MarginalCpa.Of(D(350m), 14m, D(700m), 22m, D(38m)).GetHashCode());
        Assert.Equal("Unprofitable: marginal CPA 43.75 USD vs margin 38.00 USD, incremental profit -46.00 USD", a.ToString());
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool FromZeroSpendTheMarginalCpaIsTheAverageCpa(MarginCase c)
    {
        var zero = Money.Zero(c.Currency);
        var marginal = MarginalCpa.Of(zero, 0m, c.Spend, c.Acquisitions, c.UnitMargin);
        var average = CpaVersusMargin.Of(c.Spend, c.Acquisitions, c.UnitMargin);
        return marginal.MarginalCpa == average.Cpa && marginal.Verdict == average.Verdict
            && marginal.IncrementalProfit == average.TotalProfit;
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool VerdictMatchesAnIntegerOracleOnMinorUnits(MarginCase low, MarginCase high)
    {
        // Same currency and margin for both levels; order the spends.
        var (s1, s2) = low.SpendMinor <= high.SpendMinor ? (low.SpendMinor, high.SpendMinor) : (high.SpendMinor, low.SpendMinor);
        var currency = low.Currency;
        var deltaA = high.Acquisitions - low.Acquisitions;
        var expected = deltaA == 0
            ? ProfitVerdict.Undefined
            : BigInteger.Compare(new BigInteger(low.MarginMinor) * deltaA, new BigInteger(s2) - s1) switch
            {
                > 0 => ProfitVerdict.Profitable,
                0 => ProfitVerdict.BreakEven,
                _ => ProfitVerdict.Unprofitable,
            };
        var r = MarginalCpa.Of(
            Money.FromMinorUnits(s1, currency), low.Acquisitions, Money.FromMinorUnits(s2, currency), high.Acquisitions,
            Money.FromMinorUnits(low.MarginMinor, currency));
        return r.Verdict == expected;
    }
}
