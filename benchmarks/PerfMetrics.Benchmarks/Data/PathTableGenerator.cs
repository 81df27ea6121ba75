using System.Globalization;
using System.Text;

namespace PerfMetrics.Benchmarks.Data;

/// <summary>
/// The synthetic aggregated path table of the benchmarks, made in memory: a C# port of the project's
/// <c>gen_paths.py</c> (the generator the 0.1 benchmarks read from a file) that writes the same CSV text for the same
/// arguments, byte for byte (checked against the Python script for 20,000 rows at seed 1 when this port was written).
/// </summary>
/// <remarks>
/// What it simulates: channels c01..cK chosen by a seeded first-order Markov chain with Zipf-like popularity (so
/// Markov attribution has structure to find), path lengths 1..maxLength (geometric-like, ratio 0.72, mean about 3.5),
/// every path distinct, consecutive repeats on purpose; each row aggregates 1 + geometric(0.45) journeys (at most 50),
/// each converting with probability 1 - prod(1 - lift(c)) over the distinct channels touched; each conversion is worth
/// a lognormal value (sigma 0.5, mean by the last channel), rounded to cents. Layout of ChannelAttribution:
/// <c>path,total_conversions,total_conversion_value,total_null</c>.
/// </remarks>
internal static class PathTableGenerator
{
    /// <summary>The benchmark table: 1,000,000 rows, 10 channels, 1 to 10 touches, seed 1 (SPEC §7's input).</summary>
    internal static string BenchmarkCsv => LazyBenchmarkCsv.Value;

    private static readonly Lazy<string> LazyBenchmarkCsv = new(() => Csv(1_000_000, channels: 10, maxLength: 10, seed: 1));

    /// <summary>Returns the CSV text of <paramref name="rows"/> distinct paths.</summary>
    internal static string Csv(int rows, int channels = 10, int maxLength = 10, ulong seed = 1)
    {
        var text = new StringBuilder(rows * 56);
        Write(text, rows, channels, maxLength, seed);
        return text.ToString();
    }

    private static void Write(StringBuilder output, int rows, int channels, int maxLength, ulong seed)
    {
        if (channels is < 1 or > 99 || maxLength is < 1 or > 10 || rows < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), "rows >= 1, channels 1..99 and maxLength 1..10 are supported");
        }

        var rng = new PythonRandom(seed);

        // The channel model: start weights, transition weights, per-channel lift and log mean value.
        var popularity = new double[channels];
        for (var i = 0; i < channels; i++)
        {
            popularity[i] = 1.0 / Math.Pow(i + 1, 0.9);
        }

        rng.Shuffle(popularity);
        var startCum = Cumulative(popularity);
        var transitionCum = new double[channels][];
        for (var a = 0; a < channels; a++)
        {
            var w = new double[channels];
            for (var b = 0; b < channels; b++)
            {
                w[b] = popularity[b] * (0.3 + rng.NextDouble());
            }

            w[a] *= 0.6;
            transitionCum[a] = Cumulative(w);
        }

        var lift = new double[channels];
        for (var i = 0; i < channels; i++)
        {
            var u = rng.NextDouble();
            lift[i] = 0.04 + (0.20 * (u * u));
        }

        var mu = new double[channels];
        for (var i = 0; i < channels; i++)
        {
            mu[i] = Math.Log(20.0 + (60.0 * rng.NextDouble()));
        }

        var names = Enumerable.Range(1, channels).Select(i => i.ToString("00", CultureInfo.InvariantCulture)).Select(n => "c" + n).ToArray();
        var lengthWeights = new double[maxLength];
        for (var n = 0; n < maxLength; n++)
        {
            lengthWeights[n] = Math.Pow(0.72, n);
        }

        var lengthCum = Cumulative(lengthWeights);
        var seen = new HashSet<long>();
        var sequence = new int[maxLength];
        var touched = new bool[channels];
        output.Append("path,total_conversions,total_conversion_value,total_null\n");
        var made = 0;
        while (made < rows)
        {
            var length = Pick(rng, lengthCum) + 1;
            var c = Pick(rng, startCum);
            sequence[0] = c;
            long key = c + 1;
            for (var i = 1; i < length; i++)
            {
                c = Pick(rng, transitionCum[c]);
                sequence[i] = c;
                key = (key * (channels + 1)) + c + 1;
            }

            if (!seen.Add(key))
            {
                continue;
            }

            var journeys = 1;
            while (journeys < 50 && rng.NextDouble() < 0.55)
            {
                journeys++;
            }

            // CPython iterates a set of small ints in ascending order; the product follows it.
            Array.Clear(touched);
            for (var i = 0; i < length; i++)
            {
                touched[sequence[i]] = true;
            }

            var miss = 1.0;
            for (var ch = 0; ch < channels; ch++)
            {
                if (touched[ch])
                {
                    miss *= 1.0 - lift[ch];
                }
            }

            var p = 1.0 - miss;
            var conversions = 0;
            for (var j = 0; j < journeys; j++)
            {
                if (rng.NextDouble() < p)
                {
                    conversions++;
                }
            }

            var value = 0.0;
            var lastMu = mu[sequence[length - 1]];
            for (var j = 0; j < conversions; j++)
            {
                value += Math.Exp(rng.Normal(lastMu, 0.5));
            }

            for (var i = 0; i < length; i++)
            {
                if (i > 0)
                {
                    output.Append(" > ");
                }

                output.Append(names[sequence[i]]);
            }

            output.Append(CultureInfo.InvariantCulture, $",{conversions},{value:F2},{journeys - conversions}\n");
            made++;
        }
    }

    private static double[] Cumulative(double[] weights)
    {
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        return cumulative;
    }

    private static int Pick(PythonRandom rng, double[] cumulative)
    {
        var u = rng.NextDouble() * cumulative[^1];
        int lo = 0, hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (cumulative[mid] < u)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
