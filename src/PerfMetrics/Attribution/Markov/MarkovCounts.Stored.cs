using System.Globalization;
using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>Rebuilding counts from their stored (JSON) form, with the checks that make a stored chain solvable.</summary>
public sealed partial class MarkovCounts
{
    /// <summary>One stored state: its channels (oldest first, empty for START), the value of paths ending there, and its outgoing counts in fixed point.</summary>
    internal readonly record struct StoredState(Channel[] State, decimal Value, (Channel To, Int128 Count)[] Next, Int128 Conversions, Int128 Nulls);

    /// <summary>Gets the channels of a state code, oldest first (empty for START).</summary>
    internal Channel[] StateChannels(long code)
    {
        var radix = ChannelArray.Length + 1L;
        var channels = new List<Channel>();
        while (code > 0)
        {
            channels.Add(ChannelArray[(int)(code % radix) - 1]);
            code /= radix;
        }

        channels.Reverse();
        return [.. channels];
    }

    /// <summary>Gets each state as stored: its channels, value, moves into channels, conversions and nulls (fixed point).</summary>
    internal StoredState[] StoredStates()
    {
        var c = ChannelArray.Length;
        var states = new StoredState[Codes.Length];
        for (var s = 0; s < Codes.Length; s++)
        {
            var next = new List<(Channel To, Int128 Count)>();
            var conversions = Int128.Zero;
            var nulls = Int128.Zero;
            for (var e = RowStart[s]; e < RowStart[s + 1]; e++)
            {
                var column = Columns[e];
                if (column < c)
                {
                    next.Add((ChannelArray[column], Counts[e]));
                }
                else if (column == c)
                {
                    conversions = Counts[e];
                }
                else
                {
                    nulls = Counts[e];
                }
            }

            states[s] = new StoredState(StateChannels(Codes[s]), Values[s], [.. next], conversions, nulls);
        }

        return states;
    }

    /// <summary>Gets the orphan values as stored: the state's channels and the value.</summary>
    internal (IReadOnlyList<Channel> State, decimal Value)[] StoredOrphans() =>
        [.. Orphans.Select(o => ((IReadOnlyList<Channel>)StateChannels(o.Key), o.Value))];

