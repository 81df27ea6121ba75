using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>
/// How <see cref="ModelComparison.ToString(ComparisonLayout)"/> lays out its table: which columns each model gets, what
/// each model is called, and how wide the text may be.
/// </summary>
/// <remarks>
/// <para>
/// Columns per model: credited conversions, their share of the model's conversions (a percent with one decimal), and the
/// credited value (money at minor units, thousands grouped). By default conversions and value, as
/// <see cref="ModelComparison.ToString()"/> prints.
/// </para>
/// <para>
/// Labels replace model names in the headers (a Markov model of order 2 named <c>markov (order 2, merged repeats,
/// value-weighted)</c> can be shown as <c>markov 2</c>); models without a label keep their name. With a maximum width, the
/// models are split over several stacked tables, each repeating the channel column and none wider than the limit (a
/// model whose own columns are wider still gets a table of its own); so a seven-model comparison fits an 80-column
/// terminal. Immutable and thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var layout = new ComparisonLayout(shares: true, values: false, maxWidth: 80,
///     labels: new Dictionary&lt;string, string&gt; { ["markov (order 1, merged repeats, value-weighted)"] = "markov" });
/// Console.WriteLine(comparison.ToString(layout));
/// </code>
/// </example>
public sealed class ComparisonLayout
{
    private readonly Dictionary<string, string> _labels;

    /// <summary>Initializes a layout.</summary>
    /// <param name="conversions">Whether each model shows its credited conversions (default true).</param>
    /// <param name="shares">Whether each model shows each channel's share of its conversions, in percent (default false).</param>
    /// <param name="values">Whether each model shows its credited value (default true).</param>
    /// <param name="labels">Header labels by model name (ordinal); null for none.</param>
    /// <param name="maxWidth">The widest a line of text may be, at least 20; null for no limit.</param>
    /// <exception cref="ArgumentException">No column is chosen, or a label is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxWidth"/> is below 20.</exception>
    public ComparisonLayout(bool conversions = true, bool shares = false, bool values = true, IReadOnlyDictionary<string, string>? labels = null, int? maxWidth = null)
    {
        if (!conversions && !shares && !values)
        {
            Guard.ThrowArgument(nameof(values), "a layout must show at least one column per model: conversions, shares or values.");
        }

        if (maxWidth is { } width && width < 20)
        {
            Guard.ThrowOutOfRange(nameof(maxWidth), width, "must be at least 20 characters");
        }

        _labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, label) in labels ?? new Dictionary<string, string>())
        {
            if (string.IsNullOrWhiteSpace(label))
            {
                Guard.ThrowArgument(nameof(labels), $"labels[{Guard.Format(name)}] must be a non-empty label.");
            }

            _labels[name] = label.Trim();
        }

        Conversions = conversions;
        Shares = shares;
        Values = values;
        MaxWidth = maxWidth;
    }

    /// <summary>Gets the default layout: conversions and value per model, no labels, no width limit.</summary>
    public static ComparisonLayout Default { get; } = new();

    /// <summary>Gets whether each model shows its credited conversions.</summary>
    public bool Conversions { get; }

    /// <summary>Gets whether each model shows each channel's share of its conversions.</summary>
    public bool Shares { get; }

    /// <summary>Gets whether each model shows its credited value.</summary>
    public bool Values { get; }

    /// <summary>Gets the widest a line may be, or null for no limit.</summary>
    public int? MaxWidth { get; }

    /// <summary>Returns the header label of a model: its label, or its name when it has none.</summary>
    /// <param name="modelName">The model's name.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="modelName"/> is null.</exception>
    public string Label(string modelName)
    {
        Guard.NotNull(modelName);
        return _labels.TryGetValue(modelName, out var label) ? label : modelName;
    }
}
