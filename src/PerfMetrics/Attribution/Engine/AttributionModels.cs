using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>
/// The built-in attribution models: the rule-based ones and the data-driven ones (Markov removal effects,
/// conversion-probability Shapley). Each is an immutable, thread-safe <see cref="IAttributionModel"/>.
/// </summary>
/// <remarks>
/// Apply any of them, in one call or side by side, with <see cref="AttributionEngine"/>:
/// <c>AttributionEngine.Compare(table, [AttributionModels.FirstTouch, AttributionModels.Linear, AttributionModels.Markov(new MarkovOptions(order: 2)), AttributionModels.Shapley])</c>.
/// The rule weights below are per touch; the engine normalises them per path and adds up a channel's touches, so a
/// channel touched twice earns both touches' credit. The data-driven models are fitted to the table being attributed.
/// </remarks>
public static class AttributionModels
{
    /// <summary>Gets the first-touch model: the oldest touch earns all the credit.</summary>
    /// <remarks>Path <c>a &gt; b &gt; c</c>: a 1, b 0, c 0.</remarks>
    public static IAttributionModel FirstTouch { get; } = new FirstTouchModel();

    /// <summary>Gets the last-touch model: the touch just before the conversion earns all the credit.</summary>
    /// <remarks>Path <c>a &gt; b &gt; c</c>: a 0, b 0, c 1.</remarks>
    public static IAttributionModel LastTouch { get; } = new LastTouchModel();

    /// <summary>Gets the linear model: every touch earns an equal share, so a channel seen k times in n touches earns k/n.</summary>
    /// <remarks>Path <c>a &gt; b &gt; a &gt; c</c>: a 2/4, b 1/4, c 1/4.</remarks>
    public static IAttributionModel Linear { get; } = new LinearModel();

    /// <summary>
    /// Gets the simplified Shapley model (Zhao et al. 2018): each converting path's credit is split equally over its
    /// distinct channels, however often each occurs.
    /// </summary>
    /// <remarks>
    /// With the worth of a coalition S defined as the conversions of the paths whose distinct channel set is a subset of
    /// S, the Shapley value has this closed form (each path is a unanimity game over its channel set), computed in
    /// linear time. Path <c>a &gt; b &gt; a &gt; c</c>: a 1/3, b 1/3, c 1/3; on paths without repeated channels it equals
    /// <see cref="Linear"/>. Source: K. Zhao, S. H. Mahboobi, S. R. Bagheri, "Shapley Value Methods for Attribution
    /// Modeling in Online Advertising", arXiv:1804.05327 (2018).
    /// </remarks>
    public static IAttributionModel SimplifiedShapley { get; } = new SimplifiedShapleyModel();

    /// <summary>Returns the last non-direct model with the channel named <c>direct</c> as the only direct channel.</summary>
    /// <returns>The model; see <see cref="LastNonDirect(IEnumerable{Channel})"/>.</returns>
    public static IAttributionModel LastNonDirect() => new LastNonDirectModel([new Channel("direct")]);

    /// <summary>
    /// Returns the last non-direct model: the last touch that is not a direct channel earns all the credit; when every
    /// touch is direct, the last touch does (falls back to last touch).
    /// </summary>
    /// <param name="directChannels">The channels that count as direct (for example <c>direct</c>, <c>(direct)</c>, <c>typed</c>); may be empty.</param>
    /// <returns>The model. Path <c>a &gt; direct &gt; direct</c>: a 1; path <c>direct &gt; direct</c>: the last direct 1.</returns>
    /// <remarks>Source: Google Analytics' "last non-direct click" model.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="directChannels"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directChannels"/> holds <c>default(Channel)</c>.</exception>
    public static IAttributionModel LastNonDirect(IEnumerable<Channel> directChannels)
    {
        Guard.NotNull(directChannels);
        var set = new HashSet<Channel>();
        foreach (var channel in directChannels)
        {
            set.Add(Channel.Required(channel, nameof(directChannels)));
        }

        return new LastNonDirectModel(set);
    }

