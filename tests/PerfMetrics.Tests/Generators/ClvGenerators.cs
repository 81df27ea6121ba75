using FsCheck;
using FsCheck.Fluent;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Generators;

/// <summary>BG/NBD parameters, log-uniform over [0.05, 20] (a kept away from 1 is not needed: a = 1 is handled).</summary>
public sealed record BgNbdParameters(double R, double Alpha, double A, double B)
{
    public BgNbd Model => new(R, Alpha, A, B, PeriodUnit.Week);
}

/// <summary>A consistent purchase history in weeks: x repeat purchases, the last at t_x, observed for T.</summary>
public sealed record History(int X, double Tx, double T);

/// <summary>A BG/NBD model, a history, a mean value in cents and two horizons / discount rates to compare.</summary>
public sealed record ClvCase(BgNbdParameters Purchases, History History, long MeanCents, int Horizon, int LongerBy, int DiscountBp, int HigherByBp);

/// <summary>Two times, for monotonicity in t.</summary>
public sealed record TwoTimes(double Earlier, double Later);

/// <summary>A selection of CDNOW summary rows (start index and count) and an integer weight (1..4) per row.</summary>
public sealed record WeightedSelection(int Start, int[] Weights);

/// <summary>
/// FsCheck arbitraries for the BG/NBD, Gamma-Gamma and CLV properties, attached per attribute
/// (<c>[Property(Arbitrary = new[] { typeof(ClvArbitraries) }, MaxTest = 100 / TestProfile.PropertyRunDivisor)]</c>), never globally. Real numbers come from integers
/// so zero and the edges are reachable (x = 0, t_x = T, T = 0, zero discount).
/// </summary>
public static class ClvArbitraries
{
    private static Gen<double> LogUniform(double low, double high) =>
        Gen.Choose(0, 10_000).Select(i => Math.Exp(Math.Log(low) + ((Math.Log(high) - Math.Log(low)) * i / 10_000d)));

    private static Gen<BgNbdParameters> ParametersGen =>
        from r in LogUniform(0.05, 20)
        from alpha in LogUniform(0.05, 20)
        from a in LogUniform(0.05, 20)
        from b in LogUniform(0.05, 20)
        select new BgNbdParameters(r, alpha, a, b);

    private static Gen<History> HistoryGen =>
        from x in Gen.Frequency((2, Gen.Constant(0)), (5, Gen.Choose(1, 30)), (1, Gen.Choose(31, 500)))
        from tHundredths in Gen.Frequency((1, Gen.Constant(0)), (8, Gen.Choose(1, 20_000)))
        from share in Gen.Frequency((1, Gen.Constant(10_000)), (6, Gen.Choose(1, 10_000)))
        let t = tHundredths / 100d
        let tx = x == 0 || t == 0d ? 0d : Math.Max(0.01, Math.Round(t * share / 10_000d, 2))
        select x > 0 && t == 0d ? new History(0, 0d, 0d) : new History(x, Math.Min(tx, t), t);

    public static Arbitrary<BgNbdParameters> Parameters() => ParametersGen.ToArbitrary();

    public static Arbitrary<History> Histories() => HistoryGen.ToArbitrary();

    public static Arbitrary<TwoTimes> Times() =>
        (from a in Gen.Choose(0, 100_000)
         from b in Gen.Choose(0, 100_000)
         select new TwoTimes(Math.Min(a, b) / 100d, Math.Max(a, b) / 100d))
        .ToArbitrary();

    public static Arbitrary<ClvCase> ClvCases() =>
        (from p in ParametersGen
         from h in HistoryGen
         from cents in Gen.Choose(1, 1_000_000)
         from horizon in Gen.Choose(0, 104)
         from longer in Gen.Choose(0, 52)
         from discount in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, 500)))
         from higher in Gen.Choose(0, 500)
         select new ClvCase(p, h, cents, horizon, longer, discount, higher))
        .ToArbitrary();

    /// <summary>600 consecutive CDNOW rows (of 2,357; enough for the likelihood to pin all four parameters) with weights 1..4.</summary>
    public static Arbitrary<WeightedSelection> Selections() =>
        (from start in Gen.Choose(0, 2_357 - 600)
         from weights in Gen.ArrayOf(Gen.Choose(1, 4), 600)
         select new WeightedSelection(start, weights))
        .ToArbitrary();
}
