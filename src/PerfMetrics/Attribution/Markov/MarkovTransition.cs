using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>One transition of a fitted Markov chain: from a state to a state, with its weighted count and probability.</summary>
/// <remarks><c>default(MarkovTransition)</c> is START to START with count and probability 0; chains never contain it. Equality compares all members exactly.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public readonly struct MarkovTransition : IEquatable<MarkovTransition>, IEqualityOperators<MarkovTransition, MarkovTransition, bool>
{
    private readonly MarkovState _from;
    private readonly MarkovState _to;
    private readonly double _count;
    private readonly double _probability;

    internal MarkovTransition(MarkovState from, MarkovState to, double count, double probability)
    {
        _from = from;
        _to = to;
        _count = count;
        _probability = probability;
    }

    /// <summary>Gets the state the transition leaves (START or a channel state).</summary>
    public MarkovState From => _from;

    /// <summary>Gets the state the transition enters (a channel state, CONVERSION or NULL).</summary>
    public MarkovState To => _to;

    /// <summary>Gets the weighted count: path rows' conversions + nulls (into CONVERSION: conversions; into NULL: nulls).</summary>
    public double Count => _count;

    /// <summary>Gets the transition probability: the count over all counts leaving <see cref="From"/>.</summary>
    public double Probability => _probability;

    /// <summary>Returns invariant text such as <c>email -&gt; (conversion): 0.25 (12)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_from} -> {_to}: {Metrics.Display.Number(_probability)} ({Metrics.Display.Quantity(_count)})");

    /// <inheritdoc/>
    public bool Equals(MarkovTransition other) =>
        _from == other._from && _to == other._to && _count.Equals(other._count) && _probability.Equals(other._probability);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MarkovTransition other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_from, _to, _count, _probability);

    /// <summary>Compares two transitions for equality.</summary>
    /// <param name="left">The first transition.</param>
    /// <param name="right">The second transition.</param>
    /// <returns><see langword="true"/> when all members are equal.</returns>
    public static bool operator ==(MarkovTransition left, MarkovTransition right) => left.Equals(right);

    /// <summary>Compares two transitions for inequality.</summary>
    /// <param name="left">The first transition.</param>
    /// <param name="right">The second transition.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MarkovTransition left, MarkovTransition right) => !left.Equals(right);
}
