using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using PerfMetrics.Internal;
using PerfMetrics.Json;

namespace PerfMetrics.Attribution;

/// <summary>
/// The conversion-probability Shapley value, fitted exactly over all coalitions of channels; exposes the raw Shapley
/// values and, as an <see cref="IAttributionModel"/> applied by <see cref="AttributionEngine"/>, credits channels by
/// their positive parts.
/// </summary>
/// <remarks>
/// <para>
/// Worth of a coalition S: conversions / (conversions + nulls) over the paths whose distinct channel set is a subset of S
/// (what the coalition converts on its own); the empty coalition and a coalition with no such path are worth 0. The
/// Shapley value of channel i is the sum over coalitions S without i of |S|! (n - |S| - 1)! / n! x (v(S + i) - v(S)).
/// All 2^n coalitions are enumerated as bitmasks (subset sums by the zeta transform, then one pass over the masks), so
/// n is limited to <see cref="MaxChannels"/>; the simplified closed form (<see cref="AttributionModels.SimplifiedShapley"/>)
/// has no limit.
/// </para>
/// <para>
/// Marginal contributions can be negative in this game (adding a channel whose paths rarely convert lowers the rate), so
/// the credits are the positive parts of the Shapley values, normalised to the total conversions and to the total value
/// (value allocated by the engine's largest-remainder method). The raw values, which sum to v(all channels), are in
/// <see cref="Values"/>.
/// </para>
/// <para>
/// Fit once, use many times: <c>AttributionEngine.Attribute(table, shapley)</c> credits the table's totals over the
/// table's channels in proportion to these positive parts (channels the model does not know earn nothing);
/// <c>AttributionModels.Shapley</c> fits on the table being attributed instead. <see cref="IAttributionModel.Weigh"/>
/// throws: the Shapley value belongs to the whole table, not to one path.
/// </para>
/// <para>
/// Deterministic: counts are aggregated per channel set in integer fixed point and channels are numbered in ordinal order
/// of names, so row order and partitioning do not change a bit of the output. Immutable and thread-safe.
/// </para>
/// <para>Source: L. S. Shapley (1953); K. Zhao, S. H. Mahboobi, S. R. Bagheri, arXiv:1804.05327 (2018).</para>
/// </remarks>
[DebuggerDisplay("{Name,nq}: {Values.Count} channels")]
[JsonConverter(typeof(PerfMetricsJsonConverterFactory))]
public sealed class ShapleyModel : IAttributionModel, ITableModel
{
    /// <summary>The most channels the exact enumeration accepts (2^20 coalitions).</summary>
    public const int MaxChannels = 20;

    private readonly Channel[] _channels;
    private readonly double[] _values;

    private ShapleyModel(Channel[] channels, double[] values)
    {
        _channels = channels;
        _values = values;
        var records = new ChannelShapleyValue[channels.Length];
        for (var i = 0; i < records.Length; i++)
        {
            records[i] = new ChannelShapleyValue(channels[i], values[i]);
        }

        Values = new ChannelList<ChannelShapleyValue>(records, static value => value.Channel);
    }

    /// <summary>
    /// Rebuilds a fitted model from stored parts (JSON), checking what <see cref="Fit"/> guarantees: at most
    /// <see cref="MaxChannels"/> distinct named channels with Shapley values in [-1, 1] (marginal changes of a conversion
    /// rate). Channels may come in any order; they are put in ordinal order of names with their values.
    /// </summary>
    /// <exception cref="ArgumentException">A part breaks one of those rules (the message names it and the value).</exception>
    internal static ShapleyModel FromStored(IReadOnlyList<ChannelShapleyValue> channels)
    {
        if (channels.Count > MaxChannels)
        {
            Guard.ThrowArgument(nameof(channels), string.Create(CultureInfo.InvariantCulture, $"channels must number at most {MaxChannels}, was {channels.Count}."));
        }

        var sorted = channels.OrderBy(c => c.Channel, Comparer<Channel>.Create((a, b) => a.CompareTo(b))).ToArray();
        for (var i = 0; i < sorted.Length; i++)
        {
            var channel = sorted[i].Channel;
            var value = sorted[i].Value;
            if (channel.IsDefault)
            {
                Guard.ThrowArgument(nameof(channels), "channels must be named, one was default(Channel).");
            }

            if (i > 0 && sorted[i - 1].Channel == channel)
            {
                Guard.ThrowArgument(nameof(channels), $"channels must be distinct, \"{channel}\" appears twice.");
            }

            // 1e-12 of slack for the rounding of the weighted sum; a value of 1.5 is still refused.
            if (!(Math.Abs(value) <= 1d + 1e-12))
            {
                Guard.ThrowOutOfRange(nameof(channels), value, string.Create(CultureInfo.InvariantCulture, $"the Shapley value of \"{channel}\" must be a number in [-1, 1] (a change in conversion rate)"));
            }
        }

        return new ShapleyModel([.. sorted.Select(c => c.Channel)], [.. sorted.Select(c => c.Value)]);
    }

    /// <summary>Gets the model name used in results: <c>shapley (conversion probability)</c>.</summary>
    public string Name => ModelName;

    /// <summary>The name of the model in results.</summary>
    internal const string ModelName = "shapley (conversion probability)";

