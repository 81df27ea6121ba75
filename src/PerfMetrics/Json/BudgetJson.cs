using System.Text.Json.Serialization;
using PerfMetrics.Budget;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>The field tables of budget allocations and profit plans (curves are not stored: a user's curve is code).</summary>
internal static class BudgetJson
{
    internal static readonly JsonConverter<SpendBound> SpendBound = V.Enum<SpendBound>();

    internal static readonly JsonConverter<AllocationMethod> AllocationMethod = V.Enum<AllocationMethod>();

    internal static readonly JsonConverter<BudgetRow> BudgetRow = JsonObject.Of<BudgetRow>(nameof(Budget.BudgetRow), f =>
    {
        var channel = f.Field(nameof(Budget.BudgetRow.Channel), r => r.Channel, V.Channel);
        var spend = f.Field(nameof(Budget.BudgetRow.Spend), r => r.Spend, ValueJson.Money);
        var response = f.Field(nameof(Budget.BudgetRow.Response), r => r.Response, ValueJson.Money);
        var roas = f.Field(nameof(Budget.BudgetRow.Roas), r => r.Roas, V.Nullable(V.Decimal));
        var marginalRoas = f.Field(nameof(Budget.BudgetRow.MarginalRoas), r => r.MarginalRoas, V.Nullable(V.Decimal));
        var bound = f.Field(nameof(Budget.BudgetRow.Bound), r => r.Bound, SpendBound);
        var currentSpend = f.Field(nameof(Budget.BudgetRow.CurrentSpend), r => r.CurrentSpend, ValueJson.Money);
        var currentResponse = f.Field(nameof(Budget.BudgetRow.CurrentResponse), r => r.CurrentResponse, ValueJson.Money);
        return v => new BudgetRow(
            v.Get(channel), v.Get(spend), v.Get(response), v.Get(roas), v.Get(marginalRoas), v.Get(bound), v.Get(currentSpend), v.Get(currentResponse));
    });

    /// <summary>An allocation lists each channel once.</summary>
    internal static readonly JsonConverter<BudgetAllocation> BudgetAllocation = JsonObject.Of<BudgetAllocation>(nameof(Budget.BudgetAllocation), f =>
    {
        var budget = f.Field(nameof(Budget.BudgetAllocation.Budget), a => a.Budget, ValueJson.Money);
        var method = f.Field(nameof(Budget.BudgetAllocation.Method), a => a.Method, AllocationMethod);
        var gridStep = f.Field(nameof(Budget.BudgetAllocation.GridStep), a => a.GridStep, V.Nullable(ValueJson.Money));
        var common = f.Field(nameof(Budget.BudgetAllocation.CommonMarginalRoas), a => a.CommonMarginalRoas, V.Nullable(V.Decimal));
        var rows = f.Field(nameof(Budget.BudgetAllocation.Rows), a => a.Rows, V.List(BudgetRow));
        return v => new BudgetAllocation(
            v.Get(budget), v.Get(method), v.Get(gridStep), v.Get(common), AttributionJson.Distinct(v.Get(rows), r => r.Channel, "BudgetAllocation.Rows"));
    });

    internal static readonly JsonConverter<ProfitPoint> ProfitPoint = JsonObject.Of<ProfitPoint>(nameof(Budget.ProfitPoint), f =>
    {
        var budget = f.Field(nameof(Budget.ProfitPoint.Budget), p => p.Budget, ValueJson.Money);
        var response = f.Field(nameof(Budget.ProfitPoint.Response), p => p.Response, ValueJson.Money);
        var profit = f.Field(nameof(Budget.ProfitPoint.Profit), p => p.Profit, ValueJson.Money);
        return v => new ProfitPoint(v.Get(budget), v.Get(response), v.Get(profit));
    });

    internal static readonly JsonConverter<ProfitPlan> ProfitPlan = JsonObject.Of<ProfitPlan>(nameof(Budget.ProfitPlan), f =>
    {
        var marginRate = f.Field(nameof(Budget.ProfitPlan.MarginRate), p => p.MarginRate, V.Decimal);
        var breakEven = f.Field(nameof(Budget.ProfitPlan.BreakEvenRoas), p => p.BreakEvenRoas, V.Decimal);
        var allocation = f.Field(nameof(Budget.ProfitPlan.Allocation), p => p.Allocation, V.NotNull(BudgetAllocation));
        var profit = f.Field(nameof(Budget.ProfitPlan.Profit), p => p.Profit, ValueJson.Money);
        var curve = f.Field(nameof(Budget.ProfitPlan.Curve), p => p.Curve, V.List(ProfitPoint));
        return v => new ProfitPlan(v.Get(marginRate), v.Get(breakEven), v.Get(allocation), v.Get(profit), [.. v.Get(curve)]);
    });
}
