using NodaTime;
using PerfMetrics.Experiments;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Experiments;

/// <summary>Bad-input rows for <c>PerfMetrics.Experiments</c>: holdout and A/B tests, power, ratio metrics, TBR geo experiments (issue 18).</summary>
internal static class ExperimentsBadInputs
{
    private const string Level = "must be greater than 0 and less than 1";
    private const string RateRule = "must be greater than 0 and less than 1 (a rate is a fraction";
    private const string Finite = "must be a finite number greater than zero";

    private static readonly Currency Usd = Currency.Usd;
    private static readonly Money Spend = new(1_000m, Usd);
    private static readonly Money TenEur = new(10m, Currency.Eur);
    private static readonly GroupCounts Test = new(9_000, 135);
    private static readonly GroupCounts Control = new(1_000, 10);
    private static readonly GroupCounts NoUsers = new(0, 0);
    private static readonly HoldoutResult Holdout = HoldoutTest.Analyze(Test, Control, Spend);
    private static readonly RatioSample Ratio = new([100d, 120d, 90d], [4d, 5d, 3d]);
    private static readonly SampleSizePlan Plan = PowerAnalysis.SampleSize(0.5, 0.75, 0.9);

    private const string Power = "PowerAnalysis.Power(double, double, double, double, double)";
    private const string Size = "PowerAnalysis.SampleSize(double, double, double, double, double)";
    private const string Mde = "PowerAnalysis.MinimumDetectableRate(double, double, double, double, double)";
    private const string Tbr = "TimeBasedRegression.Analyze(IEnumerable<GeoObservation>, GeoAssignment, DateInterval, DateInterval, DateInterval?, double)";
    private const string TbrMde = "TimeBasedRegression.MinimumDetectableIroas(IEnumerable<GeoObservation>, GeoAssignment, DateInterval, int, decimal, double, double)";

    private static LocalDate Day(int d) => TimeBasedRegressionTests.Day(d);

    private static GeoAssignment Geos => TimeBasedRegressionTests.SmallAssignment;

    private static GeoObservation[] Data => TimeBasedRegressionTests.Small();

    private static DateInterval Pre => new(Day(0), Day(4));

    private static DateInterval During => new(Day(5), Day(6));

    private static TbrResult Analysed => TimeBasedRegression.Analyze(Data, Geos, Pre, During);

