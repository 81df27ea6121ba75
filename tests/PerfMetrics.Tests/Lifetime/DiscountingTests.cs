using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>The one internal discounting module that Ltv, Payback, CpaCeiling, ShiftedBetaGeometric and Clv share.</summary>
public class DiscountingTests
{
    [Fact]
    public void ConstantRetention_HandWorked()
    {
        // r = 0.8, d = 0.1: infinite (1 + d) / (1 + d - r) = 1.1 / 0.3 at the start, 0.8 / 0.3 at the end.
        Assert.Equal(1.1m / 0.3m, Discounting.ConstantRetention(0.8m, 0.1m, CashFlowTiming.StartOfPeriod));
        Assert.Equal(0.8m / 0.3m, Discounting.ConstantRetention(0.8m, 0.1m, CashFlowTiming.EndOfPeriod));

        // Three periods, no discount, r = 0.8: 1 + 0.8 + 0.64 = 2.44 at the start, 0.8 + 0.64 + 0.512 = 1.952 at the end.
        Assert.Equal(2.44m, Discounting.ConstantRetention(0.8m, 0m, CashFlowTiming.StartOfPeriod, 3));
        Assert.Equal(1.952m, Discounting.ConstantRetention(0.8m, 0m, CashFlowTiming.EndOfPeriod, 3));
    }

    [Fact]
    public void ClosedForm_ForAHugePowerOfTwo_IsTheInfiniteSum()
    {
        // 1 x (1 - 0.5^(2^30)) / (1 - 0.5) = 2 to every digit decimal has. Until 0.2 the repeated squaring stopped when
        // 0.5^(2^k) underflowed and returned the partial product 1 for q^(2^30), so the closed form gave 0.
        Assert.Equal(2m, Discounting.ClosedForm(0.5m, 1m, 1L << 30));
        Assert.Equal(1.5m, Discounting.ClosedForm(0.5m, 1m, 2)); // 1 + 0.5
    }

    [Fact]
    public void Factors_AreOneOverOnePlusDToThePowerK()
    {
        // d = 0.1: 1 / 1.1, 1 / 1.21, 1 / 1.331.
        var factors = Discounting.Factors(new DiscountRate(0.1m, PeriodUnit.Year), 3);
        Assert.Equal(3, factors.Length);
        Assert.Equal(1d / 1.1d, factors[0], 15);
        Assert.Equal(1d / 1.21d, factors[1], 15);
        Assert.Equal(1d / 1.331d, factors[2], 15);
        Assert.Equal(1d / 1.1d, Discounting.Factor(new DiscountRate(0.1m, PeriodUnit.Year)));
        Assert.Equal(0.1d / 1.1d, Discounting.Complement(new DiscountRate(0.1m, PeriodUnit.Year)), 15);
    }

    [Fact]
    public void ToMoney_IsTheOneBoundaryRule_DoubleToFifteenDigitsThenExactProduct()
    {
        // 2/3 in double is 0.66666666666666663; decimal keeps 15 significant digits, 0.666666666666667, and
        // 100.00 x that is 66.6666666666667 exactly: not rounded to cents.
        var money = Discounting.ToMoney(100.00m, Currency.Usd, 2d / 3d);
        Assert.Equal(new Money(66.6666666666667m, Currency.Usd), money);
        Assert.Equal(66.666666666666700m, money.Amount);
    }

    [Fact]
    public void RationalPower_HandWorked()
    {
        // 1.1^(1/12) = 1.0079741404289037410660318442...; 1.21^(1/2) = 1.1 exactly; 2^(3/1) = 8.
        Assert.InRange(Discounting.RationalPower(1.1m, 1, 12), 1.0079741404289037410660318442m, 1.0079741404289037410660318443m);
        Assert.Equal(1.1m, Discounting.RationalPower(1.21m, 1, 2));
        Assert.Equal(8m, Discounting.RationalPower(2m, 3, 1));
        Assert.Equal(0m, Discounting.RationalPower(0m, 1, 7));
        Assert.Equal(0.81m, Discounting.RationalPower(0.9m, 2, 1));
    }
}
