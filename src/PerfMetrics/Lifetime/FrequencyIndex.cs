namespace PerfMetrics.Lifetime;

/// <summary>
/// Maps validated frequencies (whole numbers, 0 or more) to indexes into their sorted distinct values, so the fits can
/// compute everything that depends on x alone once per distinct x. Linear time: a direct table up to x = 2^20, a
/// dictionary beyond.
/// </summary>
internal static class FrequencyIndex
{
    private const int TableLimit = 1 << 20;

    /// <summary>Returns the sorted distinct values (0 always first when <paramref name="includeZero"/>) and writes each row's index.</summary>
    internal static double[] Build(double[] x, int[] index, bool includeZero)
    {
        var max = 0d;
        foreach (var v in x)
        {
            max = Math.Max(max, v);
        }

        if (max < TableLimit)
        {
            var table = new int[(int)max + 1];
            if (includeZero)
            {
                table[0] = 1;
            }

            foreach (var v in x)
            {
                table[(int)v] = 1;
            }

            var distinct = new List<double>();
            for (var k = 0; k < table.Length; k++)
            {
                if (table[k] != 0)
                {
                    table[k] = distinct.Count;
                    distinct.Add(k);
                }
            }

            for (var i = 0; i < x.Length; i++)
            {
                index[i] = table[(int)x[i]];
            }

            return [.. distinct];
        }

        var set = new HashSet<double>(x);
        if (includeZero)
        {
            set.Add(0d);
        }

        var sorted = set.ToArray();
        Array.Sort(sorted);
        var map = new Dictionary<double, int>(sorted.Length);
        for (var k = 0; k < sorted.Length; k++)
        {
            map[sorted[k]] = k;
        }

        for (var i = 0; i < x.Length; i++)
        {
            index[i] = map[x[i]];
        }

        return sorted;
    }
}