    internal static IEnumerable<BadInputRow> Rows()
    {
        // Counts and estimates
        yield return Row.Throws<ArgumentOutOfRangeException>("new GroupCounts(long, long)", Negative, "negative users", () => new GroupCounts(-1, 0), "users", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>("new GroupCounts(long, long)", Negative, "negative conversions", () => new GroupCounts(10, -1), "conversions", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>("new GroupCounts(long, long)", Inconsistent, "conversions above users", () => new GroupCounts(10, 11), "conversions", "must be at most users");
        yield return Row.Throws<ArgumentOutOfRangeException>("new GroupCounts(long, long)", Inconsistent, "conversions without users", () => new GroupCounts(0, 3), "conversions", "must be at most users (0)");
        yield return Row.Throws<FormatException>("Estimate.ToString(string?)", Malformed, "format Q", () => Holdout.RateDifference.ToString("Q"), null, "format");
        yield return Row.Throws<FormatException>("MoneyEstimate.ToString(string?, IFormatProvider?)", Malformed, "percent format", () => Holdout.CostPerIncrementalConversion!.Value.ToString("P", null), null, "must be a money format");
        yield return Row.Throws<FormatException>("MoneyEstimate.TryFormat(Span<char>, out int, ReadOnlySpan<char>, IFormatProvider?)", Malformed, "percent format", () => Holdout.CostPerIncrementalConversion!.Value.TryFormat(new char[128], out _, "P", null), null, "must be a money format");

        // Holdout
        const string analyze = "HoldoutTest.Analyze(GroupCounts, GroupCounts, Money, double)";
        yield return Row.Throws<ArgumentOutOfRangeException>(analyze, Zero, "control group of zero users", () => HoldoutTest.Analyze(Test, NoUsers, Spend), "control", "must have at least one user");
        yield return Row.Throws<ArgumentOutOfRangeException>(analyze, Zero, "test group of zero users", () => HoldoutTest.Analyze(NoUsers, Control, Spend), "test", "must have at least one user");
        yield return Row.Throws<ArgumentOutOfRangeException>(analyze, Negative, "negative spend", () => HoldoutTest.Analyze(Test, Control, new Money(-1m, Usd)), "spend", "must be non-negative");
        yield return Row.Throws<ArgumentException>(analyze, DefaultStruct, "default spend", () => HoldoutTest.Analyze(Test, Control, default), "spend", "must be in a currency");
        yield return Row.Throws<ArgumentOutOfRangeException>(analyze, OutOfRange, "level 95 meant as 95%", () => HoldoutTest.Analyze(Test, Control, Spend, 95), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(analyze, Zero, "level 0", () => HoldoutTest.Analyze(Test, Control, Spend, 0), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(analyze, OutOfRange, "level 1", () => HoldoutTest.Analyze(Test, Control, Spend, 1), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(analyze, NaN, "NaN level", () => HoldoutTest.Analyze(Test, Control, Spend, double.NaN), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(analyze, Infinity, "infinite level", () => HoldoutTest.Analyze(Test, Control, Spend, double.PositiveInfinity), "confidenceLevel", Level);
        foreach (var (name, call) in new (string, Func<Money, object?>)[]
                 {
                     ("HoldoutResult.IncrementalRoas(Money)", m => Holdout.IncrementalRoas(m)),
                     ("HoldoutResult.IncrementalProfit(Money)", m => Holdout.IncrementalProfit(m)),
                     ("HoldoutResult.CheckMargin(Money)", m => Holdout.CheckMargin(m)),
                     ("HoldoutResult.CheckCeiling(Money)", m => Holdout.CheckCeiling(m)),
                 })
        {
            var param = name.Contains("Roas", StringComparison.Ordinal) ? "valuePerConversion" : name.Contains("Ceiling", StringComparison.Ordinal) ? "ceiling" : "unitMargin";
            yield return Row.Throws<ArgumentOutOfRangeException>(name, Negative, "negative amount", () => call(new Money(-1m, Usd)), param, "must be non-negative");
            yield return Row.Throws<ArgumentException>(name, DefaultStruct, "default amount", () => call(default), param, "must be in a currency");
            yield return Row.Throws<CurrencyMismatchException>(name, CurrencyMismatch, "EUR against USD spend", () => call(TenEur), param, "cannot be combined");
        }

        // A/B
        const string compare = "AbTest.Compare(GroupCounts, GroupCounts, double)";
        yield return Row.Throws<ArgumentOutOfRangeException>(compare, Zero, "A without users", () => AbTest.Compare(NoUsers, Control), "a", "must have at least one user");
        yield return Row.Throws<ArgumentOutOfRangeException>(compare, Zero, "B without users", () => AbTest.Compare(Control, NoUsers), "b", "must have at least one user");
        yield return Row.Throws<ArgumentOutOfRangeException>(compare, NaN, "NaN level", () => AbTest.Compare(Test, Control, double.NaN), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(compare, Infinity, "infinite level", () => AbTest.Compare(Test, Control, double.NegativeInfinity), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(compare, OutOfRange, "level 1.5", () => AbTest.Compare(Test, Control, 1.5), "confidenceLevel", Level);
        const string ratios = "AbTest.CompareRatios(RatioSample, RatioSample, double)";
        yield return Row.Throws<ArgumentNullException>(ratios, Null, "null A", () => AbTest.CompareRatios(null!, Ratio), "a", "null");
        yield return Row.Throws<ArgumentNullException>(ratios, Null, "null B", () => AbTest.CompareRatios(Ratio, null!), "b", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>(ratios, NaN, "NaN level", () => AbTest.CompareRatios(Ratio, Ratio, double.NaN), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(ratios, Infinity, "infinite level", () => AbTest.CompareRatios(Ratio, Ratio, double.PositiveInfinity), "confidenceLevel", Level);
        const string sample = "new RatioSample(IReadOnlyList<double>, IReadOnlyList<double>)";
        yield return Row.Throws<ArgumentNullException>(sample, Null, "null numerators", () => new RatioSample(null!, [1d, 2d]), "numerators", "null");
        yield return Row.Throws<ArgumentNullException>(sample, Null, "null denominators", () => new RatioSample([1d, 2d], null!), "denominators", "null");
        yield return Row.Throws<ArgumentException>(sample, Empty, "no units", () => new RatioSample([], []), "numerators", "must hold at least 2 units");
        yield return Row.Throws<ArgumentException>(sample, Inconsistent, "lengths differ", () => new RatioSample([1d, 2d], [1d]), "denominators", "must have one value per unit");
        yield return Row.Throws<ArgumentOutOfRangeException>(sample, NaN, "NaN numerator", () => new RatioSample([1d, double.NaN], [1d, 1d]), "numerators", "must hold finite numbers (index 1)");
        yield return Row.Throws<ArgumentOutOfRangeException>(sample, Infinity, "infinite denominator", () => new RatioSample([1d, 2d], [1d, double.PositiveInfinity]), "denominators", "must hold finite non-negative numbers (index 1)");
        yield return Row.Throws<ArgumentOutOfRangeException>(sample, Negative, "negative denominator", () => new RatioSample([1d, 2d], [-1d, 3d]), "denominators", "must hold finite non-negative numbers (index 0)");
        yield return Row.Throws<ArgumentException>(sample, Zero, "denominators sum to zero", () => new RatioSample([1d, 2d], [0d, 0d]), "denominators", "must have a positive sum");
        yield return Row.Throws<ArgumentOutOfRangeException>("RatioSample.Estimate(double)", NaN, "NaN level", () => Ratio.Estimate(double.NaN), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>("RatioSample.Estimate(double)", Infinity, "infinite level", () => Ratio.Estimate(double.PositiveInfinity), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>("RatioSample.Estimate(double)", Negative, "negative level", () => Ratio.Estimate(-0.95), "confidenceLevel", Level);

        // Power and sizing
        yield return Row.Throws<ArgumentOutOfRangeException>(Power, Zero, "no users", () => PowerAnalysis.Power(0, 0.5, 0.75), "totalUsers", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Power, NaN, "NaN users", () => PowerAnalysis.Power(double.NaN, 0.5, 0.75), "totalUsers", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Power, Infinity, "infinite users", () => PowerAnalysis.Power(double.PositiveInfinity, 0.5, 0.75), "totalUsers", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Power, OutOfRange, "rate 50 meant as 50%", () => PowerAnalysis.Power(100, 50, 0.75), "firstRate", RateRule);
        yield return Row.Throws<ArgumentOutOfRangeException>(Power, Zero, "second rate 0", () => PowerAnalysis.Power(100, 0.5, 0), "secondRate", RateRule);
        yield return Row.Throws<ArgumentOutOfRangeException>(Power, OutOfRange, "alpha 5 meant as 5%", () => PowerAnalysis.Power(100, 0.5, 0.75, 5), "significanceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(Power, OutOfRange, "share 1", () => PowerAnalysis.Power(100, 0.5, 0.75, 0.05, 1), "secondGroupShare", Level);
        yield return Row.Throws<ArgumentException>(Size, Inconsistent, "equal rates", () => PowerAnalysis.SampleSize(0.5, 0.5, 0.9), "secondRate", "must differ from firstRate");
        yield return Row.Throws<ArgumentOutOfRangeException>(Size, NaN, "NaN power", () => PowerAnalysis.SampleSize(0.5, 0.75, double.NaN), "power", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(Size, Infinity, "infinite rate", () => PowerAnalysis.SampleSize(double.PositiveInfinity, 0.75, 0.9), "firstRate", RateRule);
        yield return Row.Throws<ArgumentOutOfRangeException>(Size, OutOfRange, "power 80 meant as 80%", () => PowerAnalysis.SampleSize(0.5, 0.75, 80), "power", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(Size, OutOfRange, "power below any sample's", () => PowerAnalysis.SampleSize(0.5, 0.75, 0.01), "power", "must exceed");
        yield return Row.Throws<ArgumentOutOfRangeException>(Mde, NaN, "NaN users", () => PowerAnalysis.MinimumDetectableRate(double.NaN, 0.5, 0.9), "totalUsers", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Mde, Infinity, "infinite alpha", () => PowerAnalysis.MinimumDetectableRate(100, 0.5, 0.9, double.PositiveInfinity), "significanceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(Mde, OutOfRange, "rate 1", () => PowerAnalysis.MinimumDetectableRate(100, 1, 0.9), "firstRate", RateRule);
        yield return Row.Throws<ArgumentOutOfRangeException>("SampleSizePlan.Days(double)", Zero, "no traffic", () => Plan.Days(0), "eligibleUsersPerDay", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("SampleSizePlan.Days(double)", NaN, "NaN traffic", () => Plan.Days(double.NaN), "eligibleUsersPerDay", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>("SampleSizePlan.Days(double)", Infinity, "infinite traffic", () => Plan.Days(double.PositiveInfinity), "eligibleUsersPerDay", Finite);
        yield return Row.Throws<OverflowException>("SampleSizePlan.Days(double)", Overflow, "more days than an int", () => PowerAnalysis.SampleSize(0.5, 0.5000001, 0.99).Days(1e-9), null, "overflow");

        // Geo experiments
        yield return Row.Throws<ArgumentNullException>("new GeoObservation(string, LocalDate, decimal)", Null, "null geo", () => new GeoObservation(null!, Day(0), 1m), "geo", "must not be null");
        yield return Row.Throws<ArgumentException>("new GeoObservation(string, LocalDate, decimal)", Empty, "blank geo", () => new GeoObservation(" ", Day(0), 1m), "geo", "must be a non-blank id");
        const string assign = "new GeoAssignment(IEnumerable<string>, IEnumerable<string>)";
        yield return Row.Throws<ArgumentNullException>(assign, Null, "null treatment", () => new GeoAssignment(null!, ["c"]), "treatment", "null");
        yield return Row.Throws<ArgumentNullException>(assign, Null, "null control", () => new GeoAssignment(["t"], null!), "control", "null");
        yield return Row.Throws<ArgumentNullException>(assign, Null, "null geo in control", () => new GeoAssignment(["t"], [null!]), "control", "must not hold a null geo");
        yield return Row.Throws<ArgumentException>(assign, Empty, "no treatment geo", () => new GeoAssignment([], ["c"]), "treatment", "must name at least one geo");
        yield return Row.Throws<ArgumentException>(assign, Empty, "blank control geo", () => new GeoAssignment(["t"], [""]), "control", "must hold non-blank geo ids");
        yield return Row.Throws<ArgumentException>(assign, Duplicate, "geo in both groups", () => new GeoAssignment(["t", "x"], ["c", "x"]), "control", "a geo is in exactly one group, was \"x\" in both");
        yield return Row.Throws<ArgumentNullException>(Tbr, Null, "null observations", () => TimeBasedRegression.Analyze(null!, Geos, Pre, During), "observations", "null");
        yield return Row.Throws<ArgumentNullException>(Tbr, Null, "null assignment", () => TimeBasedRegression.Analyze(Data, null!, Pre, During), "assignment", "null");
        yield return Row.Throws<ArgumentNullException>(Tbr, Null, "null pre-period", () => TimeBasedRegression.Analyze(Data, Geos, null!, During), "preTest", "null");
        yield return Row.Throws<ArgumentNullException>(Tbr, Null, "null test period", () => TimeBasedRegression.Analyze(Data, Geos, Pre, null!), "test", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>(Tbr, OutOfRange, "pre-period of 2 days", () => TimeBasedRegression.Analyze(Data, Geos, new DateInterval(Day(3), Day(4)), During), "preTest", "must span at least 3 days");
        yield return Row.Throws<ArgumentException>(Tbr, Inconsistent, "test overlaps the pre-period", () => TimeBasedRegression.Analyze(Data, Geos, Pre, new DateInterval(Day(4), Day(6))), "test", "must not overlap");
        yield return Row.Throws<ArgumentException>(Tbr, Inconsistent, "cooldown not right after the test", () => TimeBasedRegression.Analyze(Data, Geos, Pre, new DateInterval(Day(5), Day(5)), new DateInterval(Day(7), Day(7))), "cooldown", "must start the day after the test ends");
        yield return Row.Throws<ArgumentException>(Tbr, Inconsistent, "geo in neither group", () => TimeBasedRegression.Analyze([.. Data, new GeoObservation("z", Day(0), 1m)], Geos, Pre, During), "observations", "must be in the treatment or the control group, was \"z\" in neither");
        yield return Row.Throws<ArgumentException>(Tbr, Duplicate, "geo-day twice", () => TimeBasedRegression.Analyze([.. Data, new GeoObservation("c", Day(1), 1m)], Geos, Pre, During), "observations", "must hold one row per geo and day");
        yield return Row.Throws<ArgumentException>(Tbr, Empty, "missing day", () => TimeBasedRegression.Analyze(Data.Where(o => o.Date != Day(6)), Geos, Pre, During), "observations", "was missing geo");
        yield return Row.Throws<ArgumentException>(Tbr, DefaultStruct, "default observation", () => TimeBasedRegression.Analyze([.. Data, default], Geos, Pre, During), "observations", "must each name a geo");
        yield return Row.Throws<ArgumentException>(Tbr, Inconsistent, "constant control", () => TimeBasedRegression.Analyze(Data.Select(o => o.Geo == "c" ? new GeoObservation("c", o.Date, 5m) : o), Geos, Pre, During), "observations", "must not be constant");
        yield return Row.Throws<ArgumentOutOfRangeException>(Tbr, NaN, "NaN level", () => TimeBasedRegression.Analyze(Data, Geos, Pre, During, null, double.NaN), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(Tbr, Infinity, "infinite level", () => TimeBasedRegression.Analyze(Data, Geos, Pre, During, null, double.PositiveInfinity), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentNullException>(TbrMde, Null, "null observations", () => TimeBasedRegression.MinimumDetectableIroas(null!, Geos, Pre, 7, 10m), "observations", "null");
        yield return Row.Throws<ArgumentNullException>(TbrMde, Null, "null assignment", () => TimeBasedRegression.MinimumDetectableIroas(Data, null!, Pre, 7, 10m), "assignment", "null");
        yield return Row.Throws<ArgumentNullException>(TbrMde, Null, "null pre-period", () => TimeBasedRegression.MinimumDetectableIroas(Data, Geos, null!, 7, 10m), "preTest", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>(TbrMde, Zero, "zero test days", () => TimeBasedRegression.MinimumDetectableIroas(Data, Geos, Pre, 0, 10m), "testDays", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>(TbrMde, Zero, "zero cost", () => TimeBasedRegression.MinimumDetectableIroas(Data, Geos, Pre, 7, 0m), "incrementalCost", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>(TbrMde, OutOfRange, "pre-period of 1 day", () => TimeBasedRegression.MinimumDetectableIroas(Data, Geos, new DateInterval(Day(0), Day(0)), 7, 10m), "preTest", "must span at least 3 days");
        yield return Row.Throws<ArgumentOutOfRangeException>(TbrMde, NaN, "NaN power", () => TimeBasedRegression.MinimumDetectableIroas(Data, Geos, Pre, 7, 10m, double.NaN), "power", Level);
        yield return Row.Throws<ArgumentOutOfRangeException>(TbrMde, Infinity, "infinite level", () => TimeBasedRegression.MinimumDetectableIroas(Data, Geos, Pre, 7, 10m, 0.8, double.PositiveInfinity), "confidenceLevel", Level);
        yield return Row.Throws<ArgumentException>(TbrMde, Empty, "missing pre-period day", () => TimeBasedRegression.MinimumDetectableIroas(Data.Where(o => o.Date != Day(2)), Geos, Pre, 7, 10m), "observations", "was missing geo");
        yield return Row.Throws<ArgumentOutOfRangeException>("TbrResult.Iroas(decimal)", Zero, "zero cost", () => Analysed.Iroas(0m), "incrementalCost", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("TbrResult.Iroas(decimal)", Negative, "negative cost", () => Analysed.Iroas(-5m), "incrementalCost", "must be positive");
    }

    internal static IEnumerable<UndefinedRow> UndefinedRows()
    {
        yield return Row.Null("HoldoutTest.Analyze(GroupCounts, GroupCounts, Money, double)", Zero, "lift with zero control conversions", () => HoldoutTest.Analyze(Test, new GroupCounts(1_000, 0), Spend).Lift);
        yield return Row.Null("HoldoutTest.Analyze(GroupCounts, GroupCounts, Money, double)", Zero, "cost per incremental conversion without incremental conversions", () => HoldoutTest.Analyze(new GroupCounts(9_000, 90), Control, Spend).CostPerIncrementalConversion);
        yield return Row.Null("HoldoutResult.IncrementalRoas(Money)", Zero, "zero spend", () => HoldoutTest.Analyze(Test, Control, Money.Zero(Usd)).IncrementalRoas(new Money(50m, Usd)));
        yield return Row.Null("HoldoutResult.CheckMargin(Money)", Negative, "negative incremental conversions", () => HoldoutTest.Analyze(new GroupCounts(9_000, 80), Control, Spend).CheckMargin(new Money(38m, Usd)));
        yield return Row.Null("HoldoutResult.CheckCeiling(Money)", Zero, "zero incremental conversions", () => HoldoutTest.Analyze(new GroupCounts(9_000, 90), Control, Spend).CheckCeiling(new Money(38m, Usd)));
        yield return Row.Null("AbTest.Compare(GroupCounts, GroupCounts, double)", Zero, "ratio without conversions in A", () => AbTest.Compare(new GroupCounts(100, 0), Control).Ratio);
        yield return Row.Null("AbTest.Compare(GroupCounts, GroupCounts, double)", Zero, "p-value when nobody converted", () => AbTest.Compare(new GroupCounts(100, 0), new GroupCounts(100, 0)).PValue);
        yield return Row.Null(Mde, OutOfRange, "too few users for the power", () => PowerAnalysis.MinimumDetectableRate(4, 0.9, 0.99));
    }
}
