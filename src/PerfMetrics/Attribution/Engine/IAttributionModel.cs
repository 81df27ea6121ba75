namespace PerfMetrics.Attribution;

/// <summary>
/// A rule that says how much of one path's conversions each touch earns, as non-negative relative weights.
/// The <see cref="AttributionEngine"/> normalises the weights, sums credit per channel and allocates money, so every
/// model, built-in or custom, keeps the invariants of attribution (credit sums to the conversions and, exactly, to the value).
/// </summary>
/// <remarks>
/// <para>
/// Implementations must be immutable and thread-safe, and <see cref="Weigh"/> must be a pure function of the path:
/// the engine calls it once per path that has conversions or value, in no promised order. The built-in models are in
/// <see cref="AttributionModels"/>.
/// </para>
/// <para>
/// The data-driven models (<see cref="MarkovModel"/>, <see cref="ShapleyModel"/> and their catalog forms) implement this
/// interface too, so every model goes through the same engine and comparison; they credit whole tables, so their
/// <see cref="Weigh"/> throws an <see cref="ArgumentException"/> and the engine applies them through their fitted
/// per-channel ratios instead.
/// </para>
/// <para>
/// The weights span arrives cleared to zeros, one entry per touch. Write a finite non-negative weight per touch; they need
/// not sum to 1 (1, 1, 2 means 25%, 25%, 50%). The engine rejects a negative, NaN or infinite weight, and a path whose
/// weights are all zero, with an <see cref="ArgumentException"/> naming the model, the path and the weight.
/// </para>
/// </remarks>
/// <example>
/// A custom model that gives the last touch three times the weight of each earlier touch:
/// <code>
/// sealed class LastHeavy : IAttributionModel
/// {
///     public string Name => "last heavy";
///     public void Weigh(AttributionPath path, Span&lt;double&gt; weights)
///     {
///         weights.Fill(1d);
///         weights[^1] = 3d;
///     }
/// }
/// </code>
/// </example>
public interface IAttributionModel
{
    /// <summary>Gets the model's display name, for example <c>last touch</c> or <c>position-based (40% / 40%)</c>.</summary>
    string Name { get; }

    /// <summary>Writes one non-negative relative weight per touch of <paramref name="path"/>.</summary>
    /// <param name="path">The path: its channels in time order, and the touch and conversion instants when known.</param>
    /// <param name="weights">One entry per touch (<c>weights.Length == path.Length</c>), cleared to zero on entry.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="weights"/> does not have one entry per touch (the built-in models check this), the model needs
    /// touch timestamps and the path comes from a path table, or the model is data-driven (it has no per-path weights).
    /// </exception>
    void Weigh(AttributionPath path, Span<double> weights);
}
