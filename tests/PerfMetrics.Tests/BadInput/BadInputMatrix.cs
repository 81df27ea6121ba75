using PerfMetrics.Tests.Attribution;
using PerfMetrics.Tests.Experiments;
using PerfMetrics.Tests.Budget;
using PerfMetrics.Tests.Attribution.Journeys;
using PerfMetrics.Tests.Json;
using PerfMetrics.Tests.Lifetime;
using PerfMetrics.Tests.Metrics;

namespace PerfMetrics.Tests.BadInput;

/// <summary>All rows of the matrix, gathered from the per-area files that sit beside each area's tests (Money/MoneyBadInputs.cs, Costs/, Conversions/, Metrics/, Attribution/, Lifetime/, Json/, Experiments/).</summary>
/// <summary>All rows of the matrix, gathered from the per-area files that sit beside each area's tests (Money/MoneyBadInputs.cs, Costs/, Conversions/, Metrics/, Attribution/, Lifetime/, Budget/, Json/).</summary>
internal static class BadInputMatrix
{
    internal static readonly IReadOnlyList<BadInputRow> Rows =
    [
        .. MoneyBadInputs.Rows(),
        .. ConversionsBadInputs.Rows(),
        .. CostsBadInputs.Rows(),
        .. MetricsBadInputs.Rows(),
        .. DecisionsBadInputs.Rows(),
        .. AttributionBadInputs.Rows(),
        .. JourneyBadInputs.Rows(),
        .. LifetimeBadInputs.Rows(),
        .. BudgetBadInputs.Rows(),
        .. RfmCsvBadInputs.Rows(),
        .. LifetimeModelsBadInputs.Rows(),
        .. LifetimeValidationBadInputs.Rows(),
        .. JsonBadInputs.Rows(),
        .. ExperimentsBadInputs.Rows(),
    ];

    internal static readonly IReadOnlyList<TryBadInputRow> TryRows =
    [
        .. MoneyBadInputs.TryRows(),
        .. ConversionsBadInputs.TryRows(),
        .. CostsBadInputs.TryRows(),
        .. AttributionBadInputs.TryRows(),
        .. LifetimeBadInputs.TryRows(),
    ];

    internal static readonly IReadOnlyList<UndefinedRow> UndefinedRows =
    [
        .. MetricsBadInputs.UndefinedRows(),
        .. DecisionsBadInputs.UndefinedRows(),
        .. AttributionBadInputs.UndefinedRows(),
        .. LifetimeBadInputs.UndefinedRows(),
        .. ExperimentsBadInputs.UndefinedRows(),
        .. BudgetBadInputs.UndefinedRows(),
    ];

    internal static readonly IReadOnlyDictionary<string, BadInputRow> ByKey = Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);

    internal static readonly IReadOnlyDictionary<string, TryBadInputRow> TryByKey = TryRows.ToDictionary(r => r.Key, StringComparer.Ordinal);

    internal static readonly IReadOnlyDictionary<string, UndefinedRow> UndefinedByKey = UndefinedRows.ToDictionary(r => r.Key, StringComparer.Ordinal);

    /// <summary>Every entry-point key named by any row.</summary>
    internal static IEnumerable<string> CoveredEntryPoints() =>
        Rows.Select(r => r.EntryPoint).Concat(TryRows.Select(r => r.EntryPoint)).Concat(UndefinedRows.Select(r => r.EntryPoint));

    /// <summary>Every row key, for the uniqueness check.</summary>
    internal static IEnumerable<string> AllKeys() =>
        Rows.Select(r => r.Key).Concat(TryRows.Select(r => r.Key)).Concat(UndefinedRows.Select(r => r.Key));
}
