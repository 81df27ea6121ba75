using NodaTime;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>Bad-input rows for <c>PerfMetrics.Lifetime</c>: units and rates, closed-form LTV, ceilings, sBG, RFM, BG/NBD, Gamma-Gamma, CLV (SPEC §5).</summary>
internal static class LifetimeBadInputs
{
    private const string Finite = "must be a finite number greater than zero";
    private const string NoUnit = "must name a period unit";
    private const string SameUnit = "must use the same period unit";
    private const string InCurrency = "must be in a currency";

    private static readonly Currency Usd = Currency.Usd;
    private static readonly Money TenUsd = new(10m, Usd);
    private static readonly Money MinusOneUsd = new(-1m, Usd);
    private static readonly PeriodUnit Week = PeriodUnit.Week;
    private static readonly PeriodUnit Month = PeriodUnit.Month;
    private static readonly MoneyPerPeriod MarginPerMonth = new(TenUsd, Month);
    private static readonly RetentionRate RetentionMonthly = new(0.8m, Month);
    private static readonly DiscountRate DiscountMonthly = new(0.01m, Month);
    private static readonly PurchaseFrequency TwicePerMonth = new(2m, Month);
    private static readonly BgNbd Purchases = new(0.243, 4.414, 0.793, 2.426, Week);
    private static readonly GammaGamma Spend = new(6.25, 3.74, 15.44, Usd);
    private static readonly ShiftedBetaGeometric Sbg = new(0.704, 1.182, Month);
    private static readonly DiscountRate DiscountWeekly = new(0.002m, Week);
    private static readonly LocalDate Jan1 = new(2026, 1, 1);

    private static Periods Weeks(decimal count) => new(count, Week);

    private static CustomerTransaction Buy(string id, int day, decimal amount = 10m) => new(id, Jan1.PlusDays(day), new Money(amount, Usd));

    private static RfmSummary Summary(PeriodUnit unit) =>
        RfmSummary.Build([Buy("a", 0), Buy("a", 14), Buy("a", 35, 20m), Buy("b", 3)], unit, PurchaseMerging.SamePeriod, Jan1.PlusDays(70));

    private static CustomerRfm RepeatBuyer => Summary(Week).Customers[0];

