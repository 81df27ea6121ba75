using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>
/// The field tables of the lifetime models of issue 20 (Pareto/NBD, MBG/NBD, BG/BB, BdW), their fits, the BG/BB rows and
/// the fit diagnostics. Parameters are doubles in shortest round-trip text; models are read back through their public
/// constructors (which check them), and fits through the one fit table of <see cref="LifetimeJson"/>.
/// </summary>
internal static class LifetimeModelsJson
{
    internal static readonly JsonConverter<ParetoNbd> ParetoNbd = JsonObject.Of<ParetoNbd>(nameof(Lifetime.ParetoNbd), f =>
    {
        var r = f.Field(nameof(Lifetime.ParetoNbd.R), m => m.R, V.Double);
        var alpha = f.Field(nameof(Lifetime.ParetoNbd.Alpha), m => m.Alpha, V.Double);
        var s = f.Field(nameof(Lifetime.ParetoNbd.S), m => m.S, V.Double);
        var beta = f.Field(nameof(Lifetime.ParetoNbd.Beta), m => m.Beta, V.Double);
        var unit = f.Field(nameof(Lifetime.ParetoNbd.Unit), m => m.Unit, V.Unit);
        return v => new ParetoNbd(v.Get(r), v.Get(alpha), v.Get(s), v.Get(beta), v.Get(unit));
    });

    internal static readonly JsonConverter<ModifiedBgNbd> ModifiedBgNbd = JsonObject.Of<ModifiedBgNbd>(nameof(Lifetime.ModifiedBgNbd), f =>
    {
        var r = f.Field(nameof(Lifetime.ModifiedBgNbd.R), m => m.R, V.Double);
        var alpha = f.Field(nameof(Lifetime.ModifiedBgNbd.Alpha), m => m.Alpha, V.Double);
        var a = f.Field(nameof(Lifetime.ModifiedBgNbd.A), m => m.A, V.Double);
        var b = f.Field(nameof(Lifetime.ModifiedBgNbd.B), m => m.B, V.Double);
        var unit = f.Field(nameof(Lifetime.ModifiedBgNbd.Unit), m => m.Unit, V.Unit);
        return v => new ModifiedBgNbd(v.Get(r), v.Get(alpha), v.Get(a), v.Get(b), v.Get(unit));
    });

    internal static readonly JsonConverter<BgBb> BgBb = JsonObject.Of<BgBb>(nameof(Lifetime.BgBb), f =>
    {
        var alpha = f.Field(nameof(Lifetime.BgBb.Alpha), m => m.Alpha, V.Double);
        var beta = f.Field(nameof(Lifetime.BgBb.Beta), m => m.Beta, V.Double);
        var gamma = f.Field(nameof(Lifetime.BgBb.Gamma), m => m.Gamma, V.Double);
        var delta = f.Field(nameof(Lifetime.BgBb.Delta), m => m.Delta, V.Double);
        var unit = f.Field(nameof(Lifetime.BgBb.Unit), m => m.Unit, V.Unit);
        return v => new BgBb(v.Get(alpha), v.Get(beta), v.Get(gamma), v.Get(delta), v.Get(unit));
    });

    internal static readonly JsonConverter<BetaDiscreteWeibull> BetaDiscreteWeibull = JsonObject.Of<BetaDiscreteWeibull>(nameof(Lifetime.BetaDiscreteWeibull), f =>
    {
        var alpha = f.Field(nameof(Lifetime.BetaDiscreteWeibull.Alpha), m => m.Alpha, V.Double);
        var beta = f.Field(nameof(Lifetime.BetaDiscreteWeibull.Beta), m => m.Beta, V.Double);
        var c = f.Field(nameof(Lifetime.BetaDiscreteWeibull.C), m => m.C, V.Double);
        var unit = f.Field(nameof(Lifetime.BetaDiscreteWeibull.Unit), m => m.Unit, V.Unit);
        return v => new BetaDiscreteWeibull(v.Get(alpha), v.Get(beta), v.Get(c), v.Get(unit));
    });

    /// <summary>A BG/BB row, checked by its public constructor; <c>default(OpportunityRfm)</c> (count 0) cannot be read back.</summary>
    internal static readonly JsonConverter<OpportunityRfm> OpportunityRfm = JsonObject.Of<OpportunityRfm>(nameof(Lifetime.OpportunityRfm), f =>
    {
        var frequency = f.Field(nameof(Lifetime.OpportunityRfm.Frequency), r => r.Frequency, V.Int32);
        var recency = f.Field(nameof(Lifetime.OpportunityRfm.Recency), r => r.Recency, V.Int32);
        var opportunities = f.Field(nameof(Lifetime.OpportunityRfm.Opportunities), r => r.Opportunities, V.Int32);
        var count = f.Field(nameof(Lifetime.OpportunityRfm.Count), r => r.Count, V.Int32);
        return v => new OpportunityRfm(v.Get(frequency), v.Get(recency), v.Get(opportunities), v.Get(count));
    });

    /// <summary>A diagnostic: its kind as a string and its message.</summary>
    internal static readonly JsonConverter<FitDiagnostic> FitDiagnostic = JsonObject.Of<FitDiagnostic>(nameof(Lifetime.FitDiagnostic), f =>
    {
        var kind = f.Field(nameof(Lifetime.FitDiagnostic.Kind), d => d.Kind, V.Enum<FitDiagnosticKind>());
        var message = f.Field(nameof(Lifetime.FitDiagnostic.Message), d => d.Message, V.String);
        return v => new FitDiagnostic(v.Get(kind), v.Get(message));
    });

    internal static readonly JsonConverter<ModelFit<ParetoNbd>> ParetoNbdFit = LifetimeJson.Fit(ParetoNbd, Lifetime.ParetoNbd.ParameterNames, static m => m.ParameterValues);

    internal static readonly JsonConverter<ModelFit<ModifiedBgNbd>> ModifiedBgNbdFit = LifetimeJson.Fit(ModifiedBgNbd, Lifetime.ModifiedBgNbd.ParameterNames, static m => m.ParameterValues);

    internal static readonly JsonConverter<ModelFit<BgBb>> BgBbFit = LifetimeJson.Fit(BgBb, Lifetime.BgBb.ParameterNames, static m => m.ParameterValues);

    internal static readonly JsonConverter<ModelFit<BetaDiscreteWeibull>> BetaDiscreteWeibullFit =
        LifetimeJson.Fit(BetaDiscreteWeibull, Lifetime.BetaDiscreteWeibull.ParameterNames, static m => m.ParameterValues);
}
