using System.Numerics;

namespace PerfMetrics.Internal;

/// <summary>
/// Exact largest-remainder apportionment of a whole number of minor units over non-negative decimal weights.
/// Works on <see cref="Int128"/> (96-bit totals and 96-bit weights fit) and falls back to <see cref="BigInteger"/>
/// only when the weights' common scale makes them wider; one generic algorithm serves both.
/// </summary>
internal static class LargestRemainder
{
    private const int MantissaBits = 96;

    /// <summary>Converts an amount to a whole number of minor units, rounding to even; throws when it exceeds 96 bits.</summary>
    internal static Int128 ToMinorUnits(decimal amount, int minorUnits, string operation)
    {
        var rounded = decimal.Round(amount, minorUnits, MidpointRounding.ToEven);
        var (mantissa, scale) = Decompose(rounded);
        var minor = mantissa * Pow10Int(minorUnits - scale);
        if (Int128.Abs(minor) >= (Int128.One << MantissaBits))
        {
            throw new OverflowException(
                $"{operation} cannot represent {Guard.Format(amount)} in whole minor units (10^-{minorUnits}) within decimal's 96-bit precision.");
        }

        return minor;
    }

    /// <summary>Builds the decimal worth <paramref name="minor"/> minor units; |minor| must be below 2^96.</summary>
    internal static decimal FromMinorUnits(Int128 minor, int minorUnits)
    {
        var negative = minor < 0;
        var magnitude = (UInt128)(negative ? -minor : minor);
        // Reinterpreting 32-bit words: the casts are bit copies, not arithmetic.
        var lo = unchecked((int)(uint)(magnitude & uint.MaxValue));
        var mid = unchecked((int)(uint)((magnitude >> 32) & uint.MaxValue));
        var hi = unchecked((int)(uint)((magnitude >> 64) & uint.MaxValue));
        return new decimal(lo, mid, hi, negative, (byte)minorUnits);
    }

    /// <summary>
    /// Apportions <paramref name="total"/> minor units (any sign) over <paramref name="ratios"/>: floors of the exact
    /// shares, then one unit each to the largest remainders, ties to the earlier index. Negative totals are mirrored.
    /// </summary>
    internal static Int128[] Allocate(Int128 total, IReadOnlyList<decimal> ratios, string paramName)
    {
        var count = ratios.Count;
        var commonScale = 0;
        var anyPositive = false;
        for (var i = 0; i < count; i++)
        {
            var ratio = ratios[i];
            if (ratio < 0m)
            {
                Guard.ThrowOutOfRange($"{paramName}[{i}]", ratio, "must be non-negative");
            }

            if (ratio > 0m)
            {
                anyPositive = true;
                commonScale = Math.Max(commonScale, ratio.Scale);
            }
        }

        if (!anyPositive)
        {
            Guard.ThrowArgument(paramName, $"{paramName} must contain at least one positive ratio, were all zero.");
        }

        var negative = total < 0;
        var magnitude = negative ? -total : total;

        // Weights are the ratios scaled to one common integer scale. Int128 serves when total x weight and the sum
        // of all weights surely fit; otherwise BigInteger does the same work.
        var maxWeightBits = 0;
        for (var i = 0; i < count; i++)
        {
            if (ratios[i] > 0m)
            {
                var (mantissa, scale) = Decompose(ratios[i]);
                var bits = (int)Int128.Log2(mantissa) + 1 + (int)Math.Ceiling((commonScale - scale) * 3.3219280948873626);
                maxWeightBits = Math.Max(maxWeightBits, bits);
            }
        }

        Int128[] shares;
        if (Fits(magnitude, maxWeightBits, count))
        {
            var weights = new Int128[count];
            for (var i = 0; i < count; i++)
            {
                weights[i] = Weight<Int128>(ratios[i], commonScale);
            }

            shares = Run(magnitude, weights);
        }
        else
        {
            var weights = new BigInteger[count];
            for (var i = 0; i < count; i++)
            {
                weights[i] = Weight<BigInteger>(ratios[i], commonScale);
            }

            shares = Array.ConvertAll(Run((BigInteger)magnitude, weights), b => (Int128)b);
        }

        return Mirror(shares, negative);
    }

