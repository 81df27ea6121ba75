using PerfMetrics.Budget;
using PerfMetrics.Tests.BadInput;
using static PerfMetrics.Tests.BadInput.BadInputClass;

namespace PerfMetrics.Tests.Budget;

/// <summary>Bad-input rows for <c>PerfMetrics.Budget</c>: response curves, adstock, channels, options and the allocator (issue 19).</summary>
internal static class BudgetBadInputs
{
    private const string Finite = "must be a finite number greater than zero";
    private const string NonNegativeFinite = "must be a finite non-negative number";
    private const string InCurrency = "must be in a currency";
    private const string Mismatch = "cannot be combined";

    private static readonly Currency Usd = Currency.Usd;
    private static readonly Money TenUsd = new(10m, Usd);
    private static readonly Money ZeroUsd = Money.Zero(Usd);
    private static readonly Money MinusOneUsd = new(-1m, Usd);
    private static readonly Money TenEur = new(10m, Currency.Eur);
    private static readonly ResponseCurve Curve = ResponseCurve.MichaelisMenten(new Money(1_000m, Usd), new Money(100m, Usd));
    private static readonly ResponseCurve EurCurve = ResponseCurve.MichaelisMenten(new Money(1_000m, Currency.Eur), new Money(100m, Currency.Eur));
    private static readonly ResponseCurve ConcaveHill = ResponseCurve.Hill(new Money(1_000m, Usd), new Money(100m, Usd), 0.5d);

    private static BudgetChannel Ch(string name, decimal min = 0m, decimal? max = null, ResponseCurve? curve = null) =>
        new(new Channel(name), curve ?? Curve, Money.Zero((curve ?? Curve).Currency), new Money(min, (curve ?? Curve).Currency), max is { } m ? new Money(m, (curve ?? Curve).Currency) : null);

    private static ResponseObservation Obs(decimal spend) => new(new Money(spend, Usd), new Money(2m * spend, Usd));

    private static ResponseCurve Custom(Func<double, ResponsePoint> f) => ResponseCurve.Custom(new Function(f), Usd, CurveShape.Concave);

