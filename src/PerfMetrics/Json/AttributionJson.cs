using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>The field tables of attribution results, reports and fitted models (Markov counts are in <see cref="MarkovJson"/>).</summary>
internal static class AttributionJson
{
    internal static readonly JsonConverter<ChannelCredit> ChannelCredit = JsonObject.Of<ChannelCredit>(nameof(Attribution.ChannelCredit), f =>
    {
        var channel = f.Field(nameof(Attribution.ChannelCredit.Channel), c => c.Channel, V.Channel);
        var conversions = f.Field(nameof(Attribution.ChannelCredit.Conversions), c => c.Conversions, V.Double);
        var value = f.Field(nameof(Attribution.ChannelCredit.Value), c => c.Value, ValueJson.Money);
        var share = f.Field(nameof(Attribution.ChannelCredit.Share), c => c.Share, V.Nullable(V.Double));
        return v => new ChannelCredit(v.Get(channel), v.Get(conversions), v.Get(value), v.Get(share));
    });

    /// <summary>A result lists each channel once.</summary>
    internal static readonly JsonConverter<AttributionResult> AttributionResult = JsonObject.Of<AttributionResult>(nameof(Attribution.AttributionResult), f =>
    {
        var modelName = f.Field(nameof(Attribution.AttributionResult.ModelName), r => r.ModelName, V.String);
        var currency = f.Field(nameof(Attribution.AttributionResult.Currency), r => r.Currency, V.Currency);
        var totalConversions = f.Field(nameof(Attribution.AttributionResult.TotalConversions), r => r.TotalConversions, V.Double);
        var totalValue = f.Field(nameof(Attribution.AttributionResult.TotalValue), r => r.TotalValue, ValueJson.Money);
        var channels = f.Field(nameof(Attribution.AttributionResult.Channels), r => r.Channels, V.List(ChannelCredit));
        return v => new AttributionResult(
            v.Get(modelName), v.Get(currency), v.Get(totalConversions), v.Get(totalValue), Distinct(v.Get(channels), c => c.Channel, "AttributionResult.Channels"));
    });

    internal static readonly JsonConverter<ModelComparison> ModelComparison = JsonObject.Of<ModelComparison>(nameof(Attribution.ModelComparison), f =>
    {
        var results = f.Field(nameof(Attribution.ModelComparison.Results), c => c.Results, V.List(AttributionResult));
        return v => Attribution.ModelComparison.Of(v.Get(results));
    });

    internal static readonly JsonConverter<ChannelReportRow> ChannelReportRow = JsonObject.Of<ChannelReportRow>(nameof(Attribution.ChannelReportRow), f =>
    {
        var channel = f.Field(nameof(Attribution.ChannelReportRow.Channel), r => r.Channel, V.Channel);
        var spend = f.Field(nameof(Attribution.ChannelReportRow.Spend), r => r.Spend, V.Nullable(ValueJson.Money));
        var conversions = f.Field(nameof(Attribution.ChannelReportRow.Conversions), r => r.Conversions, V.Nullable(V.Double));
        var revenue = f.Field(nameof(Attribution.ChannelReportRow.Revenue), r => r.Revenue, V.Nullable(ValueJson.Money));
        var cpa = f.Field(nameof(Attribution.ChannelReportRow.Cpa), r => r.Cpa, V.Nullable(ValueJson.Money));
        var roas = f.Field(nameof(Attribution.ChannelReportRow.Roas), r => r.Roas, V.Nullable(V.Decimal));
        var verdict = f.Field(nameof(Attribution.ChannelReportRow.Verdict), r => r.Verdict, V.Nullable(ValueJson.ProfitVerdict));
        var outside = f.Field(nameof(Attribution.ChannelReportRow.SpendOutsidePeriod), r => r.SpendOutsidePeriod, V.Nullable(ValueJson.Money));
        var rule = f.Field(nameof(Attribution.ChannelReportRow.Rule), r => r.Rule, V.Nullable(DecisionsJson.VerdictRule));
        var ceiling = f.Field(nameof(Attribution.ChannelReportRow.CeilingVerdict), r => r.CeilingVerdict, V.Nullable(ValueJson.CeilingVerdict));
        return v => new ChannelReportRow(
            v.Get(channel), v.Get(spend), v.Get(conversions), v.Get(revenue), v.Get(cpa), v.Get(roas), v.Get(verdict), v.Get(outside), v.Get(rule), v.Get(ceiling));
    });

    /// <summary>A report has one row per named channel; only the total has none.</summary>
    internal static readonly JsonConverter<ChannelReport> ChannelReport = JsonObject.Of<ChannelReport>(nameof(Attribution.ChannelReport), f =>
    {
        var modelName = f.Field(nameof(Attribution.ChannelReport.ModelName), r => r.ModelName, V.String);
        var currency = f.Field(nameof(Attribution.ChannelReport.Currency), r => r.Currency, V.Currency);
        var rule = f.Field(nameof(Attribution.ChannelReport.Rule), r => r.Rule, V.Nullable(DecisionsJson.VerdictRule));
        var period = f.Field(nameof(Attribution.ChannelReport.Period), r => DecisionsJson.IntervalText(r.Period), V.NullableString);
        var rows = f.Field(nameof(Attribution.ChannelReport.Rows), r => r.Rows, V.List(ChannelReportRow));
        var total = f.Field(nameof(Attribution.ChannelReport.Total), r => r.Total, ChannelReportRow);
        return v => new ChannelReport(
            v.Get(modelName),
            v.Get(currency),
            v.Get(rule),
            DecisionsJson.Interval(v.Get(period)),
            Distinct(v.Get(rows), r => r.Channel, "ChannelReport.Rows"),
            v.Get(total));
    });

