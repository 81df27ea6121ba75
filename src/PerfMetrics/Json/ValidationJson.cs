using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Lifetime;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>
/// The field tables of the validation reports of the repeat-purchase models: <see cref="HoldoutValidation"/> (classes
/// 0..7+, a null mean for a class without customers) and <see cref="RepeatTransactionTracking"/> (dates as ISO
/// <c>yyyy-MM-dd</c> strings; the period ends follow from Start, Unit and ObservationEnd and are not stored). Doubles in
/// shortest round-trip text; reading checks that the parts fit together (lengths, totals) through the types' own factories.
/// </summary>
internal static class ValidationJson
{
    internal static readonly JsonConverter<HoldoutValidation> HoldoutValidation = JsonObject.Of<HoldoutValidation>(nameof(Lifetime.HoldoutValidation), f =>
    {
        var models = f.Field(nameof(Lifetime.HoldoutValidation.Models), r => r.Models, V.List(V.String));
        var customers = f.Field(nameof(Lifetime.HoldoutValidation.Customers), r => r.Customers, V.List(V.Double));
        var actualMeans = f.Field(nameof(Lifetime.HoldoutValidation.ActualMeans), r => r.ActualMeans, V.List(V.Nullable(V.Double)));
        var actualTotal = f.Field(nameof(Lifetime.HoldoutValidation.ActualTotal), r => r.ActualTotal, V.Double);
        var predictedMeans = f.Field(
            nameof(Lifetime.HoldoutValidation.PredictedMeans),
            r => (IReadOnlyList<IReadOnlyList<double?>>)[.. Enumerable.Range(0, r.Models.Count).Select(r.PredictedMeans)],
            V.List(V.List(V.Nullable(V.Double))));
        var predictedTotals = f.Field(nameof(Lifetime.HoldoutValidation.PredictedTotals), r => r.PredictedTotals, V.List(V.Double));
        var chiSquare = f.Field(nameof(Lifetime.HoldoutValidation.ChiSquare), r => r.ChiSquare, V.List(V.Double));
        return v => Lifetime.HoldoutValidation.FromStored(
            v.Get(models), v.Get(customers), v.Get(actualMeans), v.Get(actualTotal), v.Get(predictedMeans), v.Get(predictedTotals), v.Get(chiSquare));
    });

    internal static readonly JsonConverter<RepeatTransactionTracking> RepeatTransactionTracking = JsonObject.Of<RepeatTransactionTracking>(nameof(Lifetime.RepeatTransactionTracking), f =>
    {
        var unit = f.Field(nameof(Lifetime.RepeatTransactionTracking.Unit), r => r.Unit, V.Unit);
        var merging = f.Field(nameof(Lifetime.RepeatTransactionTracking.Merging), r => r.Merging, V.Enum<PurchaseMerging>());
        var start = f.Field(nameof(Lifetime.RepeatTransactionTracking.Start), r => DateText(r.Start), V.String);
        var calibrationEnd = f.Field(nameof(Lifetime.RepeatTransactionTracking.CalibrationEnd), r => DateText(r.CalibrationEnd), V.String);
        var observationEnd = f.Field(nameof(Lifetime.RepeatTransactionTracking.ObservationEnd), r => DateText(r.ObservationEnd), V.String);
        var customers = f.Field(nameof(Lifetime.RepeatTransactionTracking.Customers), r => r.Customers, V.Count);
        var firstSeen = f.Field(nameof(Lifetime.RepeatTransactionTracking.CustomersFirstSeenInHoldout), r => r.CustomersFirstSeenInHoldout, V.Count);
        var models = f.Field(nameof(Lifetime.RepeatTransactionTracking.Models), r => r.Models, V.List(V.String));
        var actual = f.Field(nameof(Lifetime.RepeatTransactionTracking.Actual), r => r.Actual, V.List(V.Count));
        var expected = f.Field(
            nameof(Lifetime.RepeatTransactionTracking.Expected),
            r => (IReadOnlyList<IReadOnlyList<double>>)[.. Enumerable.Range(0, r.Models.Count).Select(r.Expected)],
            V.List(V.List(V.Double)));
        var calibrationTotal = f.Field(nameof(Lifetime.RepeatTransactionTracking.ActualCalibrationTotal), r => r.ActualCalibrationTotal, V.Count);
        var holdoutTotal = f.Field(nameof(Lifetime.RepeatTransactionTracking.ActualHoldoutTotal), r => r.ActualHoldoutTotal, V.Count);
        return v => Lifetime.RepeatTransactionTracking.FromStored(
            v.Get(unit),
            v.Get(merging),
            Date(v.Get(start), "Start"),
            Date(v.Get(calibrationEnd), "CalibrationEnd"),
            Date(v.Get(observationEnd), "ObservationEnd"),
            v.Get(customers),
            v.Get(firstSeen),
            v.Get(models),
            v.Get(actual),
            v.Get(expected),
            v.Get(calibrationTotal),
            v.Get(holdoutTotal));
    });

    private static string DateText(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static LocalDate Date(string text, string field)
    {
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new JsonException($"RepeatTransactionTracking.{field} must be an ISO date such as \"1997-09-30\", was \"{text}\".");
    }
}