    /// <summary>
    /// Apportions <paramref name="total"/> minor units (any sign) over non-negative integer <paramref name="weights"/>
    /// with the same rule as <see cref="Allocate(Int128, IReadOnlyList{decimal}, string)"/>: floors of the exact shares,
    /// then one unit each to the largest remainders, ties to the earlier index. At least one weight must be positive
    /// (the caller guarantees it).
    /// </summary>
    internal static Int128[] Allocate(Int128 total, Int128[] weights)
    {
        var negative = total < 0;
        var magnitude = negative ? -total : total;
        var max = Int128.Zero;
        foreach (var w in weights)
        {
            System.Diagnostics.Debug.Assert(w >= 0, "weights are non-negative");
            max = Int128.Max(max, w);
        }

        System.Diagnostics.Debug.Assert(max > 0, "at least one weight is positive");
        var shares = Fits(magnitude, (int)Int128.Log2(max) + 1, weights.Length)
            ? Run(magnitude, weights)
            : Array.ConvertAll(Run((BigInteger)magnitude, Array.ConvertAll(weights, w => (BigInteger)w)), b => (Int128)b);
        return Mirror(shares, negative);
    }

    private static bool Fits(Int128 magnitude, int maxWeightBits, int count)
    {
        var totalBits = magnitude == 0 ? 0 : (int)Int128.Log2(magnitude) + 1;
        var countBits = 32 - BitOperations.LeadingZeroCount((uint)count);
        return totalBits + maxWeightBits + countBits < 126;
    }

    private static Int128[] Mirror(Int128[] shares, bool negative)
    {
        if (negative)
        {
            for (var i = 0; i < shares.Length; i++)
            {
                shares[i] = -shares[i];
            }
        }

        return shares;
    }

    private static T Weight<T>(decimal ratio, int commonScale)
        where T : IBinaryInteger<T>
    {
        var (mantissa, scale) = Decompose(ratio);
        return mantissa == 0 ? T.Zero : T.CreateChecked(mantissa) * Pow10<T>(commonScale - scale);
    }

    private static T[] Run<T>(T total, T[] weights)
        where T : IBinaryInteger<T>
    {
        var count = weights.Length;
        var sum = T.Zero;
        for (var i = 0; i < count; i++)
        {
            sum += weights[i];
        }

        var shares = new T[count];
        var remainders = new T[count];
        var assigned = T.Zero;
        for (var i = 0; i < count; i++)
        {
            (shares[i], remainders[i]) = T.DivRem(total * weights[i], sum);
            assigned += shares[i];
        }

        // Hand out the leftover units (fewer than count) to the largest remainders, ties to the earlier index.
        var leftover = int.CreateChecked(total - assigned);
        if (leftover > 0)
        {
            var order = new int[count];
            for (var i = 0; i < count; i++)
            {
                order[i] = i;
            }

            Array.Sort(order, (a, b) =>
            {
                var byRemainder = remainders[b].CompareTo(remainders[a]);
                return byRemainder != 0 ? byRemainder : a.CompareTo(b);
            });
            for (var k = 0; k < leftover; k++)
            {
                shares[order[k]] += T.One;
            }
        }

        return shares;
    }

    /// <summary>Splits a non-negative-or-negative decimal into its signed 96-bit integer mantissa and its scale.</summary>
    private static (Int128 Mantissa, int Scale) Decompose(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = unchecked(((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0]);
        return (value < 0m ? -mantissa : mantissa, value.Scale);
    }

    private static Int128 Pow10Int(int exponent) => Pow10<Int128>(exponent);

    private static T Pow10<T>(int exponent)
        where T : IBinaryInteger<T>
    {
        var result = T.One;
        var ten = T.CreateChecked(10);
        for (var i = 0; i < exponent; i++)
        {
            result *= ten;
        }

        return result;
    }
}
