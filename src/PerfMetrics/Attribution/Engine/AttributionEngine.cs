using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using NodaTime;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>
/// Applies any <see cref="IAttributionModel"/>, rule-based or data-driven, to a path table or to journeys, alone
/// (<c>Attribute</c>) or side by side (<c>Compare</c>), and owns the invariants of attribution: conservation of
/// conversions, exact conservation of value in minor units, non-negative credit (see docs/attribution.md).
/// </summary>
/// <remarks>
/// <para>
/// Rule models: for every path with conversions or value, the engine asks the model for one weight per touch, checks
/// them (finite, non-negative, not all zero), normalises them to shares, and adds <c>share x conversions</c> to each
/// touched channel's credited conversions (<see cref="double"/>). Paths with only nulls earn nothing and are not shown
/// to the model. Data-driven models (<see cref="MarkovModel"/>, <see cref="ShapleyModel"/>,
/// <see cref="AttributionModels.Markov"/>, <see cref="AttributionModels.Shapley"/>) give one credit ratio per channel of
/// the whole table instead; the engine credits <c>ratio / sum of ratios x total conversions</c>.
/// </para>
/// <para>
/// Value is apportioned once, at the end, by one internal step for every model: each channel's exact value share in
/// integer fixed point (summed per touch for rule models, so the result does not depend on row order), snapped to
/// 2^-20 minor units, then the total value, rounded to minor units, split over those shares by the largest-remainder
/// method. Credited values therefore sum exactly to the rounded total, and each is within one minor unit of its exact
/// share. Ties go to the channel whose name sorts first.
/// </para>
/// <para>Pure and thread-safe: the inputs are immutable and nothing is cached between calls.</para>
/// </remarks>
public static class AttributionEngine
{
    /// <summary>Attributes the conversions and value of a path table with a model.</summary>
    /// <param name="table">The paths.</param>
    /// <param name="model">Any model: rule-based, data-driven from <see cref="AttributionModels"/>, or a fitted <see cref="MarkovModel"/> / <see cref="ShapleyModel"/>; time decay needs timestamps and cannot attribute a path table.</param>
    /// <returns>Credit per channel of the table (every channel listed, in ordinal order of names).</returns>
    /// <example>
    /// <code>
    /// var table = PathTable.ReadCsv(reader, Currency.Usd);
    /// var result = AttributionEngine.Attribute(table, AttributionModels.Linear);
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The model returned a negative, NaN or infinite weight, or only zeros, for a path; or it needs timestamps (time
    /// decay), which a path table does not have. The message names the model and the path.
    /// </exception>
    /// <exception cref="InvalidOperationException">
    /// A data-driven model gives no channel of the table a positive share while the table has conversions or value (for
    /// example value but not a single conversion, or a fitted model that knows none of the table's channels).
    /// </exception>
    /// <exception cref="OverflowException">The total value in minor units exceeds 96 bits (above about 7.9e26 USD).</exception>
    public static AttributionResult Attribute(PathTable table, IAttributionModel model)
    {
        Guard.NotNull(table);
        Guard.NotNull(model);
        if (model is ITableModel fitted)
        {
            return Credit(model.Name, fitted, table);
        }

        var paths = new Paths(table.ChannelArray, table.Touches, table.Offsets, table.Count, table.ConversionArray, table.ValueDoubles, null, null);
        return Run(model, paths, table.Currency, table.TotalConversions, table.TotalValue);
    }

    /// <summary>Attributes conversions (journeys with timestamped touchpoints) with a model; each conversion counts 1.</summary>
    /// <param name="conversions">The conversions; each needs at least one touchpoint.</param>
    /// <param name="currency">The currency of the values; conversions with <c>default(Money)</c> value count as zero.</param>
    /// <param name="model">The model.</param>
    /// <returns>Credit per channel touched (every channel listed, in ordinal order of names).</returns>
    /// <remarks>Conversions of either <see cref="ConversionKind"/> count alike; filter first to attribute only acquisitions.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="conversions"/> or <paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A conversion is null;
    /// <paramref name="currency"/> is <c>default(Currency)</c>; a conversion has no touchpoints; or the model returned a
    /// negative, NaN or infinite weight, or only zeros (the message names the model and the path).
    /// </exception>
    /// <exception cref="CurrencyMismatchException">A conversion's value is in another currency.</exception>
    /// <exception cref="InvalidOperationException">A data-driven model gives no channel a positive share while the journeys have value.</exception>
    /// <exception cref="OverflowException">The total value exceeds <see cref="decimal"/>'s range or 96 bits of minor units.</exception>
    public static AttributionResult Attribute(IEnumerable<Conversion> conversions, Currency currency, IAttributionModel model)
    {
        Guard.NotNull(conversions);
        Guard.NotNull(model);
        PathTable.RequireCurrency(currency, nameof(currency));
        if (model is ITableModel fitted)
        {
            return Credit(model.Name, fitted, PathTable.FromJourneys(conversions, currency));
        }

        var (paths, totalConversions, totalValue) = FromJourneys(conversions, currency);
        return Run(model, paths, currency, totalConversions, new Money(totalValue, currency));
    }

    /// <summary>Attributes a path table with several models, rule-based and data-driven alike, and puts their credits side by side.</summary>
    /// <param name="table">The paths.</param>
    /// <param name="models">The models, in column order; at least one.</param>
    /// <returns>The comparison: one result per model, each equal to <see cref="Attribute(PathTable, IAttributionModel)"/> of that model.</returns>
    /// <example>
    /// <code>
    /// var comparison = AttributionEngine.Compare(
    ///     table, [AttributionModels.FirstTouch, AttributionModels.Linear, AttributionModels.Markov(new MarkovOptions(order: 2)), AttributionModels.Shapley]);
    /// Console.WriteLine(comparison);
    /// </code>
    /// </example>
    /// <exception cref="InvalidOperationException">A data-driven model cannot credit the table, as in <see cref="Attribute(PathTable, IAttributionModel)"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> or <paramref name="models"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="models"/> is empty or holds null, or a model fails as in <see cref="Attribute(PathTable, IAttributionModel)"/>.</exception>
    public static ModelComparison Compare(PathTable table, IEnumerable<IAttributionModel> models)
    {
        Guard.NotNull(table);
        return new ModelComparison([.. RequireModels(models).Select(model => Attribute(table, model))]);
    }

    /// <summary>Attributes conversions with several models and puts their credits side by side.</summary>
    /// <param name="conversions">The conversions; each needs at least one touchpoint.</param>
    /// <param name="currency">The currency of the values.</param>
    /// <param name="models">The models, in column order; at least one.</param>
    /// <returns>The comparison table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversions"/> or <paramref name="models"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="models"/> is empty or holds null, a conversion is null, or an input or model fails as in
    /// <see cref="Attribute(IEnumerable{Conversion}, Currency, IAttributionModel)"/>.
    /// </exception>
    /// <exception cref="CurrencyMismatchException">A conversion's value is in another currency.</exception>
    /// <exception cref="InvalidOperationException">A data-driven model cannot credit the journeys, as in <see cref="Attribute(IEnumerable{Conversion}, Currency, IAttributionModel)"/>.</exception>
    public static ModelComparison Compare(IEnumerable<Conversion> conversions, Currency currency, IEnumerable<IAttributionModel> models)
    {
        Guard.NotNull(conversions);
        var checkedModels = RequireModels(models);
        var list = conversions as IReadOnlyCollection<Conversion> ?? conversions.ToList();
        return new ModelComparison([.. checkedModels.Select(model => Attribute(list, currency, model))]);
    }

    // The comparison's columns are the models: an empty list or a null entry is reported against models, not results.
    private static IAttributionModel[] RequireModels(IEnumerable<IAttributionModel> models)
    {
        Guard.NotNull(models);
        var array = models.ToArray();
        if (array.Length == 0)
        {
            Guard.ThrowArgument(nameof(models), "models must hold at least one model, was empty.");
        }

        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
            {
                Guard.ThrowArgument(nameof(models), $"models[{i}] must not be null.");
            }
        }

        return array;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static AttributionResult Run(IAttributionModel model, Paths paths, Currency currency, double totalConversions, Money totalValue)
    {
        var name = model.Name ?? model.GetType().Name;
        var channelCount = paths.Channels.Length;
        var credited = new double[channelCount];
        var valueFixed = new Int128[channelCount];

        // Value shares accumulate as Int128 integers in units of 2^-scaleExponent minor units, chosen from the total
        // value so the whole total fits 2^121 units: the grid is far finer than a double's own precision for every
        // term (a grid tied to the largest row made small rows coarse next to one big row). Each touch's term is
        // rounded once, and integer sums do not depend on the order of rows.
        var totalMinorUnits = 0d;
        for (var row = 0; row < paths.RowCount; row++)
        {
            totalMinorUnits += paths.Values[row];
        }

        var scaleExponent = totalMinorUnits > 0d ? 120 - Math.ILogB(totalMinorUnits) : 0;
        var weights = new double[16];
        for (var row = 0; row < paths.RowCount; row++)
        {
            var conversions = paths.Conversions[row];
            var value = paths.Values[row];
            if (conversions == 0d && value == 0d)
            {
                continue;
            }

            var start = paths.Offsets[row];
            var length = paths.Offsets[row + 1] - start;
            var ids = paths.Touches.AsSpan(start, length);
            if (weights.Length < length)
            {
                weights = new double[Math.Max(length, weights.Length * 2)];
            }

            var w = weights.AsSpan(0, length);
            w.Clear();
            var path = paths.TouchedAt is null
                ? new AttributionPath(ids, paths.Channels, name)
                : new AttributionPath(ids, paths.Channels, paths.TouchedAt.AsSpan(start, length), paths.ConvertedAt![row], name);
            model.Weigh(path, w);

            var sum = 0d;
            for (var i = 0; i < w.Length; i++)
            {
                var weight = w[i];
                if (!(weight >= 0d) || double.IsPositiveInfinity(weight))
                {
                    ThrowBadWeight(name, path, i, weight);
                }

                sum += weight;
            }

            if (!(sum > 0d) || double.IsPositiveInfinity(sum))
            {
                Guard.ThrowArgument(
                    nameof(model),
                    string.Create(CultureInfo.InvariantCulture, $"model \"{name}\" must give at least one touch a positive weight and weights must sum to a finite number, summed to {sum} for the path \"{path.ToString()}\"."));
            }

            var conversionsPerWeight = conversions / sum;
            var scaledValuePerWeight = Math.ScaleB(value, scaleExponent) / sum;
            for (var i = 0; i < w.Length; i++)
            {
                var weight = w[i];
                if (weight == 0d)
                {
                    continue;
                }

                var id = ids[i];
                credited[id] += conversionsPerWeight * weight;
                valueFixed[id] += (Int128)Math.Round(scaledValuePerWeight * weight);
            }
        }

        var valueCredit = ValueCredit(totalValue, valueFixed, scaleExponent, paths.Channels);
        return BuildResult(name, currency, paths.Channels, credited, valueCredit, totalConversions, totalValue.Round());
    }

    /// <summary>
    /// Credits a table with a data-driven model: its channel-level ratios, normalised to the table's total conversions,
    /// and the table's total value apportioned over its value ratios, with the same result type as <see cref="Run"/>.
    /// </summary>
    private static AttributionResult Credit(string name, ITableModel model, PathTable table)
    {
        var channels = (Channel[])table.ChannelArray.Clone();
        Array.Sort(channels, (a, b) => a.CompareTo(b));
        var (conversionRatios, valueRatios, totalConversions) = model.Ratios(table, channels);
        var totalValue = table.TotalValue;
        var credited = new double[channels.Length];
        var sum = 0d;
        foreach (var r in conversionRatios)
        {
            Debug.Assert(r >= 0d && double.IsFinite(r), "ratios are finite and non-negative");
            sum += r;
        }

        if (sum > 0d)
        {
            for (var i = 0; i < credited.Length; i++)
            {
                credited[i] = conversionRatios[i] / sum * totalConversions;
            }
        }
        else if (totalConversions > 0d || totalValue.Round().Amount != 0m)
        {
            Guard.ThrowInvalidOperation(string.Create(
                CultureInfo.InvariantCulture,
                $"model \"{name}\" credits channels in proportion to what it fitted, and no channel of the table has a positive share, so the table's {totalConversions} conversions and {totalValue} of value cannot be credited (the fit needs at least one conversion on these channels)."));
        }

        // Ratios go to integers (the largest to 2^100, so even a tiny share keeps its double precision next to a large
        // one) and are apportioned without snapping (fraction bits == SnapBits).
        var max = 0d;
        foreach (var r in valueRatios)
        {
            Debug.Assert(r >= 0d && double.IsFinite(r), "ratios are finite and non-negative");
            max = Math.Max(max, r);
        }

        if (max == 0d && sum > 0d)
        {
            // No value ratio is positive (a fitted model on a table whose valued channels it credits nothing): split the
            // value like the conversions rather than evenly over channels the model gives no share.
            valueRatios = conversionRatios;
            foreach (var r in valueRatios)
            {
                max = Math.Max(max, r);
            }
        }

        var valueFixed = new Int128[channels.Length];
        if (max > 0d)
        {
            for (var i = 0; i < valueFixed.Length; i++)
            {
                valueFixed[i] = (Int128)Math.Round(Math.ScaleB(valueRatios[i] / max, 100));
            }
        }

        var valueCredit = ValueCredit(totalValue, valueFixed, Apportionment.SnapBits, channels);
        return BuildResult(name, table.Currency, channels, credited, valueCredit, totalConversions, totalValue.Round());
    }

    /// <summary>
    /// Turns exact value shares (2^-<paramref name="fractionBits"/> minor units, indexed like <paramref name="channels"/>)
    /// into money: the total, rounded to minor units, apportioned by <see cref="Apportionment"/> in ordinal order of
    /// channel names, so an exact tie goes to the name that sorts first.
    /// </summary>
    private static Money[] ValueCredit(Money totalValue, Int128[] valueFixed, int fractionBits, Channel[] channels)
    {
        var currency = totalValue.Currency;
        var credit = new Money[channels.Length];
        var rounded = totalValue.Round();
        if (rounded.Amount == 0m || channels.Length == 0)
        {
            Array.Fill(credit, Money.Zero(currency));
            return credit;
        }

        var order = SortedIds(channels);
        var shares = new Int128[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            shares[k] = valueFixed[order[k]];
        }

        var minorUnits = currency.MinorUnits;
        var parts = Apportionment.ToMinorUnits(LargestRemainder.ToMinorUnits(totalValue.Amount, minorUnits, "Attribution of the total value"), shares, fractionBits);
        for (var k = 0; k < order.Length; k++)
        {
            credit[order[k]] = new Money(LargestRemainder.FromMinorUnits(parts[k], minorUnits), currency);
        }

        return credit;
    }

    private static AttributionResult BuildResult(string name, Currency currency, Channel[] channels, double[] credited, Money[] valueCredit, double totalConversions, Money totalValue)
    {
        var order = SortedIds(channels);
        var credits = new ChannelCredit[channels.Length];
        for (var k = 0; k < order.Length; k++)
        {
            var id = order[k];
            double? share = totalConversions > 0d ? credited[id] / totalConversions : null;
            credits[k] = new ChannelCredit(channels[id], credited[id], valueCredit[id], share);
        }

        return new AttributionResult(name, currency, totalConversions, totalValue, credits);
    }

    private static int[] SortedIds(Channel[] channels)
    {
        var order = new int[channels.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => channels[a].CompareTo(channels[b]));
        return order;
    }

    private static void ThrowBadWeight(string name, AttributionPath path, int index, double weight) =>
        Guard.ThrowArgument(
            "model",
            string.Create(
                CultureInfo.InvariantCulture,
                $"model \"{name}\" must return finite non-negative weights, returned {weight} for touch {index} ({path[index]}) of the path \"{path.ToString()}\"."));

    private static (Paths Paths, double TotalConversions, decimal TotalValue) FromJourneys(IEnumerable<Conversion> conversions, Currency currency)
    {
        var interner = new ChannelInterner();
        var touches = new List<int>();
        var times = new List<Instant>();
        var offsets = new List<int> { 0 };
        var at = new List<Instant>();
        var values = new List<double>();
        var total = 0m;
        var index = 0;
        foreach (var conversion in conversions)
        {
            CheckAttributable(conversion, index, currency);

            foreach (var touchpoint in conversion.Touchpoints)
            {
                touches.Add(interner.GetOrAdd(touchpoint.Channel));
                times.Add(touchpoint.At);
            }

            offsets.Add(touches.Count);
            at.Add(conversion.At);
            values.Add(PathTable.ToMinorUnitsDouble(conversion.Value.Amount, currency));
            total += conversion.Value.Amount;
            index++;
        }

        var ones = new double[index];
        Array.Fill(ones, 1d);
        var paths = new Paths(interner.ToArray(), [.. touches], [.. offsets], index, ones, [.. values], [.. times], [.. at]);
        return (paths, index, total);
    }

    /// <summary>The engine's view of its input: interned sequences in one flat array, with per-row counts and optional times.</summary>
    private sealed record Paths(
        Channel[] Channels,
        int[] Touches,
        int[] Offsets,
        int RowCount,
        double[] Conversions,
        double[] Values,
        Instant[]? TouchedAt,
        Instant[]? ConvertedAt);

    /// <summary>
    /// Throws unless <c>conversions[index]</c> can be attributed: not null, at least one touchpoint, and its value in
    /// <paramref name="currency"/> (or <c>default(Money)</c>). Errors name the caller's <c>conversions</c> and the index;
    /// shared by <see cref="Attribute(IEnumerable{Conversion}, Currency, IAttributionModel)"/> and <see cref="PathTable.FromJourneys"/>.
    /// </summary>
    internal static void CheckAttributable([NotNull] Conversion? conversion, int index, Currency currency)
    {
        const string Conversions = "conversions";
        if (conversion is null)
        {
            Guard.ThrowArgument(Conversions, $"conversions[{index}] must not be null.");
        }

        if (conversion.Touchpoints.IsEmpty)
        {
            Guard.ThrowArgument(
                Conversions,
                $"conversions[{index}] must have at least one touchpoint (a conversion with no channel cannot be attributed), was {conversion}.");
        }

        if (!conversion.Value.IsDefault && conversion.Value.Currency != currency)
        {
            throw new CurrencyMismatchException(currency, conversion.Value.Currency, $"{Conversions}[{index}]");
        }
    }
}