    /// <summary>
    /// Rebuilds counts from stored parts, checking what counting guarantees: distinct named channels; states of at most
    /// <see cref="MarkovOptions.Order"/> known channels (no repeats side by side unless kept), each listed once, START
    /// among them; every state with a positive outgoing count; every transition leading to a listed state; counts
    /// positive (conversions and nulls 0 or more); and a total value equal to the states' and orphans' values.
    /// </summary>
    /// <exception cref="ArgumentException">A part breaks one of those rules (the message names it).</exception>
    internal static MarkovCounts FromStored(
        MarkovOptions options, Currency currency, IReadOnlyList<Channel> channels, IReadOnlyList<StoredState> states, IReadOnlyList<(IReadOnlyList<Channel> State, decimal Value)> orphans, Money totalValue)
    {
        Guard.NotNull(options);
        if (currency.IsDefault)
        {
            Guard.ThrowArgument(nameof(currency), "currency must be a real currency, was default(Currency).");
        }

        if (totalValue.Currency != currency)
        {
            MoneyGuard.ThrowCurrencyMismatch(currency, totalValue.Currency, nameof(totalValue));
        }

        var sorted = channels.ToArray();
        Array.Sort(sorted, (a, b) => a.CompareTo(b));
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].IsDefault)
            {
                Guard.ThrowArgument(nameof(channels), "channels must be named, one was default(Channel).");
            }

            if (i > 0 && sorted[i - 1] == sorted[i])
            {
                Guard.ThrowArgument(nameof(channels), $"channels must be distinct, \"{sorted[i]}\" appears twice.");
            }
        }

        var radix = Radix(sorted.Length, options.Order, nameof(channels));
        var keep = 1L;
        for (var i = 1; i < options.Order; i++)
        {
            keep *= radix;
        }

        int DigitOf(Channel channel, string where)
        {
            var at = Array.BinarySearch(sorted, channel, Comparer<Channel>.Create((a, b) => a.CompareTo(b)));
            if (at < 0)
            {
                Guard.ThrowArgument(nameof(states), $"{where} names \"{channel}\", which is not in channels.");
            }

            return at + 1;
        }

        long CodeOf(Channel[] state, string where)
        {
            if (state.Length > options.Order)
            {
                Guard.ThrowArgument(nameof(states), string.Create(CultureInfo.InvariantCulture, $"{where} has {state.Length} channels, more than the order {options.Order}."));
            }

            var code = 0L;
            for (var i = 0; i < state.Length; i++)
            {
                if (!options.KeepRepeats && i > 0 && state[i] == state[i - 1])
                {
                    Guard.ThrowArgument(nameof(states), $"{where} repeats \"{state[i]}\" side by side, which counting without KeepRepeats never does.");
                }

                code = (code * radix) + DigitOf(state[i], where);
            }

            return code;
        }

        string Name(Channel[] state) => state.Length == 0 ? "START" : "[" + string.Join(" > ", state.Select(c => c.Name)) + "]";

        var codes = new long[states.Count];
        var index = new Dictionary<long, int>();
        for (var s = 0; s < states.Count; s++)
        {
            codes[s] = CodeOf(states[s].State, "state " + Name(states[s].State));
            if (!index.TryAdd(codes[s], s))
            {
                Guard.ThrowArgument(nameof(states), $"states must be distinct, {Name(states[s].State)} appears twice.");
            }
        }

        if (states.Count > 0 && !index.ContainsKey(0L))
        {
            Guard.ThrowArgument(nameof(states), "states must include START (the empty state) when there are any.");
        }

        var entries = new Entries();
        var values = new decimal[states.Count];
        var sum = 0m;
        var c = sorted.Length;
        for (var s = 0; s < states.Count; s++)
        {
            var state = states[s];
            var name = Name(state.State);
            var any = false;
            foreach (var (to, count) in state.Next)
            {
                var digit = DigitOf(to, "a transition from " + name);
                if (count <= Int128.Zero)
                {
                    Guard.ThrowArgument(nameof(states), $"the count from {name} to \"{to}\" must be greater than 0.");
                }

                var next = (options.Order == 1 ? 0L : (codes[s] % keep) * radix) + digit;
                if (!options.KeepRepeats && codes[s] % radix == digit)
                {
                    Guard.ThrowArgument(nameof(states), $"the transition from {name} to \"{to}\" repeats a channel, which counting without KeepRepeats never does.");
                }

                if (!index.ContainsKey(next))
                {
                    Guard.ThrowArgument(nameof(states), $"the transition from {name} to \"{to}\" leads to a state that is not listed.");
                }

                entries.Add(s, digit - 1, count);
                any = true;
            }

            if (state.Conversions < Int128.Zero || state.Nulls < Int128.Zero)
            {
                Guard.ThrowArgument(nameof(states), $"the conversions and nulls of {name} must be 0 or more.");
            }

            if (state.Conversions > Int128.Zero)
            {
                entries.Add(s, c, state.Conversions);
                any = true;
            }

            if (state.Nulls > Int128.Zero)
            {
                entries.Add(s, c + 1, state.Nulls);
                any = true;
            }

            if (!any)
            {
                Guard.ThrowArgument(nameof(states), $"state {name} must have an outgoing count (a transition, conversions or nulls).");
            }

            values[s] = state.Value;
            sum += state.Value;
        }

        var orphanValues = new Dictionary<long, decimal>();
        foreach (var (stored, value) in orphans)
        {
            var state = stored.ToArray();
            var code = CodeOf(state, "orphan " + Name(state));
            if (state.Length == 0 || index.ContainsKey(code) || !orphanValues.TryAdd(code, value))
            {
                Guard.ThrowArgument(nameof(orphans), $"orphan {Name(state)} must be a non-empty state that is neither listed in states nor repeated.");
            }

            sum += value;
        }

        if (sum != totalValue.Amount)
        {
            Guard.ThrowArgument(
                nameof(totalValue),
                string.Create(CultureInfo.InvariantCulture, $"totalValue must equal the values of the states and orphans, {sum}, was {totalValue.Amount}."));
        }

        return Canonical(options, currency, sorted, codes, entries, values, orphanValues, totalValue.Amount);
    }
}
