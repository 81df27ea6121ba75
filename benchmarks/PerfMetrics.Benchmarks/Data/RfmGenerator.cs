using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace PerfMetrics.Benchmarks.Data;

/// <summary>
/// The synthetic customer base of the benchmarks, made in memory: a C# port of the project's <c>gen_rfm.py</c> (the
/// generator the 0.1 benchmarks read from a file) that draws the same customers for the same arguments, double for
/// double (checked against the Python script for 20,000 customers at seed 1 when this port was written).
/// </summary>
/// <remarks>
/// What it simulates (Fader, Hardie and Lee 2005): each customer has a purchase rate lambda ~ Gamma(r, alpha) and a
/// dropout probability p ~ Beta(a, b), makes a first purchase at time 0 and is observed for T ~ Uniform(27, 39) weeks;
/// while alive, repeat purchases follow a Poisson process with rate lambda and after each one the customer drops out
/// with probability p. Monetary values follow Gamma-Gamma: nu ~ Gamma(q, gamma), each repeat transaction ~ Gamma(p,
/// nu), the value is their mean (0 without repeats). Defaults are the CDNOW estimates (r 0.243, alpha 4.414, a 0.793,
/// b 2.426; p 6.25, q 3.74, gamma 15.44). Gamma draws: Marsaglia and Tsang (2000) with the k &lt; 1 boost and polar
/// normals. The BG/NBD columns use <c>Random(seed)</c>; monetary values a second stream seeded with the SHA-256 of
/// <c>gen_rfm/monetary/{seed}</c>, so the first M customers of any larger base are the same.
/// </remarks>
internal static class RfmGenerator
{
    /// <summary>The benchmark base: 1,000,000 customers, seed 1, CDNOW parameters, with monetary values (SPEC §7).</summary>
    internal static (double[] X, double[] Tx, double[] T, double[] M) Benchmark => LazyBenchmark.Value;

    private static readonly Lazy<(double[] X, double[] Tx, double[] T, double[] M)> LazyBenchmark = new(() => Generate(1_000_000, seed: 1));

    /// <summary>Draws <paramref name="customers"/> customers: repeat purchases x, recency t_x, age T and mean repeat value.</summary>
    internal static (double[] X, double[] Tx, double[] T, double[] M) Generate(
        int customers,
        ulong seed = 1,
        double r = 0.243,
        double alpha = 4.414,
        double a = 0.793,
        double b = 2.426,
        double tMin = 27.0,
        double tMax = 39.0,
        double p = 6.25,
        double q = 3.74,
        double gamma = 15.44)
    {
        var rnd = new PythonRandom(seed);
        var mrnd = new PythonRandom(MonetarySeed(seed));
        var span = tMax - tMin;
        var (xs, txs, ts, ms) = (new double[customers], new double[customers], new double[customers], new double[customers]);
        for (var i = 0; i < customers; i++)
        {
            var age = tMin + (span * rnd.NextDouble());
            var lambda = GammaDraw(rnd, r) / alpha;
            var ga = GammaDraw(rnd, a);
            var drop = ga / (ga + GammaDraw(rnd, b));
            var x = 0;
            var tx = 0.0;
            if (lambda > 0.0)
            {
                var t = 0.0;
                while (true)
                {
                    t += -Math.Log(1.0 - rnd.NextDouble()) / lambda;
                    if (t > age)
                    {
                        break;
                    }

                    x++;
                    tx = t;
                    if (rnd.NextDouble() < drop)
                    {
                        break;
                    }
                }
            }

            var m = 0.0;
            if (x > 0)
            {
                var gq = GammaDraw(mrnd, q);
                m = GammaDraw(mrnd, p * x) * gamma / (gq * x);
            }

            (xs[i], txs[i], ts[i], ms[i]) = (x, tx, age, m);
        }

        return (xs, txs, ts, ms);
    }

    /// <summary>The words, least significant first, of the big-endian integer SHA-256("gen_rfm/monetary/{seed}").</summary>
    private static uint[] MonetarySeed(ulong seed)
    {
        var digest = SHA256.HashData(Encoding.ASCII.GetBytes(FormattableString.Invariant($"gen_rfm/monetary/{seed}")));
        var words = new uint[8];
        for (var w = 0; w < 8; w++)
        {
            words[w] = BinaryPrimitives.ReadUInt32BigEndian(digest.AsSpan(28 - (4 * w), 4));
        }

        return words;
    }

    /// <summary>One Gamma(shape k, rate 1) draw: Marsaglia and Tsang; for k &lt; 1, Gamma(k + 1) x U^(1/k).</summary>
    private static double GammaDraw(PythonRandom rnd, double k)
    {
        if (k < 1.0)
        {
            var u = 1.0 - rnd.NextDouble();
            return GammaDraw(rnd, k + 1.0) * Math.Pow(u, 1.0 / k);
        }

        var d = k - (1.0 / 3.0);
        var c = 1.0 / Math.Sqrt(9.0 * d);
        while (true)
        {
            double v1, v2, s;
            do
            {
                v1 = (2.0 * rnd.NextDouble()) - 1.0;
                v2 = (2.0 * rnd.NextDouble()) - 1.0;
                s = (v1 * v1) + (v2 * v2);
            }
            while (!(s > 0.0 && s < 1.0));

            var z = v1 * Math.Sqrt(-2.0 * Math.Log(s) / s);
            var v = 1.0 + (c * z);
            if (v <= 0.0)
            {
                continue;
            }

            v = v * v * v;
            var uu = rnd.NextDouble();
            var zz = z * z;
            if (uu < 1.0 - (0.0331 * zz * zz))
            {
                return d * v;
            }

            if (uu > 0.0 && Math.Log(uu) < (0.5 * zz) + (d * (1.0 - v + Math.Log(v))))
            {
                return d * v;
            }
        }
    }
}
