using FsCheck;
using FsCheck.Fluent;
using PerfMetrics.Budget;

namespace PerfMetrics.Tests.Generators;

/// <summary>A channel of a generated budget problem: curve kind, maximum, half-saturation, slope (tenths) and bounds in whole dollars.</summary>
public sealed record BudgetChannelSpec(int Kind, int MaxResponse, int HalfSaturation, int SlopeTenths, int Minimum, int? Maximum, int Current)
{
    public ResponseCurve Curve(bool sShaped = false)
    {
        var usd = Currency.Usd;
        var max = new Money(MaxResponse, usd);
        var half = new Money(HalfSaturation, usd);
        return sShaped
            ? ResponseCurve.Hill(max, half, 1d + (SlopeTenths / 10d))
            : (Kind % 3) switch
            {
                0 => ResponseCurve.Hill(max, half, SlopeTenths / 10d),
                1 => ResponseCurve.MichaelisMenten(max, half),
                _ => ResponseCurve.Logistic(max, half),
            };
    }

    public BudgetChannel ToChannel(string name, bool sShaped = false) =>
        new(new Channel(name), Curve(sShaped), new Money(Current, Currency.Usd), new Money(Minimum, Currency.Usd), Maximum is { } m ? new Money(m, Currency.Usd) : null);
}

/// <summary>A feasible budget problem of 1 to 5 channels: the budget lies between the sums of the minimums and maximums.</summary>
public sealed record BudgetProblem(IReadOnlyList<BudgetChannelSpec> Specs, int Budget)
{
    public BudgetChannel[] Channels(bool sShaped = false) => [.. Specs.Select((s, i) => s.ToChannel($"c{i}", sShaped))];

    public Money BudgetMoney => new(Budget, Currency.Usd);

    public override string ToString() => $"budget {Budget}: " + string.Join("; ", Specs);
}

/// <summary>Arbitraries for the budget properties.</summary>
public static class BudgetArbitraries
{
    private static Gen<BudgetChannelSpec> Spec() =>
        from kind in Gen.Choose(0, 2)
        from max in Gen.Choose(1_000, 100_000)
        from half in Gen.Choose(100, 20_000)
        from slope in Gen.Choose(3, 10)
        from min in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 3_000)))
        from room in Gen.Frequency((2, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 20_000).Select(r => (int?)r)))
        from current in Gen.Choose(0, 10_000)
        select new BudgetChannelSpec(kind, max, half, slope, min, room is { } r ? min + r : null, current);

    public static Arbitrary<BudgetProblem> Problems() =>
        (from count in Gen.Choose(1, 5)
         from specs in Gen.ListOf(Spec(), count)
         from share in Gen.Choose(0, 1_000)
         let minimums = specs.Sum(s => s.Minimum)
         let maximums = specs.All(s => s.Maximum is not null) ? specs.Sum(s => s.Maximum!.Value) : minimums + 50_000
         select new BudgetProblem(specs.ToArray(), minimums + (int)((long)(maximums - minimums) * share / 1_000))).ToArbitrary();
}
