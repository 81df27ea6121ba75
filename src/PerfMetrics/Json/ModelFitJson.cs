using System.Text.Json;
using PerfMetrics.Lifetime;

namespace PerfMetrics.Json;

/// <summary>
/// The shared layout of the fit converters: <c>{"model":{...},"logLikelihood":-9582.4,"iterations":25,"converged":true}</c>,
/// the model read and written by its own converter.
/// </summary>
internal static class ModelFitJson
{
    private static readonly string[] Fields = ["model", "logLikelihood", "iterations", "converged"];

    internal static TFit Read<TModel, TFit>(
        ref Utf8JsonReader reader, string name, Func<JsonElement, TModel> readModel, Func<TModel, double, int, bool, TFit> create)
        where TModel : class
    {
        var o = JsonFields.ReadObject(ref reader, name);
        JsonFields.OnlyKnown(o, name, Fields);
        var model = readModel(JsonFields.Object(o, "model", name));
        var logLikelihood = JsonFields.Double(o, "logLikelihood", name);
        var iterations = JsonFields.Count(o, "iterations", name);
        var converged = JsonFields.Boolean(o, "converged", name);
        return create(model, logLikelihood, iterations, converged);
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
        writer.WriteNumber("iterations", value.Iterations);
        writer.WriteBoolean("converged", value.Converged);
        writer.WriteEndObject();
    }
}
