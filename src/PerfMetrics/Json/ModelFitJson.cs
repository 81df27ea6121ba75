using System.Globalization;
using System.Text.Json;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// The shared layout of the fit converters:
/// <c>{"model":{...},"logLikelihood":-9582.4,"standardErrors":{"r":0.0125,...},"iterations":25,"converged":true,"gradientNorm":1.2e-7}</c>,
/// the model read and written by its own converter; a standard error is a number or null.
/// </summary>
internal static class ModelFitJson
{
    private static readonly string[] Fields = ["model", "logLikelihood", "standardErrors", "iterations", "converged", "gradientNorm"];

    internal static ModelFit<TModel> Read<TModel>(
        ref Utf8JsonReader reader, string name, Func<JsonElement, TModel> readModel, string[] parameterNames, Func<TModel, double[]> parameterValues)
        where TModel : class
    {
        var o = JsonFields.ReadObject(ref reader, name);
        JsonFields.OnlyKnown(o, name, Fields);
        var model = readModel(JsonFields.Object(o, "model", name));
        var logLikelihood = JsonFields.Double(o, "logLikelihood", name);
        var iterations = JsonFields.Count(o, "iterations", name);
        var converged = JsonFields.Boolean(o, "converged", name);
        var errors = JsonFields.Object(o, "standardErrors", name);
        var errorsName = string.Create(CultureInfo.InvariantCulture, $"{name}.standardErrors");
        JsonFields.OnlyKnown(errors, errorsName, parameterNames);
        JsonFields.Present(errors, errorsName, parameterNames);
        var values = parameterValues(model);
        var parameters = new ParameterEstimate[parameterNames.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            var se = JsonFields.NullableDouble(errors, parameterNames[i], errorsName);
            if (se is { } v && !(v >= 0d))
            {
                throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"{errorsName}.{parameterNames[i]} must be a number 0 or more, or null, was {v}."));
            }

            parameters[i] = new ParameterEstimate(parameterNames[i], values[i], se);
        }

        var gradientNorm = JsonFields.Double(o, "gradientNorm", name);
        if (!(gradientNorm >= 0d))
        {
            throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"{name}.gradientNorm must be a number 0 or more, was {gradientNorm}."));
        }

        return new ModelFit<TModel>(model, logLikelihood, parameters, iterations, converged, gradientNorm);
    }

    internal static void Write<TModel>(Utf8JsonWriter writer, ModelFit<TModel> value, Action<Utf8JsonWriter, TModel> writeModel)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("model");
        writeModel(writer, value.Model);
        writer.WriteNumber("logLikelihood", value.LogLikelihood);
        writer.WriteStartObject("standardErrors");
        foreach (var p in value.Parameters)
        {
            JsonFields.WriteNumber(writer, p.Name, p.StandardError);
        }

        writer.WriteEndObject();
        writer.WriteNumber("iterations", value.Iterations);
        writer.WriteBoolean("converged", value.Converged);
        writer.WriteNumber("gradientNorm", value.GradientNorm);
        writer.WriteEndObject();
    }
}