    internal static IEnumerable<BadInputRow> Rows()
    {
        // Curves
        const string Hill = "ResponseCurve.Hill(Money, Money, double)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Hill, Zero, "zero half-saturation", () => ResponseCurve.Hill(TenUsd, ZeroUsd, 1d), "halfSaturation", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>(Hill, Negative, "negative maximum", () => ResponseCurve.Hill(MinusOneUsd, TenUsd, 1d), "maxResponse", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>(Hill, Zero, "zero slope", () => ResponseCurve.Hill(TenUsd, TenUsd, 0d), "slope", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Hill, Negative, "negative slope", () => ResponseCurve.Hill(TenUsd, TenUsd, -1d), "slope", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Hill, NaN, "NaN slope", () => ResponseCurve.Hill(TenUsd, TenUsd, double.NaN), "slope", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Hill, Infinity, "infinite slope", () => ResponseCurve.Hill(TenUsd, TenUsd, double.PositiveInfinity), "slope", Finite);
        yield return Row.Throws<ArgumentException>(Hill, DefaultStruct, "default maximum", () => ResponseCurve.Hill(default, TenUsd, 1d), "maxResponse", InCurrency);
        yield return Row.Throws<CurrencyMismatchException>(Hill, CurrencyMismatch, "USD maximum, EUR half-saturation", () => ResponseCurve.Hill(TenUsd, TenEur, 1d), "halfSaturation", Mismatch);
        const string Mm = "ResponseCurve.MichaelisMenten(Money, Money)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Mm, Zero, "zero half-saturation", () => ResponseCurve.MichaelisMenten(TenUsd, ZeroUsd), "halfSaturation", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>(Mm, Negative, "negative half-saturation", () => ResponseCurve.MichaelisMenten(TenUsd, MinusOneUsd), "halfSaturation", "must be non-negative");
        yield return Row.Throws<ArgumentException>(Mm, DefaultStruct, "default half-saturation", () => ResponseCurve.MichaelisMenten(TenUsd, default), "halfSaturation", InCurrency);
        yield return Row.Throws<CurrencyMismatchException>(Mm, CurrencyMismatch, "EUR maximum", () => ResponseCurve.MichaelisMenten(TenEur, TenUsd), "halfSaturation", Mismatch);
        const string Logistic = "ResponseCurve.Logistic(Money, Money)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Logistic, Zero, "zero maximum", () => ResponseCurve.Logistic(ZeroUsd, TenUsd), "maxResponse", "must be positive");
        yield return Row.Throws<ArgumentException>(Logistic, DefaultStruct, "default maximum", () => ResponseCurve.Logistic(default, TenUsd), "maxResponse", InCurrency);
        yield return Row.Throws<CurrencyMismatchException>(Logistic, CurrencyMismatch, "EUR half-saturation", () => ResponseCurve.Logistic(TenUsd, TenEur), "halfSaturation", Mismatch);
        const string Robyn = "ResponseCurve.FromRobynHill(double, double, Money, Money, Money)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Robyn, Zero, "zero alpha", () => ResponseCurve.FromRobynHill(0d, 0.5d, ZeroUsd, TenUsd, TenUsd), "alpha", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Robyn, NaN, "NaN gamma", () => ResponseCurve.FromRobynHill(3d, double.NaN, ZeroUsd, TenUsd, TenUsd), "gamma", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentOutOfRangeException>(Robyn, Infinity, "infinite alpha", () => ResponseCurve.FromRobynHill(double.PositiveInfinity, 0.5d, ZeroUsd, TenUsd, TenUsd), "alpha", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Robyn, OutOfRange, "gamma 30 meant as 30%", () => ResponseCurve.FromRobynHill(3d, 30d, ZeroUsd, TenUsd, TenUsd), "gamma", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentOutOfRangeException>(Robyn, Negative, "negative minimum", () => ResponseCurve.FromRobynHill(3d, 0.5d, MinusOneUsd, TenUsd, TenUsd), "observedMinimum", "must be non-negative");
        yield return Row.Throws<ArgumentException>(Robyn, Inconsistent, "maximum below minimum", () => ResponseCurve.FromRobynHill(3d, 0.5d, TenUsd, ZeroUsd, TenUsd), "observedMaximum", "must be at least observedMinimum");
        yield return Row.Throws<ArgumentOutOfRangeException>(Robyn, Zero, "zero half-saturation (gamma 0 and minimum 0)", () => ResponseCurve.FromRobynHill(3d, 0d, ZeroUsd, TenUsd, TenUsd), "observedMaximum", "half-saturation spend");
        yield return Row.Throws<ArgumentException>(Robyn, DefaultStruct, "default maximum spend", () => ResponseCurve.FromRobynHill(3d, 0.5d, ZeroUsd, default, TenUsd), "observedMaximum", InCurrency);
        yield return Row.Throws<CurrencyMismatchException>(Robyn, CurrencyMismatch, "EUR response", () => ResponseCurve.FromRobynHill(3d, 0.5d, ZeroUsd, TenUsd, TenEur), "maxResponse", Mismatch);
        const string Meridian = "ResponseCurve.FromMeridianHill(double, double, Money, Money)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Meridian, Zero, "zero ec", () => ResponseCurve.FromMeridianHill(0d, 1d, TenUsd, TenUsd), "ec", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Meridian, NaN, "NaN slope", () => ResponseCurve.FromMeridianHill(1d, double.NaN, TenUsd, TenUsd), "slope", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Meridian, Infinity, "infinite ec", () => ResponseCurve.FromMeridianHill(double.PositiveInfinity, 1d, TenUsd, TenUsd), "ec", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Meridian, Zero, "zero scale", () => ResponseCurve.FromMeridianHill(1d, 1d, ZeroUsd, TenUsd), "mediaScale", "must be positive");
        yield return Row.Throws<CurrencyMismatchException>(Meridian, CurrencyMismatch, "EUR response", () => ResponseCurve.FromMeridianHill(1d, 1d, TenUsd, TenEur), "maxResponse", Mismatch);
        const string PyMc = "ResponseCurve.FromPyMcMarketingHill(double, double, Money, Money)";
        yield return Row.Throws<ArgumentOutOfRangeException>(PyMc, Negative, "negative kappa", () => ResponseCurve.FromPyMcMarketingHill(-1d, 1d, TenUsd, TenUsd), "kappa", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(PyMc, NaN, "NaN kappa", () => ResponseCurve.FromPyMcMarketingHill(double.NaN, 1d, TenUsd, TenUsd), "kappa", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(PyMc, Infinity, "infinite slope", () => ResponseCurve.FromPyMcMarketingHill(1d, double.PositiveInfinity, TenUsd, TenUsd), "slope", Finite);
        yield return Row.Throws<ArgumentException>(PyMc, DefaultStruct, "default scale", () => ResponseCurve.FromPyMcMarketingHill(1d, 1d, default, TenUsd), "channelScale", InCurrency);
        yield return Row.Throws<CurrencyMismatchException>(PyMc, CurrencyMismatch, "EUR scale", () => ResponseCurve.FromPyMcMarketingHill(1d, 1d, TenEur, TenUsd), "maxResponse", Mismatch);
        const string CustomKey = "ResponseCurve.Custom(IResponseFunction, Currency, CurveShape)";
        yield return Row.Throws<ArgumentNullException>(CustomKey, Null, "null function", () => ResponseCurve.Custom(null!, Usd, CurveShape.Concave), "function", "null");
        yield return Row.Throws<ArgumentException>(CustomKey, DefaultStruct, "default currency", () => ResponseCurve.Custom(new Function(_ => default), default, CurveShape.Concave), "currency", "must be a real currency");
        yield return Row.Throws<ArgumentOutOfRangeException>(CustomKey, OutOfRange, "undefined shape", () => ResponseCurve.Custom(new Function(_ => default), Usd, (CurveShape)9), "shape", "must be CurveShape.Concave or CurveShape.SShaped");
        const string Evaluate = "IResponseFunction.Evaluate(double)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Evaluate, NaN, "a user's curve returns a NaN response", () => Custom(_ => new ResponsePoint(double.NaN, 0d)).Response(TenUsd), "response", NonNegativeFinite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Evaluate, Infinity, "a user's curve returns an infinite marginal", () => Custom(_ => new ResponsePoint(1d, double.PositiveInfinity)).MarginalRoas(TenUsd), "marginal", NonNegativeFinite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Evaluate, Negative, "a user's curve returns a negative response", () => Custom(_ => new ResponsePoint(-1d, 0d)).Response(TenUsd), "response", NonNegativeFinite);
        const string Point = "new ResponsePoint(double, double)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Point, NaN, "NaN response", () => new ResponsePoint(double.NaN, 1d), "response", NonNegativeFinite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Point, Infinity, "infinite marginal", () => new ResponsePoint(1d, double.PositiveInfinity), "marginal", NonNegativeFinite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Point, Negative, "negative marginal", () => new ResponsePoint(1d, -0.5d), "marginal", NonNegativeFinite);

        // Fits and observations
        const string Observation = "new ResponseObservation(Money, Money)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Observation, Negative, "negative response", () => new ResponseObservation(TenUsd, MinusOneUsd), "response", "must be non-negative");
        yield return Row.Throws<ArgumentException>(Observation, DefaultStruct, "default spend", () => new ResponseObservation(default, TenUsd), "spend", InCurrency);
        yield return Row.Throws<CurrencyMismatchException>(Observation, CurrencyMismatch, "EUR response", () => new ResponseObservation(TenUsd, TenEur), "response", Mismatch);
        const string FitHill = "ResponseCurve.FitHill(IReadOnlyList<ResponseObservation>)";
        yield return Row.Throws<ArgumentNullException>(FitHill, Null, "null points", () => ResponseCurve.FitHill(null!), "observations", "null");
        yield return Row.Throws<ArgumentException>(FitHill, Empty, "no points", () => ResponseCurve.FitHill([]), "observations", "must hold at least 4 points (one more than the 3 parameters), was 0");
        yield return Row.Throws<ArgumentException>(FitHill, DefaultStruct, "a default point", () => ResponseCurve.FitHill([Obs(1), Obs(2), default, Obs(3)]), "observations", "must not hold default(ResponseObservation), was at index 2");
        yield return Row.Throws<ArgumentException>(FitHill, Inconsistent, "one distinct spend", () => ResponseCurve.FitHill([Obs(1), Obs(1), Obs(1), Obs(0)]), "observations", "at least two distinct positive spends, was 1");
        yield return Row.Throws<CurrencyMismatchException>(FitHill, CurrencyMismatch, "a point in EUR", () => ResponseCurve.FitHill([Obs(1), Obs(2), Obs(3), new ResponseObservation(TenEur, TenEur)]), "observations", Mismatch);
        const string FitMm = "ResponseCurve.FitMichaelisMenten(IReadOnlyList<ResponseObservation>)";
        yield return Row.Throws<ArgumentNullException>(FitMm, Null, "null points", () => ResponseCurve.FitMichaelisMenten(null!), "observations", "null");
        yield return Row.Throws<ArgumentException>(FitMm, Empty, "two points for two parameters", () => ResponseCurve.FitMichaelisMenten([Obs(1), Obs(2)]), "observations", "must hold at least 3 points");

        // Evaluating curves
        yield return Row.Throws<ArgumentOutOfRangeException>("ResponseCurve.Response(Money)", Negative, "negative spend", () => Curve.Response(MinusOneUsd), "spend", "must be non-negative");
        yield return Row.Throws<CurrencyMismatchException>("ResponseCurve.Response(Money)", CurrencyMismatch, "EUR spend on a USD curve", () => Curve.Response(TenEur), "spend", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("ResponseCurve.MarginalRoas(Money)", Negative, "negative spend", () => Curve.MarginalRoas(MinusOneUsd), "spend", "must be non-negative");
        yield return Row.Throws<CurrencyMismatchException>("ResponseCurve.MarginalRoas(Money)", CurrencyMismatch, "EUR spend", () => Curve.MarginalRoas(TenEur), "spend", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("ResponseCurve.Roas(Money)", Negative, "negative spend", () => Curve.Roas(MinusOneUsd), "spend", "must be non-negative");
        yield return Row.Throws<CurrencyMismatchException>("ResponseCurve.Roas(Money)", CurrencyMismatch, "EUR spend", () => Curve.Roas(TenEur), "spend", Mismatch);
        const string Cpa = "ResponseCurve.MarginalCpa(Money, Money)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Cpa, Negative, "negative spend", () => Curve.MarginalCpa(MinusOneUsd, TenUsd), "spend", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>(Cpa, Zero, "zero value per conversion", () => Curve.MarginalCpa(TenUsd, ZeroUsd), "valuePerConversion", "must be positive");
        yield return Row.Throws<ArgumentException>(Cpa, DefaultStruct, "default value per conversion", () => Curve.MarginalCpa(TenUsd, default), "valuePerConversion", InCurrency);
        yield return Row.Throws<CurrencyMismatchException>(Cpa, CurrencyMismatch, "EUR value per conversion", () => Curve.MarginalCpa(TenUsd, TenEur), "valuePerConversion", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("ResponseCurve.SpendAtMarginalRoas(decimal)", Zero, "zero target", () => Curve.SpendAtMarginalRoas(0m), "marginalRoas", "must be positive");
        yield return Row.Throws<ArgumentOutOfRangeException>("ResponseCurve.SpendAtMarginalRoas(decimal)", Negative, "negative target", () => Curve.SpendAtMarginalRoas(-2.5m), "marginalRoas", "must be positive");

        // Adstock
        yield return Row.Throws<ArgumentOutOfRangeException>("Adstock.Geometric(double)", OutOfRange, "theta 1 (infinite carryover)", () => Adstock.Geometric(1d), "theta", "must be at least 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("Adstock.Geometric(double)", Negative, "negative theta", () => Adstock.Geometric(-0.1d), "theta", "must be at least 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("Adstock.Geometric(double)", NaN, "NaN theta", () => Adstock.Geometric(double.NaN), "theta", "must be at least 0 and less than 1");
        yield return Row.Throws<ArgumentOutOfRangeException>("Adstock.Geometric(double)", Infinity, "infinite theta", () => Adstock.Geometric(double.PositiveInfinity), "theta", "must be at least 0 and less than 1");
        const string Normalized = "Adstock.GeometricNormalized(double, int)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Normalized, OutOfRange, "alpha 50 meant as 50%", () => Adstock.GeometricNormalized(50d, 8), "alpha", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentOutOfRangeException>(Normalized, NaN, "NaN alpha", () => Adstock.GeometricNormalized(double.NaN, 8), "alpha", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentOutOfRangeException>(Normalized, Infinity, "infinite alpha", () => Adstock.GeometricNormalized(double.NegativeInfinity, 8), "alpha", "must be between 0 and 1 inclusive");
        yield return Row.Throws<ArgumentOutOfRangeException>(Normalized, Negative, "negative lag", () => Adstock.GeometricNormalized(0.5d, -1), "maxLag", "must be non-negative");
        const string Delayed = "Adstock.Delayed(double, double, int)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Delayed, Zero, "zero alpha", () => Adstock.Delayed(0d, 1d, 8), "alpha", "must be greater than 0 and at most 1");
        yield return Row.Throws<ArgumentOutOfRangeException>(Delayed, NaN, "NaN peak", () => Adstock.Delayed(0.5d, double.NaN, 8), "peakLag", "must be between 0 and maxLag");
        yield return Row.Throws<ArgumentOutOfRangeException>(Delayed, Infinity, "infinite peak", () => Adstock.Delayed(0.5d, double.PositiveInfinity, 8), "peakLag", "must be between 0 and maxLag");
        yield return Row.Throws<ArgumentOutOfRangeException>(Delayed, Inconsistent, "peak after the last lag", () => Adstock.Delayed(0.5d, 9d, 8), "peakLag", "must be between 0 and maxLag (8)");
        yield return Row.Throws<ArgumentOutOfRangeException>(Delayed, Negative, "negative lag", () => Adstock.Delayed(0.5d, 0d, -2), "maxLag", "must be non-negative");
        const string Weibull = "Adstock.Weibull(double, double, int)";
        yield return Row.Throws<ArgumentOutOfRangeException>(Weibull, Zero, "zero shape", () => Adstock.Weibull(0d, 2d, 8), "shape", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Weibull, NaN, "NaN scale", () => Adstock.Weibull(1d, double.NaN, 8), "scale", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Weibull, Infinity, "infinite scale", () => Adstock.Weibull(1d, double.PositiveInfinity, 8), "scale", Finite);
        yield return Row.Throws<ArgumentOutOfRangeException>(Weibull, Negative, "negative lag", () => Adstock.Weibull(1d, 2d, -1), "maxLag", "must be non-negative");
        const string Apply = "Adstock.Apply(IReadOnlyList<double>)";
        yield return Row.Throws<ArgumentNullException>(Apply, Null, "null series", () => Adstock.Geometric(0.5d).Apply(null!), "series", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>(Apply, NaN, "NaN in the series", () => Adstock.Geometric(0.5d).Apply([1d, double.NaN]), "series", "series[1]");
        yield return Row.Throws<ArgumentOutOfRangeException>(Apply, Infinity, "infinity in the series", () => Adstock.Geometric(0.5d).Apply([double.PositiveInfinity]), "series", "must hold finite non-negative values");
        yield return Row.Throws<ArgumentOutOfRangeException>(Apply, Negative, "negative spend", () => Adstock.GeometricNormalized(0.5d, 2).Apply([1d, 2d, -3d]), "series", "series[2]");

        // Channels and options
        const string Channel = "new BudgetChannel(Channel, ResponseCurve, Money, Money?, Money?)";
        yield return Row.Throws<ArgumentException>(Channel, DefaultStruct, "default channel", () => new BudgetChannel(default, Curve, ZeroUsd), "channel", "must name a channel");
        yield return Row.Throws<ArgumentNullException>(Channel, Null, "null curve", () => new BudgetChannel(new Channel("a"), null!, ZeroUsd), "curve", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>(Channel, Negative, "negative current spend", () => new BudgetChannel(new Channel("a"), Curve, MinusOneUsd), "currentSpend", "must be non-negative");
        yield return Row.Throws<ArgumentOutOfRangeException>(Channel, Negative, "negative minimum", () => new BudgetChannel(new Channel("a"), Curve, ZeroUsd, MinusOneUsd), "minimum", "must be non-negative");
        yield return Row.Throws<ArgumentException>(Channel, Inconsistent, "maximum below minimum", () => new BudgetChannel(new Channel("a"), Curve, ZeroUsd, TenUsd, new Money(5m, Usd)), "maximum", "must be at least minimum (10.00 USD), was 5.00 USD for channel a");
        yield return Row.Throws<CurrencyMismatchException>(Channel, CurrencyMismatch, "EUR maximum on a USD curve", () => new BudgetChannel(new Channel("a"), Curve, ZeroUsd, null, TenEur), "maximum", Mismatch);
        yield return Row.Throws<ArgumentOutOfRangeException>("new AllocationOptions(int, int)", Zero, "zero grid steps", () => new AllocationOptions(0), "gridSteps", "must be between 1 and 100000");
        yield return Row.Throws<ArgumentOutOfRangeException>("new AllocationOptions(int, int)", OutOfRange, "a million grid steps", () => new AllocationOptions(1_000_000), "gridSteps", "must be between 1 and 100000");
        yield return Row.Throws<ArgumentOutOfRangeException>("new AllocationOptions(int, int)", Zero, "zero threads", () => new AllocationOptions(maxDegreeOfParallelism: 0), "maxDegreeOfParallelism", "must be -1 (no limit) or positive");

        // Allocation
        const string Allocate = "BudgetAllocator.Allocate(IReadOnlyList<BudgetChannel>, Money, AllocationOptions?)";
        yield return Row.Throws<ArgumentNullException>(Allocate, Null, "null channels", () => BudgetAllocator.Allocate(null!, TenUsd), "channels", "null");
        yield return Row.Throws<ArgumentException>(Allocate, Empty, "no channels", () => BudgetAllocator.Allocate([], TenUsd), "channels", "must hold at least one channel");
        yield return Row.Throws<ArgumentException>(Allocate, Null, "a null channel", () => BudgetAllocator.Allocate([Ch("a"), null!], TenUsd), "channels", "must not hold null, was null at index 1");
        yield return Row.Throws<ArgumentException>(Allocate, Duplicate, "a channel twice", () => BudgetAllocator.Allocate([Ch("a"), Ch("a")], TenUsd), "channels", "must list each channel once, was a twice");
        yield return Row.Throws<ArgumentOutOfRangeException>(Allocate, Negative, "negative budget", () => BudgetAllocator.Allocate([Ch("a")], MinusOneUsd), "budget", "must be non-negative");
        yield return Row.Throws<ArgumentException>(Allocate, DefaultStruct, "default budget", () => BudgetAllocator.Allocate([Ch("a")], default), "budget", InCurrency);
        yield return Row.Throws<ArgumentException>(Allocate, Inconsistent, "minimums above the budget name the channels", () => BudgetAllocator.Allocate([Ch("search", 8m), Ch("social", 4m), Ch("email")], TenUsd), "budget", "the minimums sum to 12.00 USD: search (8.00 USD), social (4.00 USD).");
        yield return Row.Throws<ArgumentException>(Allocate, Inconsistent, "maximums below the budget", () => BudgetAllocator.Allocate([Ch("search", 0m, 4m), Ch("social", 0m, 5m)], TenUsd), "budget", "must not exceed the maximums");
        yield return Row.Throws<CurrencyMismatchException>(Allocate, CurrencyMismatch, "curves in USD and EUR", () => BudgetAllocator.Allocate([Ch("a"), Ch("b", curve: EurCurve)], TenUsd), "channels", Mismatch);
        yield return Row.Throws<CurrencyMismatchException>(Allocate, CurrencyMismatch, "EUR budget for USD curves", () => BudgetAllocator.Allocate([Ch("a")], TenEur), "budget", Mismatch);
        const string Profit = "BudgetAllocator.MaximizeProfit(IReadOnlyList<BudgetChannel>, decimal, AllocationOptions?)";
        yield return Row.Throws<ArgumentNullException>(Profit, Null, "null channels", () => BudgetAllocator.MaximizeProfit(null!, 0.4m), "channels", "null");
        yield return Row.Throws<ArgumentOutOfRangeException>(Profit, Zero, "zero margin", () => BudgetAllocator.MaximizeProfit([Ch("a")], 0m), "marginRate", "must be greater than 0 and at most 1");
        yield return Row.Throws<ArgumentOutOfRangeException>(Profit, OutOfRange, "40 meant as 40%", () => BudgetAllocator.MaximizeProfit([Ch("a")], 40m), "marginRate", "(a rate is a fraction: 0.10 for 10%), was 40.");
        yield return Row.Throws<ArgumentException>(Profit, Empty, "no channels", () => BudgetAllocator.MaximizeProfit([], 0.4m), "channels", "must hold at least one channel");
        yield return Row.Throws<CurrencyMismatchException>(Profit, CurrencyMismatch, "curves in USD and EUR", () => BudgetAllocator.MaximizeProfit([Ch("a"), Ch("b", curve: EurCurve)], 0.4m), "channels", Mismatch);
        const string Draws = "BudgetAllocator.AllocateDraws(IReadOnlyList<IReadOnlyList<BudgetChannel>>, Money, IReadOnlyList<double>?, AllocationOptions?)";
        yield return Row.Throws<ArgumentNullException>(Draws, Null, "null draws", () => BudgetAllocator.AllocateDraws(null!, TenUsd), "draws", "null");
        yield return Row.Throws<ArgumentNullException>(Draws, Null, "a null draw", () => BudgetAllocator.AllocateDraws([[Ch("a")], null!], TenUsd), "draws", "null");
        yield return Row.Throws<ArgumentException>(Draws, Empty, "no draws", () => BudgetAllocator.AllocateDraws([], TenUsd), "draws", "must hold at least one draw");
        yield return Row.Throws<ArgumentException>(Draws, Empty, "an empty draw", () => BudgetAllocator.AllocateDraws([[Ch("a")], []], TenUsd), "draws[1]", "must hold at least one channel");
        yield return Row.Throws<ArgumentException>(Draws, Inconsistent, "a draw with other channels", () => BudgetAllocator.AllocateDraws([[Ch("a")], [Ch("b")]], TenUsd), "draws", "draws[1] must list the same channels in the same order as draws[0]");
        yield return Row.Throws<ArgumentException>(Draws, Inconsistent, "minimums above the budget in one draw", () => BudgetAllocator.AllocateDraws([[Ch("a")], [Ch("a", 20m)]], TenUsd), "budget", "must cover the minimums");
        yield return Row.Throws<ArgumentException>(Draws, Empty, "no percentiles", () => BudgetAllocator.AllocateDraws([[Ch("a")]], TenUsd, []), "percentiles", "must hold at least one level");
        yield return Row.Throws<ArgumentOutOfRangeException>(Draws, OutOfRange, "95 meant as the 95th percentile", () => BudgetAllocator.AllocateDraws([[Ch("a")]], TenUsd, [95d]), "percentiles", "must hold levels between 0 and 1 (0.5 is the median), but percentiles[0]");
        yield return Row.Throws<ArgumentOutOfRangeException>(Draws, NaN, "NaN level", () => BudgetAllocator.AllocateDraws([[Ch("a")]], TenUsd, [0.5d, double.NaN]), "percentiles", "percentiles[1]");
        yield return Row.Throws<ArgumentOutOfRangeException>(Draws, Infinity, "infinite level", () => BudgetAllocator.AllocateDraws([[Ch("a")]], TenUsd, [double.PositiveInfinity]), "percentiles", "must hold levels between 0 and 1");
        yield return Row.Throws<ArgumentOutOfRangeException>(Draws, Negative, "negative budget", () => BudgetAllocator.AllocateDraws([[Ch("a")]], MinusOneUsd), "budget", "must be non-negative");
        yield return Row.Throws<CurrencyMismatchException>(Draws, CurrencyMismatch, "a draw in EUR", () => BudgetAllocator.AllocateDraws([[Ch("a")], [Ch("a", curve: EurCurve)]], TenUsd), "budget", Mismatch);
    }

    internal static IEnumerable<UndefinedRow> UndefinedRows()
    {
        yield return Row.Null("ResponseCurve.Roas(Money)", Zero, "ROAS at zero spend", () => Curve.Roas(ZeroUsd));
        yield return Row.Null("ResponseCurve.MarginalRoas(Money)", Zero, "infinite marginal ROAS of a Hill slope 0.5 at zero spend", () => ConcaveHill.MarginalRoas(ZeroUsd));
        yield return Row.Null("ResponseCurve.MarginalCpa(Money, Money)", Zero, "marginal CPA where the marginal ROAS is infinite", () => ConcaveHill.MarginalCpa(ZeroUsd, TenUsd));
        yield return Row.Null("ResponseCurve.SpendAtMarginalRoas(decimal)", OutOfRange, "a target above the most the curve returns", () => Curve.SpendAtMarginalRoas(11m));
    }

    private sealed class Function(Func<double, ResponsePoint> f) : IResponseFunction
    {
        public ResponsePoint Evaluate(double spend) => f(spend);
    }
}
