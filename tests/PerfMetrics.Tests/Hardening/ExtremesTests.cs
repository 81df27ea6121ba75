using System.Numerics;
using NodaTime;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Tests.Hardening;

/// <summary>
/// Extremes for money and the metric calculators (issue 8, item 2): amounts at and near <see cref="decimal.MaxValue"/>
/// and decimals of scale 28. Each case either gives the exact answer (checked against integer arithmetic done by hand
/// or with <see cref="BigInteger"/> in the test) or throws the exception its XML docs promise; never a wrong answer.
/// </summary>
public class ExtremesTests
{
    /// <summary>decimal.MaxValue = 2^96 - 1 = 79,228,162,514,264,337,593,543,950,335 (divisible by 3, ends in ...35).</summary>
    private const decimal Max = decimal.MaxValue;

    /// <summary>The smallest positive decimal: 1e-28, scale 28.</summary>
    private const decimal Tiny = 0.0000000000000000000000000001m;

    private static readonly Currency Usd = Currency.Usd;
    private static readonly Currency Jpy = Currency.Jpy;

    private static readonly BigInteger MaxInteger = BigInteger.Parse("79228162514264337593543950335", System.Globalization.CultureInfo.InvariantCulture);

    // ---- Money arithmetic near decimal.MaxValue -------------------------------------------------------------------

    [Fact]
    public void Add_SumIsExactlyMaxValue_IsExact()
    {
        // (Max - 1) + 1 = Max: the sum needs all 96 bits and no rounding.
        var sum = new Money(Max - 1m, Usd) + new Money(1m, Usd);
        Assert.Equal(Max, sum.Amount);
    }

