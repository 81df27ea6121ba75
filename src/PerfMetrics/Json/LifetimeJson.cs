using System.Globalization;
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

    internal static readonly JsonConverter<ModelFit<ShiftedBetaGeometric>> ShiftedBetaGeometricFit =
        Fit(ShiftedBetaGeometric, Lifetime.ShiftedBetaGeometric.ParameterNames, static m => m.ParameterValues);

    internal static readonly JsonConverter<ModelFit<BgNbd>> BgNbdFit = Fit(BgNbd, Lifetime.BgNbd.ParameterNames, static m => m.ParameterValues);

    internal static readonly JsonConverter<ModelFit<GammaGamma>> GammaGammaFit = Fit(GammaGamma, Lifetime.GammaGamma.ParameterNames, static m => m.ParameterValues);

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

        // Written only for a grouped row (count above 1), so a one-customer row reads as before; absent means 1.
        var count = f.Optional(nameof(Lifetime.CustomerRfm.Count), r => (int?)r.Count, V.Nullable(V.Int32), r => r.Count != 1);
        return v => Lifetime.CustomerRfm.Create(
            v.Get(id), v.Get(frequency), v.Get(recency), v.Get(t), v.Get(monetaryValue), v.Get(holdoutFrequency), v.Get(holdoutValue), v.Get(count) ?? 1);
    });

    internal static readonly JsonConverter<ParameterEstimate> ParameterEstimate = JsonObject.Of<ParameterEstimate>(nameof(Lifetime.ParameterEstimate), f =>
    {
        var name = f.Field(nameof(Lifetime.ParameterEstimate.Name), p => p.Name, V.String);
        var value = f.Field(nameof(Lifetime.ParameterEstimate.Value), p => p.Value, V.Double);
        var error = f.Field(nameof(Lifetime.ParameterEstimate.StandardError), p => p.StandardError, V.Nullable(V.Double));
        return v => new ParameterEstimate(v.Get(name), v.Get(value), v.Get(error));
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

    /// <summary>
    /// The table every fit shares:
    /// <c>{"Model":{...},"LogLikelihood":-9582.4,"StandardErrors":[0.0126,0.378,0.186,0.705],"Iterations":25,"Converged":true,"GradientNorm":1.2e-7}</c>.
    /// Standard errors are listed in the order of <see cref="ModelFit{TModel}.Parameters"/> (the model's own field order),
    /// each a number 0 or more, or null where the fit could not estimate it; parameter names and values come from the model.
    /// </summary>
    internal static JsonConverter<ModelFit<TModel>> Fit<TModel>(JsonConverter<TModel> model, string[] names, Func<TModel, double[]> values)
        where TModel : class =>
        JsonObject.Of<ModelFit<TModel>>($"ModelFit<{typeof(TModel).Name}>", f =>
        {
            var m = f.Field(nameof(ModelFit<TModel>.Model), x => x.Model, model);
            var logLikelihood = f.Field(nameof(ModelFit<TModel>.LogLikelihood), x => x.LogLikelihood, V.Double);
            var standardErrors = f.Field(
                "StandardErrors", x => (IReadOnlyList<double?>)[.. x.Parameters.Select(p => p.StandardError)], V.List(V.Nullable(V.Double)));
            var iterations = f.Field(nameof(ModelFit<TModel>.Iterations), x => x.Iterations, V.Count);
            var converged = f.Field(nameof(ModelFit<TModel>.Converged), x => x.Converged, V.Boolean);
            var gradientNorm = f.Field(nameof(ModelFit<TModel>.GradientNorm), x => x.GradientNorm, V.Double);

            // Written only when present (issue 20), so a fit stored by 0.2 reads as before: absent means none.
            var covariance = f.Optional("Covariance", x => (IReadOnlyList<double>)x.CovarianceMatrix!, V.List(V.Double), x => x.CovarianceMatrix is not null);
            var diagnostics = f.Optional(nameof(ModelFit<TModel>.Diagnostics), x => x.Diagnostics, V.List(LifetimeModelsJson.FitDiagnostic), x => x.Diagnostics.Count > 0);
            return v =>
            {
                var fitted = v.Get(m);
                var errors = v.Get(standardErrors);
                if (errors.Count != names.Length)
                {
                    throw new JsonException(
                        $"Invalid ModelFit<{typeof(TModel).Name}>: StandardErrors must list one standard error per parameter ({string.Join(", ", names)}), had {errors.Count}.");
                }

                var parameterValues = values(fitted);
                var parameters = new ParameterEstimate[names.Length];
                for (var i = 0; i < parameters.Length; i++)
                {
                    if (errors[i] is { } se && !(se >= 0d))
                    {
                        throw new JsonException(string.Create(
                            CultureInfo.InvariantCulture, $"Invalid ModelFit<{typeof(TModel).Name}>: the standard error of {names[i]} must be a number 0 or more, or null, was {se}."));
                    }

                    parameters[i] = new ParameterEstimate(names[i], parameterValues[i], errors[i]);
                }

                var norm = v.Get(gradientNorm);
                if (!(norm >= 0d))
                {
                    throw new JsonException(string.Create(
                        CultureInfo.InvariantCulture, $"Invalid ModelFit<{typeof(TModel).Name}>: GradientNorm must be a number 0 or more, was {norm}."));
                }

                IReadOnlyList<double>? matrix = v.Get(covariance);
                if (matrix is not null && matrix.Count != names.Length * names.Length)
                {
                    throw new JsonException(string.Create(
                        CultureInfo.InvariantCulture, $"Invalid ModelFit<{typeof(TModel).Name}>: Covariance must list {names.Length * names.Length} numbers (row-major), had {matrix.Count}."));
                }

                return new ModelFit<TModel>(
                    fitted, v.Get(logLikelihood), parameters, v.Get(iterations), v.Get(converged), norm, matrix is null ? null : [.. matrix], (IReadOnlyList<FitDiagnostic>?)v.Get(diagnostics) is { } d ? [.. d] : null);
            };
        });
}
