using System.Globalization;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace PerfMetrics.Attribution;

/// <summary>
/// Growable storage of aggregated paths: every channel sequence lives once in one flat <see cref="int"/> array
/// (row <c>r</c> is <c>Touches[Offsets[r]..Offsets[r + 1]]</c>), with per-row conversions, value and nulls, and an
/// open-addressing hash index so identical sequences aggregate into one row. Not thread-safe; owned by one builder.
/// </summary>
internal sealed class PathStore
{
    private int[] _touches;
    private int[] _offsets;
    private double[] _conversions;
    private double[] _nulls;
    private decimal[] _values;
    private int[] _hashes;
    private ulong[] _slots; // 0 = empty, otherwise (hash << 32) | (row + 1); length is a power of two, at most half full
    private int _rows;

    internal PathStore(int rowCapacity = 16, int touchCapacity = 64)
    {
        rowCapacity = Math.Max(rowCapacity, 4);
        _touches = new int[Math.Max(touchCapacity, 16)];
        _offsets = new int[rowCapacity + 1];
        _conversions = new double[rowCapacity];
        _nulls = new double[rowCapacity];
        _values = new decimal[rowCapacity];
        _hashes = new int[rowCapacity];
        _slots = new ulong[(int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)rowCapacity * 2))];
    }

    internal int RowCount => _rows;

    internal int TouchCount => _offsets[_rows];

    internal int[] Touches => _touches;

    internal int[] Offsets => _offsets;

    internal double[] Conversions => _conversions;

    internal double[] Nulls => _nulls;

    internal decimal[] Values => _values;

    internal ReadOnlySpan<int> Sequence(int row) => _touches.AsSpan(_offsets[row], _offsets[row + 1] - _offsets[row]);

    /// <summary>Adds counts to the row of <paramref name="sequence"/>, creating the row when the sequence is new.</summary>
    /// <returns>The row index.</returns>
    internal int Add(ReadOnlySpan<int> sequence, double conversions, decimal value, double nulls) =>
        Add(sequence, conversions, value, nulls, Hash(sequence));

    /// <summary>Reads the home slot of a hash (a prefetch: batch readers touch a batch's slots first so the misses overlap).</summary>
    internal ulong Peek(int hash) => _slots[hash & (_slots.Length - 1)];

    /// <summary>Adds with a hash computed by <see cref="Hash"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal int Add(ReadOnlySpan<int> sequence, double conversions, decimal value, double nulls, int hash)
    {
        Debug.Assert(!sequence.IsEmpty, "Paths are never empty.");
        Debug.Assert(hash == Hash(sequence), "The hash must be the sequence's.");
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                break;
            }

            // The hash sits next to the row index, so a probe that misses costs no visit to the row's data.
            var row = unchecked((int)(uint)entry) - 1;
            if ((int)(entry >> 32) == hash && Sequence(row).SequenceEqual(sequence))
            {
                _conversions[row] += conversions;
                _nulls[row] += nulls;
                if (!double.IsFinite(_conversions[row]) || !double.IsFinite(_nulls[row]))
                {
                    throw new OverflowException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"Aggregating a repeated path overflowed double: its conversions reached {_conversions[row]} and its nulls {_nulls[row]}."));
                }

                _values[row] = AddValue(_values[row], value);
                return row;
            }

            slot = (slot + 1) & mask;
        }

        var index = Append(sequence, conversions, value, nulls, hash);
        _slots[slot] = Pack(hash, index);
        if ((long)_rows * 2 > _slots.Length)
        {
            Rehash();
        }

        return index;
    }

    private static decimal AddValue(decimal total, decimal value)
    {
        try
        {
            return total + value;
        }
        catch (OverflowException ex)
        {
            throw new OverflowException(string.Create(
                CultureInfo.InvariantCulture,
                $"Aggregating a repeated path's value overflowed decimal: {total} + {value}."), ex);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Append(ReadOnlySpan<int> sequence, double conversions, decimal value, double nulls, int hash)
    {
        if (_rows == _conversions.Length)
        {
            var capacity = checked(_rows * 2);
            Array.Resize(ref _offsets, capacity + 1);
            Array.Resize(ref _conversions, capacity);
            Array.Resize(ref _nulls, capacity);
            Array.Resize(ref _values, capacity);
            Array.Resize(ref _hashes, capacity);
        }

        var start = _offsets[_rows];
        var end = checked(start + sequence.Length);
        if (end > _touches.Length)
        {
            Array.Resize(ref _touches, Math.Max(end, checked(_touches.Length * 2)));
        }

        sequence.CopyTo(_touches.AsSpan(start));
        var row = _rows;
        _offsets[row + 1] = end;
        _conversions[row] = conversions;
        _nulls[row] = nulls;
        _values[row] = value;
        _hashes[row] = hash;
        _rows++;
        return row;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Rehash()
    {
        var slots = new ulong[checked(_slots.Length * 2)];
        var mask = slots.Length - 1;
        for (var row = 0; row < _rows; row++)
        {
            var slot = _hashes[row] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = Pack(_hashes[row], row);
        }

        _slots = slots;
    }

    private static ulong Pack(int hash, int row) => ((ulong)(uint)hash << 32) | (uint)(row + 1);

    /// <summary>A non-negative hash of a sequence (FNV-1a over the ids, then a finaliser).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Hash(ReadOnlySpan<int> sequence)
    {
        unchecked
        {
            var h = 2166136261u;
            foreach (var id in sequence)
            {
                h = (h ^ (uint)id) * 16777619u;
            }

            h ^= (uint)sequence.Length * 0x9E3779B9u;
            h ^= h >> 16;
            h *= 0x85EBCA6Bu;
            h ^= h >> 13;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
