namespace PerfMetrics.Internal.Numerics;

/// <summary>
/// Runs the chunks of a likelihood evaluation on the thread pool or on the calling thread. Each chunk writes its own
/// partial sums, which the caller combines in chunk order, so the result never depends on the schedule or on the degree of
/// parallelism (the rule of every fit: docs/lifetime-value.md).
/// </summary>
internal static class ChunkedWork
{
    /// <summary>Rows per chunk: the unit of parallel work and of the ordered reduction.</summary>
    internal const int ChunkSize = 16_384;

    /// <summary>Row counts below this are evaluated on the calling thread.</summary>
    internal const int ParallelThreshold = 4 * ChunkSize;

    /// <summary>The number of chunks of <paramref name="rows"/> rows.</summary>
    internal static int Count(int rows) => (rows + ChunkSize - 1) / ChunkSize;

    /// <summary>Calls <paramref name="body"/> for every chunk index, in parallel when there are enough rows and more than one thread is allowed.</summary>
    internal static void Run(int chunks, int rows, ParallelOptions parallel, Action<int> body)
    {
        if (rows >= ParallelThreshold && parallel.MaxDegreeOfParallelism != 1)
        {
            Parallel.For(0, chunks, parallel, body);
        }
        else
        {
            for (var c = 0; c < chunks; c++)
            {
                body(c);
            }
        }
    }
}
