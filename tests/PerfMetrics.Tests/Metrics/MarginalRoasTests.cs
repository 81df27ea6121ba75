using System.Numerics;
using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class MarginalRoasTests
{
    private static readonly Currency Usd = Currency.Usd;

    private static Money D(decimal amount) => new(amount, Usd);

    [Fact]
    public void Of_ExtraSpendBelowBreakEvenRoas_IsUnprofitable()
    {
        // $1,000 -> $4,000 revenue (ROAS 4); $1,500 -> $5,000 (ROAS 3.33). Margin 40%: break-even ROAS 1 / 0.4 = 2.5.
        //   delta spend 500; delta revenue 1,000; marginal ROAS 1,000 / 500 = 2 < 2.5
        //   incremental profit 1,000 x 0.4 - 500 = 400 - 500 = -100 -> Unprofitable
        var r = MarginalRoas.Of(D(1_000m), D(4_000m), D(1_500m), D(5_000m), 0.4m);
        Assert.Equal(D(500m), r.DeltaSpend);
        Assert.Equal(D(1_000m), r.DeltaRevenue);
        Assert.Equal(2m, r.MarginalRoas);
        Assert.Equal(2.5m, r.BreakEvenRoas);
        Assert.Equal(D(-100m), r.IncrementalProfit);
        Assert.Equal(ProfitVerdict.Unprofitable, r.Verdict);
    }

    [Fact]
    public void Of_ExtraSpendAboveBreakEvenRoas_IsProfitable()
    {
        // delta revenue 1,500 on delta spend 500: marginal ROAS 3 > 2.5; 1,500 x 0.4 - 500 = 100.
        var r = MarginalRoas.Of(D(1_000m), D(4_000m), D(1_500m), D(5_500m), 0.4m);
        Assert.Equal(3m, r.MarginalRoas);
        Assert.Equal(D(100m), r.IncrementalProfit);
        Assert.Equal(ProfitVerdict.Profitable, r.Verdict);
    }

    [Fact]
    public void Of_MarginalRoasAtBreakEven_IsBreakEven()
    {
        // delta revenue 1,250 on 500: 2.5 = 1 / 0.4; 1,250 x 0.4 - 500 = 0.
        Assert.Equal(ProfitVerdict.BreakEven, MarginalRoas.Of(D(1_000m), D(4_000m), D(1_500m), D(5_250m), 0.4m).Verdict);
    }

    [Fact]
    public void Of_SameSpend_IsUndefined()
    {
        // No extra spend: marginal ROAS undefined; extra revenue 500 at 40% is 200 of profit.
        var r = MarginalRoas.Of(D(1_000m), D(4_000m), D(1_000m), D(4_500m), 0.4m);
        Assert.Null(r.MarginalRoas);
        Assert.Equal(ProfitVerdict.Undefined, r.Verdict);
        Assert.Equal(D(200m), r.IncrementalProfit);
    }

    [Fact]
    public void Of_InvalidInputs_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("higherSpend", () => MarginalRoas.Of(D(2m), D(1m), D(1m), D(1m), 0.4m));
        Assert.Throws<ArgumentOutOfRangeException>("lowerRevenue", () => MarginalRoas.Of(D(1m), D(-1m), D(2m), D(1m), 0.4m));
        Assert.Throws<ArgumentOutOfRangeException>("marginRate", () => MarginalRoas.Of(D(1m), D(1m), D(2m), D(1m), 0m));
        Assert.Throws<ArgumentOutOfRangeException>("marginRate", () => MarginalRoas.Of(D(1m), D(1m), D(2m), D(1m), 40m));
        Assert.Throws<CurrencyMismatchException>(() => MarginalRoas.Of(D(1m), new Money(1m, Currency.Eur), D(2m), D(1m), 0.4m));
    }

    [Fact]
    public void EqualityDefaultAndToString()
    {
        var a = MarginalRoas.Of(D(1_000m), D(4_000m), D(1_500m), D(5_000m), 0.4m);
        Assert.True(a == MarginalRoas.Of(D(1_000m), D(4_000m), D(1_500m), D(5_000m), 0.4m));
        Assert.True(a != MarginalRoas.Of(D(1_000m), D(4_000m), D(1_500m), D(5_000m), 0.5m));
        Assert.Equal(ProfitVerdict.Undefined, default(MarginalRoasCheck).Verdict);
        Assert.Null(default(MarginalRoasCheck).MarginalRoas);
        Assert.Equal("Unprofitable: marginal ROAS 2.00 vs break-even 2.50, incremental profit -100.00 USD", a.ToString());
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool VerdictMatchesAnIntegerOracleOnMinorUnits(MoneyPair spends, MoneyPair revenues, UnitRate rate)
    {
        if (rate.Value == 0m)
        {
            return true;
        }

        var currency = spends.First.Currency;
        var (s1, s2) = spends.First <= spends.Second ? (spends.First, spends.Second) : (spends.Second, spends.First);
        var r1 = Money.FromMinorUnits(revenues.First.ToMinorUnits() % 1_000_000_000_000L, currency);
        var r2 = Money.FromMinorUnits(revenues.Second.ToMinorUnits() % 1_000_000_000_000L, currency);

        // rate = k / 10,000; compare delta revenue x k with delta spend x 10,000 in whole minor units.
        var k = (long)(rate.Value * 10_000m);
        var deltaS = new BigInteger(s2.ToMinorUnits()) - s1.ToMinorUnits();
        var deltaR = new BigInteger(r2.ToMinorUnits()) - r1.ToMinorUnits();
        var expected = deltaS.IsZero
            ? ProfitVerdict.Undefined
            : BigInteger.Compare(deltaR * k, deltaS * 10_000) switch
            {
                > 0 => ProfitVerdict.Profitable,
                0 => ProfitVerdict.BreakEven,
                _ => ProfitVerdict.Unprofitable,
            };
        return MarginalRoas.Of(s1, r1, s2, r2, rate.Value).Verdict == expected;
    }
}
