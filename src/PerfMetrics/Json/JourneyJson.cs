using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>The field tables of the journey reports (top paths, path length, time lag, assisted conversions).</summary>
internal static class JourneyJson
{
    internal static readonly JsonConverter<TopPathRow> TopPathRow = JsonObject.Of<TopPathRow>(nameof(Attribution.TopPathRow), f =>
    {
        var path = f.Field(nameof(Attribution.TopPathRow.Path), r => (IReadOnlyList<Channel>)r.Path, V.List(V.NotNull(V.Channel)));
        var conversions = f.Field(nameof(Attribution.TopPathRow.Conversions), r => r.Conversions, V.Double);
        var value = f.Field(nameof(Attribution.TopPathRow.Value), r => r.Value, ValueJson.Money);
        var nulls = f.Field(nameof(Attribution.TopPathRow.Nulls), r => r.Nulls, V.Double);
        var rate = f.Field(nameof(Attribution.TopPathRow.ConversionRate), r => r.ConversionRate, V.Nullable(V.Double));
        return v => new TopPathRow([.. v.Get(path)], v.Get(conversions), v.Get(value), v.Get(nulls), v.Get(rate));
    });

    internal static readonly JsonConverter<TopPathsReport> TopPathsReport = JsonObject.Of<TopPathsReport>(nameof(Attribution.TopPathsReport), f =>
    {
        var currency = f.Field(nameof(Attribution.TopPathsReport.Currency), r => r.Currency, V.Currency);
        var totalPaths = f.Field(nameof(Attribution.TopPathsReport.TotalPaths), r => r.TotalPaths, V.Count);
        var totalConversions = f.Field(nameof(Attribution.TopPathsReport.TotalConversions), r => r.TotalConversions, V.Double);
        var rows = f.Field(nameof(Attribution.TopPathsReport.Rows), r => r.Rows, V.List(TopPathRow));
        return v => new TopPathsReport(v.Get(currency), v.Get(totalPaths), v.Get(totalConversions), v.Get(rows));
    });

    internal static readonly JsonConverter<PathLengthRow> PathLengthRow = JsonObject.Of<PathLengthRow>(nameof(Attribution.PathLengthRow), f =>
    {
        var length = f.Field(nameof(Attribution.PathLengthRow.Length), r => r.Length, V.Count);
        var paths = f.Field(nameof(Attribution.PathLengthRow.Paths), r => r.Paths, V.Count);
        var conversions = f.Field(nameof(Attribution.PathLengthRow.Conversions), r => r.Conversions, V.Double);
        var value = f.Field(nameof(Attribution.PathLengthRow.Value), r => r.Value, ValueJson.Money);
        var nulls = f.Field(nameof(Attribution.PathLengthRow.Nulls), r => r.Nulls, V.Double);
        var share = f.Field(nameof(Attribution.PathLengthRow.ConversionShare), r => r.ConversionShare, V.Nullable(V.Double));
        var rate = f.Field(nameof(Attribution.PathLengthRow.ConversionRate), r => r.ConversionRate, V.Nullable(V.Double));
        return v => new PathLengthRow(v.Get(length), v.Get(paths), v.Get(conversions), v.Get(value), v.Get(nulls), v.Get(share), v.Get(rate));
    });

    internal static readonly JsonConverter<PathLengthReport> PathLengthReport = JsonObject.Of<PathLengthReport>(nameof(Attribution.PathLengthReport), f =>
    {
        var currency = f.Field(nameof(Attribution.PathLengthReport.Currency), r => r.Currency, V.Currency);
        var rows = f.Field(nameof(Attribution.PathLengthReport.Rows), r => r.Rows, V.List(PathLengthRow));
        return v => new PathLengthReport(v.Get(currency), v.Get(rows));
    });

    internal static readonly JsonConverter<TimeLagRow> TimeLagRow = JsonObject.Of<TimeLagRow>(nameof(Attribution.TimeLagRow), f =>
    {
        var days = f.Field(nameof(Attribution.TimeLagRow.Days), r => r.Days, V.Count);
        var conversions = f.Field(nameof(Attribution.TimeLagRow.Conversions), r => r.Conversions, V.Double);
        var value = f.Field(nameof(Attribution.TimeLagRow.Value), r => r.Value, ValueJson.Money);
        var share = f.Field(nameof(Attribution.TimeLagRow.Share), r => r.Share, V.Nullable(V.Double));
        return v => new TimeLagRow(v.Get(days), v.Get(conversions), v.Get(value), v.Get(share));
    });

    internal static readonly JsonConverter<TimeLagReport> TimeLagReport = JsonObject.Of<TimeLagReport>(nameof(Attribution.TimeLagReport), f =>
    {
        var currency = f.Field(nameof(Attribution.TimeLagReport.Currency), r => r.Currency, V.Currency);
        var rows = f.Field(nameof(Attribution.TimeLagReport.Rows), r => r.Rows, V.List(TimeLagRow));
        return v => new TimeLagReport(v.Get(currency), v.Get(rows));
    });

    internal static readonly JsonConverter<AssistedConversionRow> AssistedConversionRow = JsonObject.Of<AssistedConversionRow>(nameof(Attribution.AssistedConversionRow), f =>
    {
        var channel = f.Field(nameof(Attribution.AssistedConversionRow.Channel), r => r.Channel, V.NotNull(V.Channel));
        var assisted = f.Field(nameof(Attribution.AssistedConversionRow.Assisted), r => r.Assisted, V.Double);
        var assistedValue = f.Field(nameof(Attribution.AssistedConversionRow.AssistedValue), r => r.AssistedValue, ValueJson.Money);
        var lastClick = f.Field(nameof(Attribution.AssistedConversionRow.LastClick), r => r.LastClick, V.Double);
        var lastClickValue = f.Field(nameof(Attribution.AssistedConversionRow.LastClickValue), r => r.LastClickValue, ValueJson.Money);
        var ratio = f.Field(nameof(Attribution.AssistedConversionRow.Ratio), r => r.Ratio, V.Nullable(V.Double));
        return v => new AssistedConversionRow(v.Get(channel), v.Get(assisted), v.Get(assistedValue), v.Get(lastClick), v.Get(lastClickValue), v.Get(ratio));
    });

    internal static readonly JsonConverter<AssistedConversionsReport> AssistedConversionsReport = JsonObject.Of<AssistedConversionsReport>(nameof(Attribution.AssistedConversionsReport), f =>
    {
        var currency = f.Field(nameof(Attribution.AssistedConversionsReport.Currency), r => r.Currency, V.Currency);
        var channels = f.Field(nameof(Attribution.AssistedConversionsReport.Channels), r => (IReadOnlyList<AssistedConversionRow>)r.Channels, V.List(AssistedConversionRow));
        return v =>
        {
            var rows = v.Get(channels);
            if (rows.Select(r => r.Channel).Distinct().Count() != rows.Count)
            {
                throw new JsonException("AssistedConversionsReport.Channels lists a channel twice.");
            }

            return new AssistedConversionsReport(v.Get(currency), [.. rows]);
        };
    });
}
