using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Attribution;
using PerfMetrics.Lifetime;
using PerfMetrics.Metrics;

namespace PerfMetrics.Json;

/// <summary>
/// The one System.Text.Json entry point of PerfMetrics: creates the converter of every stored PerfMetrics type. Each of
/// those types carries <c>[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]</c>, so serialization works with no
/// options configured, with reflection, and with a source-generated <see cref="JsonSerializerContext"/> under native AOT
/// with reflection disabled.
/// </summary>
/// <remarks>
/// <para>
/// The converters honour the caller's <see cref="JsonSerializerOptions"/>: <see cref="JsonSerializerOptions.PropertyNamingPolicy"/>
/// converts every field name, nested ones included (the names are the types' property names, PascalCase when no policy
/// is set, as System.Text.Json writes your own records); <see cref="JsonSerializerOptions.PropertyNameCaseInsensitive"/>
/// applies on reading; <see cref="JsonSerializerOptions.NumberHandling"/> lets numbers be written as strings and read from
/// strings. Exact decimals never pass through <see cref="double"/>. Reading is strict: an unknown, repeated or missing field
/// is a <see cref="JsonException"/> naming the type and the field. docs/json.md describes the format.
/// </para>
/// <para>You never need to call this type: it is public only so that source-generated contexts in your assembly can create it.</para>
/// </remarks>
public sealed class PerfMetricsJsonConverterFactory : JsonConverterFactory
{
    /// <summary>Every stored type and its converter: the one place a type is registered.</summary>
    private static readonly FrozenDictionary<Type, JsonConverter> Converters = new Dictionary<Type, JsonConverter>
    {
        [typeof(Money)] = ValueJson.Money,
        [typeof(Currency)] = JsonValues.Currency,
        [typeof(Channel)] = JsonValues.Channel,
        [typeof(PaymentModel)] = JsonValues.PaymentModel,
        [typeof(PeriodUnit)] = JsonValues.Unit,
        [typeof(Periods)] = ValueJson.Periods,
        [typeof(RetentionRate)] = ValueJson.RetentionRate,
        [typeof(DiscountRate)] = ValueJson.DiscountRate,
        [typeof(PurchaseFrequency)] = ValueJson.PurchaseFrequency,
        [typeof(MoneyPerPeriod)] = ValueJson.MoneyPerPeriod,
        [typeof(ProfitVerdict)] = ValueJson.ProfitVerdict,
        [typeof(CeilingVerdict)] = ValueJson.CeilingVerdict,
        [typeof(MarginCheck)] = MetricsJson.MarginCheck,
        [typeof(MarginalCpaCheck)] = MetricsJson.MarginalCpaCheck,
        [typeof(MarginalRoasCheck)] = MetricsJson.MarginalRoasCheck,
        [typeof(PaymentModelOutcome)] = MetricsJson.PaymentModelOutcome,
        [typeof(PaymentModelTable)] = MetricsJson.PaymentModelTable,
        [typeof(ChannelCredit)] = AttributionJson.ChannelCredit,
        [typeof(ChannelRemovalEffect)] = AttributionJson.ChannelRemovalEffect,
        [typeof(ChannelShapleyValue)] = AttributionJson.ShapleyChannel,
        [typeof(MarkovStateKind)] = AttributionJson.MarkovStateKind,
        [typeof(MarkovState)] = AttributionJson.MarkovState,
        [typeof(MarkovTransition)] = AttributionJson.MarkovTransition,
        [typeof(ParameterEstimate)] = LifetimeJson.ParameterEstimate,
        [typeof(AttributionResult)] = AttributionJson.AttributionResult,
        [typeof(ModelComparison)] = AttributionJson.ModelComparison,
        [typeof(ChannelReportRow)] = AttributionJson.ChannelReportRow,
        [typeof(ChannelReport)] = AttributionJson.ChannelReport,
        [typeof(ShapleyModel)] = AttributionJson.ShapleyModel,
        [typeof(MarkovCounts)] = MarkovJson.Counts,
        [typeof(MarkovModel)] = AttributionJson.MarkovModel,
        [typeof(TopPathRow)] = JourneyJson.TopPathRow,
        [typeof(TopPathsReport)] = JourneyJson.TopPathsReport,
        [typeof(PathLengthRow)] = JourneyJson.PathLengthRow,
        [typeof(PathLengthReport)] = JourneyJson.PathLengthReport,
        [typeof(TimeLagRow)] = JourneyJson.TimeLagRow,
        [typeof(TimeLagReport)] = JourneyJson.TimeLagReport,
        [typeof(AssistedConversionRow)] = JourneyJson.AssistedConversionRow,
        [typeof(AssistedConversionsReport)] = JourneyJson.AssistedConversionsReport,
        [typeof(ShiftedBetaGeometric)] = LifetimeJson.ShiftedBetaGeometric,
        [typeof(ModelFit<ShiftedBetaGeometric>)] = LifetimeJson.ShiftedBetaGeometricFit,
        [typeof(BgNbd)] = LifetimeJson.BgNbd,
        [typeof(ModelFit<BgNbd>)] = LifetimeJson.BgNbdFit,
        [typeof(GammaGamma)] = LifetimeJson.GammaGamma,
        [typeof(ModelFit<GammaGamma>)] = LifetimeJson.GammaGammaFit,
        [typeof(CustomerRfm)] = LifetimeJson.CustomerRfm,
        [typeof(CeilingCheck)] = LifetimeJson.CeilingCheck,
        [typeof(PerfMetrics.Budget.SpendBound)] = BudgetJson.SpendBound,
        [typeof(PerfMetrics.Budget.AllocationMethod)] = BudgetJson.AllocationMethod,
        [typeof(PerfMetrics.Budget.BudgetRow)] = BudgetJson.BudgetRow,
        [typeof(PerfMetrics.Budget.BudgetAllocation)] = BudgetJson.BudgetAllocation,
        [typeof(PerfMetrics.Budget.ProfitPoint)] = BudgetJson.ProfitPoint,
        [typeof(PerfMetrics.Budget.ProfitPlan)] = BudgetJson.ProfitPlan,
        [typeof(VerdictRule)] = DecisionsJson.VerdictRule,
        [typeof(CampaignReportRow)] = DecisionsJson.CampaignReportRow,
        [typeof(CampaignReport)] = DecisionsJson.CampaignReport,
        [typeof(ParetoNbd)] = LifetimeModelsJson.ParetoNbd,
        [typeof(ModelFit<ParetoNbd>)] = LifetimeModelsJson.ParetoNbdFit,
        [typeof(CustomerValueRow)] = CustomerValueJson.CustomerValueRow,
        [typeof(CustomerValueTable)] = CustomerValueJson.CustomerValueTable,
        [typeof(ModifiedBgNbd)] = LifetimeModelsJson.ModifiedBgNbd,
        [typeof(ModelFit<ModifiedBgNbd>)] = LifetimeModelsJson.ModifiedBgNbdFit,
        [typeof(BgBb)] = LifetimeModelsJson.BgBb,
        [typeof(ModelFit<BgBb>)] = LifetimeModelsJson.BgBbFit,
        [typeof(BetaDiscreteWeibull)] = LifetimeModelsJson.BetaDiscreteWeibull,
        [typeof(ModelFit<BetaDiscreteWeibull>)] = LifetimeModelsJson.BetaDiscreteWeibullFit,
        [typeof(OpportunityRfm)] = LifetimeModelsJson.OpportunityRfm,
        [typeof(HoldoutValidation)] = ValidationJson.HoldoutValidation,
        [typeof(RepeatTransactionTracking)] = ValidationJson.RepeatTransactionTracking,
    }.ToFrozenDictionary();

    /// <summary>Returns whether <paramref name="typeToConvert"/> is a stored PerfMetrics type.</summary>
    /// <param name="typeToConvert">The type System.Text.Json asks about.</param>
    /// <returns>True for the types docs/json.md lists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeToConvert"/> is null.</exception>
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return Converters.ContainsKey(typeToConvert);
    }

    /// <summary>Returns the converter of a stored PerfMetrics type (one shared instance per type; it reads the options it is given on each call).</summary>
    /// <param name="typeToConvert">A type for which <see cref="CanConvert"/> is true.</param>
    /// <param name="options">The caller's options (not kept).</param>
    /// <returns>The converter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="typeToConvert"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="typeToConvert"/> is not a stored PerfMetrics type.</exception>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        return Converters.TryGetValue(typeToConvert, out var converter)
            ? converter
            : throw new ArgumentException($"typeToConvert must be a stored PerfMetrics type (see docs/json.md), was {typeToConvert}.", nameof(typeToConvert));
    }
}