    [Fact]
    public void Add_SumPastMaxValue_ThrowsOverflowNamingTheOperation()
    {
        // Max + 1 does not fit; SPEC §2: "Overflow surfaces as OverflowException with a message naming the operation".
        var ex = Assert.Throws<OverflowException>(() => new Money(Max, Usd) + new Money(1m, Usd));
        Assert.Contains("addition", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Subtract_MinValueMinusOne_ThrowsOverflowNamingTheOperation()
    {
        // -Max - 1 does not fit either (the slow path of operator -, taken when an operand uses the top mantissa bit).
        var ex = Assert.Throws<OverflowException>(() => new Money(-Max, Usd) - new Money(1m, Usd));
        Assert.Contains("subtraction", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Subtract_MaxValueMinusMaxValue_IsZero()
    {
        // Both operands use the top bit (slow path); the difference is exactly zero.
        Assert.Equal(0m, (new Money(Max, Usd) - new Money(Max, Usd)).Amount);
    }

    [Fact]
    public void Negate_MaxValue_IsMinValueExactly()
    {
        // decimal is sign-magnitude: -Max is decimal.MinValue, no overflow (unlike two's-complement integers).
        Assert.Equal(decimal.MinValue, (-new Money(Max, Usd)).Amount);
    }

    [Fact]
    public void Multiply_MaxValueByOne_IsExactAndByMoreThanOne_Throws()
    {
        // x 1 keeps every digit; x 1.0000000000000000000000000001 (scale 28) is above Max and must throw, not round.
        Assert.Equal(Max, (new Money(Max, Usd) * 1m).Amount);
        Assert.Equal(Max, (new Money(Max, Usd) * 1.0000000000000000000000000000m).Amount);
        var ex = Assert.Throws<OverflowException>(() => new Money(Max, Usd) * 1.000000000000000000000000001m);
        Assert.Contains("multipl", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Divide_MaxValueByThree_IsExact()
    {
        // Max is divisible by 3 (digit sum 150): 26,409,387,504,754,779,197,847,983,445 exactly (BigInteger below).
        var third = new Money(Max, Usd) / 3m;
        Assert.Equal(MaxInteger / 3, new BigInteger(third.Amount));
        Assert.Equal(0m, third.Amount - decimal.Truncate(third.Amount));
    }

    [Fact]
    public void Divide_MaxValueByAFraction_ThrowsOverflowNamingTheOperation()
    {
        // Max / 0.5 = 2 x Max does not fit.
        var ex = Assert.Throws<OverflowException>(() => new Money(Max, Usd) / 0.5m);
        Assert.Contains("division", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<OverflowException>(() => new Money(Max, Usd) / new Money(Tiny, Usd));
    }

    [Fact]
    public void Sum_TermsWhoseTotalIsMaxValue_IsExact()
    {
        // Three thirds of Max (whole numbers, Max is divisible by 3) sum back to Max exactly.
        var third = new Money(Max / 3m, Usd);
        Assert.Equal(Max, Money.Sum([third, third, third], Usd).Amount);
    }

    [Fact]
    public void Add_ResultNeedingMoreThan29SignificantDigits_RoundsLikeDecimal()
    {
        // Documented limit, not a bug: Money is exact in the sense that it never rounds to minor units, but its amount is
        // a decimal, which holds 28 to 29 significant digits. 10^20 + 10^-20 needs 41 digits; decimal (and so Money)
        // rounds the sum to 10^20 with 8 fractional digits (the scale that still fits 96 bits). Pinned so a change is seen.
        var sum = new Money(100_000_000_000_000_000_000m, Usd) + new Money(0.00000000000000000001m, Usd);
        Assert.Equal(100_000_000_000_000_000_000m, sum.Amount);
        Assert.Equal(100_000_000_000_000_000_000m + 0.00000000000000000001m, sum.Amount);
    }

    [Fact]
    public void Sum_RunningTotalPastMaxValue_ThrowsOverflowEvenWhenLaterTermsWouldCancel()
    {
        // Documented: the sum is a running decimal sum, so Max + 1 - Max overflows at the second term although the
        // mathematical total (1) fits. It throws; it never returns a rounded or wrapped total.
        Assert.Throws<OverflowException>(() => Money.Sum([new Money(Max, Usd), new Money(1m, Usd), new Money(-Max, Usd)], Usd));

        // The same terms with the cancellation first are exact.
        Assert.Equal(1m, Money.Sum([new Money(Max, Usd), new Money(-Max, Usd), new Money(1m, Usd)], Usd).Amount);
    }

    [Fact]
    public void ToMinorUnits_MaxValue_ThrowsOverflow()
    {
        // Max USD is 7.9e30 cents, far beyond long (9.2e18).
        Assert.Throws<OverflowException>(() => new Money(Max, Usd).ToMinorUnits());
    }

    [Fact]
    public void Round_MaxValue_IsUnchanged()
    {
        // Max is a whole number: rounding to cents (or yen) changes nothing and must not overflow.
        Assert.Equal(Max, new Money(Max, Usd).Round().Amount);
        Assert.Equal(Max, new Money(Max, Jpy).Round(MidpointRounding.AwayFromZero).Amount);
    }

    // ---- Allocation and splitting near the 96-bit limit --------------------------------------------------------------

    [Fact]
    public void Split_MaxValueYenInThree_IsExactThirds()
    {
        // JPY has no minor unit, so Max yen is Max minor units (96 bits, the documented limit): three equal thirds.
        var parts = new Money(Max, Jpy).Split(3);
        Assert.All(parts, p => Assert.Equal(MaxInteger / 3, new BigInteger(p.Amount)));
        Assert.Equal(Max, Money.Sum(parts, Jpy).Amount);
    }

    [Fact]
    public void Allocate_MaxValueYenOverUnequalRatios_MatchesABigIntegerLargestRemainderOracle()
    {
        // Ratios 1 : 2 : 4 (sum 7), with Max = 7q + r. Oracle: floor(Max x w / 7), leftovers to the largest remainders.
        decimal[] ratios = [1m, 2m, 4m];
        var parts = new Money(Max, Jpy).Allocate(ratios);
        var expected = Oracle(MaxInteger, [1, 2, 4]);
        Assert.Equal(expected, parts.Select(p => new BigInteger(p.Amount)).ToArray());
        Assert.Equal(Max, Money.Sum(parts, Jpy).Amount);
    }

    [Fact]
    public void Allocate_LargestAllocatableDollarAmount_IsExactAndOneCentMoreThrows()
    {
        // The documented limit: the amount in minor units must fit 96 bits. (2^96 - 1) cents = 792,281,625,142,643,375,935,439,503.35 USD works;
        // one cent more cannot be represented and throws OverflowException (documented on Allocate).
        var largest = new Money(Max / 100m, Usd);
        Assert.Equal(792281625142643375935439503.35m, largest.Amount);
        var parts = largest.Allocate([1m, 1m]);
        Assert.Equal(largest.Amount, parts[0].Amount + parts[1].Amount);
        Assert.Equal(396140812571321687967719751.68m, parts[0].Amount); // 39,614,081,257,132,168,796,771,975,167.5 cents: the odd cent to index 0
        Assert.Equal(396140812571321687967719751.67m, parts[1].Amount);

        Assert.Throws<OverflowException>(() => new Money(largest.Amount + 0.01m, Usd).Allocate([1m, 1m]));
        Assert.Throws<OverflowException>(() => new Money(Max, Usd).Split(2));
    }

    [Fact]
    public void Allocate_MaxValueYenOverScale28Ratios_MatchesTheOracle()
    {
        // Ratios 1e-28 : 0.9999999999999999999999999999 force the wide (BigInteger) path: weights 1 and 10^28 - 1,
        // total x weight about 2^189. Oracle with the same integer weights.
        decimal[] ratios = [Tiny, 0.9999999999999999999999999999m, 0m];
        var parts = new Money(Max, Jpy).Allocate(ratios);
        var expected = Oracle(MaxInteger, [BigInteger.One, BigInteger.Pow(10, 28) - 1, BigInteger.Zero]);
        Assert.Equal(expected, parts.Select(p => new BigInteger(p.Amount)).ToArray());
        Assert.Equal(0m, parts[2].Amount);
        Assert.Equal(Max, Money.Sum(parts, Jpy).Amount);
    }

    [Fact]
    public void Allocate_NegativeMaxValueYen_MirrorsThePositiveAllocation()
    {
        // SPEC §2: negative totals allocate symmetrically.
        var positive = new Money(Max, Jpy).Allocate([3m, 5m, 11m]);
        var negative = new Money(-Max, Jpy).Allocate([3m, 5m, 11m]);
        Assert.Equal(positive.Select(p => -p.Amount), negative.Select(p => p.Amount));
    }

    [Fact]
    public void Allocate_Scale28RatiosOverHundredDollars_AreProportional()
    {
        // 1e-28 : 1e-28 : 2e-28 is 1 : 1 : 2, whatever the scale: 25.00, 25.00, 50.00.
        var parts = new Money(100m, Usd).Allocate([Tiny, Tiny, 2m * Tiny]);
        Assert.Equal([25.00m, 25.00m, 50.00m], parts.Select(p => p.Amount));
    }

    // ---- Scale-28 amounts ------------------------------------------------------------------------------------------

    [Fact]
    public void Add_Scale28Amounts_IsExactAndRoundsToZeroCents()
    {
        // 1e-28 + 1e-28 = 2e-28 exactly (money arithmetic does not round); rounded to cents it is 0.00.
        var sum = new Money(Tiny, Usd) + new Money(Tiny, Usd);
        Assert.Equal(2m * Tiny, sum.Amount);
        Assert.Equal(28, sum.Amount.Scale);
        Assert.Equal(0m, sum.Round().Amount);
        Assert.Equal(0m, sum.Split(2)[0].Amount);
    }

    [Fact]
    public void Parse_Scale28Amount_RoundTripsEveryDigit()
    {
        // 28 fractional digits survive the invariant text form.
        var money = new Money(1.2345678901234567890123456789m, Usd);
        Assert.Equal(money, Money.Parse(money.ToString()));
        Assert.Equal(28, Money.Parse(money.ToString()).Amount.Scale);
    }

    // ---- Metrics with huge and tiny inputs -------------------------------------------------------------------------

    [Fact]
    public void Cpa_MaxValueSpendOverThreeSales_IsExact()
    {
        // CPA = Max / 3, exact (see Divide_MaxValueByThree_IsExact); over one sale it is Max itself.
        Assert.Equal(MaxInteger / 3, new BigInteger(Cpa.Of(new Money(Max, Usd), 3m)!.Value.Amount));
        Assert.Equal(Max, Cpa.Of(new Money(Max, Usd), 1m)!.Value.Amount);
        Assert.Null(Cpa.Of(new Money(Max, Usd), 0m));
    }

    [Fact]
    public void Cpa_MaxValueSpendOverHalfASale_ThrowsDocumentedOverflow()
    {
        // Max / 0.5 = 2 Max: documented OverflowException ("a huge cost over a tiny fractional count").
        Assert.Throws<OverflowException>(() => Cpa.Of(new Money(Max, Usd), 0.5m));
    }

    [Fact]
    public void Cpc_MaxValueCostOverLongMaxClicks_IsTheExactQuotientRoundedTo28Digits()
    {
        // Max / (2^63 - 1) = 8,589,934,592.000000000931... (BigInteger oracle below); decimal keeps 28-29 significant digits.
        var cpc = Cpc.Of(new Money(Max, Usd), long.MaxValue)!.Value.Amount;
        var error = (new BigInteger(cpc * 1_000_000_000_000_000m) * long.MaxValue) - (MaxInteger * 1_000_000_000_000_000);
        Assert.True(BigInteger.Abs(error) <= long.MaxValue, $"CPC {cpc} is off by more than one unit in the 18th decimal place.");
    }

    [Fact]
    public void Cpm_HugeCostOverThousandImpressions_ThrowsDocumentedOverflow()
    {
        // CPM = 1000 x cost / impressions. Documented: "1000 x cost overflows decimal" (the product is formed first to
        // keep every digit). Max / 1000 x 1000 is therefore the largest cost that works.
        Assert.Throws<OverflowException>(() => Cpm.Of(new Money(Max, Usd), 1000));
        var largest = new Money(decimal.Truncate(Max / 1000m), Usd);
        Assert.Equal(largest.Amount, Cpm.Of(largest, 1000)!.Value.Amount);
    }

    [Fact]
    public void Roas_MaxValueRevenueOverOneDollar_IsMaxValueAndOverOneCentThrows()
    {
        // ROAS = revenue / spend: Max / 1 = Max exact; Max / 0.01 = 100 Max does not fit: documented OverflowException.
        Assert.Equal(Max, Roas.Of(new Money(Max, Usd), new Money(1m, Usd)));
        Assert.Throws<OverflowException>(() => Roas.Of(new Money(Max, Usd), new Money(0.01m, Usd)));
        Assert.Equal(0m, Roas.Of(Money.Zero(Usd), new Money(Max, Usd)));
    }

    [Fact]
    public void Roi_MaxValueCost_IsMinusOneAndMaxValueRevenue_IsExact()
    {
        // ROI = (revenue - cost) / cost. Revenue 0 over cost Max: exactly -1. Revenue Max over cost 1: Max - 1.
        Assert.Equal(-1m, Roi.Of(Money.Zero(Usd), new Money(Max, Usd)));
        Assert.Equal(Max - 1m, Roi.Of(new Money(Max, Usd), new Money(1m, Usd)));
    }

    [Fact]
    public void Ctr_OneClickInLongMaxImpressions_IsTheScale28Quotient()
    {
        // 1 / (2^63 - 1) = 1.0842021724855044...e-19. At decimal's scale 28 that is 1084202172 x 1e-28 (the next digit
        // is 4: 10^28 / (2^63 - 1) = 1,084,202,172.4855...). Every click and impression count fits.
        Assert.Equal(0.0000000000000000001084202172m, Ctr.Of(1, long.MaxValue));
        Assert.Equal(1m, Ctr.Of(long.MaxValue, long.MaxValue));
        Assert.Equal(1m, Cvr.Of(long.MaxValue, long.MaxValue));
    }

    [Fact]
    public void BreakEvenRoas_Scale28MarginRate_IsTenToThe28()
    {
        // 1 / 1e-28 = 1e28, below Max (7.9e28): exact. A margin rate of exactly 1 gives a break-even ROAS of 1.
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m, BreakEvenRoas.Of(Tiny));
        Assert.Equal(1m, BreakEvenRoas.Of(1m));
    }

    [Fact]
    public void TargetRoas_MarginOneTinyStepAboveTarget_IsTenToThe28()
    {
        // 1 / (0.5000000000000000000000000001 - 0.5) = 1 / 1e-28 = 1e28.
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m, TargetRoas.Of(0.5000000000000000000000000001m, 0.5m));
    }

    [Fact]
    public void RevenueShare_Scale28ShareOfMaxValueRevenue_IsExact()
    {
        // Max x 1e-28 = 7.9228162514264337593543950335: the same 29 digits, shifted; no rounding.
        var cost = PaymentModel.RevenueShare(Tiny).Cost(new Delivery(revenue: new Money(Max, Usd)));
        Assert.Equal(7.9228162514264337593543950335m, cost.Amount);
    }

    [Fact]
    public void Cost_CpcRateTimesLongMaxClicks_IsExactOrThrowsDocumentedOverflow()
    {
        // 0.01 x (2^63 - 1) = 92,233,720,368,547,758.07 fits; 10^10 x (2^63 - 1) = 9.2e28 > Max must throw, not wrap.
        Assert.Equal(92233720368547758.07m, PaymentModel.Cpc(new Money(0.01m, Usd)).Cost(new Delivery(clicks: long.MaxValue)).Amount);
        Assert.Throws<OverflowException>(() => PaymentModel.Cpc(new Money(10_000_000_000m, Usd)).Cost(new Delivery(clicks: long.MaxValue)));
    }

    [Fact]
    public void Cost_CpmRateTimesLongMaxImpressions_IsExact()
    {
        // CPM 1.00 x (2^63 - 1) / 1000 = 9,223,372,036,854,775.807 USD: exact (the cost is not rounded to cents).
        Assert.Equal(9223372036854775.807m, PaymentModel.Cpm(new Money(1m, Usd)).Cost(new Delivery(impressions: long.MaxValue)).Amount);
    }

    [Fact]
    public void CpaVersusMargin_MaxValueSpendAndMargin_BreaksEvenExactly()
    {
        // One sale, spend Max, margin Max: CPA = Max, total profit 0, verdict BreakEven (no overflow on the way).
        var result = CpaVersusMargin.Of(new Money(Max, Usd), 1m, new Money(Max, Usd));
        Assert.Equal(Max, result.Cpa!.Value.Amount);
        Assert.Equal(ProfitVerdict.BreakEven, result.Verdict);
    }

    [Fact]
    public void CpaVersusMargin_TotalMarginPastMaxValue_ThrowsOverflowInsteadOfAWrongVerdict()
    {
        // Two sales with a margin of Max each: total margin 2 Max does not fit decimal. Either the verdict is right
        // (Profitable: CPA 1 against a margin of Max) or an OverflowException is thrown; never a wrong verdict.
        try
        {
            var result = CpaVersusMargin.Of(new Money(2m, Usd), 2m, new Money(Max, Usd));
            Assert.Equal(ProfitVerdict.Profitable, result.Verdict);
            Assert.Equal(1m, result.Cpa!.Value.Amount);
        }
        catch (OverflowException)
        {
            // documented on CpaVersusMargin.Of
        }
    }

    [Fact]
    public void Spend_ProRataOfMaxValueOverThreeDays_IsExactThirds()
    {
        // Regression: ProRata formed Amount x overlapping days first, so Max over 3 days threw an undocumented
        // OverflowException for 2 of the 3 days (2 Max does not fit) and even for the whole period, although the part
        // is never more than the amount. Max is divisible by 3, so the parts are exact: Max / 3, 2 Max / 3, Max.
        var start = new LocalDate(2026, 1, 1);
        var spend = new Spend(new Channel("search"), new Money(Max, Jpy), new DateInterval(start, start.PlusDays(2)));
        Assert.Equal(MaxInteger / 3, new BigInteger(spend.ProRata(new DateInterval(start, start)).Amount));
        Assert.Equal(MaxInteger / 3 * 2, new BigInteger(spend.ProRata(new DateInterval(start, start.PlusDays(1))).Amount));
        Assert.Equal(Max, spend.ProRata(new DateInterval(start.PlusDays(-10), start.PlusDays(10))).Amount);
    }

    [Fact]
    public void Spend_ProRataOfHugeFractionalAmountOverSevenDays_AgreesWithBigIntegerArithmetic()
    {
        // 79,228,162,514,264,337,593,543,950.335 (Max with scale 3) over 7 days, 5 of them asked: the exact part is
        // Max x 5 / 7 thousandths = 56,591,544,653,045,955,423,959,964.525 (BigInteger below); decimal holds 29
        // significant digits, so the answer may differ from it by at most one unit of the last digit kept.
        var amount = new decimal(-1, -1, -1, false, 3);
        var start = new LocalDate(2026, 1, 1);
        var spend = new Spend(new Channel("search"), new Money(amount, Usd), new DateInterval(start, start.PlusDays(6)));
        var part = spend.ProRata(new DateInterval(start, start.PlusDays(4))).Amount;
        var exactThousandths = MaxInteger * 5 / 7;
        var gotThousandths = new BigInteger(part * 1000m);
        Assert.True(BigInteger.Abs(gotThousandths - exactThousandths) <= 1, $"{part} vs {exactThousandths} thousandths");
    }

    [Fact]
    public void CpaCeiling_FromLtvOfMaxValueOverScale28Ratio_ThrowsOverflowAndOverOne_IsExact()
    {
        // max CPA = LTV / ratio. Max / 1 = Max; Max / 0.5 overflows (documented), never a rounded ceiling.
        Assert.Equal(Max, CpaCeiling.FromLtv(new Money(Max, Usd), 1m).Amount);
        Assert.Throws<OverflowException>(() => CpaCeiling.FromLtv(new Money(Max, Usd), 0.5m));
    }

    [Fact]
    public void RetentionMargin_RetentionOneTinyStepBelowOne_IsHugeButExactOrOverflows()
    {
        // Paid at end, d = 0: LTV = m r / (1 - r) with 1 - r = 1e-28: m = 0.0001 gives 0.9999999999999999999999999999e24
        // = 999,999,999,999,999,999,999,999.9999 (r x 1e24); m = 10 gives about 1e29 > Max: OverflowException.
        var unit = PeriodUnit.Month;
        var retention = new RetentionRate(0.9999999999999999999999999999m, unit);
        var ltv = Ltv.RetentionMargin(new MoneyPerPeriod(new Money(0.0001m, Usd), unit), retention, DiscountRate.None(unit), CashFlowTiming.EndOfPeriod);
        Assert.Equal(999_999_999_999_999_999_999_999.9999m, ltv.Amount);
        Assert.Throws<OverflowException>(() =>
            Ltv.RetentionMargin(new MoneyPerPeriod(new Money(10m, Usd), unit), retention, DiscountRate.None(unit), CashFlowTiming.EndOfPeriod));
    }

    [Fact]
    public void ExpectedLifetime_RetentionOneTinyStepBelowOne_IsTenToThe28Periods()
    {
        // 1 / (1 - r) with 1 - r = 1e-28: 10^28 months, exact (below Max).
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m, Ltv.ExpectedLifetime(new RetentionRate(0.9999999999999999999999999999m, PeriodUnit.Month)).Count);
    }

    [Fact]
    public void PaybackPeriod_RetentionOneTinyStepBelowOne_FindsThePeriodInsteadOfNever()
    {
        // Regression: past 100,000 periods the search estimated n with double logarithms, and (double)q = 1 exactly for
        // q = 1 - 1e-28, so the estimate was NaN and the answer null ("never"), although the lifetime value is about
        // 10^28 USD. CAC 1,000,000.50 USD, margin 1 USD a month, no discount, paid at the end of each month: the
        // payments are q, q^2, ..., so n payments sum to n - n(n+1)/2 x 1e-28, within 1e-16 of n for n near 10^6. The sum
        // first reaches 1,000,000.50 in month 1,000,001. (A CAC of exactly 1,000,000 would be decided by a shortfall of
        // 5e-17 USD, below the precision of the closed form used past 100,000 periods; the half dollar keeps clear of it.)
        var month = PeriodUnit.Month;
        var period = Payback.Period(
            new Money(1_000_000.50m, Usd),
            new MoneyPerPeriod(new Money(1m, Usd), month),
            new RetentionRate(0.9999999999999999999999999999m, month),
            DiscountRate.None(month),
            CashFlowTiming.EndOfPeriod);
        Assert.NotNull(period);
        Assert.Equal(1_000_001m, period.Value.Count);
    }

    [Fact]
    public void PaybackPeriod_LifetimeValueBeyondDecimalRange_FindsThePeriodInsteadOfOverflowing()
    {
        // Margin 10 USD a month and retention 1 - 1e-28: the lifetime value, about 10^29 USD, does not fit decimal, but
        // the payback of a 95 USD CAC is plainly 10 months (paid at the start: 10 + 10q + ... reaches 95 in month 10).
        var month = PeriodUnit.Month;
        var period = Payback.Period(
            new Money(95m, Usd),
            new MoneyPerPeriod(new Money(10m, Usd), month),
            new RetentionRate(0.9999999999999999999999999999m, month),
            DiscountRate.None(month),
            CashFlowTiming.StartOfPeriod);
        Assert.Equal(10m, period!.Value.Count);
    }

    [Fact]
    public void PaybackPeriod_SimpleFormWithScale28Margin_IsExactOrTheDocumentedOverflow()
    {
        // ceiling(CAC / m): 1 USD over 1e-28 a month is 10^28 months (fits); 10 USD over 1e-28 is 10^29 (does not):
        // documented OverflowException.
        var month = PeriodUnit.Month;
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m, Payback.Period(new Money(1m, Usd), new MoneyPerPeriod(new Money(Tiny, Usd), month))!.Value.Count);
        Assert.Throws<OverflowException>(() => Payback.Period(new Money(10m, Usd), new MoneyPerPeriod(new Money(Tiny, Usd), month)));
    }

    [Theory]
    [InlineData("0.0000000000000000000000000001", 610502833.71013133, 610502834.71013133)]
    [InlineData("0.00000000000000000001", 2616296.8847189501, 2616297.8847189501)]
    [InlineData("0.000000000001", 11208.125458433414, 11209.125458422206)]
    public void ShiftedBetaGeometric_TinyPositiveDiscount_IsFiniteAndMatchesAHighPrecisionOracle(string discount, double derl, double startLtv)
    {
        // Regression: the discount factor 1 / (1 + d) was formed in double, where it is exactly 1 for d below about 1e-16,
        // so DERL and the infinite-horizon LTV came back null ("infinite") for alpha <= 1 although any positive discount
        // makes them finite. Oracle: mpmath 2F1 at 60 digits, alpha = 0.704, beta = 1.182 (Fader and Hardie's "Regular"):
        // DERL(n = 0) = beta / (alpha + beta) x 2F1(1, beta + 1; alpha + beta + 1; 1 / (1 + d)),
        // LTV at the start of periods = 2F1(1, beta; alpha + beta; 1 / (1 + d)) margins.
        var year = PeriodUnit.Year;
        var model = new ShiftedBetaGeometric(0.704, 1.182, year);
        var rate = new DiscountRate(decimal.Parse(discount, System.Globalization.CultureInfo.InvariantCulture), year);
        var actual = model.DiscountedExpectedResidualLifetime(rate, 0);
        Assert.NotNull(actual);
        Assert.Equal(derl, actual.Value, derl * 1e-10);
        var ltv = model.MarginLtv(new MoneyPerPeriod(new Money(1m, Usd), year), rate, CashFlowTiming.StartOfPeriod);
        Assert.NotNull(ltv);
        Assert.Equal((decimal)startLtv, ltv.Value.Amount, 2);

        // No discount at all stays infinite (null): alpha <= 1 means the expected lifetime itself is infinite.
        Assert.Null(model.DiscountedExpectedResidualLifetime(DiscountRate.None(year), 0));
    }

    /// <summary>Largest-remainder apportionment in arbitrary precision: floors, then leftovers to the largest remainders (ties to the earlier index).</summary>
    private static BigInteger[] Oracle(BigInteger total, BigInteger[] weights)
    {
        var sum = weights.Aggregate(BigInteger.Zero, (a, b) => a + b);
        var shares = weights.Select(w => BigInteger.DivRem(total * w, sum)).ToArray();
        var result = shares.Select(s => s.Quotient).ToArray();
        var leftover = (int)(total - result.Aggregate(BigInteger.Zero, (a, b) => a + b));
        var order = Enumerable.Range(0, weights.Length).OrderByDescending(i => shares[i].Remainder).ThenBy(i => i).Take(leftover);
        foreach (var i in order)
        {
            result[i] += 1;
        }

        return result;
    }
}
