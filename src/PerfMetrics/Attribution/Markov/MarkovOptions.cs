using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>Immutable options of Markov removal-effect attribution: chain order, treatment of repeats, value mode, and how many threads may work.</summary>
/// <remarks>
/// The defaults (<see cref="Default"/>) are order 1, consecutive repeats merged, value-weighted value credit, no limit on
/// threads. For order 1 the result does not depend on <see cref="KeepRepeats"/> (a self-loop only delays absorption). The
/// result never depends on <see cref="MaxDegreeOfParallelism"/> (the same rule as <see cref="PerfMetrics.Lifetime.FitOptions"/>):
/// each removal effect and each partition's counts are computed independently and combined in a fixed order.
/// Immutable and thread-safe.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class MarkovOptions
{
    /// <summary>The highest supported order.</summary>
    public const int MaxOrder = 4;

    /// <summary>Creates options.</summary>
    /// <param name="order">The order k, 1 to <see cref="MaxOrder"/>: a state is the last k channels seen.</param>
    /// <param name="keepRepeats">
    /// <see langword="false"/> (default) merges consecutive repeats of a channel (<c>a &gt; a &gt; b</c> is <c>a &gt; b</c>);
    /// <see langword="true"/> keeps them as self-transitions.
    /// </param>
    /// <param name="valueMode">How value is credited; <see cref="MarkovValueMode.ValueWeighted"/> by default.</param>
    /// <param name="maxDegreeOfParallelism">
    /// The most threads solving removal effects (and counting partitions, <see cref="MarkovCounts.OfPartitions"/>) at once:
    /// -1 (default) lets the runtime decide, 1 works on the calling thread. The result is the same for every value.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is outside 1 to 4, <paramref name="valueMode"/> is not a defined mode, or <paramref name="maxDegreeOfParallelism"/> is 0 or below -1.</exception>
    public MarkovOptions(int order = 1, bool keepRepeats = false, MarkovValueMode valueMode = MarkovValueMode.ValueWeighted, int maxDegreeOfParallelism = -1)
    {
        if (order is < 1 or > MaxOrder)
        {
            Guard.ThrowOutOfRange(nameof(order), order, "must be from 1 to 4");
        }

        if (valueMode is not (MarkovValueMode.ValueWeighted or MarkovValueMode.ConversionShare))
        {
            Guard.ThrowOutOfRange(nameof(valueMode), valueMode, "must be ValueWeighted or ConversionShare");
        }

        Order = order;
        KeepRepeats = keepRepeats;
        ValueMode = valueMode;
        MaxDegreeOfParallelism = Guard.DegreeOfParallelism(maxDegreeOfParallelism);
    }

    /// <summary>Gets the default options: order 1, repeats merged, value-weighted value.</summary>
    public static MarkovOptions Default { get; } = new();

    /// <summary>Gets the order k: a state is the last k channels seen (fewer at the start of a path).</summary>
    public int Order { get; }

    /// <summary>Gets a value indicating whether consecutive repeats of a channel stay as self-transitions.</summary>
    public bool KeepRepeats { get; }

    /// <summary>Gets how value is credited.</summary>
    public MarkovValueMode ValueMode { get; }

    /// <summary>Gets the most threads working at once; -1 means no limit. It never changes the result.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>
    /// The name of a Markov model with these options, one rule for the fitted and the catalog model: <c>markov (order 2)</c>
    /// with the defaults, plus each option that changes the credit (<c>markov (order 2, repeats kept, conversion-share)</c>),
    /// so two columns of a comparison never share a name. Repeats are named only from order 2 (at order 1 they change nothing).
    /// </summary>
    internal string ModelName =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"markov (order {Order}{(KeepRepeats && Order > 1 ? ", repeats kept" : string.Empty)}{(ValueMode == MarkovValueMode.ConversionShare ? ", conversion-share" : string.Empty)})");

    /// <summary>Returns invariant text such as <c>order 2, repeats merged, value-weighted</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"order {Order}, {(KeepRepeats ? "repeats kept" : "repeats merged")}, {(ValueMode == MarkovValueMode.ValueWeighted ? "value-weighted" : "conversion-share")}");

    internal bool SameChain(MarkovOptions other) => Order == other.Order && KeepRepeats == other.KeepRepeats;
}
