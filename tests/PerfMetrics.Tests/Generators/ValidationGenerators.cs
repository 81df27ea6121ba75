using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Tests.Generators;

/// <summary>
/// A small transaction log (customer index, day offset from 2026-01-01) with a calibration end on or after its earliest
/// purchase, an observation end on or after that, a unit and a merging rule that fit (SameDay only with fixed-length units).
/// </summary>
public sealed record TrackingCase(IReadOnlyList<(int Customer, int Day)> Purchases, int CalibrationDay, int ObservationDay, PeriodUnit Unit, PurchaseMerging Merging)
{
    public static LocalDate Origin { get; } = new(2026, 1, 1);

    public LocalDate CalibrationEnd => Origin.PlusDays(CalibrationDay);

    public LocalDate ObservationEnd => Origin.PlusDays(ObservationDay);

    public IReadOnlyList<CustomerTransaction> Log =>
        [.. Purchases.Select(p => new CustomerTransaction($"c{p.Customer}", Origin.PlusDays(p.Day), new Money(p.Day + 1m, Currency.Usd)))];

    public override string ToString() =>
        $"{Purchases.Count} purchases [{string.Join(" ", Purchases.Select(p => $"{p.Customer}@{p.Day}"))}], calibration day {CalibrationDay}, observation day {ObservationDay}, {Unit}, {Merging}";
}

/// <summary>FsCheck arbitraries for the validation reports (attached per attribute, never globally).</summary>
public static class ValidationGenerators
{
    public static Arbitrary<TrackingCase> TrackingCases() =>
        (from purchases in Gen.ListOf(Gen.Zip(Gen.Choose(0, 7), Gen.Choose(0, 150))).Where(l => l.Count is > 0 and <= 40)
         let earliest = purchases.Min(p => p.Item2)
         from calibration in Gen.Choose(earliest, earliest + 100)
         from holdout in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, 120)))
         from unit in Gen.Elements(PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Weeks(2), PeriodUnit.Month)
         from merging in unit.IsFixedLength ? Gen.Elements(PurchaseMerging.SameDay, PurchaseMerging.SamePeriod) : Gen.Constant(PurchaseMerging.SamePeriod)
         select new TrackingCase([.. purchases.Select(p => (p.Item1, p.Item2))], calibration, calibration + holdout, unit, merging))
        .ToArbitrary();
}
