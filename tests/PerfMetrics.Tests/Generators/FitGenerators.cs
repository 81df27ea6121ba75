using FsCheck;
using FsCheck.Fluent;

namespace PerfMetrics.Tests.Generators;

/// <summary>A degree of parallelism (-1 or 1..16) and a rotation of the fit's input rows (moves the chunk boundaries).</summary>
public sealed record ParallelFitCase(int Degree, int Rotation);

/// <summary>Arbitraries for the fit properties.</summary>
public static class FitArbitraries
{
    public static Arbitrary<ParallelFitCase> ParallelFitCases() =>
        (from degree in Gen.Frequency((1, Gen.Constant(-1)), (4, Gen.Choose(1, 16)))
         from rotation in Gen.Choose(0, 70_000)
         select new ParallelFitCase(degree, rotation)).ToArbitrary();
}
