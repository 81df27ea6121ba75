using PerfMetrics.Lifetime;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Lifetime;

/// <summary>Bad-input rows for the lifetime models of issue 20: Pareto/NBD, MBG/NBD, BG/BB and its rows, multi-cohort sBG, BdW, fit covariances.</summary>
internal static class LifetimeModelsBadInputs
{
    private const string Finite = "must be a finite number greater than zero";
    private const string NoUnit = "must name a period unit";
    private const string SameUnit = "must use the same period unit";
    private const string NoPeriods = "must be Periods with a unit";

    private static readonly PeriodUnit Week = PeriodUnit.Week;
    private static readonly PeriodUnit Month = PeriodUnit.Month;
    private static readonly PeriodUnit Year = PeriodUnit.Year;
    private static readonly ParetoNbd Pareto = new(0.553, 10.578, 0.606, 11.669, Week);
    private static readonly ModifiedBgNbd Mbg = new(0.525, 6.183, 0.891, 1.614, Week);
    private static readonly BgBb Donors = new(1.204, 0.75, 0.657, 2.783, Year);
    private static readonly BetaDiscreteWeibull Bdw = new(0.7, 1.2, 0.9, Year);
    private static readonly ShiftedBetaGeometric Sbg = new(3.8, 15.19, Year);
    private static readonly OpportunityRfm Donor = new(3, 4, 6);
    private static readonly CustomerRfm Buyer = new("a", 2, new Periods(30m, PeriodUnit.Week), new Periods(38m, PeriodUnit.Week), new Money(10m, Currency.Usd));
    private static readonly CustomerRfm DailyBuyer = new("d", 2, new Periods(30m, PeriodUnit.Day), new Periods(38m, PeriodUnit.Day), new Money(10m, Currency.Usd));

    private static Periods Weeks(decimal count) => new(count, Week);

    private static IRepeatPurchaseModel Repeat(IRepeatPurchaseModel model) => model;

    private static CustomerTransaction Buy(string id, int day) => new(id, new NodaTime.LocalDate(2026, 1, 1).PlusDays(day), new Money(10m, Currency.Usd));

    private static RfmSummary WithHoldout() =>
        RfmSummary.Build([Buy("a", 0), Buy("a", 14), Buy("a", 50), Buy("b", 3)], Week, PurchaseMerging.SameDay, new NodaTime.LocalDate(2026, 1, 1).PlusDays(35), new NodaTime.LocalDate(2026, 1, 1).PlusDays(70));

    private static RfmSummary WithoutHoldout() =>
        RfmSummary.Build([Buy("a", 0), Buy("a", 14)], Week, PurchaseMerging.SameDay, new NodaTime.LocalDate(2026, 1, 1).PlusDays(35));

