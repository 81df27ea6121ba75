using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using PerfMetrics.Metrics;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>The field tables of the decision layer: verdict rules, campaign reports, payback results.</summary>
internal static class DecisionsJson
{
    /// <summary>A rule is <c>{"Kind":"MarginRate","Amount":null,"Rate":0.35}</c> or <c>{"Kind":"UnitMargin","Amount":{...},"Rate":null}</c>; the factories validate it on reading.</summary>
    internal static readonly JsonConverter<VerdictRule> VerdictRule = JsonObject.Of<VerdictRule>(nameof(Metrics.VerdictRule), f =>
    {
        var kind = f.Field(nameof(Metrics.VerdictRule.Kind), r => r.Kind, V.Enum<VerdictRuleKind>());
        var amount = f.Field(nameof(Metrics.VerdictRule.Amount), r => r.Amount, V.Nullable(ValueJson.Money));
        var rate = f.Field(nameof(Metrics.VerdictRule.Rate), r => r.Rate, V.Nullable(V.Decimal));
        return v => Metrics.VerdictRule.FromParts(v.Get(kind), v.Get(amount), v.Get(rate));
    });

    /// <summary>A campaign row: its delivery inline (counts and revenue), its own outcome and the alternatives' table.</summary>
    internal static readonly JsonConverter<CampaignReportRow> CampaignReportRow = JsonObject.Of<CampaignReportRow>(nameof(Metrics.CampaignReportRow), f =>
    {
        var campaign = f.Field(nameof(Metrics.CampaignReportRow.Campaign), r => r.Campaign, V.String);
        var channel = f.Field(nameof(Metrics.CampaignReportRow.Channel), r => r.Channel, V.NotNull(V.Channel));
        var impressions = f.Field(nameof(Delivery.Impressions), r => (decimal)r.Delivery.Impressions, V.Decimal);
        var clicks = f.Field(nameof(Delivery.Clicks), r => (decimal)r.Delivery.Clicks, V.Decimal);
        var leads = f.Field(nameof(Delivery.Leads), r => (decimal)r.Delivery.Leads, V.Decimal);
        var acquisitions = f.Field(nameof(Delivery.Acquisitions), r => (decimal)r.Delivery.Acquisitions, V.Decimal);
        var revenue = f.Field(nameof(Delivery.Revenue), r => r.Delivery.Revenue, ValueJson.Money);
        var outcome = f.Field(nameof(Metrics.CampaignReportRow.Outcome), r => r.Outcome, MetricsJson.PaymentModelOutcome);
        var alternatives = f.Field(nameof(Metrics.CampaignReportRow.Alternatives), r => r.Alternatives, MetricsJson.PaymentModelTable);
        return v => new CampaignReportRow(
            v.Get(campaign),
            v.Get(channel),
            new Delivery(Whole(v.Get(impressions)), Whole(v.Get(clicks)), Whole(v.Get(leads)), Whole(v.Get(acquisitions)), v.Get(revenue)),
            v.Get(outcome),
            v.Get(alternatives));
    });

    /// <summary>A campaign report: its rows (totals are recomputed on reading).</summary>
    internal static readonly JsonConverter<CampaignReport> CampaignReport = JsonObject.Of<CampaignReport>(nameof(Metrics.CampaignReport), f =>
    {
        var currency = f.Field(nameof(Metrics.CampaignReport.Currency), r => r.Currency, V.NotNull(V.Currency));
        var rule = f.Field(nameof(Metrics.CampaignReport.Rule), r => r.Rule, VerdictRule);
        var models = f.Field(nameof(Metrics.CampaignReport.AlternativeModels), r => (IReadOnlyList<PaymentModel>)r.AlternativeModels, V.List(V.NotNull(V.PaymentModel)));
        var rows = f.Field(nameof(Metrics.CampaignReport.Rows), r => (IReadOnlyList<CampaignReportRow>)r.Rows, V.List(CampaignReportRow));
        return v =>
        {
            var alternatives = v.Get(models);
            var all = v.Get(rows);
            if (all.Any(r => r.Alternatives.Count != alternatives.Count))
            {
                throw new ArgumentException($"every row must price the {alternatives.Count} alternative models.");
            }

            return new CampaignReport(v.Get(currency), v.Get(rule), [.. alternatives], [.. all]);
        };
    });

    private static long Whole(decimal value) =>
        value >= 0m && value <= long.MaxValue && decimal.Truncate(value) == value
            ? (long)value
            : throw new ArgumentException($"a delivery count must be a non-negative whole number, was {value}.");

    /// <summary>A date interval as ISO text <c>"2026-04-01/2026-04-30"</c> (both ends inclusive).</summary>
    internal static string? IntervalText(DateInterval? interval) =>
        interval is null ? null : $"{LocalDatePattern.Iso.Format(interval.Start)}/{LocalDatePattern.Iso.Format(interval.End)}";

    /// <summary>Reads <see cref="IntervalText"/>; malformed text is an <see cref="ArgumentException"/> (a JSON error on reading).</summary>
    internal static DateInterval? Interval(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var start = slash < 0 ? null : LocalDatePattern.Iso.Parse(text[..slash]);
        var end = slash < 0 ? null : LocalDatePattern.Iso.Parse(text[(slash + 1)..]);
        if (start is not { Success: true } || end is not { Success: true } || end.Value < start.Value)
        {
            throw new ArgumentException($"Period must be two ISO dates \"start/end\" with end on or after start, was \"{text}\".");
        }

        return new DateInterval(start.Value, end.Value);
    }
}
