using BenchmarkDotNet.Attributes;
using PerfMetrics.Internal.Numerics;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Benchmarks.Lifetime;

/// <summary>sBG fits and valuation, plus the special functions they rest on.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ShiftedBetaGeometricBenchmarks
{
    private static readonly long[] Regular = [1000, 631, 468, 382, 326, 289, 262, 241];
    private long[] _monthly = [];
    private ShiftedBetaGeometric _model = null!;
    private MoneyPerPeriod _margin;
    private DiscountRate _discount;

    [GlobalSetup]
    public void Setup()
    {
        // 60 months of a cohort of 100,000 following alpha = 0.9, beta = 2.5 (expected counts, rounded).
        var truth = new ShiftedBetaGeometric(0.9, 2.5, PeriodUnit.Month);
        _monthly = truth.ProjectSurvivors(100_000, 60).Select(x => (long)Math.Round(x)).ToArray();
        _model = new ShiftedBetaGeometric(0.704, 1.182, PeriodUnit.Year);
        _margin = new MoneyPerPeriod(new Money(100m, Currency.Usd), PeriodUnit.Year);
        _discount = new DiscountRate(0.1m, PeriodUnit.Year);
    }

    [Benchmark(Baseline = true)]
    public double LogLikelihoodOnce() => ShiftedBetaGeometric.LogLikelihood([1000d, 631, 468, 382, 326, 289, 262, 241], 0.704, 1.182);

    [Benchmark]
    public ModelFit<ShiftedBetaGeometric> FitRegular8Years() => ShiftedBetaGeometric.Fit(Regular, PeriodUnit.Year);

    [Benchmark]
    public double[] FitRegular8YearsBfgsNumericGradient()
    {
        double[] counts = [1000, 631, 468, 382, 326, 289, 262, 241];
        double Negative(ReadOnlySpan<double> p) => -ShiftedBetaGeometric.LogLikelihood(counts, Math.Exp(p[0]), Math.Exp(p[1]));
        return Bfgs.Minimize(Bfgs.CentralDifferences(Negative, 2), [0d, 0d]).Parameters;
    }

    [Benchmark]
    public ModelFit<ShiftedBetaGeometric> Fit60Months() => ShiftedBetaGeometric.Fit(_monthly, PeriodUnit.Month);

    [Benchmark]
    public Money? MarginLtvInfinite() => _model.MarginLtv(_margin, _discount, CashFlowTiming.StartOfPeriod);

    [Benchmark]
    public double? Derl() => _model.DiscountedExpectedResidualLifetime(_discount, 5);

    [Benchmark]
    public double LogGamma() => SpecialFunctions.LogGamma(3.7);

    [Benchmark]
    public double Hypergeometric2F1() => SpecialFunctions.Hypergeometric2F1(1d, 2.182, 2.886, 1d / 1.1);
}
