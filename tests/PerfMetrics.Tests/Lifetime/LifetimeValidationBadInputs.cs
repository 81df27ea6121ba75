using NodaTime;
using PerfMetrics.Lifetime;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>Bad-input rows for the validation entry points of issue 20: the tracking series, BG/BB on a transaction log and the MBG/NBD DERT.</summary>
internal static class LifetimeValidationBadInputs
{
    private const string SameUnit = "must use the same period unit";

    private static readonly PeriodUnit Week = PeriodUnit.Week;
    private static readonly LocalDate Day0 = new(2026, 1, 1);
    private static readonly ParetoNbd Pareto = new(0.553, 10.578, 0.606, 11.669, Week);
    private static readonly ModifiedBgNbd Mbg = new(0.525, 6.183, 0.891, 1.614, Week);
    private static readonly CustomerRfm Buyer = new("a", 2, new Periods(30m, Week), new Periods(38m, Week), new Money(10m, Currency.Usd));

    private static Periods Weeks(decimal count) => new(count, Week);

    private static CustomerTransaction Buy(string id, int day, Currency? currency = null) => new(id, Day0.PlusDays(day), new Money(10m, currency ?? Currency.Usd));

    private static CustomerTransaction[] Log() => [Buy("a", 0), Buy("a", 14), Buy("a", 50), Buy("b", 3)];