    /// <summary>
    /// Returns the position-based (U-shaped) model: the first touch earns <paramref name="firstShare"/>, the last touch
    /// <paramref name="lastShare"/>, and the rest is split equally over the touches between them.
    /// </summary>
    /// <param name="firstShare">The first touch's share, 0 to 1; 0.4 by default.</param>
    /// <param name="lastShare">The last touch's share, 0 to 1; 0.4 by default; <c>firstShare + lastShare</c> at most 1.</param>
    /// <returns>The model.</returns>
    /// <remarks>
    /// One touch earns 1. Two touches split in the ratio of the two shares (0.5 / 0.5 by default; equally when both
    /// shares are 0). Three or more: first, then <c>(1 - first - last) / (n - 2)</c> each, then last: 3 touches 0.4 / 0.2 /
    /// 0.4, 4 touches 0.4 / 0.1 / 0.1 / 0.4. Source: Google Ads' definition of position-based attribution (40% first, 40%
    /// last, 20% spread over the middle).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside 0 to 1, or NaN, or the two sum to more than 1.</exception>
    public static IAttributionModel PositionBased(double firstShare = 0.4, double lastShare = 0.4)
    {
        if (!(firstShare >= 0d && firstShare <= 1d))
        {
            Guard.ThrowOutOfRange(nameof(firstShare), firstShare, "must be between 0 and 1 inclusive");
        }

        if (!(lastShare >= 0d && lastShare <= 1d))
        {
            Guard.ThrowOutOfRange(nameof(lastShare), lastShare, "must be between 0 and 1 inclusive");
        }

        if (firstShare + lastShare > 1d + 1e-12)
        {
            Guard.ThrowOutOfRange(nameof(lastShare), lastShare, string.Create(CultureInfo.InvariantCulture, $"plus firstShare ({firstShare}) must be at most 1"));
        }

        return new PositionBasedModel(firstShare, lastShare);
    }

    /// <summary>
    /// Returns the time-decay model: a touch's weight halves for every <paramref name="halfLife"/> between it and the
    /// conversion, continuously: <c>weight = 2^(-age / halfLife)</c>, <c>age = conversion instant - touch instant</c>.
    /// </summary>
    /// <param name="halfLife">The half-life, positive; 7 days (what Google Ads uses) when null.</param>
    /// <returns>The model. Touches 14, 7 and 0 days before the conversion, half-life 7 days: weights 1/4, 1/2, 1, shares 1/7, 2/7, 4/7.</returns>
    /// <remarks>
    /// Needs timestamps, so it attributes journeys (conversions with touchpoints) only; applied to a path table the
    /// engine throws an <see cref="ArgumentException"/>. Weights are computed relative to the most recent touch (the same
    /// shares, and no underflow for old journeys). Source: Google Ads' time-decay model (7-day half-life).
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="halfLife"/> is zero or negative.</exception>
    public static IAttributionModel TimeDecay(Duration? halfLife = null)
    {
        var value = halfLife ?? Duration.FromDays(7);
        if (value <= Duration.Zero)
        {
            Guard.ThrowOutOfRange(nameof(halfLife), value, "must be positive");
        }

        return new TimeDecayModel(value);
    }

    /// <summary>Gets the conversion-probability Shapley model, fitted to the table being attributed (at most 20 channels).</summary>
    /// <remarks>
    /// The engine fits <see cref="ShapleyModel.Fit(PathTable)"/> on the table it attributes and credits the positive parts
    /// of the Shapley values; to inspect the raw values, or to fit once and reuse, fit a <see cref="ShapleyModel"/> and pass it
    /// to the engine instead. A table with more than 20 channels makes the engine throw an <see cref="ArgumentException"/>
    /// (use <see cref="SimplifiedShapley"/>).
    /// </remarks>
    public static IAttributionModel Shapley { get; } = new ShapleyFit();

    /// <summary>Returns the Markov removal-effect model, fitted to each table being attributed with <paramref name="options"/>.</summary>
    /// <param name="options">The chain's options (order, repeats, value mode); <see cref="MarkovOptions.Default"/> (order 1) when null.</param>
    /// <returns>The model, named like the fitted one (<c>markov (order 2)</c>).</returns>
    /// <remarks>
    /// The engine fits <see cref="MarkovModel.Fit(PathTable, MarkovOptions)"/> with these options on the table it
    /// attributes; to inspect the chain, or to fit once and reuse, fit a <see cref="MarkovModel"/> and pass it to the
    /// engine instead.
    /// </remarks>
    /// <example><c>AttributionEngine.Compare(table, [AttributionModels.LastTouch, AttributionModels.Markov(new MarkovOptions(order: 2))])</c></example>
    public static IAttributionModel Markov(MarkovOptions? options = null) => new MarkovFit(options ?? MarkovOptions.Default);

    /// <summary>Fits a Markov chain to each table it attributes.</summary>
    private sealed class MarkovFit(MarkovOptions options) : IAttributionModel, ITableModel
    {
        public string Name { get; } = options.ModelName;

        public void Weigh(AttributionPath path, Span<double> weights) => MarkovModel.ThrowNotPerPath(Name);

        public (double[] Conversions, double[] Value, double TotalConversions) Ratios(PathTable table, Channel[] channels) =>
            MarkovModel.Fit(table, options).Ratios(table, channels, fittedToTable: true);
    }

    /// <summary>Fits the conversion-probability Shapley value to each table it attributes.</summary>
    private sealed class ShapleyFit : IAttributionModel, ITableModel
    {
        public string Name => ShapleyModel.ModelName;