    /// <summary>One channel of a stored Shapley model and its raw Shapley value.</summary>
    internal static readonly JsonConverter<ChannelRemovalEffect> ChannelRemovalEffect = JsonObject.Of<ChannelRemovalEffect>(nameof(Attribution.ChannelRemovalEffect), f =>
    {
        var channel = f.Field(nameof(Attribution.ChannelRemovalEffect.Channel), c => c.Channel, V.NotNull(V.Channel));
        var conversions = f.Field(nameof(Attribution.ChannelRemovalEffect.Conversions), c => c.Conversions, V.Nullable(V.Double));
        var value = f.Field(nameof(Attribution.ChannelRemovalEffect.Value), c => c.Value, V.Nullable(V.Double));
        return v => new ChannelRemovalEffect(v.Get(channel), v.Get(conversions), v.Get(value));
    });

    internal static readonly JsonConverter<MarkovStateKind> MarkovStateKind = V.Enum<MarkovStateKind>();

    /// <summary>A state: its kind and, for a channel state, its last channels oldest first (empty for the other kinds).</summary>
    internal static readonly JsonConverter<MarkovState> MarkovState = JsonObject.Of<MarkovState>(nameof(Attribution.MarkovState), f =>
    {
        var kind = f.Field(nameof(Attribution.MarkovState.Kind), s => s.Kind, MarkovStateKind);
        var channels = f.Field(nameof(Attribution.MarkovState.Channels), s => s.Channels, V.List(V.NotNull(V.Channel)));
        return v => Attribution.MarkovState.Checked(v.Get(kind), [.. v.Get(channels)]);
    });

    internal static readonly JsonConverter<MarkovTransition> MarkovTransition = JsonObject.Of<MarkovTransition>(nameof(Attribution.MarkovTransition), f =>
    {
        var from = f.Field(nameof(Attribution.MarkovTransition.From), t => t.From, MarkovState);
        var to = f.Field(nameof(Attribution.MarkovTransition.To), t => t.To, MarkovState);
        var count = f.Field(nameof(Attribution.MarkovTransition.Count), t => t.Count, V.Double);
        var probability = f.Field(nameof(Attribution.MarkovTransition.Probability), t => t.Probability, V.Double);
        return v => new MarkovTransition(v.Get(from), v.Get(to), v.Get(count), v.Get(probability));
    });

    internal static readonly JsonConverter<ChannelShapleyValue> ShapleyChannel = JsonObject.Of<ChannelShapleyValue>(nameof(ChannelShapleyValue), f =>
    {
        var channel = f.Field(nameof(ChannelShapleyValue.Channel), c => c.Channel, V.NotNull(V.Channel));
        var value = f.Field(nameof(ChannelShapleyValue.Value), c => c.Value, V.Double);
        return v => new ChannelShapleyValue(v.Get(channel), v.Get(value));
    });

    /// <summary>A fitted Shapley model as each channel's raw value (what the engine needs to credit a table).</summary>
    internal static readonly JsonConverter<ShapleyModel> ShapleyModel = JsonObject.Of<ShapleyModel>(nameof(Attribution.ShapleyModel), f =>
    {
        var values = f.Field(nameof(Attribution.ShapleyModel.Values), m => (IReadOnlyList<ChannelShapleyValue>)m.Values, V.List(ShapleyChannel));
        return v => Attribution.ShapleyModel.FromStored(v.Get(values));
    });

    /// <summary>A fitted Markov model as the counts it was fitted to, refitted on reading (the fit is deterministic).</summary>
    internal static readonly JsonConverter<MarkovModel> MarkovModel = JsonObject.Of<MarkovModel>(nameof(Attribution.MarkovModel), f =>
    {
        var counts = f.Field(nameof(Attribution.MarkovModel.Counts), m => m.Counts, MarkovJson.Counts);
        return v => Attribution.MarkovModel.Fit(v.Get(counts));
    });

    /// <summary>Returns <paramref name="items"/> as an array, refusing one whose key (a channel) is default or repeated.</summary>
    internal static T[] Distinct<T>(IReadOnlyList<T> items, Func<T, Channel> key, string where)
    {
        var seen = new HashSet<Channel>();
        foreach (var item in items)
        {
            var channel = key(item);
            if (channel.IsDefault)
            {
                throw new JsonException($"{where} must name a channel in every row (only a report's total has none).");
            }

            if (!seen.Add(channel))
            {
                throw new JsonException($"{where} lists \"{channel}\" twice.");
            }
        }

        return [.. items];
    }
}
