using System.Text.Json.Serialization;
using PerfMetrics.Metrics;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>The field tables of the metrics results (margin checks, marginal checks, payment-model comparisons).</summary>
internal static class MetricsJson
{
    internal static readonly JsonConverter<MarginCheck> MarginCheck = JsonObject.Of<MarginCheck>(nameof(Metrics.MarginCheck), f =>
    {
        var spend = f.Field(nameof(Metrics.MarginCheck.Spend), c => c.Spend, ValueJson.Money);
        var acquisitions = f.Field(nameof(Metrics.MarginCheck.Acquisitions), c => c.Acquisitions, V.Decimal);
        var unitMargin = f.Field(nameof(Metrics.MarginCheck.UnitMargin), c => c.UnitMargin, ValueJson.Money);
        var cpa = f.Field(nameof(Metrics.MarginCheck.Cpa), c => c.Cpa, V.Nullable(ValueJson.Money));
        var totalProfit = f.Field(nameof(Metrics.MarginCheck.TotalProfit), c => c.TotalProfit, ValueJson.Money);
        var share = f.Field(nameof(Metrics.MarginCheck.HeadroomShare), c => c.HeadroomShare, V.Nullable(V.Decimal));
        var verdict = f.Field(nameof(Metrics.MarginCheck.Verdict), c => c.Verdict, ValueJson.ProfitVerdict);
        return v => new MarginCheck(v.Get(spend), v.Get(acquisitions), v.Get(unitMargin), v.Get(cpa), v.Get(totalProfit), v.Get(share), v.Get(verdict));
    });

    internal static readonly JsonConverter<MarginalCpaCheck> MarginalCpaCheck = JsonObject.Of<MarginalCpaCheck>(nameof(Metrics.MarginalCpaCheck), f =>
    {
        var deltaSpend = f.Field(nameof(Metrics.MarginalCpaCheck.DeltaSpend), c => c.DeltaSpend, ValueJson.Money);
        var deltaAcquisitions = f.Field(nameof(Metrics.MarginalCpaCheck.DeltaAcquisitions), c => c.DeltaAcquisitions, V.Decimal);
        var unitMargin = f.Field(nameof(Metrics.MarginalCpaCheck.UnitMargin), c => c.UnitMargin, ValueJson.Money);
        var marginalCpa = f.Field(nameof(Metrics.MarginalCpaCheck.MarginalCpa), c => c.MarginalCpa, V.Nullable(ValueJson.Money));
        var profit = f.Field(nameof(Metrics.MarginalCpaCheck.IncrementalProfit), c => c.IncrementalProfit, ValueJson.Money);
        var verdict = f.Field(nameof(Metrics.MarginalCpaCheck.Verdict), c => c.Verdict, ValueJson.ProfitVerdict);
        return v => new MarginalCpaCheck(v.Get(deltaSpend), v.Get(deltaAcquisitions), v.Get(unitMargin), v.Get(marginalCpa), v.Get(profit), v.Get(verdict));
    });

    internal static readonly JsonConverter<MarginalRoasCheck> MarginalRoasCheck = JsonObject.Of<MarginalRoasCheck>(nameof(Metrics.MarginalRoasCheck), f =>
    {
        var deltaSpend = f.Field(nameof(Metrics.MarginalRoasCheck.DeltaSpend), c => c.DeltaSpend, ValueJson.Money);
        var deltaRevenue = f.Field(nameof(Metrics.MarginalRoasCheck.DeltaRevenue), c => c.DeltaRevenue, ValueJson.Money);
        var marginalRoas = f.Field(nameof(Metrics.MarginalRoasCheck.MarginalRoas), c => c.MarginalRoas, V.Nullable(V.Decimal));
        var breakEven = f.Field(nameof(Metrics.MarginalRoasCheck.BreakEvenRoas), c => c.BreakEvenRoas, V.Decimal);
        var profit = f.Field(nameof(Metrics.MarginalRoasCheck.IncrementalProfit), c => c.IncrementalProfit, ValueJson.Money);
        var verdict = f.Field(nameof(Metrics.MarginalRoasCheck.Verdict), c => c.Verdict, ValueJson.ProfitVerdict);
        return v => new MarginalRoasCheck(v.Get(deltaSpend), v.Get(deltaRevenue), v.Get(marginalRoas), v.Get(breakEven), v.Get(profit), v.Get(verdict));
    });

    internal static readonly JsonConverter<PaymentModelOutcome> PaymentModelOutcome = JsonObject.Of<PaymentModelOutcome>(nameof(Metrics.PaymentModelOutcome), f =>
    {
        var model = f.Field(nameof(Metrics.PaymentModelOutcome.Model), o => o.Model, V.NotNull(V.PaymentModel));
        var cost = f.Field(nameof(Metrics.PaymentModelOutcome.Cost), o => o.Cost, ValueJson.Money);
        var effectiveCpa = f.Field(nameof(Metrics.PaymentModelOutcome.EffectiveCpa), o => o.EffectiveCpa, V.Nullable(ValueJson.Money));
        var grossProfit = f.Field(nameof(Metrics.PaymentModelOutcome.GrossProfit), o => o.GrossProfit, ValueJson.Money);
        var verdict = f.Field(nameof(Metrics.PaymentModelOutcome.Verdict), o => o.Verdict, ValueJson.ProfitVerdict);
        return v => new PaymentModelOutcome(v.Get(model), v.Get(cost), v.Get(effectiveCpa), v.Get(grossProfit), v.Get(verdict));
    });

    internal static readonly JsonConverter<PaymentModelTable> PaymentModelTable = JsonObject.Of<PaymentModelTable>(nameof(Metrics.PaymentModelTable), f =>
    {
        var outcomes = f.Field(nameof(Metrics.PaymentModelTable.Outcomes), t => (IReadOnlyList<PaymentModelOutcome>)t.Outcomes, V.List(PaymentModelOutcome));
        return v => new PaymentModelTable([.. v.Get(outcomes)]);
    });
}
