using System.Text.Json;
using System.Text.Json.Serialization;
using PerfMetrics.Lifetime;
using V = PerfMetrics.Json.JsonValues;

namespace PerfMetrics.Json;

/// <summary>
/// The field tables of the lifetime models, their fits, RFM rows and ceiling checks. Model parameters are doubles in
/// their shortest round-trip text, so a model read back predicts bit for bit what it predicted before.
/// </summary>
internal static class LifetimeJson
{
    internal static readonly JsonConverter<ShiftedBetaGeometric> ShiftedBetaGeometric = JsonObject.Of<ShiftedBetaGeometric>(nameof(Lifetime.ShiftedBetaGeometric), f =>
    {
        var alpha = f.Field(nameof(Lifetime.ShiftedBetaGeometric.Alpha), m => m.Alpha, V.Double);
        var beta = f.Field(nameof(Lifetime.ShiftedBetaGeometric.Beta), m => m.Beta, V.Double);
        var unit = f.Field(nameof(Lifetime.ShiftedBetaGeometric.Unit), m => m.Unit, V.Unit);
        return v => new ShiftedBetaGeometric(v.Get(alpha), v.Get(beta), v.Get(unit));
    });

    internal static readonly JsonConverter<BgNbd> BgNbd = JsonObject.Of<BgNbd>(nameof(Lifetime.BgNbd), f =>
    {
        var r = f.Field(nameof(Lifetime.BgNbd.R), m => m.R, V.Double);
        var alpha = f.Field(nameof(Lifetime.BgNbd.Alpha), m => m.Alpha, V.Double);
        var a = f.Field(nameof(Lifetime.BgNbd.A), m => m.A, V.Double);
        var b = f.Field(nameof(Lifetime.BgNbd.B), m => m.B, V.Double);
        var unit = f.Field(nameof(Lifetime.BgNbd.Unit), m => m.Unit, V.Unit);
        return v => new BgNbd(v.Get(r), v.Get(alpha), v.Get(a), v.Get(b), v.Get(unit));
    });

    /// <summary>Gamma is in units of the currency, which must be an ISO 4217 code.</summary>
    internal static readonly JsonConverter<GammaGamma> GammaGamma = JsonObject.Of<GammaGamma>(nameof(Lifetime.GammaGamma), f =>
    {
        var p = f.Field(nameof(Lifetime.GammaGamma.P), m => m.P, V.Double);
        var q = f.Field(nameof(Lifetime.GammaGamma.Q), m => m.Q, V.Double);
        var gamma = f.Field(nameof(Lifetime.GammaGamma.Gamma), m => m.Gamma, V.Double);
        var currency = f.Field(nameof(Lifetime.GammaGamma.Currency), m => m.Currency, V.NotNull(V.Currency));
        return v => new GammaGamma(v.Get(p), v.Get(q), v.Get(gamma), v.Get(currency));
    });

    internal static readonly JsonConverter<ShiftedBetaGeometricFit> ShiftedBetaGeometricFit =
        Fit<ShiftedBetaGeometric, ShiftedBetaGeometricFit>(nameof(Lifetime.ShiftedBetaGeometricFit), ShiftedBetaGeometric, (m, ll, n, ok) => new(m, ll, n, ok));

    internal static readonly JsonConverter<BgNbdFit> BgNbdFit = Fit<BgNbd, BgNbdFit>(nameof(Lifetime.BgNbdFit), BgNbd, (m, ll, n, ok) => new(m, ll, n, ok));

    internal static readonly JsonConverter<GammaGammaFit> GammaGammaFit = Fit<GammaGamma, GammaGammaFit>(nameof(Lifetime.GammaGammaFit), GammaGamma, (m, ll, n, ok) => new(m, ll, n, ok));

    /// <summary>
    /// A row <see cref="RfmSummary"/> could have built (its factory checks it); <c>default(CustomerRfm)</c>, with no id and
    /// no unit, cannot be written.
    /// </summary>
    internal static readonly JsonConverter<CustomerRfm> CustomerRfm = JsonObject.Of<CustomerRfm>(nameof(Lifetime.CustomerRfm), f =>
    {
        var id = f.Field(
            nameof(Lifetime.CustomerRfm.CustomerId),
            r => r.CustomerId ?? throw new JsonException("default(CustomerRfm) cannot be written: it has no customer id and no period unit, so it could not be read back."),
            V.String);
        var frequency = f.Field(nameof(Lifetime.CustomerRfm.Frequency), r => r.Frequency, V.Int32);
        var recency = f.Field(nameof(Lifetime.CustomerRfm.Recency), r => r.Recency, ValueJson.Periods);
        var t = f.Field(nameof(Lifetime.CustomerRfm.T), r => r.T, ValueJson.Periods);
        var monetaryValue = f.Field(nameof(Lifetime.CustomerRfm.MonetaryValue), r => r.MonetaryValue, V.Nullable(ValueJson.Money));
        var holdoutFrequency = f.Field(nameof(Lifetime.CustomerRfm.HoldoutFrequency), r => r.HoldoutFrequency, V.Nullable(V.Int32));
        var holdoutValue = f.Field(nameof(Lifetime.CustomerRfm.HoldoutValue), r => r.HoldoutValue, V.Nullable(ValueJson.Money));
        return v => Lifetime.CustomerRfm.Create(
            v.Get(id), v.Get(frequency), v.Get(recency), v.Get(t), v.Get(monetaryValue), v.Get(holdoutFrequency), v.Get(holdoutValue));
    });

    internal static readonly JsonConverter<CeilingCheck> CeilingCheck = JsonObject.Of<CeilingCheck>(nameof(Lifetime.CeilingCheck), f =>
    {
        var cpa = f.Field(nameof(Lifetime.CeilingCheck.Cpa), c => c.Cpa, ValueJson.Money);
        var ceiling = f.Field(nameof(Lifetime.CeilingCheck.Ceiling), c => c.Ceiling, ValueJson.Money);
        var headroom = f.Field(nameof(Lifetime.CeilingCheck.Headroom), c => c.Headroom, ValueJson.Money);
        var share = f.Field(nameof(Lifetime.CeilingCheck.HeadroomShare), c => c.HeadroomShare, V.Nullable(V.Decimal));
        var verdict = f.Field(nameof(Lifetime.CeilingCheck.Verdict), c => c.Verdict, ValueJson.CeilingVerdict);
        return v => new CeilingCheck(v.Get(cpa), v.Get(ceiling), v.Get(headroom), v.Get(share), v.Get(verdict));
    });

    /// <summary>The table every fit shares: <c>{"Model":{...},"LogLikelihood":-9582.4,"Iterations":25,"Converged":true}</c>.</summary>
    private static JsonConverter<TFit> Fit<TModel, TFit>(string typeName, JsonConverter<TModel> model, Func<TModel, double, int, bool, TFit> create)
        where TModel : class
        where TFit : ModelFit<TModel> =>
        JsonObject.Of<TFit>(typeName, f =>
        {
            var m = f.Field(nameof(ModelFit<TModel>.Model), x => x.Model, model);
            var logLikelihood = f.Field(nameof(ModelFit<TModel>.LogLikelihood), x => x.LogLikelihood, V.Double);
            var iterations = f.Field(nameof(ModelFit<TModel>.Iterations), x => x.Iterations, V.Count);
            var converged = f.Field(nameof(ModelFit<TModel>.Converged), x => x.Converged, V.Boolean);
            return v => create(v.Get(m), v.Get(logLikelihood), v.Get(iterations), v.Get(converged));
        });
}
