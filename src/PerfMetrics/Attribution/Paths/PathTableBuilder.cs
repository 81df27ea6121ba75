using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>Builds a <see cref="PathTable"/> incrementally from rows, journeys or other tables; identical paths aggregate.</summary>
/// <remarks>
/// Mutable and not thread-safe: build one table per thread, then <see cref="PathTable.Merge(PathTable)"/> them.
/// <see cref="ToPathTable"/> takes a snapshot; the builder stays usable afterwards.
/// </remarks>
public sealed class PathTableBuilder
{
    private readonly ChannelInterner _channels = new();
    private readonly PathStore _store;
    private int[] _scratch = new int[16];

    /// <summary>Initializes an empty builder.</summary>
    /// <param name="currency">The currency of every value added.</param>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is <c>default(Currency)</c>.</exception>
    public PathTableBuilder(Currency currency)
        : this(currency, 16, 64)
    {
    }

    internal PathTableBuilder(Currency currency, int rowCapacity, int touchCapacity)
    {
        PathTable.RequireCurrency(currency, nameof(currency));
        Currency = currency;
        _store = new PathStore(rowCapacity, touchCapacity);
    }

    /// <summary>Gets the currency of the values.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the number of distinct paths added so far.</summary>
    public int Count => _store.RowCount;

    /// <summary>Adds a row: conversions, value and nulls of journeys with one channel sequence.</summary>
    /// <param name="path">The channels, oldest touch first; at least one, none <c>default(Channel)</c>.</param>
    /// <param name="conversions">Conversions, finite and non-negative; fractions are kept.</param>
    /// <param name="value">Their total value, non-negative, in <see cref="Currency"/>; <c>default(Money)</c> counts as zero.</param>
    /// <param name="nulls">Journeys with this path that did not convert, finite and non-negative.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or holds <c>default(Channel)</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, NaN or infinite, or <paramref name="value"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="value"/> is in another currency.</exception>
    /// <exception cref="OverflowException">The path's aggregated counts exceed <see cref="double"/>'s range or its value <see cref="decimal"/>'s.</exception>
    public PathTableBuilder Add(IEnumerable<Channel> path, double conversions, Money value, double nulls)
    {
        Guard.NotNull(path);
        Guard.NonNegativeFinite(conversions);
        Guard.NonNegativeFinite(nulls);
        var amount = CheckValue(value, nameof(value));
        var length = 0;
        foreach (var channel in path)
        {
            if (channel.IsDefault)
            {
                Guard.ThrowArgument(nameof(path), $"path[{length}] must name a channel, was default(Channel).");
            }

            Push(ref length, _channels.GetOrAdd(channel));
        }

        RequireTouches(length, nameof(path));
        _store.Add(_scratch.AsSpan(0, length), conversions, amount, nulls);
        return this;
    }

    /// <summary>Adds a conversion's journey: its touchpoints' channels in time order, 1 conversion, its value, no null.</summary>
    /// <param name="conversion">The conversion; needs at least one touchpoint.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversion"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="conversion"/> has no touchpoints (nothing to attribute it to).</exception>
    /// <exception cref="CurrencyMismatchException">Its value is in another currency.</exception>
    /// <exception cref="OverflowException">The path's aggregated counts exceed <see cref="double"/>'s range or its value <see cref="decimal"/>'s.</exception>
    public PathTableBuilder Add(Conversion conversion)
    {
        Guard.NotNull(conversion);
        var amount = CheckValue(conversion.Value, nameof(conversion));
        var length = 0;
        foreach (var touchpoint in conversion.Touchpoints)
        {
            Push(ref length, _channels.GetOrAdd(touchpoint.Channel));
        }

        RequireTouches(length, nameof(conversion));
        _store.Add(_scratch.AsSpan(0, length), 1d, amount, 0d);
        return this;
    }