    internal static IEnumerable<BadInputRow> Rows()
    {
        const string Of = "RepeatTransactionTracking.Of(IEnumerable<CustomerTransaction>, PeriodUnit, PurchaseMerging, LocalDate, LocalDate, IReadOnlyList<IRepeatPurchaseModel>)";
        RepeatTransactionTracking Track(
            IEnumerable<CustomerTransaction>? log = null,
            PeriodUnit? unit = null,
            PurchaseMerging merging = PurchaseMerging.SameDay,
            int calibrationDay = 35,
            int observationDay = 70,
            IReadOnlyList<IRepeatPurchaseModel>? models = null) =>
            RepeatTransactionTracking.Of(log ?? Log(), unit ?? Week, merging, Day0.PlusDays(calibrationDay), Day0.PlusDays(observationDay), models ?? [Pareto]);

        yield return Row.Throws<ArgumentNullException>(Of, Null, "null log", () => RepeatTransactionTracking.Of(null!, Week, PurchaseMerging.SameDay, Day0, Day0, [Pareto]), "transactions", "null");
        yield return Row.Throws<ArgumentException>(Of, DefaultStruct, "a default line", () => Track(log: [Buy("a", 0), default]), "transactions", "transactions[1] must have a customer id");
        yield return Row.Throws<CurrencyMismatchException>(Of, Inconsistent, "two currencies", () => Track(log: [Buy("a", 0), Buy("b", 1, Currency.Eur)]), "transactions[1]", "EUR");
        yield return Row.Throws<ArgumentException>(Of, Empty, "nothing by the calibration end", () => Track(log: [Buy("a", 40)]), "transactions", "at least one purchase on or before");
        yield return Row.Throws<ArgumentException>(Of, Inconsistent, "observation end before calibration end", () => Track(calibrationDay: 35, observationDay: 20), "observationEnd", "must be on or after calibrationEnd");
        yield return Row.Throws<ArgumentException>(Of, DefaultStruct, "default unit", () => Track(unit: default(PeriodUnit)), "unit", "must name a period unit");
        yield return Row.Throws<ArgumentOutOfRangeException>(Of, OutOfRange, "undefined merging", () => Track(merging: (PurchaseMerging)7), "merging", "must be PurchaseMerging.SameDay or PurchaseMerging.SamePeriod");
        yield return Row.Throws<ArgumentException>(Of, Inconsistent, "SameDay with months", () => Track(unit: PeriodUnit.Month, models: [new ParetoNbd(1d, 1d, 1d, 1d, PeriodUnit.Month)]), "merging", "needs a fixed-length unit");
        yield return Row.Throws<ArgumentNullException>(Of, Null, "null models", () => RepeatTransactionTracking.Of(Log(), Week, PurchaseMerging.SameDay, Day0.PlusDays(35), Day0.PlusDays(70), null!), "models", "null");
        yield return Row.Throws<ArgumentNullException>(Of, Null, "a null model", () => Track(models: [Pareto, null!]), "models[1]", "null");
        yield return Row.Throws<ArgumentException>(Of, Empty, "no model", () => Track(models: []), "models", "must hold at least one model");
        yield return Row.Throws<ArgumentException>(Of, Inconsistent, "model in days", () => Track(models: [new ParetoNbd(1d, 1d, 1d, 1d, PeriodUnit.Day)]), "models[0]", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("RepeatTransactionTracking.Expected(int)", OutOfRange, "model 1 of 1", () => Track().Expected(1), "model", "must be");
        yield return Row.Throws<ArgumentOutOfRangeException>("RepeatTransactionTracking.Expected(int)", Negative, "model -1", () => Track().Expected(-1), "model", "must be");

        // BG/BB on a transaction log: opportunity rows and the holdout report.
        const string FromLog = "OpportunityRfm.FromTransactions(IEnumerable<CustomerTransaction>, PeriodUnit, LocalDate)";
        yield return Row.Throws<ArgumentNullException>(FromLog, Null, "null log", () => OpportunityRfm.FromTransactions(null!, Week, Day0), "transactions", "null");
        yield return Row.Throws<ArgumentException>(FromLog, DefaultStruct, "a default line", () => OpportunityRfm.FromTransactions([Buy("a", 0), default], Week, Day0.PlusDays(35)), "transactions", "transactions[1] must have a customer id");
        yield return Row.Throws<CurrencyMismatchException>(FromLog, Inconsistent, "two currencies", () => OpportunityRfm.FromTransactions([Buy("a", 0), Buy("b", 1, Currency.Eur)], Week, Day0.PlusDays(35)), "transactions[1]", "EUR");
        yield return Row.Throws<ArgumentException>(FromLog, Empty, "nothing by the calibration end", () => OpportunityRfm.FromTransactions([Buy("a", 40)], Week, Day0.PlusDays(35)), "transactions", "at least one purchase on or before");
        yield return Row.Throws<ArgumentException>(FromLog, DefaultStruct, "default unit", () => OpportunityRfm.FromTransactions(Log(), default, Day0.PlusDays(35)), "unit", "must name a period unit");

        const string BgBbOf = "HoldoutValidation.Of(IEnumerable<CustomerTransaction>, PeriodUnit, LocalDate, LocalDate, IReadOnlyList<BgBb>)";
        var bgBb = new BgBb(1d, 1d, 1d, 1d, Week);
        HoldoutValidation Validate(IEnumerable<CustomerTransaction>? log = null, PeriodUnit? unit = null, int calibrationDay = 35, int observationDay = 70, IReadOnlyList<BgBb>? models = null) =>
            HoldoutValidation.Of(log ?? Log(), unit ?? Week, Day0.PlusDays(calibrationDay), Day0.PlusDays(observationDay), models ?? [bgBb]);
        yield return Row.Throws<ArgumentNullException>(BgBbOf, Null, "null log", () => HoldoutValidation.Of(null!, Week, Day0, Day0, [bgBb]), "transactions", "null");
        yield return Row.Throws<ArgumentException>(BgBbOf, DefaultStruct, "a default line", () => Validate(log: [Buy("a", 0), default]), "transactions", "transactions[1] must have a customer id");
        yield return Row.Throws<CurrencyMismatchException>(BgBbOf, Inconsistent, "two currencies", () => Validate(log: [Buy("a", 0), Buy("b", 1, Currency.Eur)]), "transactions[1]", "EUR");
        yield return Row.Throws<ArgumentException>(BgBbOf, Empty, "nothing by the calibration end", () => Validate(log: [Buy("a", 40)]), "transactions", "at least one purchase on or before");
        yield return Row.Throws<ArgumentException>(BgBbOf, Inconsistent, "observation end before calibration end", () => Validate(calibrationDay: 35, observationDay: 20), "observationEnd", "must be on or after calibrationEnd");
        yield return Row.Throws<ArgumentException>(BgBbOf, DefaultStruct, "default unit", () => Validate(unit: default(PeriodUnit)), "unit", "must name a period unit");
        yield return Row.Throws<ArgumentNullException>(BgBbOf, Null, "null models", () => HoldoutValidation.Of(Log(), Week, Day0.PlusDays(35), Day0.PlusDays(70), null!), "models", "null");
        yield return Row.Throws<ArgumentNullException>(BgBbOf, Null, "a null model", () => Validate(models: [bgBb, null!]), "models[1]", "null");
        yield return Row.Throws<ArgumentException>(BgBbOf, Empty, "no model", () => Validate(models: []), "models", "must hold at least one model");
        yield return Row.Throws<ArgumentException>(BgBbOf, Inconsistent, "model per year", () => Validate(models: [new BgBb(1d, 1d, 1d, 1d, PeriodUnit.Year)]), "models[0]", SameUnit);

        // MBG/NBD DERT
        const string DertRow = "ModifiedBgNbd.DiscountedExpectedResidualPurchases(DiscountRate, CustomerRfm)";
        const string DertNumbers = "ModifiedBgNbd.DiscountedExpectedResidualPurchases(DiscountRate, int, Periods, Periods)";
        yield return Row.Throws<ArgumentException>(DertRow, DefaultStruct, "default discount", () => Mbg.DiscountedExpectedResidualPurchases(default, Buyer), "discount", "DiscountRate with a period unit");
        yield return Row.Throws<ArgumentException>(DertRow, Inconsistent, "discount per month", () => Mbg.DiscountedExpectedResidualPurchases(new DiscountRate(0.01m, PeriodUnit.Month), Buyer), "discount", SameUnit);
        yield return Row.Throws<ArgumentException>(DertRow, DefaultStruct, "default customer", () => Mbg.DiscountedExpectedResidualPurchases(new DiscountRate(0.01m, Week), default(CustomerRfm)), "customer", "must be Periods with a unit");
        yield return Row.Throws<ArgumentOutOfRangeException>(DertNumbers, Negative, "negative frequency", () => Mbg.DiscountedExpectedResidualPurchases(new DiscountRate(0.01m, Week), -1, Weeks(1m), Weeks(2m)), "frequency", "must be non-negative");
        yield return Row.Throws<ArgumentException>(DertNumbers, Inconsistent, "t_x > T", () => Mbg.DiscountedExpectedResidualPurchases(new DiscountRate(0.01m, Week), 2, Weeks(30m), Weeks(20m)), "recency", "must be at most T");
        yield return Row.Throws<ArgumentException>(DertNumbers, Inconsistent, "x > 0 with t_x = 0", () => Mbg.DiscountedExpectedResidualPurchases(new DiscountRate(0.01m, Week), 2, Weeks(0m), Weeks(20m)), "recency", "must be greater than 0");
        yield return Row.Throws<ArgumentException>(DertNumbers, Inconsistent, "recency in days", () => Mbg.DiscountedExpectedResidualPurchases(new DiscountRate(0.01m, Week), 2, new Periods(3m, PeriodUnit.Day), Weeks(20m)), "recency", SameUnit);
    }
}
