namespace PerfMetrics.Benchmarks.Data;

/// <summary>
/// The Mersenne Twister MT19937 exactly as CPython's <c>random.Random</c> seeds and reads it, so the generators of
/// this folder reproduce the project's Python tools bit for bit (same seed, same stream): <c>Random(seed)</c> for a
/// non-negative integer seed (<c>init_by_array</c> over the seed's 32-bit words, least significant first),
/// <c>random()</c> (53-bit floats from two outputs) and <c>_randbelow</c> (rejection over <c>getrandbits</c>).
/// Source of the algorithm: Matsumoto and Nishimura (1998) and CPython's Modules/_randommodule.c.
/// </summary>
internal sealed class PythonRandom
{
    private const int N = 624;
    private const int M = 397;
    private readonly uint[] _mt = new uint[N];
    private int _index = N + 1;

    /// <summary>Seeds like <c>random.Random(seed)</c> with a non-negative integer.</summary>
    internal PythonRandom(ulong seed)
        : this(seed >> 32 == 0 ? [(uint)seed] : [(uint)seed, (uint)(seed >> 32)])
    {
    }

    /// <summary>Seeds like <c>random.Random(n)</c> where <paramref name="key"/> holds n's 32-bit words, least significant first.</summary>
    internal PythonRandom(uint[] key)
    {
        unchecked
        {
            InitGenrand(19650218u);
            int i = 1, j = 0;
            for (var k = Math.Max(N, key.Length); k > 0; k--)
            {
                _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525u)) + key[j] + (uint)j;
                i++;
                j++;
                if (i >= N)
                {
                    _mt[0] = _mt[N - 1];
                    i = 1;
                }

                if (j >= key.Length)
                {
                    j = 0;
                }
            }

            for (var k = N - 1; k > 0; k--)
            {
                _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941u)) - (uint)i;
                i++;
                if (i >= N)
                {
                    _mt[0] = _mt[N - 1];
                    i = 1;
                }
            }

            _mt[0] = 0x80000000u;
        }
    }

    /// <summary><c>random()</c>: a double in [0, 1) with 53 random bits.</summary>
    internal double NextDouble()
    {
        var a = NextUInt32() >> 5;
        var b = NextUInt32() >> 6;
        return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary><c>_randbelow(n)</c> for 0 &lt; n &lt; 2^31: an integer in [0, n), by rejection.</summary>
    internal int Below(int n)
    {
        var bits = 32 - int.LeadingZeroCount(n);
        int r;
        do
        {
            r = (int)(NextUInt32() >> (32 - bits));
        }
        while (r >= n);
        return r;
    }

    /// <summary><c>shuffle(x)</c>: Fisher-Yates from the end, as CPython does.</summary>
    internal void Shuffle<T>(T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary><c>normalvariate(mu, sigma)</c>: Kinderman and Monahan's ratio method, as in CPython.</summary>
    internal double Normal(double mu, double sigma)
    {
        var magic = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
        while (true)
        {
            var u1 = NextDouble();
            var u2 = 1.0 - NextDouble();
            var z = magic * (u1 - 0.5) / u2;
            if (z * z / 4.0 <= -Math.Log(u2))
            {
                return mu + (z * sigma);
            }
        }
    }

    private void InitGenrand(uint s)
    {
        unchecked
        {
            _mt[0] = s;
            for (var i = 1; i < N; i++)
            {
                _mt[i] = (1812433253u * (_mt[i - 1] ^ (_mt[i - 1] >> 30))) + (uint)i;
            }

            _index = N;
        }
    }

    private uint NextUInt32()
    {
        unchecked
        {
            if (_index >= N)
            {
                int k;
                uint y;
                for (k = 0; k < N - M; k++)
                {
                    y = (_mt[k] & 0x80000000u) | (_mt[k + 1] & 0x7fffffffu);
                    _mt[k] = _mt[k + M] ^ (y >> 1) ^ ((y & 1u) * 0x9908b0dfu);
                }

                for (; k < N - 1; k++)
                {
                    y = (_mt[k] & 0x80000000u) | (_mt[k + 1] & 0x7fffffffu);
                    _mt[k] = _mt[k + (M - N)] ^ (y >> 1) ^ ((y & 1u) * 0x9908b0dfu);
                }

                y = (_mt[N - 1] & 0x80000000u) | (_mt[0] & 0x7fffffffu);
                _mt[N - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1u) * 0x9908b0dfu);
                _index = 0;
            }

            var x = _mt[_index++];
            x ^= x >> 11;
            x ^= (x << 7) & 0x9d2c5680u;
            x ^= (x << 15) & 0xefc60000u;
            x ^= x >> 18;
            return x;
        }
    }
}