    /// <summary>Adds a journey that did not convert: its channels in the given order, 1 null.</summary>
    /// <param name="journey">The touchpoints, oldest first; at least one.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journey"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="journey"/> is empty or holds <c>default(Touchpoint)</c>.</exception>
    public PathTableBuilder AddNonConverting(IEnumerable<Touchpoint> journey)
    {
        Guard.NotNull(journey);
        return AddNonConverting(journey, nameof(journey), nameof(journey));
    }

    /// <summary>Adds a non-null journey; errors name <paramref name="paramName"/> and describe <paramref name="subject"/> (such as <c>nonConverting[2]</c>).</summary>
    internal PathTableBuilder AddNonConverting(IEnumerable<Touchpoint> journey, string paramName, string subject)
    {
        var length = 0;
        foreach (var touchpoint in journey)
        {
            if (touchpoint.Channel.IsDefault)
            {
                Guard.ThrowArgument(paramName, $"{subject}[{length}] must name a channel, was default(Touchpoint).");
            }

            Push(ref length, _channels.GetOrAdd(touchpoint.Channel));
        }

        RequireTouches(length, paramName, subject);
        _store.Add(_scratch.AsSpan(0, length), 0d, 0m, 1d);
        return this;
    }

    /// <summary>Adds every row of a table.</summary>
    /// <param name="table">A table in the same currency.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="table"/> is in another currency.</exception>
    /// <exception cref="OverflowException">An aggregated value exceeds <see cref="decimal"/>'s range.</exception>
    public PathTableBuilder Add(PathTable table)
    {
        Guard.NotNull(table);
        if (table.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, table.Currency, nameof(table));
        }

        var map = new int[table.ChannelCount];
        for (var id = 0; id < map.Length; id++)
        {
            map[id] = _channels.GetOrAdd(table.ChannelArray[id]);
        }

        var conversions = table.ConversionCounts;
        var nulls = table.NullCounts;
        var values = table.ValueAmounts;
        var batch = new PathBatch(_store);
        for (var row = 0; row < table.Count; row++)
        {
            var sequence = table.Sequence(row);
            var length = 0;
            foreach (var id in sequence)
            {
                Push(ref length, map[id]);
            }

            batch.Add(_scratch.AsSpan(0, length), conversions[row], values[row], nulls[row]);
        }

        batch.Flush();
        return this;
    }

    /// <summary>Returns a table of everything added so far; the builder stays usable.</summary>
    /// <returns>An immutable snapshot.</returns>
    /// <exception cref="OverflowException">The table's total value exceeds <see cref="decimal"/>'s range, or its total conversions or nulls <see cref="double"/>'s.</exception>
    public PathTable ToPathTable()
    {
        var copy = new PathStore(Math.Max(_store.RowCount, 4), _store.TouchCount);
        for (var row = 0; row < _store.RowCount; row++)
        {
            copy.Add(_store.Sequence(row), _store.Conversions[row], _store.Values[row], _store.Nulls[row]);
        }

        return new PathTable(Currency, _channels.ToArray(), copy);
    }

    /// <summary>Gets the channel interner (for readers that intern names from spans).</summary>
    internal ChannelInterner Interner => _channels;

    /// <summary>Gets the row storage (for readers that batch their inserts).</summary>
    internal PathStore Store => _store;

    /// <summary>Hands the storage over to a table without copying; the builder must not be used afterwards.</summary>
    internal PathTable Build() => new(Currency, _channels.ToArray(), _store);

    private static void RequireTouches(int length, string paramName, string? subject = null)
    {
        if (length == 0)
        {
            Guard.ThrowArgument(paramName, $"{subject ?? paramName} must have at least one touchpoint (a path with no channel cannot be attributed), had none.");
        }
    }

    private decimal CheckValue(Money value, string paramName)
    {
        if (!value.IsDefault && value.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, value.Currency, paramName);
        }

        if (value.Amount < 0m)
        {
            Guard.ThrowOutOfRange(paramName, value, "must be non-negative");
        }

        return value.Amount;
    }

    private void Push(ref int length, int id)
    {
        if (length == _scratch.Length)
        {
            Array.Resize(ref _scratch, checked(length * 2));
        }

        _scratch[length++] = id;
    }
}
