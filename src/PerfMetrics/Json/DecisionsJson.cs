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