    internal static IEnumerable<BadInputRow> Rows()
    {
        // Units and unit-carrying values
        yield return Row.Throws<ArgumentOutOfRangeException>("PeriodUnit.Days(int)", Zero, "zero days", () => PeriodUnit.Days(0), "count", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("PeriodUnit.Weeks(int)", Negative, "negative weeks", () => PeriodUnit.Weeks(-1), "count", "must be positive");
        yield return Row.Throws<OverflowException>("PeriodUnit.Weeks(int)", Overflow, "more days than an int", () => PeriodUnit.Weeks(int.MaxValue), null, "overflow");
        yield return Row.Throws<ArgumentOutOfRangeException>("PeriodUnit.Months(int)", Zero, "zero months", () => PeriodUnit.Months(0), "count", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("PeriodUnit.Years(int)", Negative, "negative years", () => PeriodUnit.Years(-3), "count", "must be positive");
        yield return Row.Throws<OverflowException>("PeriodUnit.Years(int)", Overflow, "more months than an int", () => PeriodUnit.Years(int.MaxValue), null, "overflow");
        yield return Row.Throws<InvalidOperationException>("PeriodUnit.ToPeriod(int)", DefaultStruct, "default(PeriodUnit)", () => default(PeriodUnit).ToPeriod(), null, "default(PeriodUnit)");
        yield return Row.Throws<OverflowException>("PeriodUnit.ToPeriod(int)", Overflow, "more months than an int", () => PeriodUnit.Year.ToPeriod(int.MaxValue), null, "overflow");
        yield return Row.Throws<InvalidOperationException>("PeriodUnit.AddTo(LocalDate, int)", DefaultStruct, "default(PeriodUnit)", () => default(PeriodUnit).AddTo(Jan1, 1), null, "default(PeriodUnit)");
        yield return Row.Throws<OverflowException>("PeriodUnit.AddTo(LocalDate, int)", Overflow, "more days than an int", () => PeriodUnit.Week.AddTo(Jan1, int.MaxValue), null, "overflow");
        yield return Row.Throws<InvalidOperationException>("PeriodUnit.WholePeriodsBetween(LocalDate, LocalDate)", DefaultStruct, "default(PeriodUnit)", () => default(PeriodUnit).WholePeriodsBetween(Jan1, Jan1), null, "default(PeriodUnit)");
        yield return Row.Throws<ArgumentException>("PeriodUnit.WholePeriodsBetween(LocalDate, LocalDate)", Inconsistent, "end before start", () => Week.WholePeriodsBetween(Jan1, Jan1.PlusDays(-1)), "end", "must be on or after start");
        yield return Row.Throws<ArgumentNullException>("PeriodUnit.Parse(string, IFormatProvider?)", Null, "null text", () => PeriodUnit.Parse(null!), "s", "null");
        yield return Row.Throws<FormatException>("PeriodUnit.Parse(string, IFormatProvider?)", Empty, "empty text", () => PeriodUnit.Parse(string.Empty), null, "must be an ISO 8601 period unit");
        yield return Row.Throws<FormatException>("PeriodUnit.Parse(string, IFormatProvider?)", Zero, "P0D", () => PeriodUnit.Parse("P0D"), null, "must be an ISO 8601 period unit");
        yield return Row.Throws<FormatException>("PeriodUnit.Parse(string, IFormatProvider?)", Negative, "P-1W", () => PeriodUnit.Parse("P-1W"), null, "must be an ISO 8601 period unit");
        yield return Row.Throws<FormatException>("PeriodUnit.Parse(string, IFormatProvider?)", Malformed, "two designators", () => PeriodUnit.Parse("P1W2D"), null, "must be an ISO 8601 period unit");
        yield return Row.Throws<FormatException>("PeriodUnit.Parse(string, IFormatProvider?)", Overflow, "count beyond int", () => PeriodUnit.Parse("P99999999999D"), null, "must be an ISO 8601 period unit");
        yield return Row.Throws<FormatException>("PeriodUnit.Parse(ReadOnlySpan<char>, IFormatProvider?)", Malformed, "no P", () => PeriodUnit.Parse("1W".AsSpan()), null, "must be an ISO 8601 period unit");
        yield return Row.Throws<FormatException>("PeriodUnit.Parse(ReadOnlySpan<char>, IFormatProvider?)", Malformed, "time designator", () => PeriodUnit.Parse("PT1H".AsSpan()), null, "must be an ISO 8601 period unit");
        yield return Row.Throws<ArgumentOutOfRangeException>("new Periods(decimal, PeriodUnit)", Negative, "negative count", () => new Periods(-1m, Week), "count", "must be non-negative");
        yield return Row.Throws<ArgumentException>("new Periods(decimal, PeriodUnit)", DefaultStruct, "default unit", () => new Periods(1m, default), "unit", NoUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("new PurchaseFrequency(decimal, PeriodUnit)", Negative, "negative purchases", () => new PurchaseFrequency(-2m, Month), "purchases", "must be non-negative");
        yield return Row.Throws<ArgumentException>("new PurchaseFrequency(decimal, PeriodUnit)", DefaultStruct, "default unit", () => new PurchaseFrequency(2m, default), "per", NoUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("new RetentionRate(decimal, PeriodUnit)", OutOfRange, "retention 1", () => new RetentionRate(1m, Month), "value", "must be at least 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("new RetentionRate(decimal, PeriodUnit)", OutOfRange, "80 meant as 80%", () => new RetentionRate(80m, Month), "value", "must be at least 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("new RetentionRate(decimal, PeriodUnit)", Negative, "negative retention", () => new RetentionRate(-0.1m, Month), "value", "must be at least 0 and less than 1");
        yield return Row.Throws<ArgumentException>("new RetentionRate(decimal, PeriodUnit)", DefaultStruct, "default unit", () => new RetentionRate(0.8m, default), "per", NoUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("new RetentionRate(decimal, PeriodUnit)", OutOfRange, "80 meant as 80%: says a rate is a fraction", () => new RetentionRate(80m, Month), "value", "(a rate is a fraction: 0.10 for 10%), was 80.");
        yield return Row.Throws<ArgumentOutOfRangeException>("new DiscountRate(decimal, PeriodUnit)", Negative, "negative rate", () => new DiscountRate(-0.01m, Month), "value", "must be at least 0 and at most 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("new DiscountRate(decimal, PeriodUnit)", OutOfRange, "10 meant as 10%", () => new DiscountRate(10m, Month), "value", "(discount rate per period) must be at least 0 and at most 1 (a rate is a fraction: 0.10 for 10%), was 10.");
        yield return Row.Throws<ArgumentOutOfRangeException>("new DiscountRate(decimal, PeriodUnit)", OutOfRange, "just above 100%", () => new DiscountRate(1.0001m, Month), "value", "must be at least 0 and at most 1");
        yield return Row.Throws<InvalidOperationException>("DiscountRate.ConvertTo(PeriodUnit)", DefaultStruct, "default(DiscountRate)", () => default(DiscountRate).ConvertTo(Month), null, "default(DiscountRate)");
        yield return Row.Throws<ArgumentException>("DiscountRate.ConvertTo(PeriodUnit)", DefaultStruct, "default unit", () => DiscountMonthly.ConvertTo(default), "per", NoUnit);
        yield return Row.Throws<ArgumentException>("DiscountRate.ConvertTo(PeriodUnit)", Inconsistent, "months to weeks", () => DiscountMonthly.ConvertTo(Week), "per", "a month has no fixed number of days");
        yield return Row.Throws<ArgumentOutOfRangeException>("DiscountRate.ConvertTo(PeriodUnit)", OutOfRange, "50% a year over ten years", () => new DiscountRate(0.5m, PeriodUnit.Year).ConvertTo(PeriodUnit.Years(10)), "per", "above 1 (100%) per period; use a shorter unit");
        yield return Row.Throws<ArgumentOutOfRangeException>("DiscountRate.ConvertTo(PeriodUnit)", Overflow, "100% a day over a million weeks", () => new DiscountRate(1m, PeriodUnit.Day).ConvertTo(PeriodUnit.Weeks(1_000_000)), "per", "use a shorter unit");
        yield return Row.Throws<InvalidOperationException>("RetentionRate.ConvertTo(PeriodUnit)", DefaultStruct, "default(RetentionRate)", () => default(RetentionRate).ConvertTo(Month), null, "default(RetentionRate)");
        yield return Row.Throws<ArgumentException>("RetentionRate.ConvertTo(PeriodUnit)", DefaultStruct, "default unit", () => RetentionMonthly.ConvertTo(default), "per", NoUnit);
        yield return Row.Throws<ArgumentException>("RetentionRate.ConvertTo(PeriodUnit)", Inconsistent, "weeks to months", () => new RetentionRate(0.9m, Week).ConvertTo(Month), "per", "a month has no fixed number of days");
        yield return Row.Throws<ArgumentOutOfRangeException>("RetentionRate.ConvertTo(PeriodUnit)", OutOfRange, "retention next to 1 per much shorter unit", () => new RetentionRate(0.9999999999999999999999999999m, PeriodUnit.Years(1000)).ConvertTo(Month), "per", "rounds to 1");
        yield return Row.Throws<ArgumentException>("new DiscountRate(decimal, PeriodUnit)", DefaultStruct, "default unit", () => new DiscountRate(0.01m, default), "per", NoUnit);
        yield return Row.Throws<ArgumentException>("DiscountRate.None(PeriodUnit)", DefaultStruct, "default unit", () => DiscountRate.None(default), "per", NoUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("new MoneyPerPeriod(Money, PeriodUnit)", Negative, "negative amount", () => new MoneyPerPeriod(MinusOneUsd, Month), "amount", "must be non-negative");
        yield return Row.Throws<ArgumentException>("new MoneyPerPeriod(Money, PeriodUnit)", DefaultStruct, "default amount", () => new MoneyPerPeriod(default, Month), "amount", InCurrency);
        yield return Row.Throws<ArgumentException>("new MoneyPerPeriod(Money, PeriodUnit)", DefaultStruct, "default unit", () => new MoneyPerPeriod(TenUsd, default), "per", NoUnit);

        // Closed-form LTV
        yield return Row.Throws<ArgumentOutOfRangeException>("Ltv.SimpleRevenue(Money, PurchaseFrequency, Periods)", Negative, "negative order value", () => Ltv.SimpleRevenue(MinusOneUsd, TwicePerMonth, new Periods(12m, Month)), "averageOrderValue", "must be non-negative");
        yield return Row.Throws<ArgumentException>("Ltv.SimpleRevenue(Money, PurchaseFrequency, Periods)", DefaultStruct, "default order value", () => Ltv.SimpleRevenue(default, TwicePerMonth, new Periods(12m, Month)), "averageOrderValue", InCurrency);
        yield return Row.Throws<ArgumentException>("Ltv.SimpleRevenue(Money, PurchaseFrequency, Periods)", DefaultStruct, "default frequency", () => Ltv.SimpleRevenue(TenUsd, default, new Periods(12m, Month)), "purchases", "must be a PurchaseFrequency with a period unit");
        yield return Row.Throws<ArgumentException>("Ltv.SimpleRevenue(Money, PurchaseFrequency, Periods)", Inconsistent, "lifetime in weeks, frequency per month", () => Ltv.SimpleRevenue(TenUsd, TwicePerMonth, Weeks(52m)), "expectedLifetime", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("Ltv.SimpleMargin(Money, PurchaseFrequency, decimal, Periods)", Zero, "zero margin rate", () => Ltv.SimpleMargin(TenUsd, TwicePerMonth, 0m, new Periods(12m, Month)), "grossMarginRate", "must be greater than 0 and at most 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("Ltv.SimpleMargin(Money, PurchaseFrequency, decimal, Periods)", OutOfRange, "40 meant as 40%", () => Ltv.SimpleMargin(TenUsd, TwicePerMonth, 40m, new Periods(12m, Month)), "grossMarginRate", "must be greater than 0 and at most 1 (a rate is a fraction: 0.10 for 10%), was 40.");
        yield return Row.Throws<ArgumentException>("Ltv.SimpleMargin(Money, PurchaseFrequency, decimal, Periods)", DefaultStruct, "default lifetime", () => Ltv.SimpleMargin(TenUsd, TwicePerMonth, 0.4m, default), "expectedLifetime", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>("Ltv.ExpectedLifetime(RetentionRate)", DefaultStruct, "default retention", () => Ltv.ExpectedLifetime(default), "retention", "must be a RetentionRate with a period unit");
        yield return Row.Throws<ArgumentException>("Ltv.RetentionRevenue(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)", DefaultStruct, "default revenue", () => Ltv.RetentionRevenue(default, RetentionMonthly, DiscountMonthly, CashFlowTiming.EndOfPeriod), "revenue", "must be a MoneyPerPeriod with a currency and a period unit");
        yield return Row.Throws<ArgumentException>("Ltv.RetentionRevenue(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)", Inconsistent, "weekly discount, monthly revenue", () => Ltv.RetentionRevenue(MarginPerMonth, RetentionMonthly, DiscountWeekly, CashFlowTiming.EndOfPeriod), "discount", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("Ltv.RetentionRevenue(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)", OutOfRange, "undefined timing", () => Ltv.RetentionRevenue(MarginPerMonth, RetentionMonthly, DiscountMonthly, (CashFlowTiming)7), "timing", "must be CashFlowTiming.StartOfPeriod or CashFlowTiming.EndOfPeriod");
        yield return Row.Throws<ArgumentException>("Ltv.RetentionRevenue(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)", Inconsistent, "horizon in weeks", () => Ltv.RetentionRevenue(MarginPerMonth, RetentionMonthly, DiscountMonthly, CashFlowTiming.EndOfPeriod, Weeks(10m)), "horizon", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("Ltv.RetentionRevenue(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)", OutOfRange, "fractional horizon", () => Ltv.RetentionRevenue(MarginPerMonth, RetentionMonthly, DiscountMonthly, CashFlowTiming.EndOfPeriod, new Periods(2.5m, Month)), "horizon", "must be a whole number of periods");
        yield return Row.Throws<ArgumentException>("Ltv.RetentionMargin(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)", DefaultStruct, "default discount", () => Ltv.RetentionMargin(MarginPerMonth, RetentionMonthly, default, CashFlowTiming.StartOfPeriod), "discount", "must be a DiscountRate with a period unit");
        yield return Row.Throws<ArgumentException>("Ltv.RetentionMargin(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)", Inconsistent, "weekly retention, monthly margin", () => Ltv.RetentionMargin(MarginPerMonth, new RetentionRate(0.9m, Week), DiscountMonthly, CashFlowTiming.StartOfPeriod), "retention", SameUnit);
        yield return Row.Throws<ArgumentException>("Ltv.RetentionMargin(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)", DefaultStruct, "default horizon", () => Ltv.RetentionMargin(MarginPerMonth, RetentionMonthly, DiscountMonthly, CashFlowTiming.StartOfPeriod, default), "horizon", "must be Periods with a unit");
        yield return Row.Throws<ArgumentOutOfRangeException>("Ltv.RetentionMargin(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)", OutOfRange, "fractional horizon", () => Ltv.RetentionMargin(MarginPerMonth, RetentionMonthly, DiscountMonthly, CashFlowTiming.StartOfPeriod, new Periods(0.5m, Month)), "horizon", "must be a whole number of periods");

        // Payback and CPA ceilings
        yield return Row.Throws<ArgumentOutOfRangeException>("Payback.Period(Money, MoneyPerPeriod)", Negative, "negative CAC", () => Payback.Period(MinusOneUsd, MarginPerMonth), "cac", "must be non-negative");
        yield return Row.Throws<ArgumentException>("Payback.Period(Money, MoneyPerPeriod)", DefaultStruct, "default CAC", () => Payback.Period(default, MarginPerMonth), "cac", InCurrency);
        yield return Row.Throws<ArgumentException>("Payback.Period(Money, MoneyPerPeriod)", DefaultStruct, "default margin", () => Payback.Period(TenUsd, default), "margin", "must be a MoneyPerPeriod with a currency and a period unit");
        yield return Row.Throws<CurrencyMismatchException>("Payback.Period(Money, MoneyPerPeriod)", CurrencyMismatch, "EUR CAC, USD margin", () => Payback.Period(new Money(10m, Currency.Eur), MarginPerMonth), "margin", "cannot be combined");
        yield return Row.Throws<ArgumentException>("Payback.Period(Money, MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)", DefaultStruct, "default retention", () => Payback.Period(TenUsd, MarginPerMonth, default(RetentionRate), DiscountMonthly, CashFlowTiming.EndOfPeriod), "retention", "must be a RetentionRate with a period unit");
        yield return Row.Throws<ArgumentException>("Payback.Period(Money, MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)", Inconsistent, "weekly discount", () => Payback.Period(TenUsd, MarginPerMonth, RetentionMonthly, DiscountWeekly, CashFlowTiming.EndOfPeriod), "discount", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("Payback.Period(Money, MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)", OutOfRange, "undefined timing", () => Payback.Period(TenUsd, MarginPerMonth, RetentionMonthly, DiscountMonthly, (CashFlowTiming)(-1)), "timing", "must be CashFlowTiming.StartOfPeriod or CashFlowTiming.EndOfPeriod");
        yield return Row.Throws<CurrencyMismatchException>("Payback.Period(Money, MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)", CurrencyMismatch, "EUR CAC, USD margin", () => Payback.Period(new Money(10m, Currency.Eur), MarginPerMonth, RetentionMonthly, DiscountMonthly, CashFlowTiming.EndOfPeriod), "margin", "cannot be combined");
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaCeiling.FromLtv(Money, decimal)", Negative, "negative LTV", () => CpaCeiling.FromLtv(MinusOneUsd), "marginLtv", "must be non-negative");
        yield return Row.Throws<ArgumentException>("CpaCeiling.FromLtv(Money, decimal)", DefaultStruct, "default LTV", () => CpaCeiling.FromLtv(default), "marginLtv", InCurrency);
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaCeiling.FromLtv(Money, decimal)", Zero, "zero ratio", () => CpaCeiling.FromLtv(TenUsd, 0m), "targetLtvToCacRatio", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaCeiling.FromLtv(Money, decimal)", Negative, "negative ratio", () => CpaCeiling.FromLtv(TenUsd, -3m), "targetLtvToCacRatio", "must be positive");
        yield return Row.Throws<ArgumentException>("CpaCeiling.FromPayback(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)", DefaultStruct, "default margin", () => CpaCeiling.FromPayback(default, RetentionMonthly, DiscountMonthly, CashFlowTiming.EndOfPeriod, new Periods(6m, Month)), "margin", "must be a MoneyPerPeriod with a currency and a period unit");
        yield return Row.Throws<ArgumentException>("CpaCeiling.FromPayback(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)", Inconsistent, "window in weeks", () => CpaCeiling.FromPayback(MarginPerMonth, RetentionMonthly, DiscountMonthly, CashFlowTiming.EndOfPeriod, Weeks(26m)), "paybackWindow", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaCeiling.FromPayback(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)", OutOfRange, "fractional window", () => CpaCeiling.FromPayback(MarginPerMonth, RetentionMonthly, DiscountMonthly, CashFlowTiming.EndOfPeriod, new Periods(1.5m, Month)), "paybackWindow", "must be a whole number of periods");
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaCeiling.FromPayback(MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming, Periods)", OutOfRange, "undefined timing", () => CpaCeiling.FromPayback(MarginPerMonth, RetentionMonthly, DiscountMonthly, (CashFlowTiming)3, new Periods(6m, Month)), "timing", "must be CashFlowTiming.StartOfPeriod or CashFlowTiming.EndOfPeriod");
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaCeiling.Check(Money, Money)", Negative, "negative CPA", () => CpaCeiling.Check(MinusOneUsd, TenUsd), "cpa", "must be non-negative");
        yield return Row.Throws<ArgumentException>("CpaCeiling.Check(Money, Money)", DefaultStruct, "default ceiling", () => CpaCeiling.Check(TenUsd, default), "ceiling", InCurrency);
        yield return Row.Throws<CurrencyMismatchException>("CpaCeiling.Check(Money, Money)", CurrencyMismatch, "USD CPA, EUR ceiling", () => CpaCeiling.Check(TenUsd, new Money(10m, Currency.Eur)), "ceiling", "cannot be combined");
        yield return Row.Throws<ArgumentOutOfRangeException>("CpaCeiling.Check(Money, decimal, Money)", Negative, "negative acquisitions", () => CpaCeiling.Check(TenUsd, -1, TenUsd), "acquisitions", "must be non-negative");
        yield return Row.Throws<ArgumentException>("CpaCeiling.Check(Money, decimal, Money)", DefaultStruct, "default spend", () => CpaCeiling.Check(default, 1, TenUsd), "spend", InCurrency);
        yield return Row.Throws<CurrencyMismatchException>("CpaCeiling.Check(Money, decimal, Money)", CurrencyMismatch, "USD spend, EUR ceiling", () => CpaCeiling.Check(TenUsd, 2, new Money(10m, Currency.Eur)), "ceiling", "cannot be combined");

        // Shifted-beta-geometric
        yield return Row.Throws<ArgumentOutOfRangeException>("new ShiftedBetaGeometric(double, double, PeriodUnit)", Zero, "zero alpha", () => new ShiftedBetaGeometric(0d, 1d, Month), "alpha", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new ShiftedBetaGeometric(double, double, PeriodUnit)", NaN, "NaN beta", () => new ShiftedBetaGeometric(1d, double.NaN, Month), "beta", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new ShiftedBetaGeometric(double, double, PeriodUnit)", Infinity, "infinite alpha", () => new ShiftedBetaGeometric(double.PositiveInfinity, 1d, Month), "alpha", Finite);
        yield return Row.Throws<ArgumentException>("new ShiftedBetaGeometric(double, double, PeriodUnit)", DefaultStruct, "default unit", () => new ShiftedBetaGeometric(1d, 1d, default), "unit", NoUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.ChurnProbability(int)", Zero, "period 0", () => Sbg.ChurnProbability(0), "period", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.Survival(int)", Negative, "period -1", () => Sbg.Survival(-1), "period", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.Retention(int)", Zero, "period 0", () => Sbg.Retention(0), "period", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.SurvivalCurve(int)", Negative, "last period -1", () => Sbg.SurvivalCurve(-1), "lastPeriod", "must be between 0 and 100000000");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.SurvivalCurve(int)", OutOfRange, "last period int.MaxValue", () => Sbg.SurvivalCurve(int.MaxValue), "lastPeriod", "must be between 0 and 100000000");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.ProjectSurvivors(long, int)", Zero, "empty cohort", () => Sbg.ProjectSurvivors(0, 5), "cohortSize", "must be at least 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.ProjectSurvivors(long, int)", Negative, "last period -1", () => Sbg.ProjectSurvivors(1000, -1), "lastPeriod", "must be between 0 and 100000000");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.DiscountedExpectedResidualLifetime(DiscountRate, int)", DefaultStruct, "default discount", () => Sbg.DiscountedExpectedResidualLifetime(default, 0), "discount", "must be a DiscountRate with a period unit");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.DiscountedExpectedResidualLifetime(DiscountRate, int)", Inconsistent, "weekly discount, monthly model", () => Sbg.DiscountedExpectedResidualLifetime(DiscountWeekly, 0), "discount", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.DiscountedExpectedResidualLifetime(DiscountRate, int)", Negative, "negative renewals", () => Sbg.DiscountedExpectedResidualLifetime(DiscountMonthly, -1), "renewals", "must be non-negative");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.ResidualMarginValue(MoneyPerPeriod, DiscountRate, int)", DefaultStruct, "default margin", () => Sbg.ResidualMarginValue(default, DiscountMonthly, 0), "margin", "must be a MoneyPerPeriod with a currency and a period unit");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.ResidualMarginValue(MoneyPerPeriod, DiscountRate, int)", Negative, "negative renewals", () => Sbg.ResidualMarginValue(MarginPerMonth, DiscountMonthly, -2), "renewals", "must be non-negative");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.MarginLtv(MoneyPerPeriod, DiscountRate, CashFlowTiming)", Inconsistent, "weekly margin, monthly model", () => Sbg.MarginLtv(new MoneyPerPeriod(TenUsd, Week), DiscountMonthly, CashFlowTiming.EndOfPeriod), "margin", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.MarginLtv(MoneyPerPeriod, DiscountRate, CashFlowTiming)", OutOfRange, "undefined timing", () => Sbg.MarginLtv(MarginPerMonth, DiscountMonthly, (CashFlowTiming)2), "timing", "must be CashFlowTiming.StartOfPeriod or CashFlowTiming.EndOfPeriod");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.MarginLtv(MoneyPerPeriod, DiscountRate, CashFlowTiming, Periods)", Inconsistent, "horizon in weeks", () => Sbg.MarginLtv(MarginPerMonth, DiscountMonthly, CashFlowTiming.EndOfPeriod, Weeks(8m)), "horizon", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.MarginLtv(MoneyPerPeriod, DiscountRate, CashFlowTiming, Periods)", OutOfRange, "fractional horizon", () => Sbg.MarginLtv(MarginPerMonth, DiscountMonthly, CashFlowTiming.EndOfPeriod, new Periods(3.5m, Month)), "horizon", "must be a whole number of periods");
        yield return Row.Throws<ArgumentNullException>("ShiftedBetaGeometric.Fit(IReadOnlyList<long>, PeriodUnit)", Null, "null survivors", () => ShiftedBetaGeometric.Fit((IReadOnlyList<long>)null!, Month), "survivors", "null");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.Fit(IReadOnlyList<long>, PeriodUnit)", Empty, "one period only", () => ShiftedBetaGeometric.Fit([1000L], Month), "survivors", "must hold period 0 (the whole cohort) and at least one later period");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.Fit(IReadOnlyList<long>, PeriodUnit)", Zero, "empty cohort", () => ShiftedBetaGeometric.Fit([0L, 0L], Month), "survivors[0]", "must be at least 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.Fit(IReadOnlyList<long>, PeriodUnit)", Negative, "negative count", () => ShiftedBetaGeometric.Fit([1000L, -5L], Month), "survivors[1]", "must be non-negative");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.Fit(IReadOnlyList<long>, PeriodUnit)", Inconsistent, "survivors increase", () => ShiftedBetaGeometric.Fit([1000L, 600L, 700L], Month), "survivors", "must never increase");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.Fit(IReadOnlyList<long>, PeriodUnit)", DefaultStruct, "default unit", () => ShiftedBetaGeometric.Fit([1000L, 600L], default), "unit", NoUnit);
        yield return Row.Throws<ArgumentNullException>("ShiftedBetaGeometric.Fit(IReadOnlyList<decimal>, long, PeriodUnit)", Null, "null shares", () => ShiftedBetaGeometric.Fit((IReadOnlyList<decimal>)null!, 1000, Month), "survivalShares", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.Fit(IReadOnlyList<decimal>, long, PeriodUnit)", Zero, "empty cohort", () => ShiftedBetaGeometric.Fit([1m, 0.6m], 0, Month), "cohortSize", "must be at least 1");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.Fit(IReadOnlyList<decimal>, long, PeriodUnit)", Inconsistent, "first share not 1", () => ShiftedBetaGeometric.Fit([100m, 63.1m], 1000, Month), "survivalShares", "survivalShares[0] must be 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("ShiftedBetaGeometric.Fit(IReadOnlyList<decimal>, long, PeriodUnit)", OutOfRange, "share above 1", () => ShiftedBetaGeometric.Fit([1m, 1.2m], 1000, Month), "survivalShares[1]", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.Fit(IReadOnlyList<decimal>, long, PeriodUnit)", Inconsistent, "shares increase", () => ShiftedBetaGeometric.Fit([1m, 0.5m, 0.6m], 1000, Month), "survivalShares", "must never increase");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.Fit(IReadOnlyList<decimal>, long, PeriodUnit)", Empty, "period 0 only", () => ShiftedBetaGeometric.Fit([1m], 1000, Month), "survivalShares", "at least one later period");

        // Transactions and RFM summaries
        yield return Row.Throws<ArgumentNullException>("new CustomerTransaction(string, LocalDate, Money)", Null, "null id", () => new CustomerTransaction(null!, Jan1, TenUsd), "customerId", "null");
        yield return Row.Throws<ArgumentException>("new CustomerTransaction(string, LocalDate, Money)", Empty, "empty id", () => new CustomerTransaction(string.Empty, Jan1, TenUsd), "customerId", "must not be empty");
        yield return Row.Throws<ArgumentOutOfRangeException>("new CustomerTransaction(string, LocalDate, Money)", Negative, "negative value", () => new CustomerTransaction("a", Jan1, MinusOneUsd), "value", "must be non-negative");
        yield return Row.Throws<ArgumentException>("new CustomerTransaction(string, LocalDate, Money)", DefaultStruct, "default value", () => new CustomerTransaction("a", Jan1, default), "value", InCurrency);
        yield return Row.Throws<ArgumentNullException>("CustomerTransaction.At(string, Instant, DateTimeZone, Money)", Null, "null zone", () => CustomerTransaction.At("a", Instant.FromUtc(2026, 1, 1, 0, 0), null!, TenUsd), "zone", "null");
        yield return Row.Throws<ArgumentNullException>("CustomerTransaction.At(string, Instant, DateTimeZone, Money)", Null, "null id", () => CustomerTransaction.At(null!, Instant.FromUtc(2026, 1, 1, 0, 0), DateTimeZone.Utc, TenUsd), "customerId", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("CustomerTransaction.At(string, Instant, DateTimeZone, Money)", Negative, "negative value", () => CustomerTransaction.At("a", Instant.FromUtc(2026, 1, 1, 0, 0), DateTimeZone.Utc, MinusOneUsd), "value", "must be non-negative");
        yield return Row.Throws<ArgumentNullException>("RfmSummary.Build(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate)", Null, "null transactions", () => RfmSummary.Build(null!, Week, PurchaseMerging.SameDay, Jan1), "transactions", "null");
        yield return Row.Throws<ArgumentException>("RfmSummary.Build(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate)", Empty, "no transactions", () => RfmSummary.Build([], Week, PurchaseMerging.SameDay, Jan1), "transactions", "must hold at least one purchase");
        yield return Row.Throws<ArgumentException>("RfmSummary.Build(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate)", Inconsistent, "every purchase after the end", () => RfmSummary.Build([Buy("a", 10)], Week, PurchaseMerging.SameDay, Jan1), "transactions", "must hold at least one purchase");
        yield return Row.Throws<ArgumentException>("RfmSummary.Build(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate)", DefaultStruct, "default unit", () => RfmSummary.Build([Buy("a", 0)], default, PurchaseMerging.SameDay, Jan1), "unit", NoUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("RfmSummary.Build(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate)", OutOfRange, "undefined merging", () => RfmSummary.Build([Buy("a", 0)], Week, (PurchaseMerging)0, Jan1), "merging", "must be PurchaseMerging.SameDay or PurchaseMerging.SamePeriod");
        yield return Row.Throws<ArgumentException>("RfmSummary.Build(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate)", Inconsistent, "same-day merging with months", () => RfmSummary.Build([Buy("a", 0)], Month, PurchaseMerging.SameDay, Jan1), "merging", "needs a fixed-length unit");
        yield return Row.Throws<ArgumentException>("RfmSummary.Build(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate)", DefaultStruct, "default transaction", () => RfmSummary.Build([Buy("a", 0), default], Week, PurchaseMerging.SameDay, Jan1), "transactions", "transactions[1] must have a customer id");
        yield return Row.Throws<CurrencyMismatchException>("RfmSummary.Build(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate)", CurrencyMismatch, "USD and EUR purchases", () => RfmSummary.Build([Buy("a", 0), new CustomerTransaction("b", Jan1, new Money(5m, Currency.Eur))], Week, PurchaseMerging.SameDay, Jan1), "transactions[1]", "cannot be combined");
        yield return Row.Throws<ArgumentException>("RfmSummary.Build(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate, LocalDate)", Inconsistent, "observation end before calibration end", () => RfmSummary.Build([Buy("a", 0)], Week, PurchaseMerging.SameDay, Jan1.PlusDays(7), Jan1), "observationEnd", "must be on or after calibrationEnd");
        yield return Row.Throws<ArgumentNullException>("RfmSummary.Build(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate, LocalDate)", Null, "null transactions", () => RfmSummary.Build(null!, Week, PurchaseMerging.SameDay, Jan1, Jan1.PlusDays(7)), "transactions", "null");

        // BG/NBD
        yield return Row.Throws<ArgumentOutOfRangeException>("new BgNbd(double, double, double, double, PeriodUnit)", Zero, "zero r", () => new BgNbd(0d, 1d, 1d, 1d, Week), "r", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new BgNbd(double, double, double, double, PeriodUnit)", NaN, "NaN alpha", () => new BgNbd(1d, double.NaN, 1d, 1d, Week), "alpha", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new BgNbd(double, double, double, double, PeriodUnit)", Negative, "negative a", () => new BgNbd(1d, 1d, -1d, 1d, Week), "a", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new BgNbd(double, double, double, double, PeriodUnit)", Infinity, "infinite b", () => new BgNbd(1d, 1d, 1d, double.PositiveInfinity, Week), "b", Finite);
        yield return Row.Throws<ArgumentException>("new BgNbd(double, double, double, double, PeriodUnit)", DefaultStruct, "default unit", () => new BgNbd(1d, 1d, 1d, 1d, default), "unit", NoUnit);
        yield return Row.Throws<ArgumentException>("BgNbd.ExpectedPurchases(Periods)", DefaultStruct, "default t", () => Purchases.ExpectedPurchases(default), "t", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>("BgNbd.ExpectedPurchases(Periods)", Inconsistent, "t in months, model in weeks", () => Purchases.ExpectedPurchases(new Periods(3m, Month)), "t", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("BgNbd.PurchaseCountProbability(int, Periods)", Negative, "negative n", () => Purchases.PurchaseCountProbability(-1, Weeks(39m)), "n", "must be non-negative");
        yield return Row.Throws<ArgumentException>("BgNbd.PurchaseCountProbability(int, Periods)", Inconsistent, "t in months", () => Purchases.PurchaseCountProbability(1, new Periods(3m, Month)), "t", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("BgNbd.ProbabilityAlive(int, Periods, Periods)", Negative, "negative frequency", () => Purchases.ProbabilityAlive(-1, Weeks(1m), Weeks(2m)), "frequency", "must be non-negative");
        yield return Row.Throws<ArgumentException>("BgNbd.ProbabilityAlive(int, Periods, Periods)", DefaultStruct, "default recency", () => Purchases.ProbabilityAlive(1, default, Weeks(2m)), "recency", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>("BgNbd.ProbabilityAlive(int, Periods, Periods)", DefaultStruct, "default T", () => Purchases.ProbabilityAlive(1, Weeks(1m), default), "t", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>("BgNbd.ProbabilityAlive(int, Periods, Periods)", Inconsistent, "recency in days, model in weeks", () => Purchases.ProbabilityAlive(1, new Periods(1m, PeriodUnit.Day), Weeks(2m)), "recency", SameUnit);
        yield return Row.Throws<ArgumentException>("BgNbd.ProbabilityAlive(int, Periods, Periods)", Inconsistent, "t_x > T", () => Purchases.ProbabilityAlive(2, Weeks(30m), Weeks(20m)), "recency", "must be at most T");
        yield return Row.Throws<ArgumentException>("BgNbd.ProbabilityAlive(int, Periods, Periods)", Inconsistent, "x > 0 with t_x = 0", () => Purchases.ProbabilityAlive(2, Weeks(0m), Weeks(20m)), "recency", "must be greater than 0 when frequency is 2");
        yield return Row.Throws<ArgumentException>("BgNbd.ProbabilityAlive(int, Periods, Periods)", Inconsistent, "x = 0 with t_x > 0", () => Purchases.ProbabilityAlive(0, Weeks(5m), Weeks(20m)), "recency", "must be 0 when frequency is 0");
        yield return Row.Throws<ArgumentException>("BgNbd.ConditionalExpectedPurchases(Periods, int, Periods, Periods)", DefaultStruct, "default t", () => Purchases.ConditionalExpectedPurchases(default, 2, Weeks(30.43m), Weeks(38.86m)), "t", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>("BgNbd.ConditionalExpectedPurchases(Periods, int, Periods, Periods)", DefaultStruct, "default age", () => Purchases.ConditionalExpectedPurchases(Weeks(39m), 2, Weeks(30.43m), default), "age", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>("BgNbd.ConditionalExpectedPurchases(Periods, int, Periods, Periods)", Inconsistent, "age in months, model in weeks", () => Purchases.ConditionalExpectedPurchases(Weeks(39m), 2, Weeks(30.43m), new Periods(9m, Month)), "age", SameUnit);
        yield return Row.Throws<ArgumentException>("BgNbd.ConditionalExpectedPurchases(Periods, int, Periods, Periods)", Inconsistent, "t_x > T", () => Purchases.ConditionalExpectedPurchases(Weeks(39m), 2, Weeks(40m), Weeks(38.86m)), "recency", "must be at most T");
        yield return Row.Throws<ArgumentOutOfRangeException>("BgNbd.ConditionalExpectedPurchases(Periods, int, Periods, Periods)", Negative, "negative frequency", () => Purchases.ConditionalExpectedPurchases(Weeks(39m), -1, Weeks(0m), Weeks(38.86m)), "frequency", "must be non-negative");
        yield return Row.Throws<ArgumentException>("BgNbd.ProbabilityAlive(CustomerRfm)", DefaultStruct, "default customer", () => Purchases.ProbabilityAlive(default(CustomerRfm)), "customer", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>("BgNbd.ProbabilityAlive(CustomerRfm)", Inconsistent, "customer in days, model in weeks", () => Purchases.ProbabilityAlive(Summary(PeriodUnit.Day).Customers[0]), "customer", SameUnit);
        yield return Row.Throws<ArgumentException>("BgNbd.ConditionalExpectedPurchases(Periods, CustomerRfm)", DefaultStruct, "default customer", () => Purchases.ConditionalExpectedPurchases(Weeks(39m), default(CustomerRfm)), "customer", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>("BgNbd.ConditionalExpectedPurchases(Periods, CustomerRfm)", Inconsistent, "t in months", () => Purchases.ConditionalExpectedPurchases(new Periods(1m, Month), RepeatBuyer), "t", SameUnit);
        const string BgFit = "BgNbd.Fit(IEnumerable<CustomerRfm>, FitOptions?)";
        yield return Row.Throws<ArgumentNullException>(BgFit, Null, "null rows", () => BgNbd.Fit(null!), "customers", "null");
        yield return Row.Throws<ArgumentException>(BgFit, Empty, "no rows", () => BgNbd.Fit([]), "customers", "must hold at least one row");
        yield return Row.Throws<ArgumentException>(BgFit, Empty, "no rows, lazily", () => BgNbd.Fit(Enumerable.Empty<CustomerRfm>()), "customers", "must hold at least one row");
        yield return Row.Throws<ArgumentException>(BgFit, DefaultStruct, "row 1 is default", () => BgNbd.Fit([RepeatBuyer, default]), "customers[1]", "was default(CustomerRfm)");
        yield return Row.Throws<ArgumentException>(BgFit, Inconsistent, "row 1 in days, row 0 in weeks", () => BgNbd.Fit([RepeatBuyer, Summary(PeriodUnit.Day).Customers[0]]), "customers[1]", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("new FitOptions(int)", Zero, "zero threads", () => new FitOptions(0), "maxDegreeOfParallelism", "must be -1 (no limit) or positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("new FitOptions(int)", Negative, "-2 threads", () => new FitOptions(-2), "maxDegreeOfParallelism", "must be -1 (no limit) or positive");
        yield return Row.Throws<ArgumentNullException>("ModelFit<TModel>.Parameter(string)", Null, "null name", () => BgNbd.Fit([RepeatBuyer]).Parameter(null!), "name", "null");
        yield return Row.Throws<ArgumentException>("ModelFit<TModel>.Parameter(string)", OutOfRange, "unknown name", () => BgNbd.Fit([RepeatBuyer]).Parameter("beta"), "name", "must be one of r, alpha, a, b, was \"beta\"");

        // CustomerRfm from numbers summarised elsewhere
        const string NewRow = "new CustomerRfm(string, int, Periods, Periods, Money?, int?, Money?, int)";
        yield return Row.Throws<ArgumentNullException>(NewRow, Null, "null id", () => new CustomerRfm(null!, 0, Weeks(0m), Weeks(5m), null), "customerId", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>(NewRow, Negative, "negative frequency", () => new CustomerRfm("a", -1, Weeks(0m), Weeks(5m), null), "frequency", "must be non-negative");
        yield return Row.Throws<ArgumentException>(NewRow, DefaultStruct, "default recency", () => new CustomerRfm("a", 0, default, Weeks(5m), null), "recency", NoUnit);
        yield return Row.Throws<ArgumentException>(NewRow, Inconsistent, "recency in days, T in weeks", () => new CustomerRfm("a", 0, new Periods(0m, PeriodUnit.Day), Weeks(5m), null), "recency", "must be in the same unit");
        yield return Row.Throws<ArgumentException>(NewRow, Inconsistent, "t_x > T", () => new CustomerRfm("a", 2, Weeks(6m), Weeks(5m), TenUsd), "recency", "must not exceed t");
        yield return Row.Throws<ArgumentException>(NewRow, Inconsistent, "x > 0 with t_x = 0", () => new CustomerRfm("a", 2, Weeks(0m), Weeks(5m), TenUsd), "recency", "must be greater than 0 exactly when frequency is");
        yield return Row.Throws<ArgumentException>(NewRow, Null, "repeat buyer without mean value", () => new CustomerRfm("a", 2, Weeks(3m), Weeks(5m), null), "monetaryValue", "must be present exactly when frequency is greater than 0");
        yield return Row.Throws<ArgumentOutOfRangeException>(NewRow, Negative, "negative mean value", () => new CustomerRfm("a", 2, Weeks(3m), Weeks(5m), MinusOneUsd), "monetaryValue", "must be non-negative");
        yield return Row.Throws<ArgumentException>(NewRow, Inconsistent, "holdout count without value", () => new CustomerRfm("a", 0, Weeks(0m), Weeks(5m), null, 1, null), "holdoutValue", "must be both present or both null");
        yield return Row.Throws<ArgumentOutOfRangeException>(NewRow, Negative, "negative holdout count", () => new CustomerRfm("a", 0, Weeks(0m), Weeks(5m), null, -1, TenUsd), "holdoutFrequency", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>(NewRow, Zero, "count 0", () => new CustomerRfm("a", 0, Weeks(0m), Weeks(5m), null, count: 0), "count", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>(NewRow, Negative, "negative count", () => new CustomerRfm("a", 0, Weeks(0m), Weeks(5m), null, count: -3), "count", "must be positive");
        yield return Row.Throws<CurrencyMismatchException>(NewRow, CurrencyMismatch, "USD mean, EUR holdout", () => new CustomerRfm("a", 2, Weeks(3m), Weeks(5m), TenUsd, 1, new Money(1m, Currency.Eur)), "holdoutValue", "cannot be combined");

        // Gamma-Gamma
        yield return Row.Throws<ArgumentOutOfRangeException>("new GammaGamma(double, double, double, Currency)", Zero, "zero p", () => new GammaGamma(0d, 1d, 1d, Usd), "p", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new GammaGamma(double, double, double, Currency)", NaN, "NaN q", () => new GammaGamma(1d, double.NaN, 1d, Usd), "q", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new GammaGamma(double, double, double, Currency)", Infinity, "infinite gamma", () => new GammaGamma(1d, 1d, double.PositiveInfinity, Usd), "gamma", Finite);
        yield return Row.Throws<ArgumentException>("new GammaGamma(double, double, double, Currency)", DefaultStruct, "default currency", () => new GammaGamma(1d, 1d, 1d, default), "currency", "must be a real currency");
        // Finite values beyond decimal money throw; null is kept for the infinite (undefined) case only.
        var huge = new GammaGamma(1e10, 2d, 1e30, Usd);
        yield return Row.Throws<OverflowException>("GammaGamma.ConditionalExpectedValue(int, Money?)", Overflow, "finite mean of 1e40 USD", () => huge.ConditionalExpectedValue(0, null), null, "beyond the range of decimal money");
        yield return Row.Throws<OverflowException>("GammaGamma.ConditionalExpectedValue(CustomerRfm)", Overflow, "finite value of 1e30 USD", () => huge.ConditionalExpectedValue(RepeatBuyer), null, "beyond the range of decimal money");
        yield return Row.Throws<OverflowException>("Clv.ForCustomer(IRepeatPurchaseModel, GammaGamma, CustomerRfm, decimal, DiscountRate, Periods)", Overflow, "finite CLV beyond decimal", () => Clv.ForCustomer(Purchases, huge, RepeatBuyer, 0.3m, DiscountWeekly, Weeks(52m)), null, "beyond the range of decimal money");
        yield return Row.Throws<ArgumentOutOfRangeException>("GammaGamma.ConditionalExpectedValue(int, Money?)", Negative, "negative frequency", () => Spend.ConditionalExpectedValue(-1, TenUsd), "frequency", "must be non-negative");
        yield return Row.Throws<ArgumentException>("GammaGamma.ConditionalExpectedValue(int, Money?)", Null, "no mean for a repeat buyer", () => Spend.ConditionalExpectedValue(2, null), "meanValue", "must be given when frequency is 2");
        yield return Row.Throws<ArgumentException>("GammaGamma.ConditionalExpectedValue(int, Money?)", DefaultStruct, "default mean for a repeat buyer", () => Spend.ConditionalExpectedValue(2, default(Money)), "meanValue", "must be given when frequency is 2");
        yield return Row.Throws<CurrencyMismatchException>("GammaGamma.ConditionalExpectedValue(int, Money?)", CurrencyMismatch, "EUR mean, USD model", () => Spend.ConditionalExpectedValue(2, new Money(10m, Currency.Eur)), "meanValue", "cannot be combined");
        yield return Row.Throws<ArgumentOutOfRangeException>("GammaGamma.ConditionalExpectedValue(int, Money?)", Negative, "negative mean", () => Spend.ConditionalExpectedValue(2, MinusOneUsd), "meanValue", "must be non-negative");
        yield return Row.Throws<ArgumentException>("GammaGamma.ConditionalExpectedValue(CustomerRfm)", DefaultStruct, "default customer", () => Spend.ConditionalExpectedValue(default(CustomerRfm)), "customer", "must be Periods with a unit");
        yield return Row.Throws<CurrencyMismatchException>("GammaGamma.ConditionalExpectedValue(CustomerRfm)", CurrencyMismatch, "USD customer, EUR model", () => new GammaGamma(6.25, 3.74, 15.44, Currency.Eur).ConditionalExpectedValue(RepeatBuyer), "customer", "cannot be combined");
        const string GgFit = "GammaGamma.Fit(IEnumerable<CustomerRfm>, FitOptions?)";
        yield return Row.Throws<ArgumentNullException>(GgFit, Null, "null rows", () => GammaGamma.Fit(null!), "customers", "null");
        yield return Row.Throws<ArgumentException>(GgFit, Empty, "no rows", () => GammaGamma.Fit([]), "customers", "must hold at least one row");
        yield return Row.Throws<ArgumentException>(GgFit, Zero, "no repeat buyers", () => GammaGamma.Fit(RfmSummary.Build([Buy("a", 0), Buy("b", 1)], Week, PurchaseMerging.SameDay, Jan1.PlusDays(30)).Customers), "customers", "must include at least one customer with a repeat purchase");
        yield return Row.Throws<ArgumentException>(GgFit, DefaultStruct, "row 0 is default", () => GammaGamma.Fit([default, RepeatBuyer]), "customers[0]", "was default(CustomerRfm)");
        yield return Row.Throws<CurrencyMismatchException>(GgFit, CurrencyMismatch, "USD and EUR means", () => GammaGamma.Fit([RepeatBuyer, new CustomerRfm("e", 1, Weeks(1m), Weeks(5m), new Money(5m, Currency.Eur))]), "customers[1]", "cannot be combined");
        yield return Row.Throws<ArgumentOutOfRangeException>(GgFit, Zero, "zero mean", () => GammaGamma.Fit([new CustomerRfm("z", 1, Weeks(1m), Weeks(5m), Money.Zero(Usd))]), "customers[0]", "must have a mean repeat value greater than 0");

        // CLV
        yield return Row.Throws<ArgumentNullException>("Clv.ForCustomer(IRepeatPurchaseModel, GammaGamma, CustomerRfm, decimal, DiscountRate, Periods)", Null, "null purchases", () => Clv.ForCustomer(null!, Spend, RepeatBuyer, 0.3m, DiscountWeekly, Weeks(52m)), "purchases", "null");
        yield return Row.Throws<ArgumentNullException>("Clv.ForCustomer(IRepeatPurchaseModel, GammaGamma, CustomerRfm, decimal, DiscountRate, Periods)", Null, "null spend", () => Clv.ForCustomer(Purchases, null!, RepeatBuyer, 0.3m, DiscountWeekly, Weeks(52m)), "spend", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("Clv.ForCustomer(IRepeatPurchaseModel, GammaGamma, CustomerRfm, decimal, DiscountRate, Periods)", OutOfRange, "margin 30 meant as 30%", () => Clv.ForCustomer(Purchases, Spend, RepeatBuyer, 30m, DiscountWeekly, Weeks(52m)), "marginRate", "must be between 0 and 1 inclusive (a rate is a fraction: 0.10 for 10%), was 30.");
        yield return Row.Throws<ArgumentException>("Clv.ForCustomer(IRepeatPurchaseModel, GammaGamma, CustomerRfm, decimal, DiscountRate, Periods)", DefaultStruct, "default discount", () => Clv.ForCustomer(Purchases, Spend, RepeatBuyer, 0.3m, default, Weeks(52m)), "discount", "must be a DiscountRate with a period unit");
        yield return Row.Throws<ArgumentException>("Clv.ForCustomer(IRepeatPurchaseModel, GammaGamma, CustomerRfm, decimal, DiscountRate, Periods)", Inconsistent, "horizon in months, discount weekly", () => Clv.ForCustomer(Purchases, Spend, RepeatBuyer, 0.3m, DiscountWeekly, new Periods(12m, Month)), "horizon", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("Clv.ForCustomer(IRepeatPurchaseModel, GammaGamma, CustomerRfm, decimal, DiscountRate, Periods)", OutOfRange, "fractional horizon", () => Clv.ForCustomer(Purchases, Spend, RepeatBuyer, 0.3m, DiscountWeekly, Weeks(10.5m)), "horizon", "must be a whole number of periods");
        yield return Row.Throws<ArgumentException>("Clv.ForCustomer(IRepeatPurchaseModel, GammaGamma, CustomerRfm, decimal, DiscountRate, Periods)", DefaultStruct, "default customer", () => Clv.ForCustomer(Purchases, Spend, default, 0.3m, DiscountWeekly, Weeks(52m)), "customer", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>("Clv.ForCustomer(IRepeatPurchaseModel, GammaGamma, CustomerRfm, decimal, DiscountRate, Periods)", Inconsistent, "monthly discount, weekly purchases", () => Clv.ForCustomer(Purchases, Spend, RepeatBuyer, 0.3m, DiscountMonthly, new Periods(12m, Month)), "discount", SameUnit);
        yield return Row.Throws<ArgumentException>("Clv.ForCustomer(IRepeatPurchaseModel, GammaGamma, CustomerRfm, decimal, DiscountRate, Periods)", Inconsistent, "four-week discount, weekly purchases (no silent conversion)", () => Clv.ForCustomer(Purchases, Spend, RepeatBuyer, 0.3m, new DiscountRate(0.01m, PeriodUnit.Weeks(4)), new Periods(12m, PeriodUnit.Weeks(4))), "discount", "discount is per P4W but purchases is per P1W");
        yield return Row.Throws<ArgumentException>("Clv.ForNewCustomer(IRepeatPurchaseModel, GammaGamma, decimal, DiscountRate, Periods)", Inconsistent, "daily discount, weekly purchases", () => Clv.ForNewCustomer(Purchases, Spend, 0.3m, new DiscountRate(0.0001m, PeriodUnit.Day), new Periods(364m, PeriodUnit.Day)), "discount", SameUnit);
        yield return Row.Throws<ArgumentNullException>("Clv.ForCustomers(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", Null, "null customers", () => Clv.ForCustomers(Purchases, Spend, null!, 0.3m, DiscountWeekly, Weeks(52m)), "customers", "null");
        yield return Row.Throws<ArgumentException>("Clv.ForCustomers(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", Inconsistent, "rows in days", () => Clv.ForCustomers(Purchases, Spend, Summary(PeriodUnit.Day).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "customers[0]", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("Clv.ForCustomers(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", Negative, "negative margin", () => Clv.ForCustomers(Purchases, Spend, Summary(Week).Customers, -0.3m, DiscountWeekly, Weeks(52m)), "marginRate", "must be between 0 and 1 inclusive");
        yield return Row.Throws<CurrencyMismatchException>("Clv.ForCustomers(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", CurrencyMismatch, "USD summary, EUR spend model", () => Clv.ForCustomers(Purchases, new GammaGamma(6.25, 3.74, 15.44, Currency.Eur), Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "customers[0]", "cannot be combined");
        yield return Row.Throws<ArgumentNullException>("Clv.ForCustomers(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", Null, "null purchases", () => Clv.ForCustomers(null!, Spend, Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "purchases", "null");
        yield return Row.Throws<ArgumentNullException>("Clv.ForCustomers(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", Null, "null spend", () => Clv.ForCustomers(Purchases, null!, Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "spend", "null");
        yield return Row.Throws<ArgumentException>("Clv.ForCustomers(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", Empty, "no rows", () => Clv.ForCustomers(Purchases, Spend, [], 0.3m, DiscountWeekly, Weeks(52m)), "customers", "must hold at least one row");
        yield return Row.Throws<ArgumentException>("Clv.ForCustomers(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", DefaultStruct, "default row", () => Clv.ForCustomers(Purchases, Spend, [RepeatBuyer, default], 0.3m, DiscountWeekly, Weeks(52m)), "customers[1]", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>("Clv.Total(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", DefaultStruct, "default row", () => Clv.Total(Purchases, Spend, [default], 0.3m, DiscountWeekly, Weeks(52m)), "customers[0]", "must be Periods with a unit");
        yield return Row.Throws<ArgumentNullException>("Clv.Total(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", Null, "null customers", () => Clv.Total(Purchases, Spend, null!, 0.3m, DiscountWeekly, Weeks(52m)), "customers", "null");
        yield return Row.Throws<ArgumentNullException>("Clv.ForNewCustomer(IRepeatPurchaseModel, GammaGamma, decimal, DiscountRate, Periods)", Null, "null spend", () => Clv.ForNewCustomer(Purchases, null!, 0.3m, DiscountWeekly, Weeks(52m)), "spend", "null");
        yield return Row.Throws<ArgumentNullException>("Clv.Total(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", Null, "null spend", () => Clv.Total(Purchases, null!, Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "spend", "null");
        yield return Row.Throws<ArgumentNullException>("Clv.Total(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", Null, "null purchases", () => Clv.Total(null!, Spend, Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "purchases", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("Clv.Total(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", OutOfRange, "fractional horizon", () => Clv.Total(Purchases, Spend, Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(0.5m)), "horizon", "must be a whole number of periods");
        yield return Row.Throws<ArgumentNullException>("Clv.ForNewCustomer(IRepeatPurchaseModel, GammaGamma, decimal, DiscountRate, Periods)", Null, "null purchases", () => Clv.ForNewCustomer(null!, Spend, 0.3m, DiscountWeekly, Weeks(52m)), "purchases", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>("Clv.ForNewCustomer(IRepeatPurchaseModel, GammaGamma, decimal, DiscountRate, Periods)", OutOfRange, "margin above 1", () => Clv.ForNewCustomer(Purchases, Spend, 1.1m, DiscountWeekly, Weeks(52m)), "marginRate", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentException>("Clv.ForNewCustomer(IRepeatPurchaseModel, GammaGamma, decimal, DiscountRate, Periods)", DefaultStruct, "default horizon", () => Clv.ForNewCustomer(Purchases, Spend, 0.3m, DiscountWeekly, default), "horizon", "must be Periods with a unit");

        // Per-customer value table (issue 20, item 7) and the explicit conversion of periods
        const string Table = "CustomerValueTable.Create(IRepeatPurchaseModel, GammaGamma?, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)";
        const string FitTable = "CustomerValueTable.Create(ModelFit<TModel>, ModelFit<GammaGamma>?, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods, CustomerValueOptions?)";
        const string OneRow = "CustomerValueTable.ForCustomer(ModelFit<TModel>, ModelFit<GammaGamma>?, CustomerRfm, decimal, DiscountRate, Periods, double)";
        var fit = BgNbd.Fit(Summary(Week).Customers);
        yield return Row.Throws<ArgumentNullException>(Table, Null, "null purchases", () => CustomerValueTable.Create(null!, Spend, Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "purchases", "null");
        yield return Row.Throws<ArgumentNullException>(Table, Null, "null customers", () => CustomerValueTable.Create(Purchases, Spend, null!, 0.3m, DiscountWeekly, Weeks(52m)), "customers", "null");
        yield return Row.Throws<ArgumentException>(Table, Empty, "no rows", () => CustomerValueTable.Create(Purchases, Spend, [], 0.3m, DiscountWeekly, Weeks(52m)), "customers", "must hold at least one row");
        yield return Row.Throws<ArgumentException>(Table, DefaultStruct, "default row", () => CustomerValueTable.Create(Purchases, Spend, [RepeatBuyer, default], 0.3m, DiscountWeekly, Weeks(52m)), "customers[1]", "must be Periods with a unit");
        yield return Row.Throws<ArgumentException>(Table, Inconsistent, "rows in days", () => CustomerValueTable.Create(Purchases, Spend, Summary(PeriodUnit.Day).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "customers[0]", SameUnit);
        yield return Row.Throws<CurrencyMismatchException>(Table, CurrencyMismatch, "USD rows, EUR spend model", () => CustomerValueTable.Create(Purchases, new GammaGamma(6.25, 3.74, 15.44, Currency.Eur), Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "customers[0]", "cannot be combined");
        yield return Row.Throws<ArgumentOutOfRangeException>(Table, OutOfRange, "margin 30 meant as 30%", () => CustomerValueTable.Create(Purchases, Spend, Summary(Week).Customers, 30m, DiscountWeekly, Weeks(52m)), "marginRate", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentException>(Table, DefaultStruct, "default discount", () => CustomerValueTable.Create(Purchases, Spend, Summary(Week).Customers, 0.3m, default, Weeks(52m)), "discount", "must be a DiscountRate with a period unit");
        yield return Row.Throws<ArgumentException>(Table, Inconsistent, "monthly discount, weekly model", () => CustomerValueTable.Create(Purchases, Spend, Summary(Week).Customers, 0.3m, DiscountMonthly, new Periods(12m, Month)), "discount", SameUnit);
        yield return Row.Throws<ArgumentException>(Table, Inconsistent, "12 months on a weekly model, not converted", () => CustomerValueTable.Create(Purchases, Spend, Summary(Week).Customers, 0.3m, DiscountWeekly, new Periods(12m, Month)), "horizon", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>(Table, OutOfRange, "fractional horizon (52.1775 weeks)", () => CustomerValueTable.Create(Purchases, Spend, Summary(Week).Customers, 0.3m, DiscountWeekly, new Periods(12m, Month).ConvertTo(Week)), "horizon", "must be a whole number of periods");
        yield return Row.Throws<ArgumentException>(Table, DefaultStruct, "default horizon", () => CustomerValueTable.Create(Purchases, Spend, Summary(Week).Customers, 0.3m, DiscountWeekly, default), "horizon", "must be Periods with a unit");
        yield return Row.Throws<ArgumentNullException>(FitTable, Null, "null fit", () => CustomerValueTable.Create((ModelFit<BgNbd>)null!, null, Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "purchases", "null");
        yield return Row.Throws<ArgumentNullException>(FitTable, Null, "null customers", () => CustomerValueTable.Create(fit, null, null!, 0.3m, DiscountWeekly, Weeks(52m), new CustomerValueOptions(true)), "customers", "null");
        yield return Row.Throws<ArgumentException>(FitTable, Inconsistent, "rows in days", () => CustomerValueTable.Create(fit, null, Summary(PeriodUnit.Day).Customers, 0.3m, DiscountWeekly, Weeks(52m)), "customers[0]", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>(FitTable, Negative, "negative margin", () => CustomerValueTable.Create(fit, null, Summary(Week).Customers, -0.1m, DiscountWeekly, Weeks(52m)), "marginRate", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentNullException>(OneRow, Null, "null fit", () => CustomerValueTable.ForCustomer((ModelFit<BgNbd>)null!, null, RepeatBuyer, 0.3m, DiscountWeekly, Weeks(52m)), "purchases", "null");
        yield return Row.Throws<ArgumentException>(OneRow, DefaultStruct, "default customer", () => CustomerValueTable.ForCustomer(fit, null, default, 0.3m, DiscountWeekly, Weeks(52m)), "customer", "must be Periods with a unit");
        yield return Row.Throws<CurrencyMismatchException>(OneRow, CurrencyMismatch, "USD row, EUR spend fit", () => CustomerValueTable.ForCustomer(fit, GammaGamma.Fit([new CustomerRfm("e", 2, Weeks(3m), Weeks(5m), new Money(4m, Currency.Eur)), new CustomerRfm("f", 3, Weeks(3m), Weeks(5m), new Money(6m, Currency.Eur))]), RepeatBuyer, 0.3m, DiscountWeekly, Weeks(52m)), "customer", "cannot be combined");
        yield return Row.Throws<ArgumentOutOfRangeException>(OneRow, OutOfRange, "level 95 meant as 95%", () => CustomerValueTable.ForCustomer(fit, null, RepeatBuyer, 0.3m, DiscountWeekly, Weeks(52m), 95d), "confidenceLevel", "must be greater than 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>(OneRow, NaN, "NaN level", () => CustomerValueTable.ForCustomer(fit, null, RepeatBuyer, 0.3m, DiscountWeekly, Weeks(52m), double.NaN), "confidenceLevel", "must be greater than 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>(OneRow, Infinity, "infinite level", () => CustomerValueTable.ForCustomer(fit, null, RepeatBuyer, 0.3m, DiscountWeekly, Weeks(52m), double.PositiveInfinity), "confidenceLevel", "must be greater than 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("new CustomerValueOptions(bool, double)", NaN, "NaN level", () => new CustomerValueOptions(true, double.NaN), "confidenceLevel", "must be greater than 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("new CustomerValueOptions(bool, double)", Infinity, "infinite level", () => new CustomerValueOptions(true, double.NegativeInfinity), "confidenceLevel", "must be greater than 0 and less than 1");
        yield return Row.Throws<ArgumentException>(OneRow, Inconsistent, "horizon in months", () => CustomerValueTable.ForCustomer(fit, null, RepeatBuyer, 0.3m, DiscountWeekly, new Periods(12m, Month)), "horizon", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("new CustomerValueOptions(bool, double)", Zero, "level 0", () => new CustomerValueOptions(true, 0d), "confidenceLevel", "must be greater than 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("new CustomerValueOptions(bool, double)", OutOfRange, "level 1", () => new CustomerValueOptions(true, 1d), "confidenceLevel", "must be greater than 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("CustomerValueTable.SortBy(CustomerValueColumn, bool)", OutOfRange, "undefined column", () => CustomerValueTable.Create(Purchases, Spend, Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)).SortBy((CustomerValueColumn)99), "column", "must be a defined CustomerValueColumn");
        yield return Row.Throws<ArgumentOutOfRangeException>("CustomerValueTable.Top(int)", Negative, "negative count", () => CustomerValueTable.Create(Purchases, Spend, Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)).Top(-1), "count", "must be non-negative");
        yield return Row.Throws<InvalidOperationException>("Periods.ConvertTo(PeriodUnit)", DefaultStruct, "default(Periods)", () => default(Periods).ConvertTo(Week), null, "default(Periods)");
        yield return Row.Throws<ArgumentException>("Periods.ConvertTo(PeriodUnit)", DefaultStruct, "default unit", () => new Periods(12m, Month).ConvertTo(default), "unit", NoUnit);
    }

    internal static IEnumerable<UndefinedRow> UndefinedRows()
    {
        // alpha <= 1 without discounting: the expected lifetime sum diverges (Fader & Hardie 2010), so the value is undefined.
        var heavyTail = new ShiftedBetaGeometric(0.5, 1.2, Month);
        var noDiscount = DiscountRate.None(Month);

        // q <= 1: the Gamma-Gamma population mean p gamma / (q - 1) is infinite.
        var noMean = new GammaGamma(6.25, 0.9, 15.44, Usd);
        yield return Row.Null("Payback.Period(Money, MoneyPerPeriod)", Zero, "zero margin never repays", () => Payback.Period(TenUsd, new MoneyPerPeriod(Money.Zero(Usd), Month)));
        yield return Row.Null("Payback.Period(Money, MoneyPerPeriod, RetentionRate, DiscountRate, CashFlowTiming)", Inconsistent, "CAC above the whole lifetime value", () => Payback.Period(new Money(1_000m, Usd), MarginPerMonth, new RetentionRate(0.5m, Month), DiscountMonthly, CashFlowTiming.EndOfPeriod));
        yield return Row.Null("CpaCeiling.Check(Money, decimal, Money)", Zero, "no acquisitions", () => CpaCeiling.Check(TenUsd, 0, TenUsd));
        yield return Row.Null("ShiftedBetaGeometric.DiscountedExpectedResidualLifetime(DiscountRate, int)", Infinity, "alpha below 1, no discount", () => heavyTail.DiscountedExpectedResidualLifetime(noDiscount, 0));
        yield return Row.Null("ShiftedBetaGeometric.ResidualMarginValue(MoneyPerPeriod, DiscountRate, int)", Infinity, "alpha below 1, no discount", () => heavyTail.ResidualMarginValue(MarginPerMonth, noDiscount, 3));
        yield return Row.Null("ShiftedBetaGeometric.MarginLtv(MoneyPerPeriod, DiscountRate, CashFlowTiming)", Infinity, "alpha below 1, no discount", () => heavyTail.MarginLtv(MarginPerMonth, noDiscount, CashFlowTiming.StartOfPeriod));
        yield return Row.Null("GammaGamma.ConditionalExpectedValue(int, Money?)", Infinity, "no repeat purchase, q below 1", () => noMean.ConditionalExpectedValue(0, null));
        yield return Row.Null("Clv.ForNewCustomer(IRepeatPurchaseModel, GammaGamma, decimal, DiscountRate, Periods)", Infinity, "population mean infinite", () => Clv.ForNewCustomer(Purchases, noMean, 0.3m, DiscountWeekly, Weeks(52m)));
        yield return Row.Null("Clv.Total(IRepeatPurchaseModel, GammaGamma, IEnumerable<CustomerRfm>, decimal, DiscountRate, Periods)", Infinity, "a customer's value infinite", () => Clv.Total(Purchases, noMean, Summary(Week).Customers, 0.3m, DiscountWeekly, Weeks(52m)));
    }

    internal static IEnumerable<TryBadInputRow> TryRows()
    {
        yield return Row.False("PeriodUnit.TryParse(string?, IFormatProvider?, out PeriodUnit)", Null, "null text", () => PeriodUnit.TryParse(null, null, out _));
        yield return Row.False("PeriodUnit.TryParse(string?, IFormatProvider?, out PeriodUnit)", Zero, "P0W", () => PeriodUnit.TryParse("P0W", null, out _));
        yield return Row.False("PeriodUnit.TryParse(ReadOnlySpan<char>, IFormatProvider?, out PeriodUnit)", Empty, "empty text", () => PeriodUnit.TryParse(ReadOnlySpan<char>.Empty, null, out _));
        yield return Row.False("PeriodUnit.TryParse(ReadOnlySpan<char>, IFormatProvider?, out PeriodUnit)", Malformed, "word", () => PeriodUnit.TryParse("weekly".AsSpan(), null, out _));
    }
}
