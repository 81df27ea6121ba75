using FsCheck;
using FsCheck.Fluent;
using PerfMetrics.Experiments;

namespace PerfMetrics.Tests.Generators;

/// <summary>Two groups of an experiment, each with at least one user and conversions between 0 and its users.</summary>
public readonly record struct GroupPair(GroupCounts First, GroupCounts Second)
{
    public override string ToString() => $"{First}; {Second}";
}

/// <summary>A power-analysis case: two different rates in (0, 1), a power, an alpha and a share of group 2.</summary>
public readonly record struct PowerCase(double FirstRate, double SecondRate, double Power, double Alpha, double Share)
{
    public override string ToString() => FormattableString.Invariant($"p1 {FirstRate}, p2 {SecondRate}, power {Power}, alpha {Alpha}, share {Share}");
}

/// <summary>Per-unit numerators and denominators of a ratio metric (2 to 60 units, denominators non-negative with a positive sum).</summary>
public readonly record struct RatioUnits(double[] Numerators, double[] Denominators)
{
    public override string ToString() => $"{Numerators.Length} units";
}

/// <summary>FsCheck generators for the experiments tests; attach per attribute with <c>Arbitrary = [typeof(ExperimentGenerators)]</c>.</summary>
public static class ExperimentGenerators
{
    /// <summary>Users 1 to 10^7 (1, small, large) and conversions 0..users (0, all, or in between).</summary>
    public static Gen<GroupCounts> Groups =>
        from users in Gen.Frequency((1, Gen.Constant(1L)), (5, Gen.Choose(1, 5_000).Select(i => (long)i)), (3, Gen.Choose(1, 10_000_000).Select(i => (long)i)))
        from share in Gen.Frequency((1, Gen.Constant(0d)), (1, Gen.Constant(1d)), (8, Gen.Choose(0, 1_000).Select(k => k / 1_000d)))
        select new GroupCounts(users, (long)Math.Round(users * share * share));

    public static Arbitrary<GroupPair> GroupPairArb() => Gen.Zip(Groups, Groups).Select(t => new GroupPair(t.Item1, t.Item2)).ToArbitrary();

    public static Arbitrary<PowerCase> PowerCaseArb() =>
        (from p1 in Gen.Choose(1, 999).Select(k => k / 1_000d)
         from p2 in Gen.Choose(1, 999).Select(k => k / 1_000d).Where(p => p != p1)
         from power in Gen.Choose(50, 99).Select(k => k / 100d)
         from alpha in Gen.Elements(0.01, 0.05, 0.1)
         from share in Gen.Elements(0.5, 0.1, 0.9, 0.25, 0.8)
         select new PowerCase(p1, p2, power, alpha, share)).ToArbitrary();

    public static Arbitrary<RatioUnits> RatioUnitsArb() =>
        (from n in Gen.Choose(2, 60)
         from xs in Gen.ArrayOf(Gen.Choose(0, 100_000).Select(k => k / 100d), n)
         from ys in Gen.ArrayOf(Gen.Choose(0, 50).Select(k => (double)k), n)
         where ys.Sum() > 0
         select new RatioUnits(xs, ys)).ToArbitrary();
}
