using System.Text.Json.Serialization;
using PerfMetrics.Experiments;
using PerfMetrics.Lifetime;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>
/// The field tables of the per-customer value table (issue 20): the table, its rows and the intervals inside them.
/// Numbers are exact (doubles in shortest round-trip text, money as <see cref="ValueJson.Money"/>); a table read back
/// keeps its rows in the stored order and equals the one written.
/// </summary>
internal static class CustomerValueJson
{
    /// <summary>An interval inside a row (not registered on its own: it is written only as part of a row).</summary>
    internal static readonly JsonConverter<Estimate> Estimate = JsonObject.Of<Estimate>(nameof(Experiments.Estimate), f =>
    {
        var value = f.Field(nameof(Experiments.Estimate.Value), e => e.Value, V.Double);
        var lower = f.Field(nameof(Experiments.Estimate.Lower), e => e.Lower, V.Double);
        var upper = f.Field(nameof(Experiments.Estimate.Upper), e => e.Upper, V.Double);
        var level = f.Field(nameof(Experiments.Estimate.Level), e => e.Level, V.Double);
        return v => new Estimate(v.Get(value), v.Get(lower), v.Get(upper), v.Get(level));
    });

    /// <summary>A money interval inside a row.</summary>
    internal static readonly JsonConverter<MoneyEstimate> MoneyEstimate = JsonObject.Of<MoneyEstimate>(nameof(Experiments.MoneyEstimate), f =>
    {
        var value = f.Field(nameof(Experiments.MoneyEstimate.Value), e => e.Value, ValueJson.Money);
        var lower = f.Field(nameof(Experiments.MoneyEstimate.Lower), e => e.Lower, V.Nullable(ValueJson.Money));
        var upper = f.Field(nameof(Experiments.MoneyEstimate.Upper), e => e.Upper, V.Nullable(ValueJson.Money));
        var level = f.Field(nameof(Experiments.MoneyEstimate.Level), e => e.Level, V.Double);
        return v => new MoneyEstimate(v.Get(value), v.Get(lower), v.Get(upper), v.Get(level));
    });

    internal static readonly JsonConverter<CustomerValueRow> CustomerValueRow = JsonObject.Of<CustomerValueRow>(nameof(Lifetime.CustomerValueRow), f =>
    {
        var id = f.Field(nameof(Lifetime.CustomerValueRow.CustomerId), r => r.CustomerId, V.String);
        var count = f.Field(nameof(Lifetime.CustomerValueRow.Count), r => r.Count, V.Count);
        var frequency = f.Field(nameof(Lifetime.CustomerValueRow.Frequency), r => r.Frequency, V.Int32);
        var recency = f.Field(nameof(Lifetime.CustomerValueRow.Recency), r => r.Recency, ValueJson.Periods);
        var t = f.Field(nameof(Lifetime.CustomerValueRow.T), r => r.T, ValueJson.Periods);
        var alive = f.Field(nameof(Lifetime.CustomerValueRow.ProbabilityAlive), r => r.ProbabilityAlive, V.Double);
        var purchases = f.Field(nameof(Lifetime.CustomerValueRow.ExpectedPurchases), r => r.ExpectedPurchases, V.Double);
        var spend = f.Field(nameof(Lifetime.CustomerValueRow.ExpectedSpend), r => r.ExpectedSpend, V.Nullable(ValueJson.Money));
        var clv = f.Field(nameof(Lifetime.CustomerValueRow.Clv), r => r.Clv, V.Nullable(ValueJson.Money));
        var rank = f.Field(nameof(Lifetime.CustomerValueRow.Rank), r => r.Rank, V.Count);
        var aliveInterval = f.Field(nameof(Lifetime.CustomerValueRow.ProbabilityAliveInterval), r => r.ProbabilityAliveInterval, V.Nullable(Estimate));
        var purchasesInterval = f.Field(nameof(Lifetime.CustomerValueRow.ExpectedPurchasesInterval), r => r.ExpectedPurchasesInterval, V.Nullable(Estimate));
        var clvInterval = f.Field(nameof(Lifetime.CustomerValueRow.ClvInterval), r => r.ClvInterval, V.Nullable(MoneyEstimate));
        return v => new CustomerValueRow(
            v.Get(id),
            v.Get(count),
            v.Get(frequency),
            v.Get(recency),
            v.Get(t),
            v.Get(alive),
            v.Get(purchases),
            v.Get(spend),
            v.Get(clv),
            v.Get(rank),
            v.Get(aliveInterval),
            v.Get(purchasesInterval),
            v.Get(clvInterval));
    });

    /// <summary>The table: its inputs and its rows in order; the totals are recomputed from the rows.</summary>
    internal static readonly JsonConverter<CustomerValueTable> CustomerValueTable = JsonObject.Of<CustomerValueTable>(nameof(Lifetime.CustomerValueTable), f =>
    {
        var model = f.Field(nameof(Lifetime.CustomerValueTable.Model), t => t.Model, V.String);
        var horizon = f.Field(nameof(Lifetime.CustomerValueTable.Horizon), t => t.Horizon, ValueJson.Periods);
        var discount = f.Field(nameof(Lifetime.CustomerValueTable.Discount), t => t.Discount, ValueJson.DiscountRate);
        var margin = f.Field(nameof(Lifetime.CustomerValueTable.MarginRate), t => t.MarginRate, V.Decimal);
        var currency = f.Field(nameof(Lifetime.CustomerValueTable.Currency), t => t.Currency, V.Nullable(V.Currency));
        var level = f.Field(nameof(Lifetime.CustomerValueTable.ConfidenceLevel), t => t.ConfidenceLevel, V.Nullable(V.Double));
        var rows = f.Field(nameof(Lifetime.CustomerValueTable.Rows), t => t.Rows, V.List(CustomerValueRow));
        return v => Lifetime.CustomerValueTable.FromRows(v.Get(model), v.Get(horizon), v.Get(discount), v.Get(margin), v.Get(currency), v.Get(level), v.Get(rows));
    });
}