        public void Weigh(AttributionPath path, Span<double> weights) => MarkovModel.ThrowNotPerPath(Name);

        public (double[] Conversions, double[] Value, double TotalConversions) Ratios(PathTable table, Channel[] channels) =>
            ((ITableModel)ShapleyModel.Fit(table)).Ratios(table, channels);
    }

    private sealed class FirstTouchModel : IAttributionModel
    {
        public string Name => "first touch";

        public void Weigh(AttributionPath path, Span<double> weights)
        {
            path.CheckWeights(weights);
            weights[0] = 1d;
        }
    }

    private sealed class LastTouchModel : IAttributionModel
    {
        public string Name => "last touch";

        public void Weigh(AttributionPath path, Span<double> weights)
        {
            path.CheckWeights(weights);
            weights[^1] = 1d;
        }
    }

    private sealed class LinearModel : IAttributionModel
    {
        public string Name => "linear";

        public void Weigh(AttributionPath path, Span<double> weights)
        {
            path.CheckWeights(weights);
            weights.Fill(1d);
        }
    }

    private sealed class SimplifiedShapleyModel : IAttributionModel
    {
        /// <summary>Longest path weighed by the quadratic scan (at most 32 x 32 comparisons).</summary>
        private const int ShortPath = 32;

        public string Name => "simplified Shapley";

        public void Weigh(AttributionPath path, Span<double> weights)
        {
            path.CheckWeights(weights);
            // Each distinct channel gets 1 in total, shared by its occurrences, so the channel's sum is independent of repeats.
            var ids = path.ChannelIds;
            if (ids.Length > ShortPath)
            {
                WeighLong(ids, weights);
                return;
            }

            // Short paths (almost all of them): counting by a nested scan is cheaper than any lookup structure.
            for (var i = 0; i < ids.Length; i++)
            {
                var occurrences = 0;
                foreach (var id in ids)
                {
                    if (id == ids[i])
                    {
                        occurrences++;
                    }
                }

                weights[i] = 1d / occurrences;
            }
        }

        /// <summary>Counts occurrences in a dictionary: linear time, so a path of 100,000 touches takes milliseconds, not minutes.</summary>
        private static void WeighLong(ReadOnlySpan<int> ids, Span<double> weights)
        {
            var occurrences = new Dictionary<int, int>();
            foreach (var id in ids)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(occurrences, id, out _)++;
            }

            for (var i = 0; i < ids.Length; i++)
            {
                weights[i] = 1d / occurrences[ids[i]];
            }
        }
    }

    private sealed class LastNonDirectModel(HashSet<Channel> direct) : IAttributionModel
    {
        public string Name => "last non-direct";

        public void Weigh(AttributionPath path, Span<double> weights)
        {
            path.CheckWeights(weights);
            for (var i = path.Length - 1; i >= 0; i--)
            {
                if (!direct.Contains(path[i]))
                {
                    weights[i] = 1d;
                    return;
                }
            }

            weights[^1] = 1d;
        }
    }

    private sealed class PositionBasedModel(double first, double last) : IAttributionModel
    {
        public string Name { get; } = first == 0.4 && last == 0.4
            ? "position-based"
            : string.Create(CultureInfo.InvariantCulture, $"position-based ({first:0.###} / {last:0.###})");

        public void Weigh(AttributionPath path, Span<double> weights)
        {
            path.CheckWeights(weights);
            var n = weights.Length;
            switch (n)
            {
                case 1:
                    weights[0] = 1d;
                    return;
                case 2:
                    var ends = first + last;
                    weights[0] = ends > 0d ? first / ends : 0.5;
                    weights[1] = ends > 0d ? last / ends : 0.5;
                    return;
                default:
                    var middle = Math.Max(0d, 1d - first - last) / (n - 2);
                    weights[1..^1].Fill(middle);
                    weights[0] = first;
                    weights[^1] = last;
                    return;
            }
        }
    }

    private sealed class TimeDecayModel(Duration halfLife) : IAttributionModel
    {
        private readonly double _halfLifeNanoseconds = halfLife.TotalNanoseconds;

        public string Name { get; } = halfLife == Duration.FromDays(7)
            ? "time decay"
            : $"time decay (half-life {halfLife.ToString("D:hh:mm:ss", CultureInfo.InvariantCulture)})";

        public void Weigh(AttributionPath path, Span<double> weights)
        {
            path.CheckWeights(weights);
            // Relative to the newest touch: same shares as relative to the conversion, and the newest weight is exactly 1.
            var newest = path.TouchedAt(path.Length - 1);
            for (var i = 0; i < weights.Length; i++)
            {
                var age = (newest - path.TouchedAt(i)).TotalNanoseconds;
                weights[i] = double.Exp2(-age / _halfLifeNanoseconds);
            }
        }
    }
}