    internal static IEnumerable<BadInputRow> Rows()
    {
        // Pareto/NBD
        yield return Row.Throws<ArgumentOutOfRangeException>("new ParetoNbd(double, double, double, double, PeriodUnit)", Zero, "zero r", () => new ParetoNbd(0d, 1d, 1d, 1d, Week), "r", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new ParetoNbd(double, double, double, double, PeriodUnit)", NaN, "NaN s", () => new ParetoNbd(1d, 1d, double.NaN, 1d, Week), "s", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new ParetoNbd(double, double, double, double, PeriodUnit)", Infinity, "infinite beta", () => new ParetoNbd(1d, 1d, 1d, double.PositiveInfinity, Week), "beta", Finite);
        yield return Row.Throws<ArgumentException>("new ParetoNbd(double, double, double, double, PeriodUnit)", DefaultStruct, "default unit", () => new ParetoNbd(1d, 1d, 1d, 1d, default), "unit", NoUnit);
        yield return Row.Throws<ArgumentException>("ParetoNbd.ExpectedPurchases(Periods)", Inconsistent, "t in months", () => Pareto.ExpectedPurchases(new Periods(1m, Month)), "t", SameUnit);
        yield return Row.Throws<ArgumentException>("ParetoNbd.ExpectedPurchases(Periods)", DefaultStruct, "default t", () => Pareto.ExpectedPurchases(default), "t", NoPeriods);
        yield return Row.Throws<ArgumentOutOfRangeException>("ParetoNbd.PurchaseCountProbability(int, Periods)", Negative, "negative n", () => Pareto.PurchaseCountProbability(-1, Weeks(1m)), "n", "must be non-negative");
        yield return Row.Throws<ArgumentException>("ParetoNbd.PurchaseCountProbability(int, Periods)", Inconsistent, "t in months", () => Pareto.PurchaseCountProbability(1, new Periods(1m, Month)), "t", SameUnit);
        yield return Row.Throws<ArgumentException>("ParetoNbd.ProbabilityAlive(CustomerRfm)", DefaultStruct, "default customer", () => Pareto.ProbabilityAlive(default(CustomerRfm)), "customer", NoPeriods);
        yield return Row.Throws<ArgumentException>("ParetoNbd.ProbabilityAlive(CustomerRfm)", Inconsistent, "customer in days", () => Pareto.ProbabilityAlive(DailyBuyer), "customer", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("ParetoNbd.ProbabilityAlive(int, Periods, Periods)", Negative, "negative frequency", () => Pareto.ProbabilityAlive(-1, Weeks(1m), Weeks(2m)), "frequency", "must be non-negative");
        yield return Row.Throws<ArgumentException>("ParetoNbd.ProbabilityAlive(int, Periods, Periods)", Inconsistent, "t_x > T", () => Pareto.ProbabilityAlive(2, Weeks(30m), Weeks(20m)), "recency", "must be at most T");
        yield return Row.Throws<ArgumentException>("ParetoNbd.ProbabilityAlive(int, Periods, Periods)", Inconsistent, "x > 0 with t_x = 0", () => Pareto.ProbabilityAlive(2, Weeks(0m), Weeks(20m)), "recency", "must be greater than 0");
        yield return Row.Throws<ArgumentException>("ParetoNbd.ConditionalExpectedPurchases(Periods, CustomerRfm)", Inconsistent, "t in months", () => Pareto.ConditionalExpectedPurchases(new Periods(1m, Month), Buyer), "t", SameUnit);
        yield return Row.Throws<ArgumentException>("ParetoNbd.ConditionalExpectedPurchases(Periods, CustomerRfm)", DefaultStruct, "default customer", () => Pareto.ConditionalExpectedPurchases(Weeks(1m), default(CustomerRfm)), "customer", NoPeriods);
        yield return Row.Throws<ArgumentException>("ParetoNbd.ConditionalExpectedPurchases(Periods, int, Periods, Periods)", Inconsistent, "t_x > T", () => Pareto.ConditionalExpectedPurchases(Weeks(1m), 2, Weeks(30m), Weeks(20m)), "recency", "must be at most T");
        yield return Row.Throws<ArgumentOutOfRangeException>("ParetoNbd.ConditionalExpectedPurchases(Periods, int, Periods, Periods)", Negative, "negative frequency", () => Pareto.ConditionalExpectedPurchases(Weeks(1m), -2, Weeks(3m), Weeks(20m)), "frequency", "must be non-negative");
        yield return Row.Throws<ArgumentException>("ParetoNbd.DiscountedExpectedResidualPurchases(DiscountRate, CustomerRfm)", DefaultStruct, "default discount", () => Pareto.DiscountedExpectedResidualPurchases(default, Buyer), "discount", "DiscountRate with a period unit");
        yield return Row.Throws<ArgumentException>("ParetoNbd.DiscountedExpectedResidualPurchases(DiscountRate, CustomerRfm)", Inconsistent, "discount per month", () => Pareto.DiscountedExpectedResidualPurchases(new DiscountRate(0.01m, Month), Buyer), "discount", SameUnit);
        yield return Row.Throws<ArgumentException>("ParetoNbd.DiscountedExpectedResidualPurchases(DiscountRate, int, Periods, Periods)", Inconsistent, "x = 0 with t_x > 0", () => Pareto.DiscountedExpectedResidualPurchases(new DiscountRate(0.01m, Week), 0, Weeks(3m), Weeks(20m)), "recency", "must be 0 when");
        yield return Row.Throws<ArgumentException>("ParetoNbd.DiscountedExpectedResidualPurchases(DiscountRate, int, Periods, Periods)", Inconsistent, "age in days", () => Pareto.DiscountedExpectedResidualPurchases(new DiscountRate(0.01m, Week), 1, Weeks(3m), new Periods(20m, PeriodUnit.Day)), "age", SameUnit);
        const string ParetoFit = "ParetoNbd.Fit(IEnumerable<CustomerRfm>, FitOptions?)";
        yield return Row.Throws<ArgumentNullException>(ParetoFit, Null, "null rows", () => ParetoNbd.Fit(null!), "customers", "null");
        yield return Row.Throws<ArgumentException>(ParetoFit, Empty, "no rows", () => ParetoNbd.Fit([]), "customers", "must hold at least one row");
        yield return Row.Throws<ArgumentException>(ParetoFit, DefaultStruct, "row 1 is default", () => ParetoNbd.Fit([Buyer, default]), "customers[1]", "was default(CustomerRfm)");
        yield return Row.Throws<ArgumentException>(ParetoFit, Inconsistent, "row 1 in days", () => ParetoNbd.Fit([Buyer, DailyBuyer]), "customers[1]", SameUnit);

        // MBG/NBD
        yield return Row.Throws<ArgumentOutOfRangeException>("new ModifiedBgNbd(double, double, double, double, PeriodUnit)", NaN, "NaN r", () => new ModifiedBgNbd(double.NaN, 1d, 1d, 1d, Week), "r", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new ModifiedBgNbd(double, double, double, double, PeriodUnit)", Infinity, "infinite b", () => new ModifiedBgNbd(1d, 1d, 1d, double.PositiveInfinity, Week), "b", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new ModifiedBgNbd(double, double, double, double, PeriodUnit)", Negative, "negative a", () => new ModifiedBgNbd(1d, 1d, -1d, 1d, Week), "a", Finite);
        yield return Row.Throws<ArgumentException>("new ModifiedBgNbd(double, double, double, double, PeriodUnit)", DefaultStruct, "default unit", () => new ModifiedBgNbd(1d, 1d, 1d, 1d, default), "unit", NoUnit);
        yield return Row.Throws<ArgumentException>("ModifiedBgNbd.ExpectedPurchases(Periods)", Inconsistent, "t in months", () => Mbg.ExpectedPurchases(new Periods(1m, Month)), "t", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("ModifiedBgNbd.PurchaseCountProbability(int, Periods)", Negative, "negative n", () => Mbg.PurchaseCountProbability(-1, Weeks(1m)), "n", "must be non-negative");
        yield return Row.Throws<ArgumentException>("ModifiedBgNbd.ProbabilityAlive(CustomerRfm)", Inconsistent, "customer in days", () => Mbg.ProbabilityAlive(DailyBuyer), "customer", SameUnit);
        yield return Row.Throws<ArgumentException>("ModifiedBgNbd.ProbabilityAlive(int, Periods, Periods)", Inconsistent, "t_x > T", () => Mbg.ProbabilityAlive(2, Weeks(30m), Weeks(20m)), "recency", "must be at most T");
        yield return Row.Throws<ArgumentException>("ModifiedBgNbd.ConditionalExpectedPurchases(Periods, CustomerRfm)", DefaultStruct, "default customer", () => Mbg.ConditionalExpectedPurchases(Weeks(1m), default(CustomerRfm)), "customer", NoPeriods);
        yield return Row.Throws<ArgumentException>("ModifiedBgNbd.ConditionalExpectedPurchases(Periods, int, Periods, Periods)", Inconsistent, "x > 0 with t_x = 0", () => Mbg.ConditionalExpectedPurchases(Weeks(1m), 2, Weeks(0m), Weeks(20m)), "recency", "must be greater than 0");
        const string MbgFit = "ModifiedBgNbd.Fit(IEnumerable<CustomerRfm>, FitOptions?)";
        yield return Row.Throws<ArgumentNullException>(MbgFit, Null, "null rows", () => ModifiedBgNbd.Fit(null!), "customers", "null");
        yield return Row.Throws<ArgumentException>(MbgFit, Empty, "no rows", () => ModifiedBgNbd.Fit([]), "customers", "must hold at least one row");
        yield return Row.Throws<ArgumentOutOfRangeException>(MbgFit, Zero, "zero threads", () => ModifiedBgNbd.Fit([Buyer], new FitOptions(0)), "maxDegreeOfParallelism", "must be -1 (no limit) or positive");

        // BG/BB and its rows
        yield return Row.Throws<ArgumentOutOfRangeException>("new BgBb(double, double, double, double, PeriodUnit)", NaN, "NaN alpha", () => new BgBb(double.NaN, 1d, 1d, 1d, Year), "alpha", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new BgBb(double, double, double, double, PeriodUnit)", Infinity, "infinite delta", () => new BgBb(1d, 1d, 1d, double.NegativeInfinity, Year), "delta", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new BgBb(double, double, double, double, PeriodUnit)", Zero, "zero gamma", () => new BgBb(1d, 1d, 0d, 1d, Year), "gamma", Finite);
        yield return Row.Throws<ArgumentException>("new BgBb(double, double, double, double, PeriodUnit)", DefaultStruct, "default unit", () => new BgBb(1d, 1d, 1d, 1d, default), "unit", NoUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("new OpportunityRfm(int, int, int, int)", Negative, "negative frequency", () => new OpportunityRfm(-1, 0, 6), "frequency", "must be non-negative");
        yield return Row.Throws<ArgumentException>("new OpportunityRfm(int, int, int, int)", Inconsistent, "opportunities below recency", () => new OpportunityRfm(2, 5, 4), "opportunities", "must be at least recency");
        yield return Row.Throws<ArgumentException>("new OpportunityRfm(int, int, int, int)", Inconsistent, "recency below frequency", () => new OpportunityRfm(3, 2, 6), "recency", "must be at least frequency");
        yield return Row.Throws<ArgumentException>("new OpportunityRfm(int, int, int, int)", Inconsistent, "no transaction but a recency", () => new OpportunityRfm(0, 2, 6), "recency", "must be 0 exactly when frequency is 0");
        yield return Row.Throws<ArgumentOutOfRangeException>("new OpportunityRfm(int, int, int, int)", Zero, "zero count", () => new OpportunityRfm(1, 1, 6, 0), "count", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("BgBb.ExpectedTransactions(int)", Negative, "negative opportunities", () => Donors.ExpectedTransactions(-1), "opportunities", "must be non-negative");
        yield return Row.Throws<ArgumentException>("BgBb.ProbabilityAlive(OpportunityRfm)", DefaultStruct, "default customer", () => Donors.ProbabilityAlive(default), "customer", "was default(OpportunityRfm)");
        yield return Row.Throws<ArgumentOutOfRangeException>("BgBb.ConditionalExpectedTransactions(int, OpportunityRfm)", Negative, "negative future", () => Donors.ConditionalExpectedTransactions(-1, Donor), "futureOpportunities", "must be non-negative");
        yield return Row.Throws<ArgumentException>("BgBb.ConditionalExpectedTransactions(int, OpportunityRfm)", DefaultStruct, "default customer", () => Donors.ConditionalExpectedTransactions(1, default), "customer", "was default(OpportunityRfm)");
        yield return Row.Throws<ArgumentException>("BgBb.DiscountedExpectedResidualTransactions(DiscountRate, OpportunityRfm)", Inconsistent, "discount per month", () => Donors.DiscountedExpectedResidualTransactions(new DiscountRate(0.01m, Month), Donor), "discount", SameUnit);
        yield return Row.Throws<ArgumentException>("BgBb.DiscountedExpectedResidualTransactions(DiscountRate, OpportunityRfm)", DefaultStruct, "default customer", () => Donors.DiscountedExpectedResidualTransactions(new DiscountRate(0.1m, Year), default), "customer", "was default(OpportunityRfm)");
        yield return Row.Throws<ArgumentNullException>("BgBb.Fit(IEnumerable<OpportunityRfm>, PeriodUnit)", Null, "null rows", () => BgBb.Fit(null!, Year), "customers", "null");
        yield return Row.Throws<ArgumentException>("BgBb.Fit(IEnumerable<OpportunityRfm>, PeriodUnit)", Empty, "no rows", () => BgBb.Fit([], Year), "customers", "must hold at least one row");
        yield return Row.Throws<ArgumentException>("BgBb.Fit(IEnumerable<OpportunityRfm>, PeriodUnit)", DefaultStruct, "row 1 is default", () => BgBb.Fit([Donor, default], Year), "customers[1]", "was default(OpportunityRfm)");
        yield return Row.Throws<ArgumentException>("BgBb.Fit(IEnumerable<OpportunityRfm>, PeriodUnit)", DefaultStruct, "default unit", () => BgBb.Fit([Donor], default), "unit", NoUnit);

        // Multi-cohort sBG, endpoints, DEL
        const string Cohorts = "ShiftedBetaGeometric.Fit(IReadOnlyList<IReadOnlyList<long>>, PeriodUnit)";
        yield return Row.Throws<ArgumentNullException>(Cohorts, Null, "null cohorts", () => ShiftedBetaGeometric.Fit((IReadOnlyList<IReadOnlyList<long>>)null!, Year), "cohorts", "null");
        yield return Row.Throws<ArgumentNullException>(Cohorts, Null, "null cohort", () => ShiftedBetaGeometric.Fit([[100L, 80L], null!], Year), "cohorts[1]", "was null");
        yield return Row.Throws<ArgumentException>(Cohorts, Empty, "no later period anywhere", () => ShiftedBetaGeometric.Fit([[100L], [50L]], Year), "cohorts", "at least one renewal period");
        yield return Row.Throws<ArgumentException>(Cohorts, Empty, "an empty sequence", () => ShiftedBetaGeometric.Fit([[100L, 80L], []], Year), "cohorts[1]", "must hold at least the cohort size");
        yield return Row.Throws<ArgumentException>(Cohorts, Inconsistent, "survivors rise", () => ShiftedBetaGeometric.Fit([[100L, 80L], [100L, 70L, 75L]], Year), "cohorts[1]", "must never increase");
        yield return Row.Throws<ArgumentOutOfRangeException>(Cohorts, Zero, "an empty cohort", () => ShiftedBetaGeometric.Fit([[100L, 80L], [0L]], Year), "cohorts[1][0]", "must be at least 1");
        yield return Row.Throws<ArgumentOutOfRangeException>(Cohorts, Negative, "a negative count", () => ShiftedBetaGeometric.Fit([[100L, -1L]], Year), "cohorts[0][1]", "must be non-negative");
        yield return Row.Throws<ArgumentException>(Cohorts, DefaultStruct, "default unit", () => ShiftedBetaGeometric.Fit([[100L, 80L]], default), "unit", NoUnit);
        const string Endpoints = "ShiftedBetaGeometric.Fit(IReadOnlyList<CohortEndpoint>, PeriodUnit)";
        yield return Row.Throws<ArgumentNullException>(Endpoints, Null, "null cohorts", () => ShiftedBetaGeometric.Fit((IReadOnlyList<CohortEndpoint>)null!, Year), "cohorts", "null");
        yield return Row.Throws<ArgumentException>(Endpoints, Empty, "no cohorts", () => ShiftedBetaGeometric.Fit(Array.Empty<CohortEndpoint>(), Year), "cohorts", "must hold at least one cohort");
        yield return Row.Throws<ArgumentException>(Endpoints, DefaultStruct, "a default endpoint", () => ShiftedBetaGeometric.Fit([new CohortEndpoint(100, 1, 80), default], Year), "cohorts[1]", "was default(CohortEndpoint)");
        yield return Row.Throws<ArgumentException>(Endpoints, DefaultStruct, "default unit", () => ShiftedBetaGeometric.Fit([new CohortEndpoint(100, 1, 80)], default), "unit", NoUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("new CohortEndpoint(long, int, long)", Zero, "empty cohort", () => new CohortEndpoint(0, 1, 0), "size", "must be at least 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("new CohortEndpoint(long, int, long)", Zero, "no periods", () => new CohortEndpoint(10, 0, 5), "periods", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("new CohortEndpoint(long, int, long)", Negative, "negative survivors", () => new CohortEndpoint(10, 1, -5), "survivors", "must be non-negative");
        yield return Row.Throws<ArgumentException>("new CohortEndpoint(long, int, long)", Inconsistent, "survivors rise", () => new CohortEndpoint(10, 1, 11), "survivors", "survivors never rise");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.DiscountedExpectedLifetime(DiscountRate)", DefaultStruct, "default discount", () => Sbg.DiscountedExpectedLifetime(default), "discount", "DiscountRate with a period unit");
        yield return Row.Throws<ArgumentException>("ShiftedBetaGeometric.DiscountedExpectedLifetime(DiscountRate)", Inconsistent, "discount per month", () => Sbg.DiscountedExpectedLifetime(new DiscountRate(0.01m, Month)), "discount", SameUnit);

        // BdW
        yield return Row.Throws<ArgumentOutOfRangeException>("new BetaDiscreteWeibull(double, double, double, PeriodUnit)", NaN, "NaN beta", () => new BetaDiscreteWeibull(1d, double.NaN, 1d, Year), "beta", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new BetaDiscreteWeibull(double, double, double, PeriodUnit)", Infinity, "infinite alpha", () => new BetaDiscreteWeibull(double.PositiveInfinity, 1d, 1d, Year), "alpha", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("new BetaDiscreteWeibull(double, double, double, PeriodUnit)", Zero, "zero c", () => new BetaDiscreteWeibull(1d, 1d, 0d, Year), "c", Finite);
        yield return Row.Throws<ArgumentException>("new BetaDiscreteWeibull(double, double, double, PeriodUnit)", DefaultStruct, "default unit", () => new BetaDiscreteWeibull(1d, 1d, 1d, default), "unit", NoUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("BetaDiscreteWeibull.Survival(int)", Negative, "negative period", () => Bdw.Survival(-1), "period", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>("BetaDiscreteWeibull.Retention(int)", Zero, "period 0", () => Bdw.Retention(0), "period", "must be positive");
        yield return Row.Throws<ArgumentNullException>("BetaDiscreteWeibull.Fit(IReadOnlyList<long>, PeriodUnit)", Null, "null survivors", () => BetaDiscreteWeibull.Fit(null!, Year), "survivors", "null");
        yield return Row.Throws<ArgumentException>("BetaDiscreteWeibull.Fit(IReadOnlyList<long>, PeriodUnit)", Inconsistent, "survivors rise", () => BetaDiscreteWeibull.Fit([1000L, 600L, 700L], Year), "survivors", "must never increase");
        yield return Row.Throws<ArgumentException>("BetaDiscreteWeibull.Fit(IReadOnlyList<long>, PeriodUnit)", Empty, "one period only", () => BetaDiscreteWeibull.Fit([1000L], Year), "survivors", "at least one later period");

        // The interface the validation compares models through (each implementation's rows also apply)
        var model = Repeat(Pareto);
        yield return Row.Throws<ArgumentException>("IRepeatPurchaseModel.ExpectedPurchases(Periods)", Inconsistent, "t in months", () => model.ExpectedPurchases(new Periods(1m, Month)), "t", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("IRepeatPurchaseModel.PurchaseCountProbability(int, Periods)", Negative, "negative n", () => model.PurchaseCountProbability(-1, Weeks(1m)), "n", "must be non-negative");
        yield return Row.Throws<ArgumentException>("IRepeatPurchaseModel.ProbabilityAlive(CustomerRfm)", DefaultStruct, "default customer", () => model.ProbabilityAlive(default), "customer", NoPeriods);
        yield return Row.Throws<ArgumentException>("IRepeatPurchaseModel.ConditionalExpectedPurchases(Periods, CustomerRfm)", Inconsistent, "customer in days", () => model.ConditionalExpectedPurchases(Weeks(1m), DailyBuyer), "customer", SameUnit);

        // Holdout validation
        const string Validation = "HoldoutValidation.Of(RfmSummary, IReadOnlyList<IRepeatPurchaseModel>)";
        yield return Row.Throws<ArgumentNullException>(Validation, Null, "null summary", () => HoldoutValidation.Of(null!, [Pareto]), "summary", "null");
        yield return Row.Throws<ArgumentNullException>(Validation, Null, "null models", () => HoldoutValidation.Of(WithHoldout(), null!), "models", "null");
        yield return Row.Throws<ArgumentNullException>(Validation, Null, "a null model", () => HoldoutValidation.Of(WithHoldout(), [Pareto, null!]), "models[1]", "null");
        yield return Row.Throws<ArgumentException>(Validation, Empty, "no model", () => HoldoutValidation.Of(WithHoldout(), []), "models", "must hold at least one model");
        yield return Row.Throws<ArgumentException>(Validation, Inconsistent, "no holdout", () => HoldoutValidation.Of(WithoutHoldout(), [Pareto]), "summary", "must have a holdout period");
        yield return Row.Throws<ArgumentException>(Validation, Inconsistent, "model in days", () => HoldoutValidation.Of(WithHoldout(), [new ParetoNbd(1d, 1d, 1d, 1d, PeriodUnit.Day)]), "models[0]", SameUnit);
        yield return Row.Throws<ArgumentOutOfRangeException>("HoldoutValidation.PredictedMeans(int)", OutOfRange, "model 1 of 1", () => HoldoutValidation.Of(WithHoldout(), [Pareto]).PredictedMeans(1), "model", "must be");

        // Fit covariances
        yield return Row.Throws<ArgumentNullException>("ModelFit<TModel>.Covariance(string, string)", Null, "null second", () => BgBb.Fit([Donor], Year).Covariance("alpha", null!), "second", "null");
        yield return Row.Throws<ArgumentNullException>("ModelFit<TModel>.Covariance(string, string)", Null, "null first", () => BgBb.Fit([Donor], Year).Covariance(null!, "alpha"), "first", "null");
        yield return Row.Throws<ArgumentException>("ModelFit<TModel>.Covariance(string, string)", OutOfRange, "unknown second", () => BgBb.Fit([Donor], Year).Covariance("alpha", "r"), "second", "must be one of alpha, beta, gamma, delta, was \"r\"");
    }
}
