using System.Runtime.CompilerServices;

namespace PerfMetrics.Attribution;

/// <summary>
/// Stages rows for a <see cref="PathStore"/> and inserts them in batches: first every row's hash slot is read (independent loads whose
/// cache misses overlap), then the rows are added while their slots are in cache. Rows keep their order.
/// </summary>
internal sealed class PathBatch(PathStore store)
{
    private const int Size = 32;
    private readonly int[] _starts = new int[Size + 1];
    private readonly int[] _hashes = new int[Size];
    private readonly double[] _conversions = new double[Size];
    private readonly double[] _nulls = new double[Size];
    private readonly decimal[] _values = new decimal[Size];
    private int[] _ids = new int[Size * 16];
    private int _count;

    /// <summary>Gets a value that depends on every peeked slot, so the reads cannot be optimised away.</summary>
    internal ulong Sink { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Add(ReadOnlySpan<int> ids, double conversions, decimal value, double nulls)
    {
        var start = _starts[_count];
        if (start + ids.Length > _ids.Length)
        {
            Array.Resize(ref _ids, Math.Max(start + ids.Length, _ids.Length * 2));
        }

        ids.CopyTo(_ids.AsSpan(start));
        _conversions[_count] = conversions;
        _values[_count] = value;
        _nulls[_count] = nulls;
        _starts[++_count] = start + ids.Length;
        if (_count == Size)
        {
            Flush();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Flush()
    {
        var sink = Sink;
        for (var k = 0; k < _count; k++)
        {
            _hashes[k] = PathStore.Hash(_ids.AsSpan(_starts[k], _starts[k + 1] - _starts[k]));
            sink ^= store.Peek(_hashes[k]);
        }

        for (var k = 0; k < _count; k++)
        {
            store.Add(_ids.AsSpan(_starts[k], _starts[k + 1] - _starts[k]), _conversions[k], _values[k], _nulls[k], _hashes[k]);
        }

        Sink = sink;
        _count = 0;
    }
}
