using FsCheck.Xunit;
using PerfMetrics.Metrics;
using PerfMetrics.Tests.Generators;

namespace PerfMetrics.Tests.Metrics;

public partial class CpaTests
{
    private static readonly Currency Usd = Currency.Usd;

    [Fact]
    public void Of_SpecExample350Over14_Is25()
    {
        // SPEC §3: $350 spent, 14 sales. 350 / 14 = 25 (14 x 25 = 350).
        Assert.Equal(new Money(25m, Usd), Cpa.Of(new Money(350m, Usd), 14m));
    }

    [Fact]
    public void Of_SpecExample300Over12_Is25()
    {
        // SPEC §3: $300 spent, 12 sales. 300 / 12 = 25 (12 x 25 = 300).
        Assert.Equal(new Money(25m, Usd), Cpa.Of(new Money(300m, Usd), 12m));
    }

    [Fact]
    public void Of_FractionalAttributedAcquisitions_DividesExactly()
    {
        // A linear model credits a channel with 2.5 sales for $100: 100 / 2.5 = 40.
        Assert.Equal(new Money(40m, Usd), Cpa.Of(new Money(100m, Usd), 2.5m));
    }

    [Fact]
    public void Of_NonTerminatingQuotient_IsNotRounded()
    {
        // 100 / 3 = 33.333... : kept to decimal precision, rounding to cents is the caller's choice.
        var cpa = Cpa.Of(new Money(100m, Usd), 3m)!.Value;
        Assert.Equal(new Money(33.33m, Usd), cpa.Round());
        Assert.NotEqual(new Money(33.33m, Usd), cpa);
        Assert.True(cpa.Amount.Scale > 20);
    }

    [Fact]
    public void Of_ZeroAcquisitions_IsNull() => Assert.Null(Cpa.Of(new Money(350m, Usd), 0m));

    [Fact]
    public void Of_ZeroCostAndZeroAcquisitions_IsNull() => Assert.Null(Cpa.Of(Money.Zero(Usd), 0m));

    [Fact]
    public void Of_ZeroCost_IsZeroInTheCostCurrency() => Assert.Equal(Money.Zero(Usd), Cpa.Of(Money.Zero(Usd), 5m));

    [Fact]
    public void Of_DefaultCost_IsCurrencylessZero() => Assert.Equal(default(Money), Cpa.Of(default, 5m));

    [Fact]
    public void Of_NegativeCost_ThrowsNamingParameterAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Cpa.Of(new Money(-12m, Usd), 3m));
        Assert.Equal("spend", ex.ParamName);
        Assert.StartsWith("spend must be non-negative, was -12.00 USD.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NegativeAcquisitions_ThrowsNamingParameterAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Cpa.Of(new Money(12m, Usd), -0.5m));
        Assert.Equal("acquisitions", ex.ParamName);
        Assert.StartsWith("acquisitions must be non-negative, was -0.5.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_HugeCostOverTinyFractionalCount_ThrowsOverflow() =>
        Assert.Throws<OverflowException>(() => Cpa.Of(new Money(1e20m, Usd), 1e-20m));

    [Fact]
    public void Of_Delivery_UsesItsAcquisitions()
    {
        var delivery = new Delivery(impressions: 20_000, clicks: 700, acquisitions: 14);
        Assert.Equal(new Money(25m, Usd), Cpa.Of(new Money(350m, Usd), delivery));
        Assert.Null(Cpa.Of(new Money(350m, Usd), new Delivery(clicks: 700)));
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CpaIsNullExactlyWhenThereAreNoAcquisitions(NonNegativeMoney cost, FractionalCount acquisitions) =>
        Cpa.Of(cost.Value, acquisitions.Value).HasValue == (acquisitions.Numerator != 0);

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CpaIsNonIncreasingInAcquisitionsForAFixedSpend(NonNegativeMoney cost, FractionalCount a, FractionalCount b)
    {
        var (fewer, more) = a.Value <= b.Value ? (a.Value, b.Value) : (b.Value, a.Value);
        if (fewer == 0m)
        {
            return true;
        }

        return Cpa.Of(cost.Value, more)!.Value <= Cpa.Of(cost.Value, fewer)!.Value;
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CpaMatchesIntegerDivisionWhenTheCountDividesTheMinorUnits(Count quotientMinor, Count acquisitions)
    {
        // Oracle in integers: cost = q x n minor units, so CPA must be exactly q minor units.
        if (acquisitions.Value == 0 || quotientMinor.Value > 1_000_000_000 || acquisitions.Value > 1_000_000)
        {
            return true;
        }

        var cost = Money.FromMinorUnits(quotientMinor.Value * acquisitions.Value, Usd);
        return Cpa.Of(cost, acquisitions.Value) == Money.FromMinorUnits(quotientMinor.Value, Usd);
    }

    [Property(Arbitrary = [typeof(MetricsGenerators)], MaxTest = 100 / TestProfile.PropertyRunDivisor)]
    public bool CpaTimesAcquisitionsGivesBackTheCost(NonNegativeMoney cost, FractionalCount acquisitions)
    {
        if (acquisitions.Numerator == 0)
        {
            return true;
        }

        var back = Cpa.Of(cost.Value, acquisitions.Value)!.Value * acquisitions.Value;
        // decimal keeps at most 28 decimal places, so a tiny CPA carries an absolute error of up to 0.5e-28 per
        // acquisition, and a large one a relative error of about 1e-28.
        var tolerance = (1e-27m * Math.Max(1m, acquisitions.Value)) + (1e-24m * Math.Max(1m, cost.Value.Amount));
        return Math.Abs(back.Amount - cost.Value.Amount) <= tolerance;
    }
}