    /// <summary>
    /// Gets each channel's raw Shapley value, in ordinal order of channel names (may be negative; they sum to the worth of
    /// the coalition of all channels); look one up with <see cref="ChannelList{T}.Get(Channel)"/>.
    /// </summary>
    public ChannelList<ChannelShapleyValue> Values { get; }

    /// <summary>Fits the conversion-probability Shapley value to a path table.</summary>
    /// <param name="table">The paths; at most <see cref="MaxChannels"/> channels.</param>
    /// <returns>The fitted model.</returns>
    /// <example>
    /// <code>
    /// var shapley = ShapleyModel.Fit(table);
    /// AttributionResult credit = AttributionEngine.Attribute(table, shapley);
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The table has more than 20 channels (use <see cref="AttributionModels.SimplifiedShapley"/>).</exception>
    public static ShapleyModel Fit(PathTable table)
    {
        Guard.NotNull(table);
        var channels = table.ChannelArray;
        var n = channels.Length;
        if (n > MaxChannels)
        {
            Guard.ThrowArgument(
                nameof(table),
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"table must have at most {MaxChannels} channels for the exact conversion-probability Shapley value (it enumerates 2^n coalitions), was {n} channels; use AttributionModels.SimplifiedShapley, whose closed form has no limit."));
        }

        var sorted = (Channel[])channels.Clone();
        var ids = new int[n];
        for (var i = 0; i < n; i++)
        {
            ids[i] = i;
        }

        Array.Sort(sorted, ids, Comparer<Channel>.Create((a, b) => a.CompareTo(b)));
        var bitOf = new int[n];
        for (var rank = 0; rank < n; rank++)
        {
            bitOf[ids[rank]] = 1 << rank;
        }

        var size = 1 << n;
        var conversionsFixed = new Int128[size];
        var nullsFixed = new Int128[size];
        var conversions = table.ConversionCounts;
        var nulls = table.NullCounts;
        for (var row = 0; row < table.Count; row++)
        {
            if (conversions[row] == 0d && nulls[row] == 0d)
            {
                continue;
            }

            var mask = 0;
            foreach (var id in table.Sequence(row))
            {
                mask |= bitOf[id];
            }

            conversionsFixed[mask] += MarkovCounts.ToFixed(conversions[row]);
            nullsFixed[mask] += MarkovCounts.ToFixed(nulls[row]);
        }

        // Subset sums (zeta transform): after it, entry S holds the counts of all paths whose channel set is within S.
        for (var bit = 1; bit < size; bit <<= 1)
        {
            for (var s = 0; s < size; s++)
            {
                if ((s & bit) != 0)
                {
                    conversionsFixed[s] += conversionsFixed[s ^ bit];
                    nullsFixed[s] += nullsFixed[s ^ bit];
                }
            }
        }

        var worth = new double[size];
        for (var s = 0; s < size; s++)
        {
            var all = conversionsFixed[s] + nullsFixed[s];
            worth[s] = all == Int128.Zero ? 0d : (double)conversionsFixed[s] / (double)all;
        }

        return new ShapleyModel(sorted, Enumerate(n, worth));
    }

    /// <summary>Throws: the Shapley value credits a whole table through <see cref="AttributionEngine"/>, not one path.</summary>
    /// <param name="path">Ignored.</param>
    /// <param name="weights">Ignored.</param>
    /// <exception cref="ArgumentException">Always.</exception>
    void IAttributionModel.Weigh(AttributionPath path, Span<double> weights) => MarkovModel.ThrowNotPerPath(Name);

    /// <inheritdoc/>
    (double[] Conversions, double[] Value, double TotalConversions) ITableModel.Ratios(PathTable table, Channel[] channels)
    {
        var positive = new double[channels.Length];
        var byName = Comparer<Channel>.Create((a, b) => a.CompareTo(b));
        for (var i = 0; i < channels.Length; i++)
        {
            var at = Array.BinarySearch(_channels, channels[i], byName);
            positive[i] = at >= 0 ? Math.Max(0d, _values[at]) : 0d;
        }

        return (positive, positive, table.TotalConversions);
    }

    /// <summary>Returns the name and each channel's raw Shapley value as invariant text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join('\n', _channels.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"  {c}: {Metrics.Display.Number(_values[i])}")).Prepend(Name));

    /// <summary>Shapley values of the game with the given worth per coalition bitmask (worth[0] is v of the empty set).</summary>
    internal static double[] Enumerate(int n, double[] worth)
    {
        // weight[k] = k! (n - k - 1)! / n!, the share of orderings in which exactly the k members of S precede i.
        var weight = new double[Math.Max(n, 1)];
        for (var k = 0; k < n; k++)
        {
            var w = 1d / n;
            for (var j = 1; j <= k; j++)
            {
                w *= (double)j / (n - k - 1 + j);
            }

            weight[k] = w;
        }

        var values = new double[n];
        var size = 1 << n;
        for (var s = 0; s < size; s++)
        {
            var w = weight[Math.Min(BitOperations.PopCount((uint)s), Math.Max(n - 1, 0))];
            var vs = worth[s];
            for (var i = 0; i < n; i++)
            {
                var bit = 1 << i;
                if ((s & bit) == 0)
                {
                    values[i] += w * (worth[s | bit] - vs);
                }
            }
        }

        return values;
    }
}
