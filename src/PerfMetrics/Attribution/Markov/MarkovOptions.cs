using System.Diagnostics;
using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>Immutable options of Markov removal-effect attribution: chain order, treatment of repeats, value mode.</summary>
/// <remarks>
/// The defaults (<see cref="Default"/>) are order 1, consecutive repeats merged, value-weighted value credit. For order 1
/// the result does not depend on <see cref="KeepRepeats"/> (a self-loop only delays absorption). Immutable and thread-safe.
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is outside 1 to 4, or <paramref name="valueMode"/> is not a defined mode.</exception>
    public MarkovOptions(int order = 1, bool keepRepeats = false, MarkovValueMode valueMode = MarkovValueMode.ValueWeighted)
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
    }

    /// <summary>Gets the default options: order 1, repeats merged, value-weighted value.</summary>
    public static MarkovOptions Default { get; } = new();

    /// <summary>Gets the order k: a state is the last k channels seen (fewer at the start of a path).</summary>
    public int Order { get; }

    /// <summary>Gets a value indicating whether consecutive repeats of a channel stay as self-transitions.</summary>
    public bool KeepRepeats { get; }

    /// <summary>Gets how value is credited.</summary>
    public MarkovValueMode ValueMode { get; }

    /// <summary>Returns invariant text such as <c>order 2, repeats merged, value-weighted</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"order {Order}, {(KeepRepeats ? "repeats kept" : "repeats merged")}, {(ValueMode == MarkovValueMode.ValueWeighted ? "value-weighted" : "conversion-share")}");

    internal bool SameChain(MarkovOptions other) => Order == other.Order && KeepRepeats == other.KeepRepeats;
}
